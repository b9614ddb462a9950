"""Invented outlets of the labelled corpus, each with its own scraping boilerplate.

Every outlet wraps a story's sentences in the noise its real-world kind leaves in scraped
text: datelines, bylines, photo captions with credit bullets, "Baca juga" links to other
stories, bare headlines of other stories dropped inside the body, pagination, embeds,
editor initials, markdown residue and paragraphs broken mid-sentence.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    lang: str
    wrap: Callable[[list[str], str, str, random.Random, list[str]], str]
    syndicator: bool = False  # republishes other outlets' articles near-verbatim


def _break_mid_sentence(par: str, rng: random.Random) -> str:
    words = par.split(" ")
    if len(words) < 12:
        return par
    cut = rng.randint(5, len(words) - 5)
    return " ".join(words[:cut]) + "\n\n" + " ".join(words[cut:])


def _warta_priangan(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [f"{city.upper()}, wartapriangan.id \u2013 {pars[0]}"]
    out.append(f"Foto: Suasana di lokasi kejadian. (wartapriangan.id/{rng.choice(['Dok', 'Ist'])})")
    out += pars[1:2]
    out.append(f"Baca Juga: {rng.choice(others)}")
    out += pars[2:]
    tail = out[-1] + f" ({rng.choice(['ysa', 'rdn', 'gil'])}/{rng.choice(['ded', 'asp'])})"
    return "\n\n".join([*out[:-1], tail])


def _kabar_nusa(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [f"Kabarnusa.co.id, {city} - {pars[0]}"]
    out.append(f"{title}\nSumber :\n  \u2022 dokumentasi Kabar Nusa")
    out += pars[1:3]
    out.append(rng.choice(others))  # an inline headline of another story
    out += pars[3:]
    out += ["Halaman Selanjutnya", "img_title"]
    return "\n\n".join(out)


def _suara_khatulistiwa(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    first = pars[0].replace(city, f"[{city}](#)", 1) if city in pars[0] else pars[0]
    out = ["written by Suara Khatulistiwa", f"Suarakhatulistiwa.com. {city} - {first}"]
    for p in pars[1:]:
        out.append(_break_mid_sentence(p, rng) if rng.random() < 0.5 else p)
    return "\n\n\n".join(out)


def _harian_cakrawala(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [f"{city.upper()} (Cakrawala) - {pars[0]}"]
    out += pars[1:2]
    out.append(f"Lihat juga: {rng.choice(others)}")
    out.append("[Gambas:Video Cakrawala]")
    out += pars[2:]
    out.append(
        f"Penulis: {rng.choice(['Dwi Lestari', 'Yoga Pratama', 'Fikri Hasan'])} | "
        f"Editor: {rng.choice(['Rina Marlina', 'Agus Salim'])}"
    )
    return "\n\n".join(out)


def _detak_kota(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = ["Ilustrasi. (Foto: Detak Kota)"]
    out.append(f"**{pars[0]}**" if rng.random() < 0.4 else pars[0])
    for i, p in enumerate(pars[1:]):
        out.append(p)
        if i == 1:
            out.append(rng.choice(others))
            out.append("Photo :\n  \u2022 tangkapan layar Detak Kota")
    return "\n\n".join(out)


def _lensa_timur(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    reporter = rng.choice(["Andi Rahman", "Maria Goreti", "Yusuf Latief"])
    out = [
        f"Laporan Wartawan Lensa Timur, {reporter}",
        f"LENSATIMUR.ID, {city.upper()} - {pars[0]}",
    ]
    out += pars[1:]
    out.insert(3, f"BACA JUGA: {rng.choice(others)}")
    return "\n\n".join(out)


def _syndicated_id(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [*pars, "Sumber: kantor berita mitra", f"Baca juga: {rng.choice(others)}"]
    return "\n\n".join(out)


def _harbour_times(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [f"{city.upper()}, Indonesia (Harbour Times) \u2014 {pars[0]}"]
    out += pars[1:3]
    out.append(f"Read more: {rng.choice(others)}")
    out += pars[3:]
    out.append(
        f"(Reporting by {rng.choice(['Ayu Lestari', 'Tom Baker'])}; "
        f"Editing by {rng.choice(['Kim Coghill', 'Raju Gopal'])})"
    )
    return "\n\n".join(out)


def _island_wire(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [
        f"By {rng.choice(['Sarah Lim', 'Budi Hartanto', 'Grace Tan'])}",
        "Photo: The scene on Monday. / Island Wire",
        *pars[:2],
        "Advertisement",
        *pars[2:],
    ]
    return "\n\n".join(out)


def _jakarta_ledger(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [f"{city.upper()} \u2014 {pars[0]}"]
    for p in pars[1:]:
        out.append(_break_mid_sentence(p, rng) if rng.random() < 0.4 else p)
    out.insert(2, f"Related: {rng.choice(others)}")
    out.append("Share this article")
    return "\n\n".join(out)


def _straits_courier(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [f"{city.upper()} \u2014 {pars[0]}", f"READ ALSO: {rng.choice(others)}", *pars[1:]]
    return "\n\n".join(out)


def _equator_post(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    out = [
        f"## {title}",
        *[f"*{p}*" if i == 0 else p for i, p in enumerate(pars)],
        "Click here to subscribe to our newsletter.",
    ]
    return "\n\n".join(out)


def _syndicated_en(
    pars: list[str], city: str, title: str, rng: random.Random, others: list[str]
) -> str:
    return "\n\n".join([*pars, "This story was distributed by a partner wire service."])


OUTLETS_ID: list[Outlet] = [
    Outlet("Warta Priangan", "wartapriangan.id", "id", _warta_priangan),
    Outlet("Kabar Nusa", "kabarnusa.co.id", "id", _kabar_nusa),
    Outlet("Suara Khatulistiwa", "suarakhatulistiwa.com", "id", _suara_khatulistiwa),
    Outlet("Harian Cakrawala", "hariancakrawala.id", "id", _harian_cakrawala),
    Outlet("Detak Kota", "detakkota.com", "id", _detak_kota),
    Outlet("Lensa Timur", "lensatimur.id", "id", _lensa_timur),
    Outlet("Portal Merdeka", "portalmerdeka.com", "id", _syndicated_id, syndicator=True),
    Outlet("Berita Kilat", "beritakilat.id", "id", _syndicated_id, syndicator=True),
]

OUTLETS_EN: list[Outlet] = [
    Outlet("Harbour Times", "harbourtimes.com", "en", _harbour_times),
    Outlet("Island Wire", "islandwire.net", "en", _island_wire),
    Outlet("Jakarta Ledger", "jakartaledger.com", "en", _jakarta_ledger),
    Outlet("Straits Courier", "straitscourier.sg", "en", _straits_courier),
    Outlet("Equator Post", "equatorpost.com", "en", _equator_post),
    Outlet("Asia Newsline", "asianewsline.com", "en", _syndicated_en, syndicator=True),
]
