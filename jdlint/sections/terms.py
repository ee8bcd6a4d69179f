"""The word tables of section detection, read from ``jdlint/data/section_terms.yaml`` (generic
headings, front-matter keys, duty verbs). Users name headings through rule packs and config
instead; see that file's comments."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

from .. import verbforms

DATA = "section_terms.yaml"


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    from ..yamlio import load_fast

    return load_fast((files("jdlint.data") / DATA).read_text("utf-8"))


def generic_headings() -> dict[str, str | None]:
    """Generic heading phrase -> the kind its unplaced blocks lean to (None: no lean), in order."""
    return dict(_table()["generic_headings"])


def front_matter_keys() -> dict[str, tuple[str, ...]]:
    """Section kind -> front-matter keys that give it, first present wins."""
    return {kind: tuple(keys) for kind, keys in _table()["front_matter_keys"].items()}


def alternation(name: str) -> str:
    """A list of terms in the file as one regular expression, each term a group of its own:
    ``outcome_headings`` (a heading that introduces objectives or outcomes), ``pitch_headings`` (a
    heading that pitches the job: "Why join us?"), ``from_start_headings`` (a heading that opens with
    when the hire starts getting something: "From your first day you'll have"), ``other_jobs_labels`` (a label line that opens a job
    board's list of other jobs)."""
    return "|".join(f"(?:{term})" for term in _table()[name])


def duty_verbs() -> frozenset[str]:
    return frozenset(_table()["duty_verbs"])


def organisation_verbs() -> tuple[str, ...]:
    return tuple(_table()["organisation_verbs"])


def employer_kind_nouns() -> tuple[str, ...]:
    return tuple(_table()["employer_kind_nouns"])


def named_institution_nouns() -> str:
    """The head nouns of a named institution (capitalised, as a name holds them), as one alternation."""
    return "|".join(_table()["named_institution_nouns"])


def trade_heads() -> frozenset[str]:
    return frozenset(_table()["trade_heads"])


def glued_item_openers() -> frozenset[str]:
    return frozenset(_table()["glued_item_openers"])


def anywhere_verbs() -> tuple[str, ...]:
    return tuple(_table()["anywhere_verbs"])


def apply_cues() -> dict[str, str]:
    """The kinds of how-to-apply cue (``apply_cues``): kind -> its regular expression."""
    return dict(_table()["apply_cues"])


def requirement_cues() -> dict[str, str]:
    """The kinds of requirement cue (``requirement_cues``): kind -> its regular expression."""
    return dict(_table()["requirement_cues"])


def requirement_condition() -> str:
    """A condition put to the reader that may state a requirement (``requirement_condition``)."""
    return _table()["requirement_condition"]


_FORMS = {"word-group": "\\b({})\\b", "group": "({})", "any": "{}"}


def _duty_verb_forms() -> dict[str, str]:
    """What the placeholders of a wording table stand for: ``<duty-verb>`` any duty verb as
    written in ``duty_verbs`` ("hiring an agent to answer ..."), ``<duty-ing>`` its -ing form
    ("from troubleshooting ... to performing ...")."""
    verbs = sorted(duty_verbs(), key=lambda v: (-len(v), v))
    return {"<duty-verb>": "(?:" + "|".join(verbs) + ")",
            "<duty-ing>": "(?:" + verbforms.alternation(f for v in verbs for f in verbforms.present_participle(v)) + ")"}


def wording(name: str) -> str:
    """A wording table of the content classifier as one regular expression (see the file);
    ``<duty-verb>`` and ``<duty-ing>`` in a term stand for the duty verbs (``_duty_verb_forms``)."""
    table = _table()["wording"][name]
    pattern = _FORMS[table["form"]].format("|".join(table["terms"]))
    if "<duty-" in pattern:
        for placeholder, forms in _duty_verb_forms().items():
            pattern = pattern.replace(placeholder, forms)
    return pattern
