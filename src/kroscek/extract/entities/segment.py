"""Cuts a text into capitalised runs and each run into known names, roles and chunks.

``runs`` finds the runs (joining "dan"/"of" where a known name goes on); ``_segment`` walks
one run, taking gazetteer names, role words and regional offices first and passing what is
left to the unknown-chunk guesser.
"""

from __future__ import annotations

from kroscek.extract.entities.unknown_chunk import ChunkGuesser
from kroscek.extract.entities.words import (
    AND_WORDS,
    BODY_BUILDING_HEADS,
    CLUB_RE,
    ROMAN_RE,
    SLASH_PARTICLES,
    apostrophe_titles,
    calendar_words,
    common_words,
    ends_in_honour,
    headline_word,
    is_acronym,
    is_function_word,
    tail_word,
    vessel_last_words,
)
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.mentions import person_names as _person_names
from kroscek.extract.normalize import fold, slug


class Segmenter(ChunkGuesser):
    """Adds the cutting of runs into names, roles and chunks."""

    def runs(self) -> list[tuple[int, int]]:
        """Maximal token ranges of name-like tokens (capitalised words and connectors)."""
        out: list[tuple[int, int]] = []
        i, n = 0, len(self.tokens)
        tokens, name_like, text = self.tokens, self.name_like, self.text
        while i < n:
            if not name_like[i]:
                try:
                    i = name_like.index(True, i)  # the next name-like token, found in C
                except ValueError:
                    break
            j = i + 1
            while j < n:
                gap = tokens[j].start - tokens[j - 1].end
                if gap > 0 and (gap != 1 or text[tokens[j - 1].end] != " "):
                    break  # a gap other than nothing or one space
                if name_like[j]:
                    j += 1
                elif self._connector(j) and j + 1 < n and self._name_token(j + 1):
                    j += 2
                elif (
                    j + 2 < n
                    and tokens[j + 1].text == "."
                    and tokens[j + 1].start == tokens[j].end
                    and self._connector(j)
                    and self._spaced_name_after(j + 1)
                ):
                    j += 3  # "Rosmawati br. Sitorus": a particle written with its dot
                elif (
                    self.folded[j] == "of"
                    and j + 2 < n
                    and self.folded[j + 1] == "the"
                    and self._name_token(j + 2)
                    and text[tokens[j].end : tokens[j + 2].start] == " the "
                    and any(
                        w in self.titles.org_heads or w in self.titles.org_tails
                        for w in self.folded[i:j]
                    )
                ):
                    j += 3  # "Union Bank of the Philippines": a body's name "of the" a place
                elif (
                    self._connector(j)
                    and j + 2 < n
                    and self._connector(j + 1)
                    and self._name_token(j + 2)
                    and self.text[self.tokens[j].end : self.tokens[j + 2].start].count(" ") == 2
                ):
                    j += 3  # "Isabel de la Fuente", "Thomas van der Berg"
                elif (
                    j + 3 < n
                    and tokens[j + 1].text == "/"
                    and text[tokens[j].start : tokens[j + 2].end] in SLASH_PARTICLES
                    and self._spaced_name_after(j + 2)
                ):
                    j += 4  # "Harjit Singh a/l Jagjit Singh": "son of" inside the name
                elif self.tokens[j].text == "." and (
                    len(self.tokens[j - 1].text) == 1
                    or self.folded[j - 1] in self.titles.name_abbreviations
                    or (self.folded[j - 1], ".") in self.titles.roles
                ):
                    # initials: "J. Smith", "U.S."; "Md. Shahjahan", "Mohd. Yusof"; a title
                    # written with its dot stays whole for the role rules ("Ir. X", "Hj. X")
                    j += 1
                elif (
                    self.folded[j] in AND_WORDS
                    and self._spaced_name_after(j)
                    and self._and_joins(i, j)
                ):
                    j += 2  # "Kementerian Kelautan dan Perikanan", "Trinidad and Tobago"
                elif (
                    self.folded[j] in ("on", "for")
                    and self._spaced_name_after(j)
                    and (
                        self.folded[j - 1] in self.titles.org_heads
                        # "for" also after a body's tail word ("Organization for Migration")
                        or (self.folded[j] == "for" and self.folded[j - 1] in self.titles.org_tails)
                    )
                    and not is_acronym(self.tokens[j + 1].text)
                    and self.folded[j + 1] not in calendar_words("en")
                ):
                    # "National Commission on Human Rights", "International Organization for
                    # Migration", "Office for Asia"
                    j += 2
                elif (
                    self.tokens[j].text == ","
                    and j + 3 < n
                    and self._name_token(j + 1)
                    and self.folded[j + 2] in AND_WORDS
                    and self._name_token(j + 3)
                    and text[self.tokens[j].end : self.tokens[j + 3].start].count(" ") == 3
                    and self._and_joins(i, j)
                    and self._and_joins(i, j + 2)
                ):
                    j += 4  # "Ministry of Trade, Industry and Energy"
                elif (
                    self.tokens[j].text in ("'", "’")
                    and self.tokens[j].start == self.tokens[j - 1].end
                    and self.folded[j - 1] in apostrophe_titles(self.lang)
                    and self._spaced_name_after(j)
                ):
                    j += 2  # "Dato' Sri Lee Boon Huat": a title written with an apostrophe
                elif self.tokens[j].text in ("'s", "’s") and self._spaced_name_after(j):
                    j += 2  # "International Longshoremen's Association"
                elif (
                    self.tokens[j].text in ("'", "’")
                    and self.tokens[j - 1].text.endswith("s")
                    and self.tokens[j].start == self.tokens[j - 1].end
                    and self._spaced_name_after(j)
                    and tail_word(self.folded[j + 1]) in self.titles.org_tails
                ):
                    j += 2  # "Automobile Manufacturers' Association": a plural possessive
                else:
                    break
            j = self._known_name_past(i, j)
            out.append((i, j))
            i = j
        return out

    def _segment(
        self, i: int, j: int, role: str | None, person_cue: bool, from_comma: bool = False
    ) -> str | None:
        """Split one capitalised run into roles, known names and unknown chunks; returns a
        role that found no person in the run (it may apply after a comma, ``from_comma``)."""
        role_used = False
        office_firsts = self.office_firsts
        k = i
        chunk_start: int | None = None
        after_role = role is not None
        # the role took its office's region ("Kapolres X AKBP"); a role carried over a comma
        # had its region before it ("Kepala Desa Karanganyar, | Soekarni")
        region_in_role = from_comma

        def flush(end_tok: int) -> None:
            nonlocal chunk_start, role, role_used, after_role
            if chunk_start is None:
                return
            region_done = region_in_role
            if self._region_after_acronym(self.tokens[chunk_start:end_tok]):
                if self.folded[chunk_start] in self.titles.admin_heads:
                    # "Kepala BPBD Kabupaten Garut Rahmat Hidayat": the head and its name
                    name = self.tokens[chunk_start + 1]
                    eid = self.places.setdefault(fold(name.text), "LOC:" + slug(name.text))
                    s0 = self.tokens[chunk_start].start
                    self.found.append(_Found(s0, name.end, "LOC", eid))
                    chunk_start += 2
                else:
                    self._add_place(self.tokens[chunk_start])
                    chunk_start += 1
            pieces = self._pieces(chunk_start, end_tok)
            if (
                role
                and after_role
                and person_cue
                and len(pieces) >= 2
                and self._regional(role)
                and (
                    pieces[0][1] - pieces[0][0] == 1
                    or self.folded[pieces[0][1] - 1] in self.titles.compass_tails
                    or self._model_span_is(
                        self.tokens[pieces[0][0]].start, self.tokens[pieces[0][1] - 1].end, "LOC"
                    )
                )
            ):
                # "Bupati Garut | Rudy Gunawan", "Bupati Manggarai Barat | Stefanus ..." cut
                # by the model: the office's region first
                self._add_region(*pieces[0])
                pieces = pieces[1:]
                region_done = True
            elif (
                role
                and after_role
                and person_cue
                and self._body_role(role)
                and len(pieces) >= 2
                and self._body_before_name(pieces)
            ):
                # "pelatih Benfica | Bruno Lage" cut by the model after the body word: one
                # chunk again, which the body-role rule splits as body, then person
                pieces = [(pieces[0][0], pieces[-1][1])]
            elif (
                role
                and after_role
                and person_cue
                and len(pieces) == 2
                and self._given_name_cut(pieces, role)
            ):
                # "Mantan menteri Tarique | Husain Qadri": the model's cut after the first
                # word of the name that follows a role; the person is the whole name
                pieces = [(pieces[0][0], pieces[1][1])]
            elif (
                role
                and after_role
                and person_cue
                and self._body_before_name(pieces)
                # "Buriram coach Osmar Loss Vieira ... Osmar said": the body came first
                and not self._name_before_role(role, self.tokens[pieces[0][0]].start)
                # "chief commissioner Tan Sri Azlan Hashim ... Azlan said": the honour
                # stands right before its holder's name, never before a body
                and not ends_in_honour(role)
            ):
                # "direktur olahraga Benfica Nuno Carvalho": the role's body, then the person
                tok = self.tokens[pieces[0][0]]
                if fold(tok.text) in self.titles.compass_tails:
                    self._add_place(tok)  # "Walikota Jakarta Barat Syamsul Huda"
                elif self._regional(role):
                    # "Bupati Toba Poltak Siregar" in a text naming "Kabupaten Toba": the
                    # word is the office's region; a given name after it opens the person's
                    # name ("Gubernur Mindoro | Oriental Carlo ...": no given name, the region
                    # may go on)
                    self._add_place(tok)
                    region_done = self.folded[pieces[0][0] + 1] in _person_names()
                else:
                    self.found.append(_Found(tok.start, tok.end, "ORG", "ORG:" + slug(tok.text)))
                # the model's cuts inside the rest followed the body word: the rest is one name
                pieces = [(pieces[0][0] + 1, pieces[-1][1])]
            for a, b in pieces:
                label_role = role if after_role else None
                used = self._unknown_chunk(
                    a, b, label_role, after_role and person_cue, region_done=region_done
                )
                if used and label_role:
                    # the role found its person; an ORG/LOC chunk leaves it for the next
                    # one ("Kepala BPBD Bekasi Andi Wijaya")
                    role_used, role, after_role = True, None, False
            chunk_start = None

        if j - i > 1 and self._dateline(self.tokens[i:j]):
            # "SAN PEDRO SULA, Honduras —": one place, not one acronym per word
            chunk_start = i
            flush(j)
            return None
        while k < j:
            word = self.folded[k]
            if is_acronym(self.tokens[k].text) and self._initials(k):
                # "tersangka berinisial SF (34)", "MS (29)": a person the police name by
                # initials, never a body nor a title ("Ms")
                flush(k)
                tok = self.tokens[k]
                self.found.append(_Found(tok.start, tok.end, "PER", "PER:" + slug(tok.text)))
                self.initials.add(tok.text)
                k += 1
                continue
            if word in self.titles.misc_heads and chunk_start is None:
                # "KMP Sinar Bahari", "Commuter Line Bandung Raya": the rest of the run
                # names a vehicle or an event, not a person, body or place; but a known
                # body right after the word is the operator ("Pesawat [Garuda Indonesia]")
                operator = self._gaz_match(k + 1, j) if k + 1 < j else None
                known_body = operator is not None and self.gaz.entries[operator[1]].label == "ORG"
                # "Pesawat [Nusantara Air]": a body's name ending in its tail word too
                named_body = k + 1 < j and (
                    self._org_tail_within(k + 1, j)
                    # "Kapal [Angkatan Laut Ghana]": a vehicle of the body whose head word
                    # follows (an event's "Rapat Dewan Gubernur" stays one event)
                    or (
                        word in vessel_last_words()
                        and (
                            self.folded[k + 1] in self.titles.org_heads
                            or self.folded[k + 1] in self.titles.company_heads
                        )
                    )
                )
                # a Title Case headline capitalises the words after a vehicle noun too
                # ("Kapal Kargo Berbendera Guinea Tenggelam"): only the noun is skipped
                title_case = word in vessel_last_words() and (
                    self.title_mode or self._in_title_case(self.tokens[k].start)
                )
                if known_body or named_body or title_case:
                    k += 1
                else:
                    # "Direktur Operasi Laut Bakamla": a known body later in the run is still
                    # named (the event or operation before it is no entity)
                    k = next((x for x in range(k + 2, j) if self._known_body_at(x, j)), j)
                continue
            unit = self._office_unit(k, j) if word in office_firsts else 0
            if unit:
                # "Perum Bulog Kanwil | Jatim", "BPKP Perwakilan | Jawa Timur": a body's own
                # regional unit names nothing; the region after it is read on its own
                flush(k)
                k += unit
                continue
            if word in self.titles.company_heads and k + 1 < j:
                if chunk_start is not None and after_role and role:
                    # "Vice President Public Relations PT KAI": the words between a role
                    # and the company it is held in are part of the role
                    role = self.text[self._role_start(role, chunk_start) : self.tokens[k - 1].end]
                    chunk_start = None
                flush(k)
                k = self._company(k, j)
                continue
            r = self._role_at(k, j)
            if (
                r
                and chunk_start is not None
                and after_role
                and role
                and r[0] < j
                and ends_in_honour(role)
            ):
                # "Tan Sri Azlan Hakim Hashim": an honour holds no office, so a role word
                # inside the name after it is a word of the name
                r = None
            if (
                r
                and chunk_start is not None
                and after_role
                and role
                and r[0] < j
                and self._name_token(r[0])
                and (
                    k - chunk_start <= 3
                    # "Direktur Reserse Kriminal Khusus Polda Metro Jaya Kombes X": a unit,
                    # then the regional office it belongs to, before the rank
                    or (
                        k - chunk_start <= 7
                        and any(
                            self.folded[x] in self.titles.regional_bodies
                            for x in range(chunk_start + 1, k)
                        )
                    )
                )
                # "Menag Lukman Hakim Saefuddin": a one-word title after a given name is a
                # word of the name, not a second role; a rank in capitals never is
                # ("Kapolres Samosir AKBP X": a region that is also a surname)
                and not (
                    self.folded[chunk_start] in _person_names()
                    and r[0] - k == 1
                    and not is_acronym(self.tokens[k].text)
                )
                and not self._model_person_over(k, r[0])
            ):
                # "Kapolda Metro Jaya Irjen Karyoto": the words between two roles name the
                # first one's region or body, and the whole is the person's role
                if (
                    self._regional(role)
                    and (
                        self._known_region(chunk_start, k)
                        # "Kapolsek Kuta Kompol X": between an office and a rank, the office's
                        # region, known or not
                        or self._unknown_region(
                            self.tokens[chunk_start:k], self.folded[chunk_start:k]
                        )
                    )
                ):
                    self._add_region(chunk_start, k)  # "Kapolres Manggarai Barat AKBP X"
                role = self.text[self._role_start(role, chunk_start) : self.tokens[r[0] - 1].end]
                person_cue, chunk_start, region_in_role = True, None, True
                k = r[0]
                continue
            qualifier: int | None = None
            if r and chunk_start is not None:
                while chunk_start < k and is_function_word(self.folded[chunk_start], self.lang):
                    chunk_start += 1  # "Menurut [Muhammad Hakim Lubis]"
                if chunk_start == k:
                    chunk_start = None
            if r and chunk_start is not None and r[0] < j and self._mid_role_ok(chunk_start, k, r):
                if (
                    self.lang == "en"
                    and self._regional(r[1])
                    and self._region_words(chunk_start, k)
                ):
                    # "Mercedes Mayor Tomás Vega": the words before a regional office name
                    # its region
                    self._add_region(chunk_start, k)
                    chunk_start = None
                elif k - chunk_start == 1 or self._names_a_unit(chunk_start, k):
                    # "Swedish Energy Minister Ingrid Larsson": a role after an adjective;
                    # "Kisumu County Commissioner X": after the place it serves
                    flush(k)
                else:
                    # "Interior Cabinet Secretary X": the words qualify the role
                    qualifier, chunk_start = chunk_start, None
            if r and chunk_start is None and r[0] < j and self._named_after_title(k, r[0], j):
                # "Sultan Hasanuddin International Airport": a place or body named after a
                # titled person keeps the title
                r = None
                chunk_start = k
            if r and chunk_start is None and r[0] == j:
                # "ujar Kepala Negara.", "said the Head of State": a role that ends the run
                # names an office, nobody's name; it may still title a name after a comma
                role, person_cue, after_role = r[1], True, True
                break
            if r and chunk_start is None and r[0] < j:
                # a capitalised role word: "Komandan Pasukan Quds Iran Esmail Qaani"
                new_role = r[1]
                if qualifier is not None:
                    new_role = self.text[self.tokens[qualifier].start : self.tokens[r[0] - 1].end]
                if role and after_role and (k > i or (from_comma and self._regional(role))):
                    # "Kapolda Sulawesi Raya Irjen X": a rank after an office and its region
                    # completes that office's role; so does one after the comma that ends
                    # them ("Kapolres Garut, AKBP X")
                    new_role = self.text[self._role_start(role, k) : self.tokens[r[0] - 1].end]
                role, person_cue, after_role = new_role, True, True
                k = r[0]
                continue
            known = self._known_at(k, j) if self.title_mode else None
            if known is not None:
                # "Lahore High Court Grants Bail": a longer name of the body wins over the
                # known place it starts with
                flush(k)
                end, (label, kid) = known
                s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
                self.found.append(_Found(s0, e0, label, kid, how="body"))
                k = end
                continue
            g = self._gaz_match(k, j)
            if g:
                gk, eid = g
                entry = self.gaz.entries[eid]
                if (
                    entry.label == "LOC"
                    and gk < j
                    and self.folded[gk] in _in_every_language("titles", "event_tails")
                ):
                    # "Indonesia Open", "Japan Masters": an event named after a country is
                    # no mention of the country (events are not entities)
                    flush(k)
                    k = gk + 1
                    continue
                if (
                    entry.label == "ORG"
                    and chunk_start is not None
                    and self.folded[k - 1] in self.titles.compass_heads
                    and self._only_function_words(chunk_start, k - 1)
                ):
                    # "South Jakarta Metropolitan Police": a compass word before a known body
                    # names another body, the one of that part of the region
                    self._add_body(self.tokens[k - 1].start, self.tokens[gk - 1].end)
                    chunk_start = None
                    k = gk
                    continue
                if entry.label == "ORG" and self._named_with_known_body(chunk_start, k, gk):
                    # "Kataib Hizbullah": the article's body whose name ends with a known one
                    assert chunk_start is not None  # _named_with_known_body needs a chunk
                    s0, e0 = self.tokens[k - 1].start, self.tokens[gk - 1].end
                    if k - 1 > chunk_start:
                        flush(k - 1)
                    else:
                        chunk_start = None
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if (
                    entry.label == "ORG"
                    and (chunk_start is None or self._only_function_words(chunk_start, k))
                    and gk < j
                    and (tail_end := self._tail_end(gk, j)) is not None
                    # "OPM Klaim Serang Pos ..." in a headline: capitalised verbs and nouns
                    # of the sentence, not words of a sponsor's longer name
                    and not (
                        self.title_mode
                        and any(headline_word(self.folded[x]) for x in range(gk, tail_end[0]))
                    )
                ):
                    # "Pertamina Enduro VR46 Racing Team", "Pertamina Mandalika International
                    # Street Circuit": a known body (the sponsor) opens a longer name that
                    # ends in a body's or a place's tail word
                    end_tok, label = tail_end
                    chunk_start = None  # ("The ASEAN Football Federation": no name in "The")
                    s0, e0 = self.tokens[k].start, self.tokens[end_tok - 1].end
                    eid0 = f"{label}:" + slug(self.text[s0:e0])
                    self.found.append(_Found(s0, e0, label, eid0))
                    k = end_tok
                    continue
                if entry.label == "LOC" and self._body_of_place(chunk_start, k):
                    # "Supreme Court of Pakistan": a body named "of" a place is one name
                    assert chunk_start is not None  # _body_of_place needs a chunk
                    while is_function_word(self.folded[chunk_start], self.lang):
                        chunk_start += 1  # "The Human Rights Commission of Pakistan"
                    cut = self._second_body(self.folded[chunk_start:gk])
                    if cut is not None:
                        # "Faculty of Agriculture | University of Nairobi"
                        self._unknown_chunk(chunk_start, chunk_start + cut, None, False)
                        chunk_start += cut
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[gk - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if (
                    entry.label == "LOC"
                    and chunk_start is not None
                    and self.folded[k - 1] in self.titles.compass_heads
                    and all(
                        is_function_word(self.folded[x], self.lang)
                        for x in range(chunk_start, k - 1)
                    )
                ):
                    # "South Jakarta": an English compass word names a part of the place
                    place_start, chunk_start = k - 1, None
                    org_end = self._org_name_after_place(gk, j)
                    end_tok = gk if org_end is None else org_end
                    s0, e0 = self.tokens[place_start].start, self.tokens[end_tok - 1].end
                    if org_end is None:
                        self.found.append(self._compass_place(place_start, gk, entry))
                    else:
                        eid0 = "ORG:" + slug(self.text[s0:e0])
                        self.found.append(_Found(s0, e0, "ORG", eid0))
                    k = end_tok
                    continue
                head_start = self._loc_heads_before(chunk_start, k)
                if (
                    head_start is not None
                    and entry.label == "LOC"
                    and self._head_place_ok(head_start, gk)
                    # "Angkatan Laut Kenya": the head word ends a body's name, not a place's
                    and not (
                        chunk_start is not None
                        and any(
                            self.folded[x] in self.titles.org_heads
                            for x in range(chunk_start, head_start)
                        )
                        and self.folded[head_start] not in self.titles.admin_heads
                    )
                ):
                    # "Selat Bali", "Provinsi Jawa Barat": the head word belongs to the place
                    flush(head_start)
                    end = gk
                    while end < j and (
                        self.folded[end] in self.titles.compass_tails
                        # "Gedung Nusantara III": a numeral ends the place's name
                        or (
                            end == gk and end + 1 == j and ROMAN_RE.fullmatch(self.tokens[end].text)
                        )
                    ):
                        end += 1  # "Kecamatan Palu Barat": the compass word is the name's
                    self._head_place(head_start, gk, entry, end=end)
                    chunk_start = None
                    k = end
                    continue
                if (
                    entry.label == "ORG"
                    and gk < j
                    and self.folded[gk] in self.titles.body_qualifiers
                ):
                    # "Komisi Pemilihan Umum | Nasional Independen": qualifiers after a known
                    # body's name make another, longer body of that name
                    flush(k)
                    end = gk
                    while end < j and self.folded[end] in self.titles.body_qualifiers:
                        end += 1
                    s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
                    self._add_body(s0, e0)
                    k = end
                    continue
                if entry.label == "ORG" and gk + 1 < j and self.folded[gk] in AND_WORDS:
                    # "Dinas Pemadam Kebakaran dan Pertahanan Sipil": the run was joined over
                    # "dan" as one body's name (see _and_joins); the known body only opens
                    # it, and a known place after it ("... Sipil Bangladesh") is its own
                    flush(k)
                    end = gk + 1
                    while end < j and self._gaz_match(end, j) is None:
                        end += 1
                    s0, e0 = self.tokens[k].start, self.tokens[end - 1].end
                    self._add_body(s0, e0)
                    k = end
                    continue
                if entry.label == "LOC" and gk == j and self._town_ends_body(chunk_start, k):
                    # "RSUD Kartini Jepara": a body with a name of its own ends with its town
                    assert chunk_start is not None  # _town_ends_body needs a chunk
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[gk - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if (
                    entry.label == "LOC"
                    and chunk_start == k - 1
                    and CLUB_RE.fullmatch(self.tokens[k - 1].text)
                    and self.folded[k - 1] not in common_words()  # "Perseteruan", "Persatuan"
                ):
                    # "Persib Bandung", "Persebaya Surabaya": an Indonesian football club
                    # ("Persatuan Sepak Bola ...") is named after its town, town and all
                    s0, e0 = self.tokens[k - 1].start, self.tokens[gk - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = gk
                    continue
                if self._place_named_org(chunk_start, k) and entry.label == "LOC":
                    # "Universitas Indonesia", "Bank Dunia": a body named after a place
                    assert chunk_start is not None  # _place_named_org needs a chunk
                    while is_function_word(self.folded[chunk_start], self.lang):
                        chunk_start += 1
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[gk - 1].end
                    eid0 = "ORG:" + slug(self.text[s0:e0])
                    self.found.append(_Found(s0, e0, "ORG", eid0, entry.country))
                    chunk_start = None
                    k = gk
                    continue
                org_end = self._org_name_after_place(gk, j)
                lead_ok = chunk_start is None or all(
                    is_function_word(self.folded[x], self.lang)
                    # "Penumpang [Nusantara Air]": an ordinary word opening the sentence
                    or (self.lang == "id" and self.folded[x] in common_words())
                    for x in range(chunk_start, k)
                )
                if (
                    entry.label == "LOC"
                    and org_end is not None
                    and not lead_ok
                    and not (after_role and role)
                    and self._name_lead(chunk_start, k)
                ):
                    # "the Free Papua Movement": the place sits inside the body's name
                    assert chunk_start is not None  # not lead_ok: a chunk before the place
                    s0, e0 = self.tokens[chunk_start].start, self.tokens[org_end - 1].end
                    self._add_body(s0, e0)
                    chunk_start = None
                    k = org_end
                    continue
                if entry.label == "LOC" and lead_ok and org_end is not None:
                    chunk_start = None  # only "The" before it
                    # "United States Maritime Alliance": a body named after a place
                    s0, e0 = self.tokens[k].start, self.tokens[org_end - 1].end
                    self._add_body(s0, e0)
                    k = org_end
                    continue
                tail = gk
                tails = self.titles.loc_tails
                if self._running_text(self.tokens[k].start):
                    tails = self.titles.any_tails
                while tail < j and self.folded[tail] in tails:
                    tail += 1
                if (
                    entry.label == "LOC"
                    and tail > gk
                    and (chunk_start is None or not (after_role and role))
                ):
                    # "Bali Strait", "Aceh Province", "[Polres Metro] Jakarta Selatan"
                    flush(k)
                    self._tail_place(k, tail, entry)
                    k = tail
                    continue
                if (
                    chunk_start is not None
                    and after_role
                    and role
                    and entry.label in ("LOC", "ORG")
                    and gk < j
                    and not any(is_acronym(t.text) for t in self.tokens[chunk_start:k])
                    # "Kepala Kejati Jatim X": a regional office is a body of its own
                    and not (
                        k - chunk_start == 1
                        and self.folded[chunk_start] in self.titles.regional_bodies
                    )
                ):
                    # "Menteri Energi Swedia Ingrid Larsson": the words between a role and a
                    # known place or body are part of the role
                    role = self.text[self._role_start(role, chunk_start) : self.tokens[k - 1].end]
                    chunk_start = None
                    if entry.label == "LOC" and tail > gk:
                        self._tail_place(k, tail, entry)  # "Kapolres Metro Jakarta Selatan"
                        k = tail
                        continue
                else:
                    flush(k)
                s, e = self.tokens[k].start, self.tokens[gk - 1].end
                f = _Found(s, e, entry.label, eid, entry.country, how="gazetteer")
                if entry.label == "PER" and role:
                    f.role, role, role_used = role, None, True
                elif entry.label == "LOC" and role and after_role and self._regional(role):
                    # "Bupati Manggarai Barat | Stefanus ...": the office has its region; the
                    # name after it is the person's, not a second region
                    region_in_role = True
                    if gk == j:
                        # "Kapolres Garut, AKBP X": the office and its region before the comma
                        role = self.text[self._role_start(role, k) : e]
                self.found.append(f)
                k = gk
                if entry.label == "ORG" and (
                    (k == j - 1 and self._office_place(k))
                    or (
                        k < j
                        and self._running_text(self.tokens[k].start)
                        and self._region_ends_run(fold(self.text[s:e]), k, j)
                    )
                ):
                    # "Basarnas Maumere": the body's office there; the town a body with
                    # regional offices serves is one whatever the gazetteer knows
                    self._add_region(k, j)
                    k = j
                continue
            if self.text[self.tokens[k].end : self.tokens[k].end + 1] == "$":
                flush(k)
                k += 1
                continue  # "US$", "S$": a currency sign
            if (
                chunk_start == k - 1
                and self.folded[k] in self.titles.regional_bodies
                and self.folded[k - 1] in _in_every_language("titles", "team_heads")
            ):
                chunk_start = None  # "Tim BPBD Kabupaten X": the team of a body is that body
            if (
                is_acronym(self.tokens[k].text)
                and not self._all_org_heads(chunk_start, k)
                and not self._org_tail_ahead(k, j)
                and not (chunk_start is None and k + 1 < j and word in self.titles.org_heads)
                # "Selangor FC", "Acme LLC": an acronym that is a body's tail word ends it
                and not (chunk_start is not None and word in self.titles.org_tails)
                # "Kecamatan VII Koto", "Gedung Nusantara II": a Roman numeral inside a
                # place's name
                and not (
                    chunk_start is not None
                    and (
                        self.folded[k - 1] in self.titles.loc_heads
                        or self.folded[chunk_start] in self.titles.loc_heads
                    )
                    and ROMAN_RE.fullmatch(self.tokens[k].text)
                )
                # "Bundaran HI", "Jalan MH Thamrin": an unknown acronym right after a place's
                # head word is the place's name (a known body there is found before:
                # "Gedung | DPR")
                # (a building after an acronym is the body's: "Gedung SESDM")
                and not (
                    chunk_start == k - 1
                    and self.folded[k - 1] in self.titles.loc_heads
                    and self.folded[k - 1] not in self.titles.admin_heads
                    and self.folded[k - 1] not in BODY_BUILDING_HEADS
                )
            ):
                # (an acronym that heads a body's name starts that name instead: "RSUD
                # Sekarwangi", "PT Lumora Dana" are one organisation)
                # an acronym is an organisation of its own: "Kepala BPBD Garut Rahmat ..."
                flush(k)
                chunk_start = k
                flush(k + 1)
                k += 1
                if self._region_ends_run(word, k, j):
                    # "BPBD Masohi", "KBRI Muskat": the town a regional office serves,
                    # ending the run, is a place whatever the gazetteer knows ("Polres Sikka")
                    self._add_region(k, j)
                    k = j
                continue
            if chunk_start is None:
                chunk_start = k
            k += 1
        flush(j)
        return None if role_used else role
