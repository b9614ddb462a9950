"""Benchmark: fact extraction speed and model memory against a plain sklearn-crfsuite NER.

Run: .venv/bin/python benchmarks/bench_extract.py [--quick] [--data ../shared/data/ner]

1. Trains, in this run, a plain-feature CRF with sklearn-crfsuite (the usual tutorial features:
   word, suffixes, shape flags, context words ±2) on the same data as the shipped model (train
   and dev splits of the three corpora in shared/data/ner).
2. Scores both models on the three test splits (entity-level F1).
3. Times, on ~3 KB Indonesian articles generated here from the script's own sentences, in
   interleaved rounds (best of each, since the machine is shared):
   - kroscek's full fact extraction (``kroscek.extract.extract_facts``: entities, numbers,
     dates, quotes, attributions);
   - kroscek's entity tagging alone (``recognize``);
   - the baseline's tagging of the same articles (same tokenizer and sentence split).
4. Measures peak memory (RSS) of a fresh child process that loads the models and extracts
   every article once: the memory of the loaded models plus the extractor; the same process
   times its cold start (import of the recogniser and a first ``recognize``).
The last line is one JSON object: ratio_speed_vs_crf_baseline (full extraction articles/s over
baseline tagging articles/s), ratio_ner_vs_crf_baseline, f1 (per corpus, ours and baseline),
peak_mb, the raw rates, ner_ms_per_article and cold_start_first_recognize_s.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "ner"

# Sentence templates written for this benchmark (not taken from any outlet).
TEMPLATES = [
    "{role} {org} {per} mengatakan, sedikitnya {num} warga mengungsi ke {loc} sejak {day} pagi.",
    "Menurut {org}, jumlah korban tewas mencapai {num} orang dan {num2} lainnya luka-luka.",
    '"Kami tidak mundur sebelum semua tuntutan dipenuhi," kata {per} di {loc}, {day} ({date}).',
    "{per}, yang juga {role_l} {org}, menambahkan bahwa bantuan tahap kedua tiba di {loc}.",
    "Pemerintah {loc} mengklaim telah menyalurkan Rp{money} miliar untuk {num} keluarga.",
    "Laporan itu dibantah oleh {role} {per} dalam konferensi pers di {loc} pada {date}.",
    "Sekitar {num} personel {org} dikerahkan untuk mengamankan jalur antara {loc} dan {loc2}.",
    'Ia menegaskan, "situasi di lapangan sudah terkendali," meski warga masih berjaga-jaga.',
    "Lebih dari {num} rumah rusak berat akibat banjir yang melanda {loc} pada {day} malam.",
    "Data {org} yang dikutip kantor berita setempat menyebut {num2} orang masih hilang.",
    "{role} {per} dijadwalkan bertemu {role2} {per2} di {loc} pekan depan.",
    "Dilaporkan, harga beras di {loc} naik {pct} persen dalam sepekan terakhir.",
    "{per2} menilai langkah {org} terlambat dan meminta evaluasi menyeluruh.",
    "Hingga {date}, tim gabungan telah mengevakuasi {num} warga dari {num2} desa di {loc}.",
    "Sementara itu, {org2} menyatakan siap mengirim {num2} relawan ke {loc2}.",
]
ROLES = ["Juru bicara", "Kepala", "Ketua", "Menteri Sosial", "Gubernur", "Komandan", "Direktur"]
ROLES_L = ["juru bicara", "kepala bidang", "ketua", "wakil ketua", "penasihat"]
PEOPLE = [
    "Rina Wulandari",
    "Bambang Sutrisno",
    "Dewi Anggraini",
    "Hendra Gunawan",
    "Siti Aminah",
    "Yusuf Maulana",
    "Agus Salim Harahap",
    "Maria Goreti",
    "Teguh Prasetyo",
    "Nur Aisyah",
]
ORGS = [
    "BNPB",
    "Basarnas",
    "PMI",
    "Kementerian Sosial",
    "Polda Jawa Tengah",
    "BMKG",
    "Palang Merah",
]
PLACES = ["Semarang", "Kupang", "Palu", "Bekasi", "Jayapura", "Mataram", "Banda Aceh", "Cianjur"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Maret", "Mei", "Juli", "September", "November"]


def make_articles(count: int, target_bytes: int = 3000, seed: int = 0) -> list[tuple[str, str]]:
    """``count`` (title, text) pairs of about ``target_bytes`` each, deterministic for ``seed``."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        paragraphs: list[str] = []
        size = 0
        while size < target_bytes:
            slots = {
                "role": rng.choice(ROLES), "role2": rng.choice(ROLES),
                "role_l": rng.choice(ROLES_L),
                "per": rng.choice(PEOPLE), "per2": rng.choice(PEOPLE),
                "org": rng.choice(ORGS), "org2": rng.choice(ORGS),
                "loc": rng.choice(PLACES), "loc2": rng.choice(PLACES),
                "num": f"{rng.randint(2, 40) * 100:,}".replace(",", "."),
                "num2": str(rng.randint(2, 99)), "pct": str(rng.randint(2, 30)),
                "money": f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
                "day": rng.choice(DAYS),
                "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2024",
            }  # fmt: skip
            sentences = [rng.choice(TEMPLATES).format(**slots) for _ in range(rng.randint(2, 4))]
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
        title = (
            f"{rng.choice(ORGS)}: {rng.randint(2, 40) * 100} Warga {rng.choice(PLACES)} Mengungsi"
        )
        articles.append((title, "\n\n".join(paragraphs)))
    return articles


