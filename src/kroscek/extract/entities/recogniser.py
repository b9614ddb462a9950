"""The entry point: ``recognise`` runs the model, the segmenter and the post-passes on a text.

``Recogniser`` is the full recogniser state; its ``recognise`` method walks the runs and
the ``recognise`` function turns the mentions into ``Fact`` objects after the post-passes.
"""

from __future__ import annotations

from bisect import insort

from kroscek.data import Fact, Field
from kroscek.extract.entities.postpasses import (
    field_words_back_to_bodies,
    given_names_before_known_people,
    holders_in_apposition,
    holders_inside_bodies,
    no_people_of,
    split_hyphenated,
    split_name_pairs,
)
from kroscek.extract.entities.segment import Segmenter
from kroscek.extract.entities.words import (
    MAX_RUN,
    ModelSpans,
    trained_model,
    vessel_last_words,
    without_accents,
)
from kroscek.extract.facilities import (
    facilities_named_after_people,
    offices_named_after_facilities,
    road_facilities,
    toll_roads_by_route,
)
from kroscek.extract.gazetteer import gazetteer
from kroscek.extract.mentions import Mention as _Found
from kroscek.extract.mentions import (
    bases_named_by_force,
    bodies_before_known_short_forms,
    bodies_inside_roles,
    bracketed_short_forms,
    clubs_named_after_places,
    company_names_without_form,
    english_term,
    first_words_before_plurals,
    institutions_by_name,
    join_short_forms,
    numbered_units,
    place_kind_ids,
    places_before_based,
    places_inside_short_forms,
    regional_agencies_in_english,
    regional_offices_by_region,
    role_units_before_names,
    roles_over_a_comma,
    same_surface,
    subsidiaries_named_after_parents,
    units_named_after_bodies,
)
from kroscek.extract.mentions import in_every_language as _in_every_language
from kroscek.extract.name_affixes import (
    aliases_share_ids,
    dotted_endings,
    initials_everywhere,
    is_degree,
    join_name_openers,
    names_without_openers,
    nicknames,
    quoted_nicknames,
)
from kroscek.extract.resources import norm_lang


class Recogniser(Segmenter):
    """The whole recogniser: one instance per text, ``recognise`` gives its mentions."""

    # -- main ------------------------------------------------------------------------
    def recognise(self) -> list[_Found]:
        pending_role: tuple[str, bool, int] | None = None  # role, is person cue, valid until
        vessel_words, event_tails = vessel_last_words(), _in_every_language("titles", "event_tails")
        for i, j in self.runs():
            if self.tokens[i].start < self.skip_until:
                continue  # "Tbk" after "PT X (Persero)": already part of the company's name
            if is_degree(self.text, self.tokens[i].start, self.tokens[j - 1].end):
                continue  # "Hendri Chaniago, M.Si.": a degree, no name
            if i and self.folded[i - 1] in vessel_words and self._vessel_name(i, j):
                continue  # "the container ship Ever Harmony": a ship's name, no entity
            if j - i >= 2 and self.folded[j - 1] in event_tails:
                continue  # "ASEAN Club Championship", "Jakarta Marathon": an event, no entity
            if j - i > MAX_RUN:
                # a dozen capitalised words in a row is Title Case text, not a name: only
                # known names count there
                span = (self.tokens[i].start, self.tokens[j - 1].end)
                if not self._in_title_case(span[0]):
                    insort(self.title_case_spans, span)
            before = self._role_before(i)
            role: str | None = None
            person_cue = from_comma = False
            if before:
                role = before[0]
                person_cue = True  # a role word before a name: the name is a person's
            elif pending_role and pending_role[2] >= self.tokens[i].start:
                role, person_cue, from_comma = pending_role[0], pending_role[1], True
            pending_role = None
            if not (j == i + 1 and self._plain_word(i)):
                role = self._segment(i, j, role, person_cue, from_comma)
            if role:
                # "PM Israel, Benjamin Netanyahu": the role reaches over one comma
                end_char = self.tokens[j - 1].end
                if self.text[end_char : end_char + 2] == ", ":
                    # a role word reaching over the comma cues the name after it
                    pending_role = (role, True, end_char + 2)
        return self.found


