"""English verb forms: a base form's inflections, and the base forms an inflected word may come from.

Word lists name a verb once, in its base form (the duty verbs of ``data/section_terms.yaml``, the
pay-handling verbs of ``data/pay_wording.yaml``); the readers that meet those verbs in running text
need their other forms ("manages", "managed", "managing", "planning"), and the readers that meet an
inflected word need its base ("performs" -> "perform"). This is the one home of that spelling:
section detection and pay extraction ask it instead of adding suffixes each in their own way (the
copies it replaced disagreed: one spelled "coachs", one missed "running").

Regular spelling only: irregular pasts ("ran", "led", "oversaw") are not produced. The doubled final
consonant is offered beside the plain form rather than guessed from stress ("plan" -> "planned",
"develop" -> "developed" and "developped"): a form no English word has costs nothing in a pattern or
a set, a form left out is a miss.
"""
from __future__ import annotations

_VOWELS = frozenset("aeiou")


def _consonant_y(verb: str) -> bool:
    """"supply", "carry" (not "play", "deploy"): the y turns to i before -es and -ed."""
    return len(verb) > 1 and verb.endswith("y") and verb[-2] not in _VOWELS


def _doubles(verb: str) -> bool:
    """Whether a doubled final consonant is offered: a vowel, then one consonant other than w, x
    or y ("plan" -> "planned", "audit" -> "auditted" offered too; not "build", "follow")."""
    return len(verb) > 2 and verb[-1] not in _VOWELS and verb[-1] not in "wxy" and verb[-2] in _VOWELS


def third_person(verb: str) -> str:
    """"manage" -> "manages", "supply" -> "supplies", "coach" -> "coaches"."""
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        return verb + "es"
    return verb[:-1] + "ies" if _consonant_y(verb) else verb + "s"


def past(verb: str) -> tuple[str, ...]:
    """"manage" -> managed, "supply" -> supplied, "plan" -> planed and planned."""
    if verb.endswith("e"):
        return (verb + "d",)
    if _consonant_y(verb):
        return (verb[:-1] + "ied",)
    return (verb + "ed", verb + verb[-1] + "ed") if _doubles(verb) else (verb + "ed",)


def present_participle(verb: str) -> tuple[str, ...]:
    """"manage" -> managing, "see" -> seeing, "tie" -> tying, "plan" -> planing and planning."""
    if verb.endswith("ie"):
        return (verb[:-2] + "ying",)
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return (verb[:-1] + "ing",)
    return (verb + "ing", verb + verb[-1] + "ing") if _doubles(verb) else (verb + "ing",)


def inflections(verb: str) -> frozenset[str]:
    """A verb's base form and its regular -s, -ed and -ing forms."""
    return frozenset((verb, third_person(verb), *past(verb), *present_participle(verb)))


def alternation(forms) -> str:
    """Words as one regex alternation, longest first (so a longer form wins where two could match)."""
    return "|".join(sorted(set(forms), key=lambda form: (-len(form), form)))


def third_person_bases(present: str) -> tuple[str, ...]:
    """The base forms a third-person present form may come from: "performs" -> perform, "processes" ->
    process, "carries" -> carry, "manages" -> manage (candidates: the caller looks them up)."""
    forms = (present[:-1], present[:-2])
    return forms + (present[:-3] + "y",) if present.endswith("ies") else forms


def base_candidates(word: str) -> frozenset[str]:
    """The base forms a lower-case word may be an inflection of, the word itself among them:
    "supplies" -> supply, "processes" -> process, "performs" -> perform, "managing" -> manage,
    "planning" -> plan. Candidates only: the caller looks them up in its own word list."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        forms.update({stem, stem + "e"})
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])
    return frozenset(forms)
