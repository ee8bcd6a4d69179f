"""spacy-lookups-data's English tables for the offline generators (gen_trait_classes.py, gen_evaluative_words.py,
train_vague_model.py): the Brown clusters (``lexeme_cluster``: word -> cluster id, a bit path as an integer) and
the log frequencies (``lexeme_prob``). Scripts only, never at run time: a million-word table is too slow and
large to load on every run."""
from __future__ import annotations

import gzip
import json
from pathlib import Path


def english_table(name: str) -> dict:
    """The table ``en_<name>.json.gz`` of the installed spacy-lookups-data ("lexeme_cluster", "lexeme_prob")."""
    import spacy_lookups_data

    with gzip.open(Path(spacy_lookups_data.__file__).parent / "data" / f"en_{name}.json.gz") as fh:
        return json.load(fh)