def recognise(
    text: str,
    lang: str = "id",
    *,
    field: Field = "text",
    known: dict[str, tuple[str, str]] | None = None,
    use_model: bool = True,
) -> list[Fact]:
    """Entity facts of one text. ``known`` maps folded names found in the article's body
    to (label, id); in the title only those and gazetteer names are entities."""
    if not text or not text.strip():
        return []
    lang = norm_lang(lang)
    model_spans: ModelSpans = []
    if use_model and field == "text":
        recognize_fn = trained_model()
        if recognize_fn is not None:
            try:
                model_spans = list(recognize_fn(without_accents(text), lang))
            except Exception:  # a broken model must not lose the rule layer's facts
                model_spans = []
    rec = Recogniser(text, lang, title_mode=field == "title", known=known, model_spans=model_spans)
    found = rec.recognise()
    if "/" in text:
        # "301/Pid.Sus/2025/PN Dps": a court's short name inside a case number is the code's
        found = [
            f
            for f in found
            if not (
                f.label == "ORG"
                and text[f.start - 1 : f.start] == "/"
                and rec._code(f.start, f.end)
            )
        ]
        rec.found = found
    split_hyphenated(rec)
    if not rec.title_mode:
        holders_inside_bodies(rec)
        field_words_back_to_bodies(rec)
        if ", " in text:
            holders_in_apposition(rec)
        given_names_before_known_people(rec)
        if "-" in text:
            split_name_pairs(rec)
        if " of " in text:
            no_people_of(rec)
    found = sorted(join_name_openers(rec.found, text), key=lambda f: f.start)
    initials_everywhere(found, text, rec.initials)
    nicknames(found, text)
    quoted_nicknames(found, text)
    dotted_endings(found, text)
    if "," in text:
        found = role_units_before_names(found, text)
    if "-based" in text:
        found = places_before_based(found, text)
    found = company_names_without_form(found, text)
    found = subsidiaries_named_after_parents(found, text)
    found = bodies_inside_roles(found, text)
    roles_over_a_comma(found, text)
    found = places_inside_short_forms(found, text)
    found = units_named_after_bodies(found, text)
    found = bases_named_by_force(found, text)
    found = numbered_units(found, text)
    found = bracketed_short_forms(found, text)
    found = bodies_before_known_short_forms(found, text)
    join_short_forms(found, text, rec.places)
    aliases_share_ids(found, text)
    names_without_openers(found, text)
    clubs_named_after_places(found, text)
    institutions_by_name(found, text)
    same_surface(found, text)
    place_kind_ids(found, text)
    regional_offices_by_region(found, text)
    regional_agencies_in_english(found, text)
    found = road_facilities(found, text, known, title=field == "title")
    toll_roads_by_route(found, text)
    found = facilities_named_after_people(found, text)
    found = offices_named_after_facilities(found, text)
    found = [f for f in found if f.how != "lone" or f.id is not None]
    found = first_words_before_plurals(found, text)
    if lang == "id":
        found = [f for f in found if not english_term(f, text)]
    gaz = gazetteer()
    facts = []
    for f in found:
        surface = text[f.start : f.end]
        eid = f.referent(text)
        canonical = f.canonical or gaz.display(eid, lang) or surface
        attrs: dict[str, object] = {"surface": surface, "canonical": canonical, "source": f.how}
        if f.role:
            attrs["role"] = f.role
        if f.country:
            attrs["country"] = f.country
        facts.append(
            Fact(
                kind="entity",
                label=f.label,
                value=eid,
                text=surface,
                start=f.start,
                end=f.end,
                field=field,
                attrs=attrs,
            )
        )
    return facts
