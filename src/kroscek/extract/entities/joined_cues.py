"""Tests built from other tests and from the gazetteer: where a known name, a role or a
company ends, whether a place heads a body, how a run breaks into pieces.

``_gaz_match`` is the one gazetteer lookup; the tests here combine it with the word cues.
"""

from __future__ import annotations

from itertools import pairwise

from kroscek.extract.entities.word_cues import WordCues
from kroscek.extract.entities.words import (
    AND_WORDS,
    IN_WORD_RE,
    LOWER_WORD_RE,
    POSSESSIVE_ENDS,
    POSSESSIVE_MARKS,
    SHORT_AFTER_RE,
    SLASH_PARTICLES,
    common_words,
    english_body_words,
    gaz_and_pairs,
    gaz_first_words,
    gaz_sizes_by_first,
    is_acronym,
    is_function_word,
    name_key_eq,
    tail_word,
    titles_of,
    vessel_cues,
)
from kroscek.extract.gazetteer import Entry
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import is_cap as _is_cap
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.normalize import fold, slug
from kroscek.text.tokens import Token


class JoinedCues(WordCues):
    """Adds the tests that combine cues and the gazetteer."""

    def _and_joins(self, i: int, j: int) -> bool:
        """Whether "and"/"dan" at token j joins the run [i, j) and the word after it into one
        name: a known name has them so ("Trinidad and Tobago"), or the run opens with an
        organisation head and the word after names no second body, person or known name
        ("Ministry of Hajj and Umrah", but "Kementerian Perhubungan dan Basarnas")."""
        folded = self.folded
        if (folded[j - 1], folded[j + 1]) in gaz_and_pairs():
            return True
        first = i
        while first < j and is_function_word(folded[first], self.lang):
            first += 1
        nxt = folded[j + 1]
        return (
            j - first >= 2
            and (
                any(w in self.titles.org_heads for w in folded[first:j])
                or (
                    self._org_tail_after(j + 1)  # "National Geology and Mining Service"
                    # "Mitsubishi Electric and Great Wall Motor": two whole bodies
                    and tail_word(folded[j - 1]) not in self.titles.org_tails
                )
            )
            and nxt not in self.titles.org_heads
            # "dan Menteri X" opens a role; "and Trade" only names the body's field
            and (nxt not in self.titles.role_sizes_by_first or self._role_at(j + 1, j + 4) is None)
            # a known name starting there is a second body ("dan Basarnas"); a word that only
            # opens one ("and Food" of "Food and Agriculture Organization") is not
            and (nxt not in gaz_first_words() or self._gaz_match(j + 1, len(self.tokens)) is None)
            and not is_acronym(self.tokens[j + 1].text)
            and not any(is_acronym(t.text) for t in self.tokens[first:j])
        )

    def _org_tail_after(self, k: int) -> bool:
        """Whether the capitalised words from token k end, within three words, in an
        organisation's tail word ("Mining Service")."""
        for m in range(k, min(k + 3, len(self.tokens))):
            if not self._name_token(m):
                return False
            if tail_word(self.folded[m]) in self.titles.org_tails:
                return True
        return False

    # -- matching helpers ------------------------------------------------------------
    def _gaz_match(self, i: int, j: int) -> tuple[int, str] | None:
        """Longest gazetteer name starting at token i (ending by j): (end token, id)."""
        best = None
        sizes = gaz_sizes_by_first().get(self.folded[i])
        if sizes is None:
            return None
        for size in sizes:  # (only the lengths of the names this word opens, longest first)
            k = i + size
            if k > j:
                continue
            key = " ".join(self.folded[i:k])
            eid = self.gaz.by_key.get(key)
            if eid is None:
                continue
            surface = self.text[self.tokens[i].start : self.tokens[k - 1].end]
            names = self.gaz.entries[eid].names
            acronym_only = all(
                is_acronym(n) or len(n) <= 3 for n in names if name_key_eq(n, surface)
            )
            if acronym_only and not is_acronym(surface) and len(surface) <= 4:
                continue  # "as" / "Ma" are not "AS" / "MA"
            end = self.tokens[k - 1].end
            if self.text[end : end + 1] == "$":
                continue  # "US$10": a currency sign
            if key in self.gaz.ambiguous and not self._running_text(self.tokens[i].start):
                continue  # "Serang" in a Title Case headline is the verb "attack"
            if k == i + 1 and self._country_as_adjective(i, eid):
                continue
            best = (k, eid)
            break
        return best

    def _running_text(self, pos: int) -> bool:
        """Mid-sentence in ordinary prose, where a capital letter means a name."""
        return not (
            self.title_mode
            or self._in_title_case(pos)
            or pos in self.sent_starts
            or self._after_open_quote(pos)
        )

    def _role_at(self, i: int, j: int) -> tuple[int, str] | None:
        for size in self.titles.role_sizes_by_first.get(self.folded[i], ()):
            k = i + size
            if k > j:
                continue
            key = tuple(self.folded[i:k])
            if key in self.titles.roles:
                if size == 1 and k < j and self.folded[k] in english_body_words():
                    continue  # "General Authority", "General Assembly": a body's name
                if (
                    size == 1
                    and k < j
                    and self.folded[k] in self.titles.admin_heads
                    and not self._regional(self.tokens[i].text)
                ):
                    continue  # "Ibu Kota Tana Toraja": a capital city, not the title "Ibu"
                # "Letkol Inf Candra Kurniawan": the corps after a rank is part of the role
                while (
                    k < j
                    and self.folded[k] in self.titles.rank_corps
                    and _is_cap(self.tokens[k].text)
                ):
                    k += 1
                return k, self.text[self.tokens[i].start : self.tokens[k - 1].end]
        return None

    def _vessel_name(self, i: int, j: int) -> bool:
        """Whether the run [i, j) names a vessel or a vehicle's make: right after a lowercase
        vessel or vehicle noun of one or two words ("tanker", "kapal kontainer", "helikopter
        Bell"), and no name the gazetteer knows ("pesawat Garuda Indonesia" is the airline)."""
        if i == 0 or not LOWER_WORD_RE.fullmatch(self.tokens[i - 1].text):
            return False  # (most runs: one regex test)
        cues = vessel_cues()
        prev = self.folded[i - 1]
        two = f"{self.folded[i - 2]} {prev}" if i >= 2 else ""
        if prev not in cues and two not in cues:
            return False
        return (
            self._gaz_match(i, j) is None
            and self.folded[i] not in self.titles.role_words
            # "sopir truk Slamet", "nakhoda kapal Budi": the vehicle's crew, then a person
            and not (i >= 2 and self._crew_before(i - (2 if two in cues else 1)))
        )

    def _given_name_cut(self, pieces: list[tuple[int, int]], role: str) -> bool:
        """Whether a one-word piece after a role, cut by the model from the person's name after
        it, opens that name: no office with a region or a body ("Bupati Garut | X", "pelatih
        Persib | X"), no head word, acronym or known name, no word the article writes alone
        elsewhere (that is the role's body, see _body_before_name)."""
        (a, b), (c, d) = pieces
        if b - a != 1 or d - c < 2 or self._regional(role) or self._body_role(role):
            return False
        word = self.folded[a]
        return (
            _is_cap(self.tokens[a].text)
            and not is_acronym(self.tokens[a].text)
            and word not in self.titles.heads
            and word not in self.titles.role_sizes_by_first
            and word not in gaz_first_words()
            and self._model_span_is(self.tokens[c].start, self.tokens[d - 1].end, "PER")
            and not self._body_before_name(pieces)
        )

    def _org_tail_ahead(self, k: int, j: int) -> bool:
        """ "BC Wildfire Service": an acronym that opens a name ending in an organisation
        word stays inside that name."""
        end = k + 1
        while end < j and self._gaz_match(end, j) is None:
            end += 1
        return end - k >= 2 and self.folded[end - 1] in self.titles.org_tails

    def _tail_end(self, gk: int, j: int) -> tuple[int, str] | None:
        """End token and label of up to five capitalised words from token ``gk`` (before
        ``j``) whose last is a body's tail word ("Enduro VR46 Racing Team": ORG) or, in
        English, a venue's ("Mandalika International Street Circuit": LOC); or None."""
        end = None
        # (English venue names stand in Indonesian text as they are)
        loc_tails = titles_of("en").loc_tails
        for x in range(gk, min(j, gk + 5)):
            if not _is_cap(self.tokens[x].text) or self._gaz_match(x, j) is not None:
                break
            word = tail_word(self.folded[x])
            if word in self.titles.org_tails:
                end = (x + 1, "ORG")
            elif word in loc_tails and word not in self.titles.admin_heads:
                end = (x + 1, "LOC")
        if (
            end is not None
            and end[1] == "ORG"
            and end[0] + 1 < j
            and self.folded[end[0]] in ("for", "of")
            and _is_cap(self.tokens[end[0] + 1].text)
        ):
            end = (j, "ORG")  # "WHO Regional Office for South-East Asia": the body's field
        return end

    def _org_name_after_place(self, gk: int, j: int) -> int | None:
        """End token of capitalised words after a known place that end in an organisation
        word ("[United States] Maritime Alliance", "[UK] Maritime Trade Operations")."""
        if gk < j and self.tokens[gk].text in POSSESSIVE_MARKS:
            return None  # "Kenya's High Court": the place's own body, not one named after it
        if self.title_mode:
            return None
        end = gk
        while end < j and (
            # (an acronym ends the name, unless it is a tail word: "Selangor FC")
            not is_acronym(self.tokens[end].text) or self.folded[end] in self.titles.org_tails
        ):
            inner = self._gaz_match(end, j)
            if inner is None:
                end += 1
            elif self.gaz.entries[inner[1]].label != "ORG":
                break
            elif end > gk and tail_word(self.folded[end - 1]) in self.titles.org_tails:
                return end  # "[Nusantara] Air | Boeing 737": a second body after the name
            else:
                end = inner[0]  # "[Kenya] Red Cross Society": a known body inside the name
        if end > gk and tail_word(self.folded[end - 1]) in self.titles.org_tails:
            return end
        return None

    def _compass_place(self, a: int, b: int, entry: Entry) -> _Found:
        """ "South Jakarta" [a, b): the part of the place the compass word names, with the id
        that "Jakarta Selatan" gets (the gazetteer's, or the one _tail_place gives it)."""
        s0, e0 = self.tokens[a].start, self.tokens[b - 1].end
        other, known = self._compass_name(self.text[self.tokens[a + 1].start : e0], self.folded[a])
        if known is not None:
            return _Found(s0, e0, "LOC", known.id, known.country, how="gazetteer")
        return _Found(s0, e0, "LOC", "LOC:" + slug(other), entry.country, how="gazetteer")

    def _head_place_ok(self, a: int, b: int) -> bool:
        """Whether "Selat Bali" / "Pelabuhan AS" is one place name. In Title Case every
        word is capitalised ("Pelabuhan AS" = the US ports), so there the whole name must
        also be written in the body."""
        if self.title_mode or self._in_title_case(self.tokens[a].start):
            return " ".join(self.folded[a:b]) in self.known
        return True

    def _mid_role_ok(self, chunk_start: int, k: int, r: tuple[int, str]) -> bool:
        """A role may start inside a chunk after one word that qualifies it ("Swedish Energy
        Minister", "Transportation Secretary Pete Buttigieg") when a name follows."""
        if not (1 <= k - chunk_start <= 3 and r[0] < len(self.tokens) and self._name_token(r[0])):
            return False
        words = self.folded[chunk_start:k]
        if any(w in self.titles.org_heads for w in words):
            return False  # "Rapat Dewan Gubernur": a body's name
        if self._model_person_over(k, r[0]):
            return False  # "[Menkop] Rizal Hakim Siregar": the model reads one person
        if words[0] in self.titles.loc_heads:
            return False  # "Jalan Jenderal Sudirman", "Bandara Sultan Hasanuddin": a place
        # "Abdul Hakim Nasution", "[Menag] Lukman Hakim Saefuddin": a role word after a
        # given name is part of the name
        return self._regional(r[1]) or not any(w in _person_names() for w in words)

    def _names_a_unit(self, a: int, b: int) -> bool:
        """Whether the words [a, b) before a role name a place or body by themselves (a
        known name, or a place or body word in them: "Kisumu County")."""
        words = self.folded[a:b]
        return (
            self._gaz_match(a, b) is not None
            or words[0] in self.titles.heads
            or words[-1] in self.titles.any_tails
            or tail_word(words[-1]) in self.titles.org_tails
        )

    def _known_body_at(self, k: int, j: int) -> bool:
        """Whether a body the gazetteer knows starts at token k (and ends by j)."""
        g = self._gaz_match(k, j)
        return g is not None and self.gaz.entries[g[1]].label == "ORG"

    def _region_words(self, a: int, b: int) -> bool:
        """Whether the words [a, b) before a regional office can name its region: prose (not
        a headline, where every word is capitalised), no ordinary word ("Tetapkan"), no
        adjective ("Provincial Governor", "Regional Director") or demonym."""
        if self.title_mode or self._in_title_case(self.tokens[a].start):
            return False
        last = self.folded[b - 1]
        return not (
            last in common_words()
            or last.endswith("al")
            or self._demonym(last)
            or is_function_word(last, self.lang)
        )

    def _office_place(self, k: int) -> bool:
        """Whether the one word after a known body ends its run as the place of the body's
        office ("Basarnas [Maumere]"): a place of the article or of the model's reading."""
        tok = self.tokens[k]
        return (
            self._running_text(tok.start)
            and self.folded[k] not in self.titles.org_tails
            and (
                self.folded[k] in self.doc_places or self._model_span_is(tok.start, tok.end, "LOC")
            )
        )

    def _regional_role_after(self, tok: Token) -> bool:
        """Whether a lowercase office written after its region follows the token, one space
        on ("police chief", "regent"; ``region_before_roles``)."""
        k = self.index_of[tok.start] + 1
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].start != tok.end + 1 or _is_cap(tokens[k].text):
            return False
        if self.folded[k] not in self.titles.role_sizes_by_first:
            return False
        r = self._role_at(k, min(len(tokens), k + self.titles.max_role))
        return r is not None and fold(r[1]) in _in_every_language("titles", "region_before_roles")

    def _known_place_after(self, tok: Token) -> bool:
        """Whether a known place's name starts at the token after ``tok``, one space on."""
        k = self.index_of[tok.start] + 1
        if k >= len(self.tokens) or self.tokens[k].start != tok.end + 1:
            return False
        g = self._gaz_match(k, len(self.tokens))
        return g is not None and self.gaz.entries[g[1]].label == "LOC"

    def _region_ends_run(self, office: str, k: int, j: int) -> bool:
        """Whether the one or two capitalised words [k, j) after a regional office's acronym
        end the run and name the region it serves (``_unknown_region``)."""
        return (
            office in self.titles.regional_bodies
            and 1 <= j - k <= 2
            and self._unknown_region(self.tokens[k:j], self.folded[k:j])
        )

    def _known_region(self, a: int, b: int) -> bool:
        """Whether the words [a, b) are a place the article or the gazetteer knows, or end
        in a compass word ("Manggarai Barat"; not "Metro Jaya")."""
        return (
            self.folded[a] in self.doc_places
            or self.folded[b - 1] in self.titles.compass_tails
            or self._gaz_match(a, b) is not None
        )

    def _pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """Split tokens [a, b) where the trained model puts entity boundaries inside them.

        The model is trusted only where it agrees with the chunk's edges: a model span that
        crosses an edge ("BPBD Garut Rachmat" as one ORG) means its inner boundaries are
        unreliable too, so such a chunk stays whole. Head words ("Kantor", "Universitas")
        are never cut from the name they start.
        """
        if not self.model_spans:
            return [(a, b)]
        lo, hi = self.tokens[a].start, self.tokens[b - 1].end
        spans = self.model_index.overlapping(lo, hi)
        if any(s < lo < e or s < hi < e for s, e, _ in spans):
            return [(a, b)]
        if (m := SHORT_AFTER_RE.match(self.text, hi)) and m.group(1)[0] == self.text[lo]:
            # "Direktorat Reserse Kriminal Khusus (Ditreskrimsus)": the short form after the
            # run names all of it; the model's cuts inside are not trusted
            return [(a, b)]
        heads = self.titles.heads
        first_free = a
        while first_free < b:
            if self.folded[first_free] in heads:
                first_free += 1
            elif (
                first_free + 1 < b
                and f"{self.folded[first_free]} {self.folded[first_free + 1]}" in heads
            ):
                first_free += 2  # "Pondok Pesantren | Nurul Huda": a two-word head
            else:
                break
        cuts = {a, b}
        for s, e, _ in spans:
            for pos, side in ((s, "start"), (e, "end")):
                t = self.index_of.get(pos) if side == "start" else self.ends_at.get(pos)
                if t is None:
                    continue
                cut = t if side == "start" else t + 1
                if (
                    first_free < cut < b
                    and not self._joins_a_name(cut)
                    # "Warga Distrik | Dahana": an admin head word belongs to the name after it,
                    # a title kept inside a name to the name it titles ("Jalan Jenderal | X")
                    and self.folded[cut - 1] not in self.titles.admin_heads
                    and (self.folded[cut - 1],) not in self.titles.roles
                    # "Abu | Husein al-Hamidawi", "Bin | Salman": a kunya or name particle
                    # opens the name after it, capitalised or not
                    and not (
                        self._connector(cut - 1)
                        and not is_function_word(self.folded[cut - 1], self.lang)
                    )
                    # "Lasmaria br. | Simbolon": the particle's dot ends no name
                    and not (
                        cut - 2 >= a and self.folded[cut - 1] == "." and self._connector(cut - 2)
                    )
                ):
                    cuts.add(cut)
        return list(pairwise(sorted(cuts)))

    def _joins_a_name(self, cut: int) -> bool:
        """A lowercase particle on either side of a cut ("Jose | dos Santos") holds the
        name together: the model's boundary there is not trusted."""
        return (
            any(
                not _is_cap(self.tokens[x].text)
                and (self._connector(x) or self.folded[x] in AND_WORDS)
                for x in (cut - 1, cut)
            )
            or (
                # "Suresh Kumar | a/l Ganesan", "Suresh Kumar a/l | Ganesan"
                self.tokens[cut].text in ("a", "s", "d")
                and self.text[self.tokens[cut].start : self.tokens[cut].start + 3]
                in SLASH_PARTICLES
            )
            or (
                cut >= 3
                and self.text[self.tokens[cut - 3].start : self.tokens[cut - 1].end]
                in SLASH_PARTICLES
            )
        )

    def _holder_after_body(self, tok: Token, word: str) -> bool:
        """Whether the last word of a body's name after a role ("Kepala Dinas Perikanan
        [Nurhasanah]") is the role holder's one-word name rather than the body's field or
        region: a known given name, or a word that is no known place (the region a body
        serves is one: "Dinas Sosial Garut"), no field noun of a body ("Kesehatan",
        "Pertanian": pe-/ke- ... -an, or the last word of a known body), no head, tail or
        role word, and no acronym. The words between the head and it must all be field
        nouns ("Lembaga Adat Batak Toba" is one body's name)."""
        if word in _person_names():
            return True
        return (
            _is_cap(tok.text)
            and not is_acronym(tok.text)
            and word not in self.doc_places
            and word not in self.places
            and self.gaz.lookup(tok.text) is None
            and word not in self.titles.heads
            and word not in self.titles.any_tails
            and word not in self.titles.org_tails
            and word not in self.titles.role_words
            and not self._field_word(word)
            and word not in common_words()
            and "-" not in word
        )

    def _region_after_acronym(self, toks: list[Token]) -> bool:
        """ "Kepala BPBD Cianjur Hendra Wijaya": three or more capitalised words right after
        an organisation's acronym start with the region of that body."""
        if len(toks) < 3 or any(map(str.isdigit, toks[0].text)):
            return False
        if self.title_mode or self._in_title_case(toks[0].start):
            return False
        i = self.index_of.get(toks[0].start, 0)
        if i < 2:
            return False
        prev = self.tokens[i - 1]
        return (
            is_acronym(prev.text)
            and self.text[prev.end : toks[0].start] == " "
            and self.gaz.lookup(prev.text) is None  # national bodies have no region
            and self._role_before(i - 1) is not None
        )

    def _country_after(self, end: int) -> bool:
        """Whether a country's known name follows the character offset ``end`` after one
        space ("Kepolisian | Nigeria")."""
        k = self.index_of.get(end + 1)
        if k is None or self.text[end : end + 1] != " ":
            return False
        g = self._gaz_match(k, len(self.tokens))
        return (
            g is not None
            and g[1] in self.gaz.countries
            # "Lee Seo-yeon, South Korea's ambassador": a country that owns what follows
            # describes a person, it locates no place
            and not (g[0] < len(self.tokens) and self.tokens[g[0]].text in POSSESSIVE_ENDS)
        )

    def _in_country_after(self, end: int) -> bool:
        """Whether ", <country>" or "in/di <country>" follows the offset ``end``."""
        if self.text[end : end + 1] == ",":
            return self._country_after(end + 1)
        m = IN_WORD_RE.match(self.text, end)
        return m is not None and self._country_after(m.end() - 1)
