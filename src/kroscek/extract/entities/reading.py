"""The recogniser's view of one text: tokens, sentence starts, Title Case lines, places.

``Reading`` tokenises once and keeps the parallel lists (folded words, name-like flags,
offsets) that every later stage indexes, plus the tests that look at one position only.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from itertools import compress

from kroscek.extract.entities.words import (
    BRACKETED_ACRONYM_RE,
    DATELINE_AFTER_RE,
    LOWER_WORD_RE,
    NEXT_NAME_WORD_RE,
    OPENING_MARKS,
    WORDISH_RE,
    ModelSpans,
    doc_place_re,
    gaz_first_words,
    is_acronym,
    is_function_word,
    office_unit_firsts,
    punctuated_gaz_names,
    split_possessives,
    tail_word,
    title_case_lines,
    titles_of,
)
from kroscek.extract.gazetteer import Gazetteer, gazetteer
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import is_cap as _is_cap
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.normalize import fold
from kroscek.extract.sentences import sentence_spans
from kroscek.extract.spans import SpanIndex
from kroscek.text.tokens import Token, token_pieces, tokenize, tokens_from_pieces


class Reading:
    """The tokenised text and the tests on one position."""

    def __init__(
        self,
        text: str,
        lang: str,
        *,
        title_mode: bool,
        known: dict[str, tuple[str, str]] | None,
        model_spans: ModelSpans,
    ) -> None:
        self.text = text
        self.lang = lang
        self.gaz: Gazetteer = gazetteer()
        self.titles = titles_of(lang)
        self.title_mode = title_mode
        self.known = known or {}
        self.model_spans = model_spans
        self.model_index = SpanIndex(model_spans, lambda m: m[0], lambda m: m[1])
        # a possessive needs "'s" in the text: most texts have none to split
        if "'s" in text or "’s" in text:
            self.tokens: list[Token] = split_possessives(tokenize(text))
            texts = [t.text for t in self.tokens]
            starts = [t.start for t in self.tokens]
            ends = [t.end for t in self.tokens]
        else:
            # the token pieces are the tokens' fields, as parallel lists: no second pass
            texts, starts, ends, _ = token_pieces(text)
            self.tokens = tokens_from_pieces(texts, starts, ends)
        self.folded: list[str] = list(map(fold, texts))
        connectors = self.titles.connectors
        self.name_like = [
            (t[:1].isupper() and (t[0].isalpha() or any(map(str.isalpha, t))))
            or ("-" in t and f.split("-")[0] in connectors)
            for t, f in zip(texts, self.folded, strict=True)
        ]
        self.index_of = dict(zip(starts, range(len(starts)), strict=True))
        self.ends_at = dict(zip(ends, range(len(ends)), strict=True))
        self.sent_starts = {s for s, _ in sentence_spans(text)} | {0}
        self.found: list[_Found] = []
        self.places: dict[str, str] = {}  # folded place name -> id, from "Kabupaten X"
        self.doc_places = self._collect_doc_places()
        self.mid_caps = self._mid_sentence_caps()
        self.title_case_spans = [] if title_mode else title_case_lines(text)
        self.skip_until = 0  # a company name read past its run ("PT X (Persero) Tbk") ends here
        self.initials: set[str] = set()  # acronyms written as a person's initials ("AR (34)")
        self.office_firsts = office_unit_firsts()  # ("kanwil", "perwakilan": see _office_unit)

    def _in_title_case(self, pos: int) -> bool:
        spans = self.title_case_spans  # sorted, never overlapping
        i = bisect_right(spans, (pos, 1 << 62)) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    def _mid_sentence_caps(self) -> set[str]:
        """Folded capitalised words written somewhere mid-sentence (not after a quote,
        bracket, dash or line break). Only the name-like tokens are looked at, with the folded
        forms already made: most tokens are lowercase."""
        caps: set[str] = set()
        starts = self.sent_starts
        text, tokens, folded = self.text, self.tokens, self.folded
        for i in compress(range(len(tokens)), self.name_like):
            if not i:
                continue
            t, prev = tokens[i], tokens[i - 1]
            if (
                t.text[:1].isupper()
                and t.start not in starts
                and prev.text not in OPENING_MARKS
                and "\n" not in text[prev.end : t.start]
            ):
                caps.add(folded[i])
        return caps

    # -- token classes ---------------------------------------------------------------
    def _name_token(self, i: int) -> bool:
        return self.name_like[i]

    def _connector(self, i: int) -> bool:
        return self.folded[i] in self.titles.connectors

    def _spaced_name_after(self, j: int) -> bool:
        """Whether a name-like token follows token ``j`` after exactly one space: the joins of
        a run through a word ("dan", "on", "for", "'s") need the next word right after it."""
        return (
            j + 1 < len(self.tokens)
            and self.name_like[j + 1]
            and self.text[self.tokens[j].end : self.tokens[j + 1].start] == " "
        )

    def _known_name_past(self, i: int, j: int) -> int:
        """The end of a known name that starts inside the run [i, j) and goes on past its end
        over a comma or a lowercase word ("Meteorology, Climatology and Geophysics Agency")."""
        names = punctuated_gaz_names()
        for s in range(i, j):
            for words in names.get(self.folded[s], ()):
                end = s + len(words)
                if end > j and tuple(self.folded[s:end]) == words:
                    return end
        return j

    def _dateline(self, toks: list[Token]) -> bool:
        """Whether the chunk is a dateline's place: all capitals at the start of a line, then
        a dash, maybe after its country ("NAIROBI, Kenya —")."""
        start = toks[0].start
        if start and self.text[start - 1] != "\n":
            return False
        if not all(is_acronym(t.text) for t in toks):
            return False
        return DATELINE_AFTER_RE.match(self.text, toks[-1].end) is not None

    def _plural_of_opening(self, toks: list[Token], words: list[str]) -> bool:
        """ "Shares of [Lumora]": a chunk opening a sentence with a plural common noun and
        "of" (not a body's or place's head: "Bank of", "Strait of", "Friends of")."""
        # (``words`` leaves out the dots of initials: "A.S." is four tokens and one word)
        if (
            len(toks) < 3
            or len(words) < 2
            or words[1] != "of"
            or toks[0].start not in self.sent_starts
        ):
            return False
        first = words[0]
        return (
            len(first) > 4
            and first.endswith("s")
            and not first.endswith("ss")
            and first not in self.titles.heads
            and first not in self.titles.any_tails
            and first not in self.titles.org_tails
            and first not in _person_names()
            and self.gaz.lookup(toks[0].text) is None
        )

    def _org_tail_within(self, k: int, j: int) -> bool:
        """Whether the run [k, j) ends in an organisation's tail word ("Nusantara Air")."""
        return tail_word(self.folded[j - 1]) in self.titles.org_tails

    def _role_before(self, i: int) -> tuple[str, tuple[str, ...]] | None:
        """A role phrase before token i, possibly followed by up to three lowercase
        modifiers: "pejabat senior [Hamas ...]", "juru bicara militer kelompok [Houthi ...]".

        Each step checks only the one modifier it adds (the ones after it passed already);
        most tokens end no role and cost one dict lookup."""
        tokens = self.tokens
        sizes_by_last = self.titles.role_sizes_by_last
        folded = self.folded
        # a role ends one to four words back, or there is none: most runs stop here
        if sizes_by_last.keys().isdisjoint(folded[max(0, i - 4) : i]):
            return None
        for modifiers in range(0, 4):
            if modifiers:
                if i < modifiers:
                    break
                text = tokens[i - modifiers].text
                if not LOWER_WORD_RE.fullmatch(text) or is_function_word(text, self.lang):
                    break
                if fold(text) in self.titles.admin_heads:
                    break  # "ibu kota [Provinsi X]": a capital city, not the title "Ibu"
            end = i - modifiers
            if end < 1:
                break
            sizes = sizes_by_last.get(self.folded[end - 1])
            if not sizes:
                continue
            mods = tokens[end:i]
            for size in sizes:
                a = end - size
                if a < 0:
                    continue
                key = tuple(self.folded[a:end])
                if key not in self.titles.roles:
                    continue
                toks = self.tokens[a:end]
                if any(not WORDISH_RE.fullmatch(t.text) for t in toks):
                    continue
                span = [*toks, *mods]
                if any(
                    self.text[x.end : y.start] != " "
                    for x, y in zip(span, [*span[1:], self.tokens[i]], strict=True)
                ):
                    continue
                return self.text[toks[0].start : span[-1].end], key
        return None

    def _model_span_is(self, start: int, end: int, label: str) -> bool:
        """Whether the trained model found exactly [start, end) with ``label``."""
        return any(
            s == start and e == end and lab == label
            for s, e, lab in self.model_index.overlapping(start, end)
        )

    def _holder_past_body(self, start: int, folded_words: list[str]) -> bool:
        """Whether a chunk is the holder of a role whose body was just named before a comma
        ("kata juru bicara Bumi Air, | Rina Kusuma"): the role's body is taken, so
        a known given name opening two or more words is the person, whatever the model read."""
        return (
            len(folded_words) >= 2
            and folded_words[0] in _person_names()
            and self.text[start - 2 : start] == ", "
            and bool(self.found)
            and self.found[-1].label == "ORG"
            and self.found[-1].end == start - 2
        )

    def _model_label(self, start: int, end: int) -> str | None:
        best, overlap = None, 0
        for s, e, label in self.model_index.overlapping(start, end):
            o = min(e, end) - max(s, start)
            if o > overlap:
                best, overlap = label, o
        return best

    @cached_property
    def common_acronyms(self) -> frozenset[str]:
        """Acronyms the text defines in brackets after lowercase words that spell them ("anak
        buah kapal (ABK)", "bahan bakar minyak (BBM)"): short forms of common nouns, no
        body's name wherever they stand."""
        out = set()
        for m in BRACKETED_ACRONYM_RE.finditer(self.text):
            acronym = m.group(1)
            words = self.text[max(0, m.start() - 16 * len(acronym)) : m.start()].split()
            words = words[-len(acronym) :]
            if (
                len(words) == len(acronym)
                and all(w.isalpha() and w.islower() for w in words)
                and "".join(w[0] for w in words) == acronym.lower()
            ):
                out.add(acronym)
        return frozenset(out)

    def _name_before_role(self, role: str, start: int) -> bool:
        """Whether a capitalised word stands right before ``role``, which ends one space
        before ``start`` ("[Buriram] coach | Osmar Loss Vieira")."""
        at = start - len(role) - 1
        if self.lang != "en" or at < 2 or self.text[at - 1 : start - 1] != " " + role:
            return False  # (Indonesian writes the body after the role: "pelatih Persib X")
        k = self.index_of.get(self.text.rfind(" ", 0, at - 1) + 1)
        return (
            k is not None
            and _is_cap(self.tokens[k].text)
            and not is_function_word(self.folded[k], self.lang)
        )

    def _crew_before(self, k: int) -> bool:
        """Whether the word before token k (a vehicle noun) names its crew or owner."""
        crew = _in_every_language("titles", "vehicle_crew")
        return k >= 1 and (
            self.folded[k - 1] in crew
            or (k >= 2 and f"{self.folded[k - 2]} {self.folded[k - 1]}" in crew)
        )

    def _plain_word(self, i: int) -> bool:
        """A lone capitalised function word ("Menurut", "Sementara", "The"): no rule can
        make it a name, so its run is skipped without segmenting it."""
        word = self.folded[i]
        return (
            is_function_word(word, self.lang)
            and word not in gaz_first_words()
            and word not in self.titles.role_sizes_by_first
            and word not in self.titles.misc_heads
            and not is_acronym(self.tokens[i].text)
        )

    def _collect_doc_places(self) -> set[str]:
        """Places the article itself marks as places ("Kabupaten Garut", "di Garut"): their
        first words; their names of two or three words go to ``doc_place_names``."""
        found = set()
        self.doc_place_names: dict[str, int] = {}  # "golo mori" -> its number of words
        pattern = doc_place_re(self.lang)
        if pattern is not None:
            heads = self.titles.loc_heads
            for m in pattern.finditer(self.text):
                word = fold(m.group(1))
                if word in heads:  # "ibu kota Provinsi X": the place is X, not "Provinsi"
                    continue
                found.add(word)
                words, pos = [word], m.end(1)
                while len(words) < 3 and (nxt := NEXT_NAME_WORD_RE.match(self.text, pos)):
                    name = fold(nxt.group(1))
                    if (
                        name in _person_names()
                        or name in self.titles.keywords
                        or name in self.titles.loc_heads
                    ):
                        break  # "Kabupaten Garut Rahmat Hidayat", "Lasem Kabupaten Rembang"
                    words.append(name)
                    self.doc_place_names[" ".join(words)] = len(words)
                    pos = nxt.end()
        return found