# --- the baseline: plain tutorial features with sklearn-crfsuite --------------------------------


def baseline_features(tokens: list[str]) -> list[dict[str, Any]]:
    """The usual sklearn-crfsuite tutorial features, with context ±2."""
    feats = []
    n = len(tokens)
    for i, word in enumerate(tokens):
        f: dict[str, Any] = {
            "bias": 1.0,
            "word.lower()": word.lower(),
            "word[-3:]": word[-3:],
            "word[-2:]": word[-2:],
            "word.isupper()": word.isupper(),
            "word.istitle()": word.istitle(),
            "word.isdigit()": word.isdigit(),
        }
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                other = tokens[j]
                f[f"{off}:word.lower()"] = other.lower()
                f[f"{off}:word.istitle()"] = other.istitle()
                f[f"{off}:word.isupper()"] = other.isupper()
        if i == 0:
            f["BOS"] = True
        if i == n - 1:
            f["EOS"] = True
        feats.append(f)
    return feats


def train_baseline(data: Path, iterations: int) -> Any:
    import sklearn_crfsuite

    from kroscek.extract.ner.corpora import iter_splits

    sentences = list(iter_splits(data, ("train", "dev")))
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs", c1=0.1, c2=0.1, max_iterations=iterations, all_possible_transitions=True
    )
    crf.fit(
        [baseline_features(list(s.tokens)) for s in sentences], [list(s.labels) for s in sentences]
    )
    return crf


def baseline_f1(crf: Any, data: Path) -> dict[str, float]:
    from kroscek.extract.ner.corpora import CORPUS_NAMES, read_split
    from kroscek.extract.ner.scoring import score

    out = {}
    for corpus in CORPUS_NAMES:
        sentences = read_split(data, corpus, "test")
        predicted = crf.predict([baseline_features(list(s.tokens)) for s in sentences])
        f1 = score([s.labels for s in sentences], predicted)["f1"]
        out[corpus] = float(f1)  # type: ignore[arg-type]
    return out


def baseline_tag_articles(crf: Any, articles: list[tuple[str, str]]) -> int:
    """Tag titles and texts the way ``recognize`` does, with the baseline's features."""
    from kroscek.extract.ner.model import split_sentences
    from kroscek.text.tokens import tokenize

    found = 0
    for title, text in articles:
        for field in (title, text):
            for sentence in split_sentences(field, tokenize(field)):
                labels = crf.predict_single(baseline_features([t.text for t in sentence]))
                found += sum(1 for label in labels if label.startswith("B-"))
    return found


# --- kroscek, measured in a fresh child process --------------------------------------------------

_CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
from kroscek.extract.ner import recognize
recognize("Presiden Joko Widodo tiba di Jakarta.")
cold_s = time.perf_counter() - started
from kroscek.extract import extract_facts
sys.path.insert(0, BENCH_DIR)
from bench_extract import as_documents
docs = as_documents(json.loads(sys.stdin.read()))
facts = sum(len(extract_facts(doc).facts) for doc in docs)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"facts": facts, "peak_mb": peak_mb, "cold_s": cold_s}))
"""


def as_documents(articles: list[tuple[str, str]]) -> list[Any]:
    """The generated (title, text) pairs as cleaned ``Article`` objects, as extraction sees them."""
    from kroscek.data import Article, content_id

    published = datetime(2024, 5, 1, tzinfo=UTC)
    return [
        Article(
            id=content_id(title, text),
            source=f"outlet{i % 3}",
            title=title,
            text=text,
            published=published,
            lang="id",
        )
        for i, (title, text) in enumerate(articles)
    ]


def measure_memory(articles: list[tuple[str, str]]) -> dict[str, float]:
    """Peak RSS of a fresh process that loads the models and extracts every article once.

    The same process also times its cold start: importing the entity recogniser and tagging
    a first sentence (which loads the model).
    """
    code = _CHILD.replace("BENCH_DIR", repr(str(Path(__file__).resolve().parent)))
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(articles),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def best_time(run: Any, rounds: list[float]) -> None:
    start = time.perf_counter()
    run()
    rounds.append(time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles and iterations")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared/data/ner folder")
    args = parser.parse_args()
    n_articles, iterations, repeats = (30, 50, 3) if args.quick else (150, 100, 5)

    from kroscek.extract.ner.model import shipped_model_path
    from kroscek.extract.ner.training import evaluate

    articles = make_articles(n_articles)
    kb = sum(len(t.encode()) + len(x.encode()) for t, x in articles) / len(articles) / 1024
    print(f"{n_articles} generated articles, {kb:.1f} KB each on average", flush=True)

    ours = measure_memory(articles)
    print(f"kroscek: peak RSS {ours['peak_mb']:.0f} MB after extracting every article", flush=True)
    print(f"kroscek: import + first recognize {ours['cold_s'] * 1000:.0f} ms", flush=True)

    started = time.perf_counter()
    crf = train_baseline(args.data, iterations)
    print(f"baseline trained in {time.perf_counter() - started:.0f} s ({iterations} iterations)")

    from kroscek.extract import extract_facts
    from kroscek.extract.ner import recognize

    docs = as_documents(articles)
    baseline_tag_articles(crf, articles[:2])  # warm up all three
    recognize(articles[0][1])
    extract_facts(docs[0])
    # Interleaved rounds, best of each: the machine is shared, so load changes over a run.
    ner_s: list[float] = []
    all_s: list[float] = []
    base_s: list[float] = []
    for _ in range(repeats):
        best_time(lambda: baseline_tag_articles(crf, articles), base_s)
        best_time(lambda: [recognize(field) for pair in articles for field in pair], ner_s)
        best_time(lambda: [extract_facts(doc) for doc in docs], all_s)
    baseline_rate = n_articles / min(base_s)
    ner_rate = n_articles / min(ner_s)
    all_rate = n_articles / min(all_s)
    print(
        f"articles/s: baseline tagging {baseline_rate:.1f}, kroscek recognize {ner_rate:.1f}, "
        f"kroscek extract_facts {all_rate:.1f}",
        flush=True,
    )

    f1_ours = {
        name: float(s["f1"]) for name, s in evaluate(args.data, shipped_model_path()).items()
    }  # type: ignore[arg-type]
    f1_base = baseline_f1(crf, args.data)
    print(f"test F1 kroscek {f1_ours}\ntest F1 baseline {f1_base}")

    result = {
        "articles": n_articles,
        "article_kb": round(kb, 2),
        "ratio_speed_vs_crf_baseline": round(all_rate / baseline_rate, 3),
        "ratio_ner_vs_crf_baseline": round(ner_rate / baseline_rate, 3),
        "extract_articles_per_s": round(all_rate, 2),
        "ner_articles_per_s": round(ner_rate, 2),
        "baseline_articles_per_s": round(baseline_rate, 2),
        "ner_ms_per_article": round(1000 / ner_rate, 2),
        "cold_start_first_recognize_s": round(ours["cold_s"], 3),
        "f1": {"kroscek": f1_ours, "baseline": f1_base},
        "peak_mb": round(ours["peak_mb"], 1),
        "facts": int(ours["facts"]),
        "quick": args.quick,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
