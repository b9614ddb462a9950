"""People, organisations and places: gazetteer + title/role rules, plus the trained model.

The layers, in order of trust:

1. the gazetteer (CLDR countries and regions, lang/*/gazetteer.json): a known name gets
   its id, label and country whatever the model says;
2. title and role words (lang/*/titles.json) are split from names into ``attrs["role"]``:
   "pejabat senior Hamas Osama Hamdan" is a role, an ORG and a PER, never one ORG;
3. the trained recogniser ``kroscek.extract.ner.recognize`` (when installed) labels the
   capitalised chunks that the gazetteer does not know;
4. rules label what is left: a chunk after a person title is a PER, one starting or
   ending in an organisation or place word ("Partai ...", "... Ministry", "Kabupaten ...",
   "... Strait") an ORG or a LOC, an acronym an ORG, one after "di"/"in" or joined by
   "dan" to a place a LOC, one after "perusahaan"/"the firm" or described by an
   apposition (", the streaming company,") an ORG, a two-to-four word capitalised name a
   PER; a regional office names its region first ("Bupati Agam Yusnadi Putra");
5. the article itself (the passes of ``kroscek.extract.mentions``): a lone word is kept when
   it repeats a person's first name or surname, a place written with its head word
   ("Kabupaten Garut" -> "Garut"), or a one-word name recognised elsewhere in the article; a
   word spelled close to exactly one known name takes that name's id ("Taheran" -> Tehran;
   never between Iran and Irak).

Headlines are Title Case, so in ``field="title"`` (and in Title Case lines inside a body,
such as captions and inline headlines of other stories) only known names are entities.

Where each concern lives, in pipeline order (each class extends the one before):

- ``words``: title/role words (``titles_of``), gazetteer word sets, shared patterns;
- ``reading``: ``Reading``, the tokenised text and the tests on one position;
- ``word_cues``: ``WordCues``, tests on neighbouring words (no gazetteer lookup);
- ``joined_cues``: ``JoinedCues``, tests that combine cues with the gazetteer;
- ``unknown_chunk``: ``ChunkGuesser``, labels chunks the gazetteer does not know;
- ``segment``: ``Segmenter``, cuts the text into capitalised runs and runs into names;
- ``postpasses``: passes over all mentions of a text that fix labels;
- ``recogniser``: ``Recogniser`` and the ``recognise`` entry point;
- ``bodies``: ``body_names``, the organisations of a body for reading its other fields.
"""

from kroscek.extract.entities.bodies import body_names
from kroscek.extract.entities.recogniser import recognise
from kroscek.extract.entities.words import titles_of

__all__ = ["body_names", "recognise", "titles_of"]
