"""Interface text of the web app in Indonesian (the default) and English.

The interface language is chosen per request: ``?lang=id|en`` first (and remembered in a
cookie so that following a link keeps it), then that cookie, then the browser's
``Accept-Language``, else Indonesian. Article text is never translated: only the words
kroscek itself puts around it.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGS: tuple[str, ...] = ("id", "en")
DEFAULT_LANG = "id"
COOKIE = "kroscek_lang"

_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "app_tagline": "cek silang liputan berita antar-media",
        "skip": "Lompat ke isi",
        "nav_stories": "Cerita",
        "nav_search": "Cari",
        "nav_compare": "Bandingkan artikel",
        "nav_outlets": "Media",
        "lang_switch": "English",
        "lang_switch_code": "en",
        "stories_title": "Cerita terbaru",
        "stories_title_sources": "Cerita yang diliput paling banyak media",
        "stories_empty": "Belum ada cerita yang cocok dengan filter ini.",
        "corpus_empty": "Korpus ini belum berisi artikel. Tambahkan artikel dengan "
        "«kroscek ingest --db {db} FOLDER», lalu muat ulang halaman ini.",
        "outlet_unknown": "Tidak ada media bernama «{name}».",
        "outlet_did_you_mean": "Maksud Anda:",
        "outlet_see_all": "Lihat semua media.",
        "filter": "Saring",
        "filter_since": "Sejak",
        "filter_until": "Sampai",
        "filter_outlet": "Media",
        "filter_lang": "Bahasa artikel",
        "filter_min_sources": "Minimal sumber",
        "filter_sort": "Urutkan",
        "sort_latest": "terbaru dulu",
        "sort_sources": "paling banyak media dulu",
        "any": "semua",
        "apply": "Terapkan",
        "reset": "Hapus saringan",
        "sources_n": "{n} media",
        "articles_n": "{n} artikel",
        "high_findings_n": "{n} temuan penting",
        "sources_n_one": "1 media",
        "articles_n_one": "1 artikel",
        "high_findings_n_one": "1 temuan penting",
        "page_of": "Halaman {page} dari {pages}",
        "prev": "Sebelumnya",
        "next": "Berikutnya",
        "json_twin": "JSON",
        "csv_twin": "CSV (untuk spreadsheet)",
        "quick_label": "Yang baru:",
        "err_sort": "Parameter 'sort' harus salah satu dari: {values}.",
        "story_id_help": "Nomor cerita untuk baris perintah: kroscek story NOMOR --db KORPUS",
        "quick_today": "hari terbaru ({day})",
        "quick_since_yesterday": "sejak sehari sebelumnya ({day})",
        "new_since_n": "+{n} artikel sejak {day}",
        "new_since_n_one": "+1 artikel sejak {day}",
        "download_findings_csv": "Unduh temuan (CSV)",
        "finding_link": "Tautan ke temuan ini",
        "published": "Terbit",
        "story": "Cerita",
        "sources": "Sumber menurut waktu",
        "sources_help": "Setiap artikel cerita ini, dari yang paling awal terbit.",
        "on_this_page": "Di halaman ini",
        "none": "tidak ada",
        "agreement_short": "Disepakati semua sumber",
        "agreement": "Yang disepakati semua sumber",
        "agreement_empty": "Tidak ada fakta yang dinyatakan sama oleh semua sumber.",
        "findings": "Temuan",
        "findings_empty": "Tidak ada temuan.",
        "severity_high": "Tinggi",
        "severity_medium": "Sedang",
        "severity_low": "Rendah",
        "severity_info": "Info",
        "glossary": "Cara membaca temuan",
        "per_source": "Temuan per sumber",
        "per_source_help": "Jumlah temuan tiap jenis yang melibatkan tiap sumber; «beda "
        "sendiri»: konflik ketika hanya sumber itu yang berbeda dari semua sumber lain.",
        "odd_one_out": "beda sendiri",
        "report_scope": "Cek silang ini membandingkan {n} dari {m} media: artikel pertama "
        "tiap media, dari {n} media yang paling awal memberitakan. Semua artikel tetap "
        "terdaftar di bawah.",
        "type_conflict": "konflik",
        "type_headline_mismatch": "judul tak sesuai isi",
        "type_framing": "pembingkaian",
        "type_attribution": "atribusi",
        "type_unique": "hanya di sebagian sumber",
        "type_agreement": "kesepakatan",
        "type_variant": "varian ejaan",
        "show_in_text": "lihat di teks",
        "show_beside": "lihat di teks, berdampingan dengan {source}",
        "side_by_side": "Berdampingan",
        "side_by_side_help": (
            "Pilih dua artikel; teks bersama dan fakta yang bertentangan ditandai."
        ),
        "article_a": "Artikel kiri",
        "article_b": "Artikel kanan",
        "show_pair": "Tampilkan",
        "legend": "Keterangan",
        "legend_verbatim": "teks bersama (sama persis)",
        "legend_paraphrase": "teks bersama (parafrase)",
        "legend_conflict": "fakta yang bertentangan",
        "legend_evidence": "bukti temuan lain",
        "legend_agreement": "disepakati semua sumber",
        "legend_only": "hanya di artikel ini",
        "duplicate_of": "salinan dari",
        "copies_only": "hanya memuat salinan",
        "no_report_large": (
            "Cerita ini punya {n} artikel independen; laporan cek silangnya belum dihitung "
            "dan terlalu besar untuk dihitung saat halaman dibuka. Hitung sekali dengan:"
        ),
        "single_article": (
            "Cerita ini baru punya satu artikel independen; belum ada yang bisa dibandingkan."
        ),
        "title_field": "judul",
        "text_field": "isi",
        "dateline_field": "dateline",
        "article": "Artikel",
        "source": "Sumber",
        "original_link": "Tautan asli",
        "language": "Bahasa",
        "facts": "Fakta",
        "article_findings": "Temuan yang melibatkan artikel ini",
        "article_no_findings": "Cek silang ceritanya tidak menemukan apa pun pada artikel ini.",
        "article_is_copy": "Artikel ini salinan (hampir sama persis) dari",
        "facts_empty": "Tidak ada fakta yang diekstrak.",
        "facts_outside_report": "Fakta artikel ini tidak diekstrak: ia tidak ikut cek silang.",
        "article_outside_report": "Artikel ini tidak ikut cek silang ceritanya: cek silang "
        "membandingkan artikel pertama tiap media, dari {n} media yang paling awal "
        "memberitakan.",
        "article_see_story": "Lihat cek silang ceritanya.",
        "facts_of_copy": "Fakta sebuah salinan tidak diekstrak: lihat artikel aslinya.",
        "fact_kind": "Jenis",
        "fact_label": "Label",
        "fact_value": "Nilai",
        "fact_text": "Kata-kata",
        "kind_entity": "entitas",
        "kind_number": "angka",
        "kind_date": "tanggal",
        "kind_quote": "kutipan",
        "kind_attribution": "atribusi",
        "label_entity_PER": "orang",
        "label_entity_LOC": "tempat",
        "label_entity_ORG": "organisasi",
        "label_entity_MISC": "lain-lain",
        "label_date_day": "hari",
        "label_date_month": "bulan",
        "label_date_year": "tahun",
        "label_attribution_attributed": "dikutip dari",
        "label_attribution_claimed": "klaim (diduga)",
        "outlet": "Media",
        "outlets_title": "Media",
        "outlets_empty": "Belum ada media.",
        "outlet_conflicts": "{n} temuan konflik melibatkan fakta dari media ini",
        "outlet_conflict_rate": "konflik per artikel: {rate}",
        "outlet_stories": "Cerita yang diliput",
        "coverage_none": (
            "Konflik belum dihitung: basis data belum menyimpan laporan cek silang satu cerita "
            "pun (server membukanya hanya-baca, jadi laporan yang dihitung saat halaman cerita "
            "dibuka tidak ikut tersimpan)."
        ),
        "coverage_some": (
            "Konflik dihitung dari laporan cek silang yang tersimpan: {cached} dari "
            "{comparable} cerita yang bisa dibandingkan."
        ),
        "coverage_how": "Laporan semua cerita disimpan dengan",
        "coverage_outlet": "dari laporan {cached} dari {comparable} ceritanya",
        "coverage_outlet_none": (
            "Konflik media ini belum dihitung: belum ada laporan cek silang tersimpan untuk "
            "cerita-ceritanya. Buka sebuah cerita untuk melihat temuannya."
        ),
        "coverage_badges": (
            "Lencana temuan penting hanya muncul untuk cerita yang laporannya tersimpan "
            "({cached} dari {comparable}); buka cerita untuk melihat temuannya."
        ),
        "n_articles": "Artikel",
        "n_stories": "Cerita",
        "n_conflicts": "Konflik",
        "search_title": "Cari artikel",
        "search_label": "Kata kunci",
        "search_button": "Cari",
        "search_results": "Hasil untuk «{q}»",
        "search_count": "{first}–{last} dari {total} artikel",
        "search_count_more": "{first}–{last} dari lebih dari {total} artikel",
        "search_empty": "Tidak ada artikel yang cocok.",
        "search_syntax": (
            'Kata biasa, "frasa" dalam tanda kutip ganda, OR, NOT, awalan* '
            "(misalnya banjir* OR longsor), title:kata untuk mencari di judul saja."
        ),
        "search_err_quote": (
            'Tanda kutip ganda dalam kueri tidak berpasangan: tutup frasanya dengan " '
            "atau hapus tanda kutipnya."
        ),
        "search_err_paren": "Tanda kurung dalam kueri tidak berpasangan.",
        "search_err_minus": (
            "«-{word}» tidak mengecualikan kata di sini: tulis NOT {word} setelah kata yang "
            "dicari (misalnya banjir NOT {word})."
        ),
        "search_err_column": "title: atau text: harus langsung diikuti sebuah kata.",
        "search_err_nothing": "Tidak ada kata yang bisa dicari dalam kueri ini.",
        "search_err_other": (
            "Mesin pencari tidak bisa membaca kueri ini; lihat cara menulisnya di atas."
        ),
        "search_err_operator": (
            "Kueri tidak bisa dibaca: OR, AND dan NOT harus berada di antara dua kata atau "
            "frasa (misalnya banjir OR longsor)."
        ),
        "compare_title": "Bandingkan artikel",
        "compare_help": (
            "Tempel dua artikel atau lebih (baris pertama yang tidak kosong adalah judul), "
            "atau unggah berkas .txt, .html, .json, .jsonl, .warc. Paling banyak {files} berkas, "
            "masing-masing paling besar {size}."
        ),
        "compare_paste": "Artikel {n}",
        "compare_source": "Nama media (opsional)",
        "compare_files": "Berkas",
        "compare_submit": "Bandingkan",
        "compare_again": "Ubah teks dan bandingkan lagi",
        "compare_need_two": "Perlu setidaknya dua artikel untuk dibandingkan.",
        "report": "Laporan",
        "rejected": "Masukan yang dilewati",
        "warnings": "Baca dulu",
        "shared_passages": "Teks bersama",
        "shared_empty": "Tidak ada teks bersama.",
        "passage_verbatim": "sama persis",
        "passage_paraphrase": "parafrase",
        "in_articles": "di {n} artikel",
        "error_title": "Terjadi kesalahan",
        "error_404": "Halaman tidak ditemukan",
        "error_400": "Permintaan tidak valid",
        "error_413": "Unggahan terlalu besar",
        "error_500": "Kesalahan server",
        "error_503": "Basis data tidak tersedia",
        "back_home": "Kembali ke daftar cerita",
        "footer": "kroscek {version} — membuka basis data hanya-baca",
        "unknown_date": "tanpa tanggal",
        "err_repeated": "Parameter '{name}' diberikan {n} kali; berikan sekali saja.",
        "err_too_long": "Parameter '{name}' lebih dari {max} karakter.",
        "err_nul": "Parameter '{name}' memuat karakter NUL.",
        "err_date": "Parameter '{name}' harus berupa tanggal seperti 2023-11-16, bukan '{value}'.",
        "err_int": "Parameter '{name}' harus bilangan bulat dari {low} sampai {high}.",
        "err_since_until": (
            "Tanggal «Sejak» (since) jatuh setelah «Sampai» (until); tukar kedua tanggal."
        ),
        "err_lang": "Parameter 'article_lang' harus kode bahasa seperti id atau en.",
        "err_same_pair": "Artikel kiri dan kanan sama; pilih dua artikel yang berbeda.",
        "err_q_required": "Parameter 'q' wajib diisi, misalnya /search.json?q=gencatan.",
        "nf_story": "Cerita '{id}' tidak ditemukan.",
        "nf_story_close": "Cerita '{id}' tidak ditemukan. Maksud Anda {close}?",
        "nf_report": "Cerita '{id}' belum punya laporan cek silang; halaman ceritanya "
        "menjelaskan sebabnya.",
        "nf_article": "Artikel '{id}' tidak ditemukan.",
        "nf_outlet": "Media '{id}' tidak ditemukan.",
        "nf_not_in_story": "Artikel '{id}' bukan bagian dari cerita ini.",
        "nf_page": "Tidak ada halaman di alamat ini.",
        "upload_too_large": (
            "Unggahan terlalu besar: paling banyak {files} berkas, masing-masing {size}. "
            "Bagi unggahan atau perpendek berkasnya."
        ),
        "upload_too_many": "Terlalu banyak berkas: paling banyak {files}.",
        "upload_pasted_too_large": "Artikel yang ditempel melebihi batas {size}; perpendek.",
        "upload_file_too_large": "{name} melebihi batas {size} per berkas.",
    },
    "en": {
        "app_tagline": "cross-check news coverage across outlets",
        "skip": "Skip to content",
        "nav_stories": "Stories",
        "nav_search": "Search",
        "nav_compare": "Compare articles",
        "nav_outlets": "Outlets",
        "lang_switch": "Bahasa Indonesia",
        "lang_switch_code": "id",
        "stories_title": "Latest stories",
        "stories_title_sources": "Stories covered by the most outlets",
        "stories_empty": "No story matches these filters yet.",
        "corpus_empty": "This corpus has no articles yet. Add some with "
        "“kroscek ingest --db {db} FOLDER”, then reload this page.",
        "outlet_unknown": "No outlet is called “{name}”.",
        "outlet_did_you_mean": "Did you mean:",
        "outlet_see_all": "See every outlet.",
        "filter": "Filter",
        "filter_since": "Since",
        "filter_until": "Until",
        "filter_outlet": "Outlet",
        "filter_lang": "Article language",
        "filter_min_sources": "Minimum sources",
        "filter_sort": "Order",
        "sort_latest": "newest first",
        "sort_sources": "most outlets first",
        "any": "any",
        "apply": "Apply",
        "reset": "Clear filters",
        "sources_n": "{n} outlets",
        "articles_n": "{n} articles",
        "high_findings_n": "{n} high-severity findings",
        "sources_n_one": "1 outlet",
        "articles_n_one": "1 article",
        "high_findings_n_one": "1 high-severity finding",
        "page_of": "Page {page} of {pages}",
        "prev": "Previous",
        "next": "Next",
        "json_twin": "JSON",
        "csv_twin": "CSV (for a spreadsheet)",
        "quick_label": "What is new:",
        "err_sort": "Parameter 'sort' must be one of: {values}.",
        "story_id_help": "The story's id on the command line: kroscek story ID --db CORPUS",
        "quick_today": "latest day ({day})",
        "quick_since_yesterday": "since the day before ({day})",
        "new_since_n": "+{n} articles since {day}",
        "new_since_n_one": "+1 article since {day}",
        "download_findings_csv": "Download the findings (CSV)",
        "finding_link": "Link to this finding",
        "published": "Published",
        "story": "Story",
        "sources": "Sources by time",
        "sources_help": "Every article of this story, earliest first.",
        "on_this_page": "On this page",
        "none": "none",
        "agreement_short": "Agreed by all sources",
        "agreement": "What all sources agree on",
        "agreement_empty": "No fact is stated the same way by every source.",
        "findings": "Findings",
        "findings_empty": "No findings.",
        "severity_high": "High",
        "severity_medium": "Medium",
        "severity_low": "Low",
        "severity_info": "Info",
        "glossary": "How to read the findings",
        "per_source": "Findings per source",
        "per_source_help": "How many findings of each type involve each source; «odd one "
        "out»: conflicts where that source alone differs from all the others.",
        "odd_one_out": "odd one out",
        "report_scope": "This cross-check compares {n} of {m} outlets: each outlet's first "
        "article, from the {n} outlets that reported first. Every article is still listed "
        "below.",
        "type_conflict": "conflict",
        "type_headline_mismatch": "headline vs body",
        "type_framing": "framing",
        "type_attribution": "attribution",
        "type_unique": "only some sources",
        "type_agreement": "agreement",
        "type_variant": "spelling variant",
        "show_in_text": "show in text",
        "show_beside": "show in text, beside {source}",
        "side_by_side": "Side by side",
        "side_by_side_help": (
            "Pick two articles; shared text and conflicting facts are highlighted."
        ),
        "article_a": "Left article",
        "article_b": "Right article",
        "show_pair": "Show",
        "legend": "Legend",
        "legend_verbatim": "shared text (verbatim)",
        "legend_paraphrase": "shared text (paraphrase)",
        "legend_conflict": "conflicting fact",
        "legend_evidence": "evidence of another finding",
        "legend_agreement": "agreed by all sources",
        "legend_only": "only in this article",
        "duplicate_of": "copy of",
        "copies_only": "re-posted copies only",
        "no_report_large": (
            "This story has {n} independent articles; its cross-check report has not been "
            "computed yet and is too large to compute while the page loads. Compute it once with:"
        ),
        "single_article": "This story has only one independent article so far; nothing to compare.",
        "title_field": "headline",
        "text_field": "body",
        "dateline_field": "dateline",
        "article": "Article",
        "source": "Source",
        "original_link": "Original link",
        "language": "Language",
        "facts": "Facts",
        "article_findings": "Findings involving this article",
        "article_no_findings": "The cross-check of its story found nothing in this article.",
        "article_is_copy": "This article is a (near-verbatim) copy of",
        "facts_empty": "No facts were extracted.",
        "facts_outside_report": "This article's facts were not extracted: it is not part of "
        "the cross-check.",
        "article_outside_report": "This article is not part of its story's cross-check, which "
        "compares each outlet's first article, from the {n} outlets that reported first.",
        "article_see_story": "See the story's cross-check.",
        "facts_of_copy": "A copy's facts are not extracted: see the original article.",
        "fact_kind": "Kind",
        "fact_label": "Label",
        "fact_value": "Value",
        "fact_text": "Words",
        "kind_entity": "entity",
        "kind_number": "number",
        "kind_date": "date",
        "kind_quote": "quote",
        "kind_attribution": "attribution",
        "label_entity_PER": "person",
        "label_entity_LOC": "place",
        "label_entity_ORG": "organisation",
        "label_entity_MISC": "other",
        "label_date_day": "day",
        "label_date_month": "month",
        "label_date_year": "year",
        "label_attribution_attributed": "attributed to",
        "label_attribution_claimed": "claimed (alleged)",
        "outlet": "Outlet",
        "outlets_title": "Outlets",
        "outlets_empty": "No outlets yet.",
        "outlet_conflicts": "{n} conflict findings involve facts from this outlet",
        "outlet_conflict_rate": "conflicts per article: {rate}",
        "outlet_stories": "Stories covered",
        "coverage_none": (
            "Conflicts are not counted yet: the database holds no stored cross-check report "
            "(the server opens it read-only, so reports computed when a story page is opened "
            "are not stored)."
        ),
        "coverage_some": (
            "Conflicts are counted from stored cross-check reports: {cached} of {comparable} "
            "comparable stories."
        ),
        "coverage_how": "Every story's report is stored by",
        "coverage_outlet": "from the reports of {cached} of its {comparable} stories",
        "coverage_outlet_none": (
            "This outlet's conflicts are not counted yet: none of its stories has a stored "
            "cross-check report. Open a story to see its findings."
        ),
        "coverage_badges": (
            "High-severity badges appear only for stories whose report is stored "
            "({cached} of {comparable}); open a story to see its findings."
        ),
        "n_articles": "Articles",
        "n_stories": "Stories",
        "n_conflicts": "Conflicts",
        "search_title": "Search articles",
        "search_label": "Keywords",
        "search_button": "Search",
        "search_results": "Results for “{q}”",
        "search_count": "{first}–{last} of {total} articles",
        "search_count_more": "{first}–{last} of more than {total} articles",
        "search_empty": "No article matches.",
        "search_syntax": (
            'Plain words, "a phrase" in double quotes, OR, NOT, prefix* '
            "(e.g. flood* OR landslide), title:word to search headlines only."
        ),
        "search_err_quote": (
            'The query has an unbalanced double quote: close the phrase with " or remove the quote.'
        ),
        "search_err_paren": "The query has an unbalanced parenthesis.",
        "search_err_minus": (
            "“-{word}” does not leave a word out here: write NOT {word} after the words to "
            "find (e.g. flood NOT {word})."
        ),
        "search_err_column": "title: or text: must be followed directly by a word.",
        "search_err_nothing": "There is nothing to search for in this query.",
        "search_err_other": (
            "The search engine cannot read this query; see above how to write one."
        ),
        "search_err_operator": (
            "The query cannot be read: OR, AND and NOT go between two words or phrases "
            "(e.g. flood OR landslide)."
        ),
        "compare_title": "Compare articles",
        "compare_help": (
            "Paste two or more articles (the first non-empty line is the headline), or upload "
            ".txt, .html, .json, .jsonl, .warc files. At most {files} files of at most {size} each."
        ),
        "compare_paste": "Article {n}",
        "compare_source": "Outlet name (optional)",
        "compare_files": "Files",
        "compare_submit": "Compare",
        "compare_again": "Edit the texts and compare again",
        "compare_need_two": "At least two articles are needed for a comparison.",
        "report": "Report",
        "rejected": "Inputs skipped",
        "warnings": "Read first",
        "shared_passages": "Shared text",
        "shared_empty": "No shared text.",
        "passage_verbatim": "verbatim",
        "passage_paraphrase": "paraphrase",
        "in_articles": "in {n} articles",
        "error_title": "Something went wrong",
        "error_404": "Page not found",
        "error_400": "Bad request",
        "error_413": "Upload too large",
        "error_500": "Server error",
        "error_503": "Database unavailable",
        "back_home": "Back to the story list",
        "footer": "kroscek {version} — database opened read-only",
        "unknown_date": "undated",
        "err_repeated": "Query parameter '{name}' given {n} times; give it once.",
        "err_too_long": "Query parameter '{name}' is longer than {max} characters.",
        "err_nul": "Query parameter '{name}' holds a NUL character.",
        "err_date": "Query parameter '{name}' must be a date like 2023-11-16, not '{value}'.",
        "err_int": "Query parameter '{name}' must be a whole number from {low} to {high}.",
        "err_since_until": "“Since” is after “Until”; swap the two dates.",
        "err_lang": "Query parameter 'article_lang' must be a language code like id or en.",
        "err_same_pair": "The left and right articles are the same; choose two different ones.",
        "err_q_required": "Query parameter 'q' is required, e.g. /search.json?q=ceasefire.",
        "nf_story": "Story '{id}' not found.",
        "nf_story_close": "Story '{id}' not found. Did you mean {close}?",
        "nf_report": "Story '{id}' has no cross-check report yet; its page says why.",
        "nf_article": "Article '{id}' not found.",
        "nf_outlet": "Outlet '{id}' not found.",
        "nf_not_in_story": "Article '{id}' is not one of this story's articles.",
        "nf_page": "There is no page at this address.",
        "upload_too_large": (
            "Upload too large: at most {files} files of {size} each. Split the batch or "
            "shorten the files."
        ),
        "upload_too_many": "Too many files: at most {files}. Compare fewer at once.",
        "upload_pasted_too_large": "A pasted article is over the limit of {size}; shorten it.",
        "upload_file_too_large": "{name} is over the limit of {size} per file.",
    },
}


_LANG_NAMES: dict[str, dict[str, str]] = {
    "id": {"id": "Indonesia", "en": "Inggris"},
    "en": {"id": "Indonesian", "en": "English"},
}


def choose_lang(
    query_lang: str | None, cookie_lang: str | None, accept_language: str | None
) -> str:
    """Pick the interface language: explicit choice, remembered choice, browser, default."""
    for candidate in (query_lang, cookie_lang):
        if candidate in LANGS:
            return candidate
    return _from_accept_language(accept_language or "")


def _from_accept_language(header: str) -> str:
    """The supported language the browser ranks highest (``en-GB;q=0.8`` counts as en)."""
    best, best_q = DEFAULT_LANG, -1.0
    for position, item in enumerate(header.split(",")[:20]):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in LANGS:
            continue
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                continue
        # Earlier entries win ties, as the header lists preferences in order.
        score = q - position * 1e-6
        if score > best_q:
            best, best_q = primary, score
    return best


def translator(lang: str) -> Translator:
    return Translator(
        _TEXT.get(lang, _TEXT[DEFAULT_LANG]), _LANG_NAMES.get(lang, _LANG_NAMES[DEFAULT_LANG])
    )


class Translator:
    """``t("key", n=3)``: the interface text for one language, formatted with named values."""

    __slots__ = ("_names", "_table")

    def __init__(self, table: Mapping[str, str], names: Mapping[str, str] | None = None) -> None:
        self._table = table
        self._names = names or {}

    def fact_label(self, kind: str, label: str) -> str:
        """A fact's label in words (``PER`` → "orang"); a unit (``warga``, ``km``) as is."""
        return self._table.get(f"label_{kind}_{label}", label)

    def lang_name(self, code: str) -> str:
        """An article language's name (``id`` → "Indonesia"), else the code itself."""
        return self._names.get(code, code)

    def __call__(self, key: str, **values: object) -> str:
        if values.get("n") == 1 and key + "_one" in self._table:
            key += "_one"  # "1 outlet", not "1 outlets"
        text = self._table.get(key) or _TEXT[DEFAULT_LANG].get(key, key)
        return text.format(**values) if values else text


def keys(lang: str) -> frozenset[str]:
    """Every key of one language's table (tests check both languages cover the same keys)."""
    return frozenset(_TEXT[lang])
