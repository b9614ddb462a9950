"""A realistic synthetic news corpus for the ingest benchmark and the crash-safety test.

    .venv/bin/python benchmarks/corpus_gen.py --n 100000 -o corpus.jsonl [--seed 7]

Deterministic for a seed. Many stories (about six articles each) spread over months,
Indonesian and English (4:1), dozens of outlets each with its own boilerplate (datelines,
captions with credit bullets, "Baca juga" links, bylines, pagination, editor initials),
syndicated near-verbatim copies, and look-alike events: every event type (flood, fire,
quake, match, arrest...) recurs many times a day in different places with different
people and numbers, and each report names side people, villages and institutions too.
Articles are about 2-3 KB, like real news pages.
Each JSONL record: ``title``, ``text``, ``url``, ``source``, ``published`` and ``gold``.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

WIB = timezone(timedelta(hours=7))

_ONSETS = ["b", "c", "d", "g", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny", "s"]
_VOWELS = ["a", "a", "i", "u", "e", "o"]
_CODAS = ["", "", "", "n", "ng", "r", "k", "l", "h"]
FIRST = [
    "Agus",
    "Budi",
    "Dewi",
    "Eka",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lukman",
    "Maya",
    "Nanda",
    "Oki",
    "Putri",
    "Rizal",
    "Sari",
    "Taufik",
    "Umar",
    "Vina",
    "Wahyu",
    "Yusuf",
    "Zainal",
    "Anton",
    "Bayu",
    "Citra",
    "Dimas",
    "Erna",
    "Fikri",
    "Galih",
]
REGION_ID = [
    "Jawa Barat",
    "Jawa Tengah",
    "Jawa Timur",
    "Sumatera Utara",
    "Sumatera Barat",
    "Kalimantan Barat",
    "Kalimantan Timur",
    "Sulawesi Selatan",
    "Sulawesi Tengah",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Maluku",
    "Papua",
    "Riau",
    "Aceh",
    "Lampung",
    "Banten",
    "Bali",
    "Jambi",
    "Bengkulu",
]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    ).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {_word(rng, rng.randint(2, 3))}"


def _num(rng: random.Random, lo: int, hi: int, lang: str) -> str:
    n = rng.randint(lo, hi)
    return f"{n:,}".replace(",", "." if lang == "id" else ",")


# Event types: title templates and fact-sentence templates (each with wordings).
# Slots: {place} {region} {agency} {official} {witness} {n1} {n2} {n3} {day} {team1} {team2}
EVENTS: dict[str, dict[str, list]] = {
    "id-banjir": {
        "titles": [
            "Banjir Rendam {n1} Rumah di {place}",
            "{n2} Warga {place} Mengungsi akibat Banjir",
            "Sungai Meluap, {place} Terendam Banjir",
        ],
        "facts": [
            [
                "Banjir merendam {n1} rumah di Kecamatan {place}, {region}, {day}.",
                "Sebanyak {n1} rumah di {place}, {region}, terendam banjir pada {day}.",
            ],
            [
                "Kepala BPBD {place} {official} mengatakan {n2} warga mengungsi.",
                "Menurut {official} dari BPBD {place}, {n2} warga terpaksa mengungsi.",
            ],
            [
                "Ketinggian air mencapai {n3} sentimeter di beberapa titik.",
                "Air setinggi {n3} sentimeter menggenangi jalan utama.",
            ],
            [
                "Warga bernama {witness} mengaku tidak sempat menyelamatkan barang.",
                "{witness}, warga setempat, hanya sempat membawa dokumen penting.",
            ],
        ],
    },
    "id-kebakaran": {
        "titles": [
            "Kebakaran Hanguskan {n1} Kios di Pasar {place}",
            "Pasar {place} Terbakar",
            "{n2} Unit Damkar Padamkan Api di Pasar {place}",
        ],
        "facts": [
            [
                "Kebakaran melanda Pasar {place}, {region}, {day}.",
                "Api membakar Pasar {place} di {region} pada {day}.",
            ],
            ["Sebanyak {n1} kios hangus terbakar.", "Api menghanguskan {n1} kios pedagang."],
            [
                "Kepala Dinas Damkar {place} {official} mengatakan {n2} unit mobil pemadam "
                "dikerahkan.",
                "{official} menyebut {n2} unit pemadam diterjunkan ke lokasi.",
            ],
            [
                "Pedagang bernama {witness} mengaku rugi sekitar Rp {n3} juta.",
                "Kerugian {witness}, seorang pedagang, ditaksir Rp {n3} juta.",
            ],
        ],
    },
    "id-gempa": {
        "titles": [
            "Gempa Guncang {place}, {n1} Rumah Rusak",
            "Gempa di {region}, Warga {place} Panik",
            "BMKG: Gempa {place} Tidak Berpotensi Tsunami",
        ],
        "facts": [
            [
                "Gempa mengguncang Kabupaten {place}, {region}, {day}.",
                "Gempa terasa kuat di {place}, {region}, pada {day}.",
            ],
            [
                "BPBD mencatat {n1} rumah rusak dan {n2} warga luka ringan.",
                "Sebanyak {n1} rumah rusak, sementara {n2} orang terluka, menurut BPBD.",
            ],
            [
                "Kepala Stasiun Geofisika {official} memastikan gempa tidak berpotensi tsunami.",
                "{official} dari BMKG menyatakan tidak ada potensi tsunami.",
            ],
            [
                "Pusat gempa berada {n3} kilometer dari {place}.",
                "Episentrum terletak {n3} km dari pusat kota {place}.",
            ],
        ],
    },
    "id-bola": {
        "titles": [
            "{team1} Tekuk {team2} di Stadion {place}",
            "{team2} Tumbang di {place}",
            "Gol {witness} Bawa {team1} Menang",
        ],
        "facts": [
            [
                "{team1} mengalahkan {team2} di Stadion {place}, {day}.",
                "{team1} menang atas {team2} dalam laga di Stadion {place} pada {day}.",
            ],
            [
                "Gol kemenangan dicetak {witness} pada menit ke-{n3}.",
                "{witness} mencetak gol penentu pada menit {n3}.",
            ],
            [
                "Pelatih {team1} {official} memuji kerja keras pemainnya.",
                "{official} menyebut timnya bermain disiplin.",
            ],
            ["Pertandingan disaksikan {n1} penonton.", "Sekitar {n1} suporter memadati stadion."],
        ],
    },
    "id-korupsi": {
        "titles": [
            "Kejari Tahan Pejabat {place} Tersangka Korupsi",
            "Korupsi Proyek Jalan {place}, Kerugian Rp {n1} Juta",
            "Kepala Dinas di {place} Ditahan Jaksa",
        ],
        "facts": [
            [
                "Kejaksaan Negeri {place} menahan {witness}, pejabat dinas pekerjaan umum, {day}.",
                "Penyidik Kejari {place} resmi menahan {witness} pada {day}.",
            ],
            ["Kerugian negara ditaksir Rp {n1} juta.", "Negara dirugikan sekitar Rp {n1} juta."],
            [
                "Kepala Kejari {place} {official} mengatakan tersangka ditahan {n3} hari.",
                "Menurut {official}, penahanan berlaku {n3} hari pertama.",
            ],
            [
                "Proyek jalan sepanjang {n2} meter itu dikerjakan tahun lalu.",
                "Jalan sepanjang {n2} meter itu dibangun tahun lalu.",
            ],
        ],
    },
    "en-flood": {
        "titles": [
            "Floods Swamp {n1} Homes in {place}",
            "{n2} Evacuated as River Bursts in {place}",
            "Heavy Rain Floods {place}",
        ],
        "facts": [
            [
                "Floods inundated {n1} homes in {place}, {region}, on {day}.",
                "Some {n1} houses in {place}, {region}, were flooded on {day}.",
            ],
            [
                "Local disaster agency head {official} said {n2} residents had been evacuated.",
                "{official}, who heads the local disaster agency, said {n2} people were evacuated.",
            ],
            [
                "Water rose to {n3} centimetres in some streets.",
                "Floodwater reached {n3} centimetres in parts of the town.",
            ],
            [
                "Resident {witness} said the water rose within an hour.",
                "{witness}, who lives nearby, said the river rose very fast.",
            ],
        ],
    },
    "en-fire": {
        "titles": [
            "Fire Destroys {n1} Stalls at {place} Market",
            "{place} Market Gutted by Fire",
            "Firefighters Battle Blaze at {place} Market",
        ],
        "facts": [
            [
                "A fire destroyed {n1} stalls at the main market in {place}, {region}, on {day}.",
                "Fire swept through {place} market in {region} on {day}, destroying {n1} stalls.",
            ],
            [
                "Fire chief {official} said {n2} engines were deployed.",
                "{official}, the fire chief, said {n2} fire engines attended.",
            ],
            [
                "Trader {witness} estimated losses at {n3} million rupiah.",
                "{witness}, a trader, said she lost goods worth {n3} million rupiah.",
            ],
        ],
    },
}

_FILL_PARTS = {
    "id": (
        [
            "Pemerintah daerah",
            "Aparat setempat",
            "Pihak kecamatan",
            "Relawan",
            "Tim gabungan",
            "Petugas lapangan",
            "Dinas sosial",
            "Pengurus RT",
            "Sejumlah warga",
            "Pihak kepolisian",
        ],
        [
            "terus memantau",
            "masih mendata",
            "sudah menyalurkan",
            "akan mengevaluasi",
            "mulai membersihkan",
            "berkoordinasi soal",
            "meninjau ulang",
            "menyiapkan",
        ],
        [
            "kebutuhan pengungsi",
            "kondisi lapangan",
            "bantuan logistik",
            "jalur evakuasi",
            "dampak kejadian",
            "fasilitas umum",
            "laporan warga",
            "rencana pemulihan",
        ],
        [
            "hingga beberapa hari ke depan",
            "sejak pagi tadi",
            "bersama instansi terkait",
            "agar situasi segera pulih",
            "di sejumlah lokasi",
            "secara bertahap",
            "sesuai prosedur",
        ],
    ),
    "en": (
        [
            "Local officials",
            "Volunteers",
            "Police",
            "A joint team",
            "Social workers",
            "Community leaders",
            "Aid groups",
            "Residents",
        ],
        [
            "continued to monitor",
            "were still assessing",
            "began distributing",
            "promised to review",
            "started clearing",
            "coordinated on",
            "prepared",
        ],
        [
            "the needs of evacuees",
            "conditions on the ground",
            "food and water",
            "evacuation routes",
            "the damage",
            "public facilities",
            "recovery plans",
        ],
        [
            "over the coming days",
            "since early morning",
            "with other agencies",
            "so that normal life can resume",
            "across several areas",
            "step by step",
        ],
    ),
}

OUTLET_STYLES = ["dateline", "sumber", "byline", "baca", "markdown", "plain"]


def _outlets(rng: random.Random, n: int, lang: str) -> list[tuple[str, str, str]]:
    out = []
    for _ in range(n):
        name = _word(rng, 2) + (" News" if lang == "en" else rng.choice([" Pos", "news", " Kini"]))
        domain = name.lower().replace(" ", "") + rng.choice([".com", ".id", ".co.id", ".net"])
        out.append((name, domain, rng.choice(OUTLET_STYLES)))
    return out


# Event-bound side sentences: real reports name villages, local officials and
# institutions besides the main facts, and those names recur across outlets.
SIDE = {
    "id": [
        "Camat {place} {official2} meninjau lokasi bersama aparat Desa {village}.",
        "Warga Desa {village} diminta tetap waspada, kata {official2}.",
        "Polsek {place} menurunkan personel untuk mengamankan lokasi.",
        "Bantuan dari Pemkab {place} tiba di Desa {village} pada sore hari.",
        "{official} menambahkan pihaknya berkoordinasi dengan Camat {official2}.",
        "Sebagian warga {village} mengungsi ke rumah kerabat di desa tetangga.",
    ],
    "en": [
        "District head {official2} visited {village} village with local officials.",
        "Police in {place} sent officers to secure the area.",
        "Aid from the {place} administration reached {village} in the afternoon.",
        "{official} said the agency was working with district head {official2}.",
        "Some residents of {village} moved in with relatives in nearby villages.",
    ],
}


def _fill(rng: random.Random, lang: str) -> str:
    a, b, c, d = _FILL_PARTS[lang]
    return f"{rng.choice(a)} {rng.choice(b)} {rng.choice(c)} {rng.choice(d)}."


def _wrap(
    style: str,
    outlet: tuple[str, str, str],
    city: str,
    pars: list[str],
    rng: random.Random,
    other_title: str,
    lang: str,
) -> str:
    name, domain, _ = outlet
    pars = list(pars)
    if style == "dateline":
        pars[0] = f"{city.upper()}, {domain} \u2013 {pars[0]}"
        pars.append(f"({rng.choice(['ysa', 'rdn', 'gil'])}/{rng.choice(['ded', 'asp'])})")
    elif style == "sumber":
        pars.insert(1, f"{other_title}\nSumber :\n  \u2022 dokumentasi {name}")
        pars += ["Halaman Selanjutnya", "img_title"]
    elif style == "byline":
        pars.insert(0, f"written by {name}")
    elif style == "baca":
        pars.insert(2, ("Baca juga: " if lang == "id" else "Read more: ") + other_title)
    elif style == "markdown":
        pars[0] = f"**{pars[0]}**"
        pars.insert(1, "[Gambas:Video]")
    return "\n\n".join(pars)


def generate(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """Yield ``n`` article records in arrival (publication) order, deterministically."""
    rng = random.Random(seed)
    outlets = {"id": _outlets(rng, 40, "id"), "en": _outlets(rng, 12, "en")}
    syndicators = {lang: _outlets(rng, 4, lang) for lang in ("id", "en")}
    n_stories = max(1, n // 6)
    days = max(7, n_stories // 60)
    start = datetime(2024, 1, 1, 6, tzinfo=WIB)
    kinds = {lang: [k for k in EVENTS if k.startswith(lang)] for lang in ("id", "en")}
    pending: list[tuple[datetime, int, dict[str, str]]] = []
    produced = 0
    story_no = 0
    serial = 0
    while produced < n:
        lang = "id" if rng.random() < 0.8 else "en"
        kind = rng.choice(kinds[lang])
        spec = EVENTS[kind]
        when = start + timedelta(
            days=(story_no * days) // n_stories, minutes=rng.randint(0, 16 * 60)
        )
        story_no += 1
        slots = {
            "place": _word(rng, rng.randint(2, 4)),
            "region": rng.choice(REGION_ID),
            "official": _person(rng),
            "witness": _person(rng),
            "n1": _num(rng, 12, 900, lang),
            "n2": _num(rng, 20, 4000, lang),
            "n3": _num(rng, 3, 95, lang),
            "day": when.strftime("%A" if lang == "en" else "%d/%m"),
            "team1": "Persi" + _word(rng, 1).lower(),
            "team2": "PS " + _word(rng, 2),
            "village": _word(rng, rng.randint(2, 3)),
            "official2": _person(rng),
        }
        gold = f"g{story_no}"
        writers = rng.sample(outlets[lang], k=rng.randint(3, 8))
        bodies = []
        for outlet in writers:
            orng = random.Random(rng.random())
            facts = [orng.choice(f).format(**slots) for f in spec["facts"]]
            sentences = facts[:2] + [s for s in facts[2:] if orng.random() > 0.2]
            sentences += [x.format(**slots) for x in orng.sample(SIDE[lang], orng.randint(2, 4))]
            for _ in range(orng.randint(22, 32)):
                sentences.insert(orng.randint(2, len(sentences)), _fill(orng, lang))
            pars = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
            title = orng.choice(spec["titles"]).format(**slots)
            published = when + timedelta(minutes=orng.randint(5, 20 * 60))
            other = EVENTS[orng.choice(kinds[lang])]["titles"][0].format(
                **{**slots, "place": _word(orng, 3), "n1": "12", "n2": "40"}
            )
            text = _wrap(outlet[2], outlet, slots["place"], pars, orng, other, lang)
            bodies.append((title, pars, published))
            serial += 1
            pending.append(
                (
                    published,
                    serial,
                    {
                        "title": title,
                        "text": text,
                        "source": outlet[0],
                        "url": f"https://{outlet[1]}/{published:%Y/%m/%d}/{serial}",
                        "published": published.isoformat(),
                        "gold": gold,
                    },
                )
            )
        if rng.random() < 0.3:  # a syndicated near-verbatim copy
            synd = rng.choice(syndicators[lang])
            title, pars, published = rng.choice(bodies)
            serial += 1
            copy_time = published + timedelta(hours=rng.randint(1, 8))
            pending.append(
                (
                    copy_time,
                    serial,
                    {
                        "title": title,
                        "text": "\n\n".join([*pars, f"Sumber: {synd[0]}"]),
                        "source": synd[0],
                        "url": f"https://{synd[1]}/{copy_time:%Y/%m/%d}/{serial}",
                        "published": copy_time.isoformat(),
                        "gold": gold,
                    },
                )
            )
        # release everything older than a day before the current story: arrival order
        pending.sort(key=lambda t: (t[0], t[1]))
        horizon = when - timedelta(days=1)
        while pending and pending[0][0] < horizon and produced < n:
            produced += 1
            yield pending.pop(0)[2]
    pending.sort(key=lambda t: (t[0], t[1]))
    for _, _, rec in pending:
        if produced >= n:
            break
        produced += 1
        yield rec


def _write_records(path: str | Path, records: Iterable[dict[str, str]]) -> Path:
    """Write ``records`` as JSONL (gzip when the name ends with .gz)."""
    p = Path(path)
    opener = gzip.open if p.name.endswith(".gz") else open
    with opener(p, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return p


def write(path: str | Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` records as JSONL (gzip when the name ends with .gz)."""
    return _write_records(path, generate(n, seed))


def write_days(folder: str | Path, n: int, seed: int = 7, per_file: int = 2_000) -> list[Path]:
    """Write ``n`` records as an archive of many files, as scrapers export them: one file
    per ``per_file`` records in arrival order, named by the first record's date and a serial
    (``2024-01-01-0001.jsonl.gz``), every other file gzipped. Returns the files, in order:
    a caller can ingest the first ones as one day and the rest as the next."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    records = generate(n, seed)
    while chunk := list(itertools.islice(records, per_file)):
        no = len(files) + 1
        name = f"{chunk[0]['published'][:10]}-{no:04d}.jsonl" + (".gz" if no % 2 else "")
        files.append(_write_records(out / name, chunk))
    return files


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", default="corpus.jsonl")
    ap.add_argument(
        "--files",
        type=int,
        default=0,
        metavar="PER_FILE",
        help="write a folder (-o) of files of PER_FILE records each, every other one gzipped",
    )
    args = ap.parse_args(argv)
    if args.files:
        files = write_days(args.output, args.n, args.seed, args.files)
        print(f"wrote {args.n} articles to {len(files)} files in {args.output}", file=sys.stderr)
        return
    write(args.output, args.n, args.seed)
    print(f"wrote {args.n} articles to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
