"""Tests on the words around a position that need no gazetteer lookup.

Role words before a name, number and quote neighbours, regional offices, field words of a
body, apposition labels: each answers one yes/no question the segmenter and the
unknown-chunk guesser ask many times, so each is cheap and self-contained.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kroscek.extract.entities.reading import Reading
from kroscek.extract.entities.words import (
    AGE_AFTER_RE,
    AGE_APPOSED_RE,
    ALIAS_AFTER_RE,
    APPOSITIVE_RE,
    ARTICLES,
    CODE_RE,
    DASH_END_RE,
    DIGIT_END_RE,
    FIELD_NOUN_RE,
    FLIGHT_NUMBER_RE,
    GEO_HEADS,
    HEAD_JOINERS,
    LIST_GOES_ON_RE,
    MAX_RUN,
    NEXT_LOWER_RE,
    PREV_WORD_COMMA_RE,
    PREV_WORDS_RE,
    SPEAKER_BEFORE_RE,
    STATE_FORM_RE,
    UNIT_AND_RE,
    VERB_AFTER_COMMA_RE,
    body_field_words,
    body_role,
    currency_prefixes,
    gaz_first_words,
    is_acronym,
    is_function_word,
    last_words_of_pairs,
    regional_role,
    search_words_before,
    tail_word,
    whole_word_re,
)
from kroscek.extract.gazetteer import Entry
from kroscek.extract.gazetteer import is_demonym as _is_demonym
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import is_cap as _is_cap
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.normalize import fold, slug
from kroscek.text.tokens import Token


class WordCues(Reading):
    """Adds the tests on neighbouring words."""

    def _named_with_known_body(self, chunk_start: int | None, k: int, gk: int) -> bool:
        """Whether the one unknown word before the known body at [k, gk) is part of another
        body's name: the article writes the two together at least twice ("Kataib Hizbullah"
        is an Iraqi militia, not "Hizbullah"), never the word alone. Roles, heads, given names
        and known names are excluded ("Juru bicara Hamas", "Kepala BPBD")."""
        if chunk_start is None or k - chunk_start < 1:
            return False
        tok = self.tokens[k - 1]
        word = self.folded[k - 1]
        if (
            not _is_cap(tok.text)
            or is_acronym(tok.text)
            or word in self.titles.heads
            or word in self.titles.role_words
            or word in _person_names()
            or word in gaz_first_words()
            or is_function_word(word, self.lang)
        ):
            return False
        name = self.text[tok.start : self.tokens[gk - 1].end]
        if self.text.count(name) < 2:
            return False  # (a plain count first: most words stand before the body once)
        together = len(whole_word_re(name).findall(self.text))
        alone = len(whole_word_re(tok.text).findall(self.text))
        return together >= 2 and alone == together

    def _body_before_name(self, pieces: list[tuple[int, int]]) -> bool:
        """Whether the first word after a role names the role's body, not the person: the
        article writes that word elsewhere on its own ("Benfica resmi merekrut ...", then
        "kata direktur olahraga Benfica Nuno Carvalho"), and a name of two or more words
        follows it (the model's cuts inside the run are not trusted there)."""
        if not pieces:
            return False
        a, end = pieces[0][0], pieces[-1][1]
        if not 3 <= end - a <= 5:
            return False  # a body word, then a name of two to four words
        if tail_word(self.folded[end - 1]) in self.titles.org_tails:
            return False  # "Ketua Mandalika Grand Prix Association": one body's name
        word, nxt = self.tokens[a].text, self.tokens[a + 1].text
        heads = self.titles.heads
        if fold(word) in self.titles.role_sizes_by_first or fold(word) in heads:
            return False  # "Ketua Tim Pemenangan X": a head word opens the body's name
        if not _is_cap(word) or fold(word) in _person_names():
            return False  # "Kombes Budi Hartono", then "kata Budi": a first name, not a body
        for m in whole_word_re(word).finditer(self.text):
            if m.start() == self.tokens[a].start:
                continue
            if not self.text[m.end() :].lstrip(" ").startswith(nxt) and not (
                SPEAKER_BEFORE_RE.search(self.text, max(0, m.start() - 16), m.start())
            ):
                return True  # (not "kata Jonner", "Menurut Jonner": a person speaks there)
        return False

    def _role_start(self, role: str, chunk_start: int) -> int:
        """Where the current role text starts (it ends right before ``chunk_start``)."""
        end = self.tokens[chunk_start].start
        pos = self.text.rfind(role, 0, end)
        return pos if pos >= 0 else self.tokens[chunk_start].start

    def _office_unit(self, k: int, j: int) -> int:
        """How many words at token k (before ``j``) name a body's regional unit right after
        the body ("[Perum Bulog] Kanwil", "[BPKP] Perwakilan"), followed by its region; 0
        if none."""
        if not self.found or self.found[-1].end != self.tokens[k - 1].end:
            return 0  # (not right after a name just found)
        units = _in_every_language("titles", "office_units")
        for n in (2, 1):
            if k + n < j and " ".join(self.folded[k : k + n]) in units:
                return n
        return 0

    def _only_function_words(self, a: int, b: int) -> bool:
        """Whether the tokens [a, b) are all function words ("The")."""
        return all(is_function_word(self.folded[x], self.lang) for x in range(a, b))

    def _name_lead(self, a: int | None, k: int) -> bool:
        """Tokens [a, k) before a known place can open a body's name ("Free [Papua]
        Movement"): one or two capitalised words, no given name, role, head or acronym."""
        if a is None or not 1 <= k - a <= 2:
            return False
        return all(
            _is_cap(self.tokens[x].text)
            and not is_acronym(self.tokens[x].text)
            and self.folded[x] not in _person_names()
            and self.folded[x] not in self.titles.role_sizes_by_first
            and self.folded[x] not in self.titles.heads
            and not is_function_word(self.folded[x], self.lang)
            for x in range(a, k)
        )

    def _company(self, k: int, j: int) -> int:
        """ "PT Garuda Indonesia (Persero) Tbk", "PT Sinar Rasa Nusantara": a legal form, the
        rest of the run (up to a person the model sees there), and a "(Persero)" and "Tbk"
        after it are one company; it keeps the id of the known body it names. An acronym
        is the whole name ("PT KAI [Joni Martinus]"). Returns the token after the name."""
        offices = self.titles.regional_bodies | _in_every_language("titles", "office_units")
        end = next(
            (
                t
                for t in range(k + 2, j)
                if self.folded[t] in currency_prefixes()
                or self.folded[t] in offices
                or (t + 1 < j and f"{self.folded[t]} {self.folded[t + 1]}" in offices)
            ),
            j,
        )
        # ("PT Sukses Makmur Rp 6 triliun": a currency sign ends the name; "Perum Bulog
        # Kanwil Jatim", "PT KAI Daop 6": so does the regional office of the company)
        if is_acronym(self.tokens[k + 1].text):
            end = k + 2
            while end < j and self.folded[end] in self.titles.org_tails:
                end += 1
        for s, _e, label in self.model_index.overlapping(
            self.tokens[k].start, self.tokens[j - 1].end
        ):
            t = self.index_of.get(s)
            if label == "PER" and t is not None and k + 1 < t < end:
                end = t  # "Direktur PT Sinar Rasa Budi Santoso": the person is no part of it
        core_end = end
        while core_end > k + 1 and self.folded[core_end - 1] in self.titles.org_tails:
            core_end -= 1  # "Tbk"
        s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
        m = STATE_FORM_RE.match(self.text, e0)
        if m is not None and end == j:
            e0 = m.end()
            self.skip_until = e0
        name = self.text[self.tokens[k + 1].start : self.tokens[core_end - 1].end]
        entry = self.gaz.lookup(name)
        eid = entry.id if entry is not None and entry.label == "ORG" else "ORG:" + slug(name)
        self.found.append(_Found(s0, e0, "ORG", eid, how="rule"))
        return end

    def _known_at(self, k: int, j: int) -> tuple[int, tuple[str, str]] | None:
        """In a headline, the longest name of two or more words the body knows starting at
        token k: (end token, (label, id))."""
        for end in range(min(j, k + MAX_RUN), k + 1, -1):
            hit = self.known.get(" ".join(self.folded[k:end]))
            if hit is not None:
                return end, hit
        return None

    def _compass_name(self, place: str, compass: str) -> tuple[str, Entry | None]:
        """The Indonesian name of "<compass> <place>" ("South Jakarta" -> "Jakarta Selatan")
        and its known place, if any. A city's centre is "Pusat", a province's "Tengah"
        ("Central Jakarta" is "Jakarta Pusat", "Central Java" "Jawa Tengah")."""
        word = self.titles.compass_heads[compass]
        for other in (f"{place} {word}", f"{place} Pusat" if word == "Tengah" else ""):
            known = self.gaz.lookup(other) if other else None
            if known is not None and known.label == "LOC":
                return other, known
        return f"{place} {word}", None

    def _body_of_place(self, a: int | None, k: int) -> bool:
        """Whether the chunk [a, k) is a body's name ending in "of" before the place at k
        ("[Supreme Court of] Pakistan", "[Bank of] England"): the place is part of the name."""
        if a is not None and k - a >= 3 and self.folded[k - 2 : k] == ["of", "the"]:
            k -= 1  # "[Union Bank of the] Philippines": a country named with its article
        if a is None or k - a < 2 or self.folded[k - 1] != "of":
            return False
        body_words = self.titles.org_heads | self.titles.org_tails
        return self.folded[k - 2] in body_words or self.folded[a] in body_words

    def _model_person_over(self, a: int, b: int) -> bool:
        """Whether the model reads the words [a, b) (a title word) inside a person's name
        that starts before them ("Rizal [Hakim] Siregar")."""
        lo, hi = self.tokens[a].start, self.tokens[b - 1].end
        return any(
            label == "PER" and s < lo and e >= hi
            for s, e, label in self.model_index.overlapping(lo, hi)
        )

    def _named_after_title(self, k: int, after: int, j: int) -> bool:
        """Whether the run ends, after a one-word title at k and the name that follows it, in
        a place's or body's tail word ("[Sultan] Hasanuddin International Airport", "[King]
        Fahd University"): the title is part of that name ("Vice President Data Center &
        ..." is a role and its unit)."""
        last = self.folded[j - 1]
        return (
            after - k == 1
            and j - after >= 2
            and (last in self.titles.loc_tails or tail_word(last) in self.titles.org_tails)
            # a title places are named after ("Sultan", "King"); "Ketua Mandalika Grand Prix
            # Association" is an office and the body it heads
            and self.folded[k] in _in_every_language("titles", "naming_titles")
        )

    def _opens_body_before(self, tok: Token, start: int) -> bool:
        """Whether ``tok`` starts with the first letter of the body found right before the
        bracket at ``start`` ("Pusat Pengendalian Operasi (Pusdalops)")."""
        body = next((f for f in reversed(self.found) if f.end == start - 2), None)
        return body is not None and self.text[body.start] == tok.text[0]

    def _acronym_of_body(self, start: int, end: int) -> bool:
        """An acronym in brackets right after a body's name is that body: found with the
        body's id, so "(ANSV)" and "Badan Nasional Keselamatan Jalan" are one referent."""
        if self.text[start - 2 : start] != " (" or self.text[end : end + 1] != ")":
            return False
        body = next((f for f in reversed(self.found) if f.end == start - 2), None)
        while body is not None and body.label == "LOC":
            # "Asosiasi Eksportir Garmen Bangladesh (BGMEA)": the body before its place
            place = body
            body = next((f for f in reversed(self.found) if f.end == place.start - 1), None)
        if body is None or body.label != "ORG":
            return False
        eid = body.referent(self.text)
        self.found.append(_Found(start, end, "ORG", eid, body.country, how="rule"))
        return True

    def _doc_place_name_at(self, words: list[str]) -> int:
        """How many words at the start of ``words`` are a place name of two or three words
        the article writes after an administrative head ("Desa Golo Mori"); 0 if none."""
        for n in (3, 2):
            if len(words) >= n and self.doc_place_names.get(" ".join(words[:n])) == n:
                return n
        return 0

    def _field_and_field(self, end: int) -> bool:
        """Whether "dan"/"and" and one more capitalised field word, which is no role or
        given name, follow offset ``end`` and end the name ("[Pemuda] dan Olahraga")."""
        text = self.text
        if not (text.startswith(" dan ", end) or text.startswith(" and ", end)):
            return False
        m = UNIT_AND_RE.match(text, end)
        if m is None:
            return False
        word = fold(m.group(1))
        return word not in self.titles.role_sizes_by_first and word not in _person_names()

    def _given_name_opens(self, words: list[str]) -> bool:
        """ "holding off Álex de la Riva": a known given name and a surname after a weak
        place cue ("off", "to", "from") are a person, not a place."""
        return (
            2 <= len(words) <= 4
            and words[0] in _person_names()
            and not any(w in self.titles.loc_words_after or w in self.titles.heads for w in words)
        )

    def _initials_of_a_body(self, acronym: str) -> bool:
        """Whether ``acronym`` spells the capitalised initials of a body found so far."""
        for f in self.found:
            if f.label == "ORG":
                words = self.text[f.start : f.end].split()
                if len(words) == len(acronym) or len(words) > 2:
                    initials = "".join(w[0] for w in words if w[:1].isupper())
                    if initials == acronym:
                        return True
        return False

    def _unknown_region(self, toks: list[Token], words: list[str]) -> bool:
        """ "Polsek Pujut": one or two capitalised words after a regional office that name
        no body, head, person or the office itself ("Polda Metro Jaya") are the region it
        serves, known or not."""
        return (
            1 <= len(toks) <= 2
            and " ".join(words) not in _in_every_language("titles", "regional_body_names")
            and words[0] not in _person_names()
            and all(
                _is_cap(t.text)
                and not is_acronym(t.text)
                and w not in self.titles.heads
                and w not in self.titles.role_sizes_by_first
                and not any(map(str.isdigit, w))
                for t, w in zip(toks, words, strict=True)
            )
        )

    def _add_region(self, a: int, b: int) -> None:
        """The region [a, b) of a regional office written before it ("Mercedes Mayor")."""
        s0, e0 = self.tokens[a].start, self.tokens[b - 1].end
        entry = self.gaz.lookup(self.text[s0:e0])
        if entry is not None and entry.label == "LOC":
            self.found.append(_Found(s0, e0, "LOC", entry.id, entry.country, how="gazetteer"))
        else:
            name = fold(self.text[s0:e0])
            self.places.setdefault(name, "LOC:" + slug(self.text[s0:e0]))
            self.found.append(_Found(s0, e0, "LOC", self.places[name], how="cue"))

    def _place_named_org(self, a: int | None, b: int) -> bool:
        if a is None or a >= b:
            return False
        while a < b and is_function_word(self.folded[a], self.lang):
            a += 1  # "Di [Bursa Efek] Indonesia"
        words = self.folded[a:b]
        return (
            bool(words)
            and words[0] in self.titles.place_named_heads
            and all(
                w in self.titles.place_named_heads or w in self.titles.connectors for w in words
            )
        )

    def _town_ends_body(self, a: int | None, k: int) -> bool:
        """Tokens [a, k) are an acronym body head and the body's own name ("RSUD
        Kartini"), so the known town after them, ending the run, is the name's last word.
        A regional office ("Polres Metro") serves the place after it instead."""
        if a is None or k - a < 2:
            return False
        head = self.folded[a]
        return (
            head in self.titles.org_heads
            and head not in self.titles.regional_bodies
            and is_acronym(self.tokens[a].text)
            and all(
                _is_cap(self.tokens[x].text)
                and not is_acronym(self.tokens[x].text)
                and self.folded[x] not in self.titles.heads
                for x in range(a + 1, k)
            )
        )

    def _all_org_heads(self, a: int | None, b: int) -> bool:
        if a is None or a >= b:
            return False
        return all(fold(t.text) in self.titles.org_heads for t in self.tokens[a:b])

    def _tail_place(self, a: int, b: int, entry: Entry) -> None:
        s, e = self.tokens[a].start, self.tokens[b - 1].end
        tails = set(self.folded[a:b]) & self.titles.any_tails
        eid = entry.id if tails <= self.titles.admin_heads else "LOC:" + slug(self.text[s:e])
        self.found.append(_Found(s, e, "LOC", eid, entry.country, how="gazetteer"))

    def _loc_heads_before(self, a: int | None, b: int) -> int | None:
        """Start of the place head words ("Selat", "Provinsi") that end the chunk [a, b)."""
        if a is None or a >= b:
            return None
        start = b
        while start > a and self.folded[start - 1] in self.titles.loc_heads:
            start -= 1
        return start if start < b else None

    def _head_place(self, a: int, b: int, entry: Entry, *, end: int | None = None) -> None:
        """The place of head words ``[a, …)`` and the known name ending at ``b``; ``end``
        past ``b`` adds compass words, which make it another place than the known one."""
        end = b if end is None else end
        s, e = self.tokens[a].start, self.tokens[end - 1].end
        heads = [w for w in self.folded[a:b] if w in self.titles.loc_heads]
        if end > b:
            # "Kecamatan Palu Barat" is Palu Barat, not Palu; a later "Palu Barat" joins it
            first = a + len(heads)
            name = self.text[self.tokens[first].start : e]
            eid = "LOC:" + slug(name)
            self.places[fold(name)] = eid
        elif all(h in self.titles.admin_heads for h in heads):
            eid = entry.id  # "Provinsi Jawa Barat" is Jawa Barat
        else:
            eid = "LOC:" + slug(self.text[s:e])  # "Selat Bali" is not Bali
        self.found.append(_Found(s, e, "LOC", eid, entry.country, how="gazetteer"))

    @staticmethod
    def _field_word(word: str) -> bool:
        """A field noun a body's name is made of ("Perikanan", "Sosial", "Statistik")."""
        return word in body_field_words() or FIELD_NOUN_RE.fullmatch(word) is not None

    def _geo_head(self, k: int) -> bool:
        word = self.folded[k]
        return word in self.titles.admin_heads or word in GEO_HEADS

    def _name_word_after_given(self, words: list[str], word: str) -> bool:
        """ "Ahmad Hakim Rasuli": a role word ("hakim") after a given name is a word of the
        person's name (many Arabic names are also titles: Hakim, Amir, Sultan)."""
        return (
            word != words[0] and words[0] in _person_names() and word not in self.titles.org_heads
        )

    def _head_of(self, words: list[str]) -> bool:
        """ "[General] Authority of Civil Aviation", "Fire Service and Civil Defence": an
        organisation head word followed by "of" or "and" inside the chunk makes the chunk a
        body's name."""
        heads = self.titles.org_heads
        return any(w in heads and nxt in HEAD_JOINERS for w, nxt in pairwise(words))

    def _second_body(self, words: list[str]) -> int | None:
        """Where a second body starts inside a chunk that opens with one: a "<head> of
        <name>" after another ("Faculty of Agriculture University of Nairobi" -> 3), or a
        regional office after a unit's name ("Direktorat Reserse Narkoba Polda" -> 3)."""
        offices = self.titles.regional_bodies
        if len(words) >= 3 and words[0] not in offices:
            for m in range(2, len(words)):
                if words[m] in offices:
                    return m
        heads = self.titles.org_heads
        if len(words) < 6 or words[0] not in heads or words[1] != "of":
            return None
        for m in range(3, len(words) - 2):
            if words[m] in heads and words[m + 1] == "of" and words[m - 1] not in HEAD_JOINERS:
                return m
        return None

    def _admin_head_inside(self, words: list[str]) -> int | None:
        """Where an administrative head word starts a place inside a body's name ("Puskesmas
        | Kecamatan Sukamaju"), when a name follows it; None when there is none."""
        heads = self.titles.admin_heads & self.titles.loc_heads
        for m in range(1, len(words) - 1):
            if words[m] in heads and words[m - 1] not in self.titles.connectors:
                return m
        return None

    def _known_inside(self, toks: list[Token]) -> None:
        """In a Title Case line, only names the body already knows: the longest ones found
        inside the chunk ("Bupati Darmawan Saputra Ditahan" -> "Darmawan Saputra")."""
        words = [fold(t.text) for t in toks]
        i = 0
        while i < len(toks):
            for k in range(min(len(toks), i + MAX_RUN), i, -1):
                hit = self.known.get(" ".join(words[i:k]))
                if hit is not None:
                    end = k
                    while (
                        hit[0] == "LOC" and end < len(toks) and words[end] in self.titles.loc_tails
                    ):
                        end += 1  # "Flores Island" in a headline, "Flores" in the body
                    self.found.append(
                        _Found(toks[i].start, toks[end - 1].end, hit[0], hit[1], how="body")
                    )
                    i = end
                    break
            else:
                i += 1

    def _add_body(self, start: int, end: int) -> None:
        """An organisation found by a rule, over ``text[start:end]``, its id from its words."""
        self.found.append(_Found(start, end, "ORG", "ORG:" + slug(self.text[start:end])))

    def _add_place(self, tok: Token) -> None:
        eid = "LOC:" + slug(tok.text)
        self.places.setdefault(fold(tok.text), eid)
        self.found.append(_Found(tok.start, tok.end, "LOC", self.places[fold(tok.text)]))

    def _demonym(self, word: str) -> bool:
        """An adjective made from a known country's name (see ``_is_demonym``)."""
        return _is_demonym(word)

    def _country_as_adjective(self, i: int, eid: str) -> bool:
        """ "Saudi officials", "the Saudi Ministry of Hajj": in English a one-word short form
        of a longer country name before another word is its demonym, not the place (English
        leaves demonyms untagged: "Israeli officials"). An acronym ("US forces") stays."""
        if self.lang != "en" or i + 1 >= len(self.tokens) or is_acronym(self.tokens[i].text):
            return False
        entry = self.gaz.entries[eid]
        if entry.label != "LOC" or " " not in entry.display.get("en", ""):
            return False
        nxt = self.tokens[i + 1]
        return nxt.start == self.tokens[i].end + 1 and nxt.text.isalpha()

    def _initials(self, k: int) -> bool:
        """A short acronym that is a person's initials: after "berinisial" / "initials", or
        followed by an age in brackets ("SF (34)"); no body is written with its age."""
        tok = self.tokens[k]
        if len(tok.text) > 4 or not tok.text.isalpha():
            return False
        text, end = self.text, tok.end
        if (
            AGE_AFTER_RE.match(text, end)
            or ALIAS_AFTER_RE.match(text, end)
            or AGE_APPOSED_RE.match(text, end)
        ):
            return True
        return (
            k > 0
            and self.folded[k - 1] in self.titles.initials_cues
            # "known by its Indonesian initials KPPU": a body's initials, not a suspect's
            and not any(w in ("its", "their") for w in self.folded[max(0, k - 4) : k - 1])
        )

    def _before_number(self, end: int) -> bool:
        """A figure follows, glued or after spaces ("Rp 480", "US$ 5")."""
        rest = self.text[end : end + 4].lstrip(" .$\u00a0")
        return rest[:1].isdigit()

    def _after_number(self, start: int) -> bool:
        return bool(DIGIT_END_RE.search(self.text, max(0, start - 4), start))

    def _after_open_quote(self, start: int) -> bool:
        """Right after an opening quote or bracket, or a dateline dash or colon, where any
        word is capitalised."""
        if start > 0 and self.text[start - 1] in ('"', "“", "‘", "(", "'", "«"):
            return True
        return bool(DASH_END_RE.search(self.text[max(0, start - 4) : start]))

    def _appositive_label(self, end: int) -> str | None:
        """ "Lumora, the video streaming company, said": a name followed by an apposition that
        says what it is (an organisation word or a person's title)."""
        m = APPOSITIVE_RE.match(self.text, end)
        if m is None:
            return None
        words = [fold(w) for w in m.group(1).split()]
        if any(w in self.titles.org_cues for w in words):
            return "ORG"
        if any((w,) in self.titles.roles or w in self.titles.role_words for w in words):
            return "PER"
        return None

    def _regional(self, role: str) -> bool:
        return regional_role(self.lang, role)

    def _body_role(self, role: str) -> bool:
        return body_role(self.lang, role)

    def _code(self, start: int, end: int) -> bool:
        """Whether the capitals at [start, end) are a code rather than a body's short name: a
        registration after its cue ("registrasi PK-ZTA", "registered 9M-MRO"), letters and
        digits mixed in one token ("N123AB", "9M-MRO"; not "G20", a group's name), or a part
        of a number written with slashes ("Nomor 41/PUU-XXV/2027", "12/Pid.B/2025/PN")."""
        surface = self.text[start:end]
        if CODE_RE.fullmatch(surface):
            return True
        lo = start
        while lo > 0 and not self.text[lo - 1].isspace():
            lo -= 1
        hi = end
        while hi < len(self.text) and not self.text[hi].isspace():
            hi += 1
        run = self.text[lo:hi]
        if run.count("/") >= 2 and any(c.isdigit() for c in run):
            return True
        before = fold(self.text[max(0, start - 30) : start]).split()
        cues = _in_every_language("titles", "code_cues")
        if any(" ".join(before[-n:]) in cues for n in (1, 2) if len(before) >= n):
            return True
        # "nomor penerbangan NA 681", "Flight NA 618": the airline's code of a flight number
        return (
            len(surface) <= 3
            and FLIGHT_NUMBER_RE.match(self.text, end) is not None
            and bool(before)
            and before[-1] in _in_every_language("titles", "flight_cues")
        )

    def _cue_before(self, tok: Token, cues: frozenset[str]) -> bool:
        # "perusahaan Lumora", "the operator, Andes Copper,": the cue may stand in apposition
        m = search_words_before(
            PREV_WORD_COMMA_RE, self.text, max(0, tok.start - 30), tok.start, 1, comma=True
        )
        if m is None:
            return False
        last = fold(m.group(1))
        if last in cues:
            # "direktur keuangan perusahaan, Lie Siu Fung": a role of the firm before the cue
            # makes the name in apposition its holder, not the firm
            if "," not in self.text[m.end(1) : tok.start]:
                return True
            words = [fold(w) for w in self.text[max(0, m.start(1) - 40) : m.start(1)].split()]
            return not any(
                (w,) in self.titles.roles or tuple(words[x : x + 2]) in self.titles.roles
                for x, w in enumerate(words)
                if x >= len(words) - 4
            )
        if m.group(1)[:1].isupper() and self.text[m.end(1) : m.end(1) + 1] != ",":
            # "perusahaan Jepang Daiwa Shoji", "perusahaan Korea Selatan X": the cue before the
            # country the firm comes from
            words = self.text[max(0, m.start(1) - 40) : m.end(1)].split()
            for n in (1, 2):
                if len(words) > n and self.gaz.is_place(" ".join(words[-n:])):
                    return fold(words[-n - 1]) in cues
        if last not in last_words_of_pairs(cues):
            return False
        # a cue of two words right before ("anak usaha X", "kantor berita X")
        two = fold(self.text[max(0, tok.start - 30) : tok.start]).split()[-2:]
        return len(two) == 2 and " ".join(two) in cues

    def _place_apposition(self, tok: Token) -> bool:
        """ "Pelabuhan Ketapang, Banyuwangi, ...": one word set off by commas right after a
        place names the larger place it lies in."""
        if (
            self.text[tok.end : tok.end + 1] not in (",", ".")
            or self.text[max(0, tok.start - 2) : tok.start] != ", "
        ):
            return False
        if fold(tok.text) in _person_names() and VERB_AFTER_COMMA_RE.match(self.text, tok.end):
            # "Direktur Lentera Suara Indonesia, Rahmawati, mengatakan": a known given
            # name set off before its verb is the person the role belongs to
            return False
        prev = [f for f in self.found if 0 <= tok.start - 2 - f.end <= 0]
        return bool(prev) and prev[-1].label == "LOC"

    def _coordinated_place(self, tok: Token) -> bool:
        """A name joined by "dan"/"and" to a place just before it is a place too. A comma
        alone is not enough ("Austria, Stefan Bauer" is an apposition) unless the list goes
        on after the name ("Baghlan, Takhar and Badakhshan")."""
        lo = max(0, tok.start - 8)
        m = re.search(r"\s+(?:dan|and|serta|or|atau)\s+$", self.text[lo : tok.start])
        if m is None:
            m = re.search(r",\s+$", self.text[lo : tok.start])
            if m is None or not LIST_GOES_ON_RE.match(self.text, tok.end):
                return False
        cut = lo + m.start()
        prev = [f for f in self.found if f.end <= cut and cut - f.end <= 1]
        return bool(prev) and prev[-1].label == "LOC"

    def _loc_word_after(self, tok: Token) -> bool:
        """ "Garut regency", "Aceh province": a lowercase place word right after."""
        m = NEXT_LOWER_RE.match(self.text, tok.end, tok.end + 20)
        return m is not None and fold(m.group(1)) in self.titles.loc_words_after

    def _loc_cue_before(self, tok: Token, *, strong: bool = False) -> bool:
        """ "di Garut", "near Tumpat"; weakly also "state of Kelantan" and "in the Atacama
        [region]" (a two-word cue, or a cue and an article)."""
        m = search_words_before(PREV_WORDS_RE, self.text, max(0, tok.start - 30), tok.start, 2)
        if m is None:
            return False
        cues = self.titles.strong_loc_cues if strong else self.titles.loc_cues
        last, before = fold(m.group(2)), fold(m.group(1) or "")
        if last in cues:
            return True
        if strong or not before:
            return False
        return f"{before} {last}" in cues or (last in ARTICLES and before in cues)
