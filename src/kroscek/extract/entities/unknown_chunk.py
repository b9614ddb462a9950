"""Labels a capitalised chunk the gazetteer does not know: rules, then the model.

A chunk after a person title is a PER, one with an organisation or place head an ORG or a
LOC, an acronym an ORG, one after "di"/"in" a LOC, a two-to-four word name a PER; a
headline place word is read here too, since it may cut a chunk in two.
"""

from __future__ import annotations

from kroscek.extract.entities.joined_cues import JoinedCues
from kroscek.extract.entities.words import (
    DATELINE_RE,
    GEO_TAILS,
    KOREAN_GIVEN_RE,
    POSSESSIVE_MARKS,
    ROMAN_RE,
    SLASH_PARTICLES,
    STRONG_PLACE_HEADS,
    UNIT_NUMBER_RE,
    building_parts,
    calendar_words,
    common_words,
    currency_prefixes,
    headline_regencies,
    is_acronym,
    is_function_word,
    kicker_place,
    name_role_words,
    tail_word,
)
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import is_cap as _is_cap
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.name_affixes import (
    min_name_words,
    opener_length,
)
from kroscek.extract.normalize import fold, slug


class ChunkGuesser(JoinedCues):
    """Adds the labelling of chunks the gazetteer does not know."""

    def _unknown_chunk(
        self, a: int, b: int, role: str | None, person_cue: bool, *, region_done: bool = False
    ) -> bool:
        """Label one chunk of capitalised words that the gazetteer does not know; True when
        it took the pending role (it was the person the role belongs to). ``region_done``:
        the role's region was already read ("Bupati Pati | Sri Mulyani Hartono"), so the
        chunk's first word is the person's, not a second region."""
        # the chunk is trimmed as the token range [lo, hi), read with the folded forms
        # computed once per text (self.folded[k] is fold(self.tokens[k].text))
        tokens, folded, connectors = self.tokens, self.folded, self.titles.connectors
        lo, hi = a, b
        # an English possessive left of the chunk ("Kenya's | Thika Road") is not its start
        while lo < hi and tokens[lo].text in POSSESSIVE_MARKS:
            lo += 1
        # strip connectors at the edges ("al" alone is not a name)
        while lo < hi and folded[lo] in connectors and not _is_cap(tokens[lo].text):
            lo += 1
        while lo < hi and (
            (folded[hi - 1] in connectors and not _is_cap(tokens[hi - 1].text))
            or tokens[hi - 1].text == "."
        ):
            hi -= 1
        while (
            lo < hi
            and is_function_word(folded[lo], self.lang)
            # "An Se-ri", "So Ji-sub": a Korean family name before a hyphenated given name
            and not (lo + 1 < hi and KOREAN_GIVEN_RE.fullmatch(tokens[lo + 1].text))
        ):
            lo += 1
        while lo < hi and is_function_word(folded[hi - 1], self.lang):
            hi -= 1
        weekdays = _in_every_language("weekdays")
        while hi - lo > 1 and folded[hi - 1] in weekdays:
            hi -= 1  # "kata Nurhayati Sabtu (12/4)": the day follows the name
        if lo >= hi:
            return False
        toks = tokens[lo:hi]
        folded_words = [folded[k] for k in range(lo, hi) if tokens[k].text != "."]
        if not folded_words:
            return False  # only the dot of an initial is left ("Udara I. Tahun"): no name
        if (
            len(toks) > 1
            and folded_words[0] in self.titles.not_names
            and (folded_words[0],) in self.titles.roles
        ):
            # "Kemarin | CEO Daewon Heavy Industries, Park ...": a role that is never a name
            # itself ("CEO") opens the model's piece; the name after it has that role
            cue = tail_word(folded_words[-1]) not in self.titles.org_tails  # "CEO X Group"
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, toks[0].text, cue, region_done=region_done
            )
        if folded_words[0] in self.titles.document_heads:
            # "APBD | Bone 2027": a budget's word is no name; the words after it are
            if len(toks) == 1:
                return False
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, None, False, region_done=region_done
            )
        if folded_words[0] in self.titles.misc_heads or folded_words[0] in self.titles.not_names:
            return False  # vessels, operations, time zones: not people, bodies or places
        if (
            len(folded_words) >= 2
            and folded_words[1] in self.titles.heads
            and folded_words[0] not in self.titles.heads
            and (
                len(toks) >= 3
                or folded_words[-1] in self.titles.regional_bodies
                # "Pegawai Konsulat | Korea Selatan": a body's head before its country
                or (folded_words[-1] in self.titles.org_heads and self._country_after(toks[-1].end))
            )
            and (toks[0].start in self.sent_starts or self._after_open_quote(toks[0].start))
            and (
                folded_words[0] in common_words()
                or (
                    folded_words[1] in STRONG_PLACE_HEADS
                    and folded_words[0] not in _person_names()
                    and self.gaz.lookup(toks[0].text) is None
                )
            )
        ):
            # "Status Gunung Lewotobi dinaikkan": a sentence's first word is capitalised
            # for the sentence, and the name starts at the head word after it; before a
            # place head ("Air Bendungan Katulampa meluap") any word but a known name is
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=region_done
            )
        if (
            len(toks) >= 3
            and self.lang == "id"
            and tail_word(folded_words[-1]) in self.titles.org_tails
            and (toks[0].start in self.sent_starts or self._after_open_quote(toks[0].start))
            and folded_words[0] in common_words()
            and folded_words[0] not in self.titles.heads
            and folded_words[0] not in _person_names()
        ):
            # "Pembalap Ducati Lenovo Team": an Indonesian common noun opens the sentence,
            # and the body's English name starts after it
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=region_done
            )
        if (
            len(toks) >= 2
            and toks[0].start in self.sent_starts
            and folded_words[0] in self.titles.loc_cues
            and folded_words[0] not in self.titles.loc_heads
            and folded_words[0] in common_words()
        ):
            # "Warga Mbare mengungsi": a place cue opening a sentence, then the place
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=region_done
            )
        if self._dateline(toks):
            # "MERCEDES, Argentina —", "ACCRA —": the all-caps place a story is filed from
            surface = self.text[toks[0].start : toks[-1].end]
            entry = self.gaz.lookup(surface) or self.gaz.fuzzy(surface)
            if entry is not None and entry.label == "LOC":
                f = _Found(toks[0].start, toks[-1].end, "LOC", entry.id, entry.country, how="fuzzy")
            else:
                f = _Found(toks[0].start, toks[-1].end, "LOC", "LOC:" + slug(surface), how="cue")
            self.found.append(f)
            return False
        if self._plural_of_opening(toks, folded_words):
            # "Shares of Lumora fell", "Residents of Kibera said": a sentence's first word, a
            # plural noun, and "of" are no part of the name after them
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[2]), b, role, person_cue, region_done=region_done
            )
        if len(toks[-1].text) == 1 and toks[-1].text.isupper():
            if len(toks) >= 2 and fold(toks[-2].text) in building_parts():
                # "lantai empat Blok C", "Penghuni Blok D", "Tower B": a part of a building,
                # the place a fire broke out or residents live
                return self._building_part(lo, hi - 2, role, person_cue)
            if len(folded_words) <= 2:
                return False  # "Grup D", "Plan B", "in B.": a designation
        if self.title_mode or self._in_title_case(toks[0].start):
            if (
                len(toks) == 1
                and folded_words[0] in self.titles.regional_bodies
                and self._known_place_after(toks[0])
            ):
                # "Polda Sumut Bongkar ...", "Pemkab Garut Salurkan ...": a regional office
                # before a known region is a body in a headline too
                self._add_body(toks[0].start, toks[0].end)
                return False
            self._known_inside(toks)  # first: a name the gazetteer knows keeps its id
            if folded[lo] in headline_regencies() and self._loc_cue_before(toks[0], strong=True):
                self._headline_regency(lo)
            elif lo == 0 and self.lang == "en" and len(toks) == 1 and kicker_place(self.text):
                self._headline_regency(lo, country=None)  # "Odisha train crash: ..."
            self._headline_place(a + self.tokens[a:b].index(toks[0]), len(toks))
            return False
        named = self._doc_place_name_at(folded_words)
        if (
            named
            and (
                role is None
                or not person_cue
                or named < len(toks)
                # "Wali Nagari Salareh Aia, Syafrizal": the office's region, then its holder
                # after the comma
                or (self._regional(role) and self.text[toks[-1].end : toks[-1].end + 1] == ",")
            )
        ):
            # "Warga Golo Mori, ..." in a text that wrote "Desa Golo Mori": that place
            first = a + self.tokens[a:b].index(toks[0])
            self._add_region(first, first + named)
            if named < len(toks):
                return self._unknown_chunk(first + named, first + len(toks), role, person_cue)
            return False
        if (
            len(toks) >= 2
            and (folded_words[0] in self.doc_places or self._region_after_acronym(toks))
            and not any(fold(t.text) in self.titles.any_tails for t in toks[1:2])
            # "kata Mercedes Paz" in a story from the town of Mercedes: with no office
            # before it, a given name that is also the place opens a person's name
            and not (role is None and folded_words[0] in _person_names())
        ):
            # "[BPBD] Garut Rahmat Hidayat": a place this article names elsewhere; it is the
            # region of a regional office before it ("Bupati Samosir | Lamhot Parulian"), so
            # the name after it opens with no second region
            self._add_place(toks[0])
            return self._unknown_chunk(
                a + self.tokens[a:b].index(toks[1]), b, role, person_cue, region_done=True
            )
        if (
            role
            and person_cue
            and len(toks) >= 3
            and folded_words[0] not in self.titles.loc_heads
            and not region_done
            and self._regional(role)
            and (folded_words[0] not in _person_names() or folded_words[0] in self.doc_places)
        ):
            # "Bupati Agam Yusnadi Putra": a regional office names its region first
            self._add_place(toks[0])
            first = a + self.tokens[a:b].index(toks[1])
            return self._unknown_chunk(
                first, first + len(toks) - 1, role, person_cue, region_done=True
            )
        if (
            role
            and person_cue
            and len(toks) >= 3
            and self._body_role(role)
            and folded_words[0] not in self.titles.org_heads
            and folded_words[0] not in self.titles.loc_heads
            and folded_words[0] not in _person_names()
            # "CEO Daewon Heavy Industries, Park ...": a name ending in a body's tail word
            # is the body alone
            and tail_word(folded_words[-1]) not in self.titles.org_tails
            # "Buriram coach Osmar Loss Vieira": the body was written before the role
            and not self._name_before_role(role, toks[0].start)
            # "Wakil Ketua Umum Partai Demokrat Nurhayati Ali": the body was just named
            and not (
                self.found
                and self.found[-1].label == "ORG"
                and self.text[self.found[-1].end : toks[0].start] == " "
            )
        ):
            # "pelatih Persib Bojan Hodak", "CEO Lumora Dana Pratama": a role held in a team
            # or company names that body first, then the person
            first = a + self.tokens[a:b].index(toks[0])
            body = _Found(toks[0].start, toks[0].end, "ORG", "ORG:" + slug(toks[0].text))
            self.found.append(body)
            return self._unknown_chunk(first + 1, first + len(toks), role, person_cue)
        if (
            role
            and person_cue
            and folded_words[0] in self.titles.loc_heads
            and len(toks) >= 3
            # the model read the whole chunk as one place ("Kabupaten Lembah Sari"): no person
            and not self._model_span_is(toks[0].start, toks[-1].end, "LOC")
        ):
            # "Bupati Lembah Hijau Darmawan Saputra": a place, then the person
            cut = 3 if len(toks) >= 4 and folded_words[2] in self.titles.any_tails else 2
            first = a + self.tokens[a:b].index(toks[0])
            self._unknown_chunk(first, first + cut, None, False)
            return self._unknown_chunk(first + cut, first + len(toks), role, person_cue)
        start, end = toks[0].start, toks[-1].end
        surface = self.text[start:end]
        initial = start in self.sent_starts or self._after_open_quote(start)
        model_label = self._model_label(start, end)
        lone = len(folded_words) == 1
        if (
            len(toks) <= 3
            and self.text[start - 2 : start] == " ("
            and self.text[end : end + 1] == ")"
            and all(
                _is_cap(t.text)
                # "(Pusdalops)", "(Ditreskrimsus)": a long syllable short form opens with the
                # body's first letter
                and (len(t.text) <= 8 or (len(t.text) <= 14 and self._opens_body_before(t, start)))
                for t in toks
            )
            and self._acronym_of_body(start, end)
        ):
            # "Badan Keamanan Laut (Bakamla)", "Direktorat Jenderal Perhubungan Darat (Ditjen
            # Hubdat)": a short form in brackets after a body is that body, capitals or not
            return False
        if (
            not lone
            and folded_words[0] in self.titles.regional_bodies
            and (
                self._doc_place_name_at(folded_words[1:]) == len(toks) - 1
                or self._known_region(
                    self.index_of[toks[1].start], self.index_of[toks[-1].start] + 1
                )
                or (
                    folded_words[0] not in _in_every_language("titles", "named_facilities")
                    and len(toks) == len(folded_words)  # (no initial's dot among them)
                    and self._unknown_region(toks[1:], folded_words[1:])
                )
            )
        ):
            # "Pemkab Manggarai Barat": the office, then the region it serves
            first = self.index_of[toks[0].start]
            self.found.append(_Found(start, toks[0].end, "ORG", "ORG:" + slug(toks[0].text)))
            self._add_region(first + 1, first + len(toks))
            return False
        if lone and folded_words[0] in self.titles.regional_bodies:
            number = UNIT_NUMBER_RE.match(self.text, end)
            end = number.end() if number else end
            self._add_body(start, end)
            return False
        if (
            lone
            and folded_words[0] in self.titles.org_heads
            and folded_words[0] not in self.titles.state_heads
            and self._country_after(end)
        ):
            # "Kepolisian Nigeria", "Kementerian Kesehatan" alone before its country: the
            # body the country has under that head
            self._add_body(start, end)
            return False
        if (
            lone
            and is_acronym(surface)
            and not ROMAN_RE.fullmatch(surface)  # "PON XVII Kaltim": a number
            and self._known_place_after(toks[-1])
        ):
            # "RSUD Mimika", "RS Bhayangkara" aside: an acronym head alone before a known
            # place is the body there, the place its own name ("BPBD Garut")
            self._add_body(start, end)
            return False
        if lone and (
            is_function_word(folded_words[0], self.lang)
            or folded_words[0] in calendar_words(self.lang)
            or folded_words[0] in self.titles.compass_tails
            # directions and place heads ("Utara", "City") only make a name a place name
            or folded_words[0] in _in_every_language("boilerplate", "place_words")
            or folded_words[0] in self.titles.org_heads
            or folded_words[0] in self.titles.loc_heads
            or self._demonym(folded_words[0])
        ):
            return False
        if (
            len(folded_words) == 2
            and folded_words[0] in self.titles.compass_heads
            and (self._demonym(" ".join(folded_words)) or self._demonym(folded_words[1]))
        ):
            return False  # "South Korean", "North African": an adjective, no place
        if (
            lone
            and folded_words[0] in self.doc_places
            and (
                not person_cue
                or (
                    role is not None
                    and self._regional(role)
                    and not self.text[: toks[0].start].rstrip().endswith(",")
                    # "Kepala Desa Karanganyar, Soekarni": the role's own "Desa" marks
                    # the word, not another mention of the place
                    and fold(role.split()[-1]) not in self.titles.loc_heads
                )
            )
        ):
            # "Bupati Sragen meminta ..." in a text naming "Kabupaten Sragen": the region of
            # a regional office, not a person
            self._add_place(toks[0])
            return False
        if lone and not is_acronym(surface) and self._regional_role_after(toks[-1]):
            # "Kuta police chief I Made X": a word right before a lowercase regional office
            # is the region it serves
            self._add_place(toks[0])
            return False
        if lone and surface in self.common_acronyms:
            return False  # "anak buah kapal (ABK)": a common noun's short form, no body
        if lone and is_acronym(surface) and self._after_number(start):
            return False  # "120 RT": a unit counted, not an organisation
        if lone and is_acronym(surface) and self._code(start, end):
            return False  # "PK-ZTA", "N123AB", "41/PUU-XXV/2027": a code, not an organisation
        if lone and ROMAN_RE.fullmatch(surface):
            return False  # "Kodam XVII", "Semanu II": a number, not an organisation
        if lone and folded_words[0] in currency_prefixes() and self._before_number(end):
            return False  # "sekitar Rp 480 juta": a currency, not a place after "sekitar"
        if lone and DATELINE_RE.match(self.text, end):
            # "Taheran - ...": a dateline names a place, maybe spelled its own way
            entry = self.gaz.fuzzy(surface)
            if entry is not None and entry.label == "LOC":
                self.found.append(_Found(start, end, "LOC", entry.id, entry.country, how="fuzzy"))
                return False
        if lone and is_acronym(surface) and self._acronym_of_body(start, end):
            return False  # "Badan Nasional Keselamatan Jalan (ANSV)": the body's short name
        if (
            initial
            and lone
            and folded_words[0] not in self.mid_caps
            and not person_cue
            # the initials of a body the text named before ("Badminton World Federation" ...
            # "BWF secretary general"): capitals that owe nothing to the sentence's start
            and not (is_acronym(surface) and self._initials_of_a_body(surface))
        ):
            appositive = self._appositive_label(end)
            if appositive is None:
                # a capitalised first word says nothing; it may still be a short name
                self.found.append(_Found(start, end, "PER", how="lone"))
                return False
            self.found.append(_Found(start, end, appositive))
            return False
        # words that never sit inside a person's name ("Rapat Dewan Gubernur"); place
        # heads only count first ("Yohanes Tanjung" is a name, "Tanjung Priok" a place)
        keywords = self.titles.keywords
        label: str | None = None
        how = "rule"  # "cue": a place word before or after said so ("the city of [Rosario]")
        org_word = not lone and (
            folded_words[0] in self.titles.org_heads
            or " ".join(folded_words[:2]) in self.titles.org_heads  # "Palang Merah"
            or tail_word(folded_words[-1]) in self.titles.org_tails
            or self._head_of(folded_words)
        )
        loc_word = not lone and (
            folded_words[0] in self.titles.loc_heads or folded_words[-1] in self.titles.any_tails
        )
        if (
            org_word
            and len(toks) == len(folded_words)
            and (second := self._second_body(folded_words))
        ):
            # "Faculty of Agriculture | University of Nairobi": two bodies named "of" side by
            # side, the unit and the body it belongs to
            first = a + self.tokens[a:b].index(toks[0])
            self._unknown_chunk(first, first + second, None, False)
            self._unknown_chunk(first + second, first + len(toks), None, False)
            return False
        if org_word and not lone:
            inside = self._admin_head_inside(folded_words)
            if inside is not None:
                # "Dinas Kesehatan Kabupaten Lembah Hijau": the body, then the place it serves
                first = a + self.tokens[a:b].index(toks[0])
                self._unknown_chunk(first, first + inside, None, False)
                self._unknown_chunk(first + inside, first + len(toks), None, False)
                return False
        if (
            org_word
            and len(toks) >= 3
            and folded_words[0] in self.titles.org_heads
            and folded_words[0] not in self.titles.place_named_heads
            and folded_words[-1] in self.doc_places
            and folded_words[-1] not in self.titles.org_tails
            and not is_acronym(toks[-1].text)
        ):
            # "Dinas Pariwisata Badung" in a text that names "Kabupaten Badung": the body,
            # then the place it serves
            self._add_body(start, toks[-2].end)
            self._add_place(toks[-1])
            return False
        if (
            org_word
            and person_cue
            and role is not None
            and len(toks) >= 3
            and folded_words[0] in self.titles.org_heads
            and folded_words[0] not in self.titles.place_named_heads
            and all(
                self._field_word(w) or w in self.titles.connectors or w == "dan"
                for w in folded_words[1:-1]
            )
            and self._holder_after_body(toks[-1], folded_words[-1])
        ):
            # "kata Kepala Dinas Perikanan Nurhasanah": the office's holder, written with one
            # name and no comma, closes the run after the body's field words
            self._add_body(start, toks[-2].end)
            self.found.append(_Found(toks[-1].start, end, "PER", role=role, how="rule"))
            return True
        if org_word or (is_acronym(surface) and lone):
            label = "ORG"
        elif loc_word:
            label = "LOC"
        elif any(map(str.isdigit, surface)):
            return False  # "MQ-9", "F-16": products and models, not people
        elif not person_cue and self._cue_before(toks[0], self.titles.org_cues):
            label = "ORG"  # "perusahaan Lumora", "the firm Lumora"
        elif person_cue and self._field_and_field(end):
            return False  # "Menteri Pemuda dan Olahraga": the role's field, nobody's name
        elif person_cue and (
            not self._model_span_is(start, end, "ORG")
            or self._holder_past_body(start, folded_words)
        ):
            label = "PER"  # (a model ORG span of exactly this chunk after a role is the body
            # the role is held in, "pelatih Garuda Muda Rinto Harahap": the role waits for
            # the next chunk)
        elif (
            self._coordinated_place(toks[0])
            and not (len(toks) >= 2 and folded_words[0] in _person_names())
        ) or (lone and self._place_apposition(toks[0])):
            label = "LOC"  # "Kabupaten Agam dan Tanah Datar", "Pelabuhan Ketapang, Banyuwangi,"
        elif self._loc_cue_before(toks[0], strong=True):
            label, how = "LOC", "cue"
        elif (
            not person_cue
            and model_label != "PER"
            and self.text[end : end + 1] == ","
            and self._country_after(end + 1)
        ):
            label, how = "LOC", "cue"  # "kamp pengungsi Cox's Bazar, Bangladesh": its country
        elif (
            not person_cue
            and self._loc_cue_before(toks[0])
            and self._in_country_after(end)
            # "a letter from Ahmad Yusuf in Malaysia": known given and family names stay a person
            and not all(w in _person_names() for w in folded_words)
        ):
            # "from Cox's Bazar in Bangladesh", "dari X di Bangladesh": a place word before
            # and the country it lies in after make a place, though the model read a person
            label, how = "LOC", "cue"
        elif model_label:
            label = model_label
        elif (
            self._loc_cue_before(toks[0]) or self._loc_word_after(toks[-1])
        ) and not self._given_name_opens(folded_words):
            label, how = "LOC", "cue"
        elif (
            (
                (opener := opener_length(folded_words)) + min_name_words(folded_words, opener)
                <= len(folded_words)
                # particles do not count ("Thomas van der Berg" is a name of two words)
                <= opener
                + 4
                + sum(w in self.titles.connectors for w in folded_words[1:-1])
                # "a/l" is three tokens
                + 3 * sum(p in surface for p in SLASH_PARTICLES)
                # "Indonesian Grand Prix", "Every Indonesian": a demonym names no person
                and not any(self._demonym(w) for w in folded_words[:2])
            )
            and not any(
                w in keywords
                and not self._name_word_after_given(folded_words, w)
                # "Wayan Suarjana Putra": a role's word that is also a name's
                and not (w != folded_words[opener] and w in name_role_words())
                for w in folded_words[opener:]  # "Anak Agung X": the opener is no role's "Agung"
            )
        ):
            # capitalised words and nothing else to go on; several running into a country's
            # name with no comma ("hitung cepat Lentera Suara Indonesia menunjukkan") are a
            # body named with its country, not a person
            label, how = "PER", "guess"
            if not lone and not person_cue and self._country_after(end):
                label, how = "ORG", "rule"
        elif lone:
            entry = self.gaz.fuzzy(surface) if len(surface) >= 7 else None
            if entry is not None:
                # "markas Hizbulah": a capitalised word spelled close to one known name
                self.found.append(
                    _Found(start, end, entry.label, entry.id, entry.country, how="fuzzy")
                )
                return False
            # a lone unknown word is kept only if it repeats a person's surname (see
            # join_short_forms); alone it is not enough evidence
            self.found.append(_Found(start, end, "PER", how="lone"))
            return False
        else:
            return False
        f = _Found(start, end, label, role=role if label == "PER" else None, how=how)
        known_place = self.gaz.lookup(surface) if label == "LOC" else None
        entry = self.gaz.fuzzy(surface) if len(surface) >= 7 else None
        if known_place is not None and known_place.label == "LOC":
            # "returned from Saudi": a known place read by its cue keeps the known id
            f.id, f.country = known_place.id, known_place.country
        elif entry is not None and entry.label == label:
            # "Hizbolah", "Taheran": a known name spelled another way keeps the known id
            f.id, f.country, f.how = entry.id, entry.country, "fuzzy"
        if label == "LOC" and len(toks) > 1 and folded_words[0] in self.titles.compass_heads:
            # "West Manggarai" is the "Manggarai Barat" an Indonesian text writes
            other, known = self._compass_name(self.text[toks[1].start : end], folded_words[0])
            f.id = known.id if known is not None else "LOC:" + slug(other)
        if label == "LOC" and len(toks) > 1 and folded_words[-1] in self.titles.admin_heads:
            # "Kisumu County" is the place "Kisumu"; a lone "Kisumu" joins it
            rest = self.text[start : toks[-2].end]
            f.id = self.places.setdefault(fold(rest), "LOC:" + slug(rest))
        if label == "LOC" and len(toks) > 1 and folded_words[0] in self.titles.admin_heads:
            # "Kabupaten Garut" is the place "Garut"; a later lone "Garut" joins it
            rest = self.text[toks[1].start : end]
            f.id = "LOC:" + slug(rest)
            self.places[fold(rest)] = f.id
        self.found.append(f)
        return label == "PER" and role is not None

    def _building_part(self, lo: int, head: int, role: str | None, person_cue: bool) -> bool:
        """A part of a building from its word at ``head`` to the letter closing the chunk
        ("Blok C"): a place; the capitalised words from ``lo`` before it are read alone
        ("Penghuni")."""
        self._add_cue_place(self.tokens[head].start, self.tokens[head + 1].end, None)
        return lo < head and self._unknown_chunk(lo, head, role, person_cue)

    def _headline_regency(self, k: int, country: str | None = "ID") -> None:
        """ "Penertiban Lahan di Bungo Ricuh", "Clashes in Bima": a one-word regency right
        after a place cue in a headline is the regency, though the gazetteer leaves it out
        of running text as a given name, an island or a people (no person stands after
        "di"); ``headline_regencies`` holds none that is an ordinary word ("di Puncak
        Klasemen")."""
        self._add_cue_place(self.tokens[k].start, self.tokens[k].end, country)

    def _add_cue_place(self, start: int, end: int, country: str | None) -> None:
        """A place a cue word names at ``start:end``, unless a name already found overlaps it."""
        if not any(f.start < end and start < f.end for f in self.found):
            name = self.text[start:end]
            self.found.append(_Found(start, end, "LOC", "LOC:" + slug(name), country, how="cue"))

    def _headline_place(self, first: int, n: int) -> None:
        """ "Kapal Tenggelam di Perairan Pulau Rinca, ...", "Gempa Guncang Pulau Seram": in
        Title Case only known names are read, but a geographic head word ("Pulau", "Desa",
        "Gunung") before one or two unknown words that end the headline's clause (at a
        comma, a colon or the end) names a place there as in running text. Words after the
        name ("Pulau Seram Tewaskan ...") could be the headline's verb, so a name with more
        words after it is left alone; so is a head before an ordinary word ("Desa Wisata")."""
        end = first + n
        tail = self.text[self.tokens[end - 1].end :].lstrip()[:1]
        if tail not in ("", ",", ":", ";", "-", "\u2013", "\u2014", "|"):
            return
        if self.folded[end - 1] in GEO_TAILS and end - 2 >= first:
            self._headline_place_before_tail(first, end)
            return
        head = end - 3 if end - 3 >= first and self._geo_head(end - 3) else end - 2
        if head < first or not self._geo_head(head):
            return
        words = range(head + 1, end)
        if any(
            self.folded[w] in common_words()
            or self.folded[w] in self.titles.heads
            or not self.name_like[w]
            for w in words
        ):
            return
        s0, e0 = self.tokens[head].start, self.tokens[end - 1].end
        if any(f.start < e0 and s0 < f.end for f in self.found):
            return  # a known name there was read already
        name = self.text[self.tokens[head + 1].start : e0]
        eid = "LOC:" + slug(
            name if self.folded[head] in self.titles.admin_heads else self.text[s0:e0]
        )
        self.found.append(_Found(s0, e0, "LOC", eid, how="cue"))

    def _headline_place_before_tail(self, first: int, end: int) -> None:
        """ "Boat Sinks Off Padar Island, Two Missing": an English geographic tail ending the
        headline's clause names a place of the one word before it (two after a compass
        word: "East Sumba Regency"), read as running text reads it."""
        start = end - 2
        if start - 1 >= first and self.folded[start - 1] in self.titles.compass_heads:
            start -= 1
        words = range(start, end - 1)
        if any(
            self.folded[w] in common_words()
            or self.folded[w] in self.titles.heads
            or is_function_word(self.folded[w], self.lang)
            or not self.name_like[w]
            for w in words
            if self.folded[w] not in self.titles.compass_heads
        ):
            return
        s0, e0 = self.tokens[start].start, self.tokens[end - 1].end
        if any(f.start < e0 and s0 < f.end for f in self.found):
            return
        before = len(self.found)
        saved = self.title_mode, self.title_case_spans
        self.title_mode, self.title_case_spans = False, []
        try:
            self._unknown_chunk(start, end, None, False)
        finally:
            self.title_mode, self.title_case_spans = saved
        self.found[before:] = [f for f in self.found[before:] if f.label == "LOC"]
