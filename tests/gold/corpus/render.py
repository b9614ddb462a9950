"""Render the labelled corpus: every outlet's version of every hand-written story spec.

    python tests/gold/corpus/render.py          # rewrites tests/gold/corpus/corpus.jsonl.gz

Deterministic: the same specs always give byte-identical output (seeded per story and
outlet, gzip mtime 0). Each record is one scraped article as a JSONL export would hold it
(``title``, ``text`` with the outlet's boilerplate, ``url``, ``source``, ``published``) plus
``gold``, the key of the story it belongs to. An outlet picks a headline, a wording for
each fact, leaves some facts out, reorders a few, and wraps the text in its boilerplate;
syndicators republish another outlet's text almost verbatim; some outlets write a
follow-up the next day.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from outlets import OUTLETS_EN, OUTLETS_ID, Outlet  # noqa: E402
from spec import Story  # noqa: E402
from specs_en import STORIES_EN  # noqa: E402
from specs_id import STORIES_ID  # noqa: E402

OUT = HERE / "corpus.jsonl.gz"

FILLER = {
    "id": [
        "Hingga berita ini diturunkan, petugas masih berada di lokasi.",
        "Masyarakat diimbau tidak mudah percaya pada kabar yang belum jelas sumbernya.",
        "Peristiwa ini ramai diperbincangkan warganet di media sosial.",
    ],
    "en": [
        "Officials urged the public not to share unverified reports.",
        "This is a developing story and will be updated.",
        "The incident drew wide attention on social media.",
    ],
}


def all_stories() -> list[Story]:
    return [*STORIES_ID, *STORIES_EN]


def _slug(text: str) -> str:
    keep = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(p for p in keep.split("-") if p)[:60]


def _sentences(story: Story, rng: random.Random) -> list[str]:
    out = [rng.choice(story.lead)]
    facts = [rng.choice(options) for options in story.body]
    kept = [f for i, f in enumerate(facts) if i < 2 or rng.random() > 0.3]
    for i in range(len(kept) - 1):  # swap a few neighbours: each outlet orders its own way
        if rng.random() < 0.3:
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
    out += kept
    if rng.random() < 0.5:
        out.append(rng.choice(FILLER[story.lang]))
    return out


def _paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    pars: list[str] = []
    i = 0
    while i < len(sentences):
        take = 1 if rng.random() < 0.5 else 2
        pars.append(" ".join(sentences[i : i + take]))
        i += take
    return pars


def _record(
    story: Story, outlet: Outlet, title: str, text: str, when: datetime, n: int
) -> dict[str, str]:
    return {
        "id": f"{story.key}/{_slug(outlet.name)}/{n}",
        "title": title,
        "text": text,
        "url": f"https://{outlet.domain}/{when:%Y/%m/%d}/{_slug(title)}-{n}",
        "source": outlet.name,
        "published": when.isoformat(),
        "gold": story.key,
    }


def render_story(story: Story, others: list[str], counter: list[int]) -> list[dict[str, str]]:
    """Every outlet's version of one story, its syndicated copies and follow-ups."""
    outlets = OUTLETS_ID if story.lang == "id" else OUTLETS_EN
    base = datetime.fromisoformat(story.when)
    rng = random.Random(f"story|{story.key}|{story.lang}")
    writers = [o for o in outlets if not o.syndicator]
    bilingual = sum(1 for s in all_stories() if s.key == story.key) > 1
    if bilingual:
        writers = rng.sample(writers, k=len(writers) - 2)
    records: list[dict[str, str]] = []
    bodies: list[tuple[Outlet, str, list[str], datetime]] = []
    offset = rng.randrange(len(story.heads))
    for i, outlet in enumerate(writers):
        orng = random.Random(f"{story.key}|{story.lang}|{outlet.name}")
        title = story.heads[(i + offset) % len(story.heads)]
        pars = _paragraphs(_sentences(story, orng), orng)
        when = base + timedelta(minutes=orng.randint(10, 18 * 60))
        counter[0] += 1
        text = outlet.wrap(pars, story.city, title, orng, others)
        records.append(_record(story, outlet, title, text, when, counter[0]))
        bodies.append((outlet, title, pars, when))
        if orng.random() < 0.3:  # a follow-up the next day, in other words
            frng = random.Random(f"follow|{story.key}|{story.lang}|{outlet.name}")
            ftitle = story.heads[(i + offset + 1) % len(story.heads)]
            fpars = _paragraphs(_sentences(story, frng), frng)
            fwhen = when + timedelta(hours=frng.randint(18, 30))
            counter[0] += 1
            ftext = outlet.wrap(fpars, story.city, ftitle, frng, others)
            records.append(_record(story, outlet, ftitle, ftext, fwhen, counter[0]))
    syndicators = [o for o in outlets if o.syndicator]
    for s in range(1 if bilingual else rng.randint(1, 2)):
        outlet = syndicators[s % len(syndicators)]
        src_outlet, title, pars, when = bodies[rng.randrange(len(bodies))]
        srng = random.Random(f"copy|{story.key}|{story.lang}|{outlet.name}")
        counter[0] += 1
        copy_title = title if srng.random() < 0.5 else f"{title} ({src_outlet.name})"
        text = outlet.wrap(pars, story.city, copy_title, srng, others)
        records.append(
            _record(
                story,
                outlet,
                copy_title,
                text,
                when + timedelta(hours=srng.randint(1, 6)),
                counter[0],
            )
        )
    return records


def render() -> list[dict[str, str]]:
    stories = all_stories()
    heads_by_lang = {
        lang: [h for s in stories if s.lang == lang for h in s.heads] for lang in ("id", "en")
    }
    counter = [0]
    records: list[dict[str, str]] = []
    for story in stories:
        others = [h for h in heads_by_lang[story.lang] if h not in story.heads]
        records += render_story(story, others, counter)
    # arrival order: by publication time, as a crawler would collect them
    records.sort(key=lambda r: (r["published"], r["url"]))
    return records


def to_bytes(records: list[dict[str, str]]) -> bytes:
    raw = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue()


def main() -> None:
    records = render()
    OUT.write_bytes(to_bytes(records))
    stories = {r["gold"] for r in records}
    print(f"wrote {OUT}: {len(records)} articles in {len(stories)} stories")


if __name__ == "__main__":
    main()
