"""bias.gender-coded: Gaucher, Friesen & Kay (2011) gender-coded words (D201, D202) and the
document metric ``gender_coded``.

Word lists, exclusions and sense filters are data: ``jdlint/data/gender_coded.yaml`` (their one
home). The lists are the paper's Appendix A (Gaucher, D., Friesen, J., & Kay, A. C. (2011), JPSP 101(1),
109-128) with the paper's semantics: an asterisked stem matches any word starting with it, an
unasterisked word matches only as a whole word ("Confident" is not "confidential", "Kind" is not
"kindly"). The typo "Implusive" is read as "impulsive". gender-decoder's additions (collab, driven,
share...) are *not* used as prefixes: they are not the research list and cause most of its false positives.
A few whole trait words beyond the paper that independent case writers labelled coded are on the lists
(fearless, persistent; session 32: strong, driven, bold, patient, collaborative ...); the ones with common
other senses count only where the grammar names a person (``person_reading_only``, ``_reads_as_a_person``).

Known false positives of prefix matching (as in lovedaybrooke/gender-decoder's word lists) are excluded as words ("responsibilities",
"dependents", "Connecticut", "analyst", "competitive salary"...), as phrases where the word has a
functional sense ("responsible for", "understanding of", "customer support", "lead to"), in headings,
in equal-opportunity statements, in quotations and in technical compounds ("data-driven" is not
split; "persistence layer", "greedy algorithm"). Each token counts once, even if two stems match it.

Every coded word is reported as ``info`` with a neutral alternative; the verdict follows
gender-decoder's scoring of the remaining counts (difference feminine - masculine: 0 -> neutral,
1-3 -> feminine-coded, > 3 -> strongly feminine-coded, and the mirror for masculine).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, LENGTH, ORTH, SPACY
from spacy.strings import hash_string

from ..arrays import in_sorted, token_columns
from ..cache import word_memo
from ..diagnostics import Severity
from ..regexes import LazyPattern, safe_lower
from ..rule import FunctionRule
from ..spans import overlaps_any, span_index
from .. import regex_programs, verbforms
from ..context import CLAUSE_BREAK, NEGATORS
from ..propernames import in_proper_name, is_role_noun, organisation_nouns
from ..sections.terms import duty_verbs

@lru_cache(maxsize=1)
def coded_data() -> dict:
    """``jdlint/data/gender_coded.yaml``: the word lists, exclusions and sense filters."""
    from importlib.resources import files

    from ..yamlio import load_fast

    return load_fast((files("jdlint.data") / "gender_coded.yaml").read_text("utf-8"))


def _table(side: str) -> dict[str, tuple[bool, str]]:
    """stem -> (prefix?, neutral alternative); an entry written with a trailing * is a prefix."""
    return {str(entry).rstrip("*"): (str(entry).endswith("*"), str(alt)) for entry, alt in coded_data()[side].items()}


MASCULINE: dict[str, tuple[bool, str]] = _table("masculine")
FEMININE: dict[str, tuple[bool, str]] = _table("feminine")

#: Whole words that a stem matches but that are not trait words.
EXCLUDED_WORDS = frozenset(str(w) for w in coded_data()["excluded_words"])

#: Last parts of a hyphen compound that make it no trait ("Lead-free soldering").
COMPOUND_HEADS_NOT_TRAIT = frozenset(str(w) for w in coded_data().get("compound_heads_not_trait", ()))

#: Words counted only as an adjective right before a person ("a committed team player").
ATTRIBUTIVE_ONLY = frozenset(str(w) for w in coded_data().get("attributive_only", ()))

#: Words beyond the paper counted only where the grammar names a person ("a strong negotiator", "You are
#: driven", "DRIVEN."), and only as themselves: their other senses are common ("strong knowledge", "driven by").
#: Verb forms counted only right after a relative "who"/"that" (see the data file)
RELATIVE_VERB_ONLY = frozenset(str(w) for w in coded_data().get("relative_verb_only", ()))
_RELATIVE_BEFORE = regex_programs.compile(r"(?<![A-Za-z])(?:who|that)[ \t]+$", re.I)
HIRE_VERB_ONLY = frozenset(str(w) for w in coded_data().get("hire_verb_only", ()))
#: The hire as the subject right before a verb of ``hire_verb_only``: "you" or "who", then modals or adverbs
#: ("You connect easily", "who can genuinely connect").
_HIRE_SUBJECT_BEFORE = regex_programs.compile(
    r"(?<![A-Za-z'\u2019])(?:you|who)(?:[ \t]+(?:can|will|must|should|could|would|always|also|really|genuinely|"
    r"naturally|easily|quickly|actively|truly))*[ \t]+$", re.I)
PERSON_READING_ONLY = frozenset(str(w) for w in coded_data().get("person_reading_only", ()))
#: Nouns of quality counted only as the hire's quality (data ``quality_noun_reading``, ``_a_quality_of_the_hire``).
_QUALITY_READING = coded_data().get("quality_noun_reading") or {}
QUALITY_NOUNS = frozenset(str(w) for w in _QUALITY_READING.get("words", ()))
_QUALITY_BEFORE = frozenset(str(w) for w in _QUALITY_READING.get("before", ()))
_QUALITY_TRAITS = frozenset(str(w) for w in _QUALITY_READING.get("traits", ()))

PERSON_READING_RIGHT_BEFORE = frozenset(str(w) for w in coded_data().get("person_reading_right_before", ()))

#: Phrases in which a coded word has a functional sense; the coded token is skipped.
#: Every phrase starts at the start of a word, with a letter: checking that once first skips the
#: ~40 alternatives at mid-word positions (the scan was the rule's largest single cost).
_PHRASE_START = r"\b(?=[a-z])"
_PHRASE_STARTS = regex_programs.compile(_PHRASE_START, re.I)
FUNCTIONAL_PHRASES = LazyPattern(_PHRASE_START + "(?:" + "|".join(coded_data()["functional_phrases"]) + ")", re.I)


class _StemTable:
    """One side's list, indexed for lookup: its whole words, and its prefix stems by length."""

    def __init__(self, table: dict[str, tuple[bool, str]]) -> None:
        self.words = frozenset(stem for stem, (prefix, _alt) in table.items() if not prefix)
        self.stems = frozenset(stem for stem, (prefix, _alt) in table.items() if prefix)
        self.lengths = sorted({len(stem) for stem in self.stems}, reverse=True)

    def hit(self, lower: str) -> str | None:
        """The word itself if it is a whole word on the list, else its longest prefix stem, else the
        whole word it is derived from (``derived_bases``: "decisiveness", "fearlessly" -> "decisive",
        "fearless")."""
        if lower in self.words:
            return lower
        for n in self.lengths:
            if len(lower) >= n and lower[:n] in self.stems:
                return lower[:n]
        for base in derived_bases(lower):
            if base in self.words:
                return base
        return None


#: Derivational endings, each with what the base word ends in instead: a whole word on a list has its
#: adverb, its noun of quality and its noun-or-adjective pair counted with it, by rule rather than one
#: entry each ("decisive" -> "decisively", "decisiveness"; "confident" -> "confidence"; "objective" ->
#: "objectivity"; "logic" -> "logical"; "modesty" <- "modest"; "opinion" -> "opinionated"). A stem
#: written with * covers its derivations already. Exclusions still apply to the derived word ("kindly").
#: (gcoded40) Comparatives and superlatives of the adjectives ("kinder", "gentlest", "politer", "greedier"), the noun
#: of quality in -ity of an adjective in -ious ("tenacity"), and the noun a whole word in -ful is made from ("tact"):
#: the same word families. A person-reading word is still read only as itself ("stronger", "bolder" are not).
_DERIVATIONS = (("ness", ""), ("ly", ""), ("ly", "le"), ("ally", ""), ("ity", ""), ("ity", "e"),
                ("ence", "ent"), ("ance", "ant"), ("al", ""), ("ated", ""), ("y", ""), ("", "y"), ("ly", "y"),
                ("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y"), ("ity", "ious"),
                ("", "ful"))


def derived_bases(lower: str) -> list[str]:
    """The words ``lower`` may be derived from by one ending of ``_DERIVATIONS`` (bases of 4+ letters)."""
    bases = []
    for ending, base_ending in _DERIVATIONS:
        if lower.endswith(ending) and len(lower) - len(ending) + len(base_ending) >= 4:
            bases.append(lower[:len(lower) - len(ending)] + base_ending)
    return bases


_SIDES = (("masculine", _StemTable(MASCULINE)), ("feminine", _StemTable(FEMININE)))
#: How entries of either list begin: every entry has at least this many letters, so a word that
#: begins otherwise is on neither list, whatever the lengths of the stems.
_START = min(len(stem) for stem in (*MASCULINE, *FEMININE))
_STARTS = frozenset(stem[:_START] for stem in (*MASCULINE, *FEMININE))


#: First parts of a hyphen compound that only intensify the second ("super-competitive", "ultra-driven"); any
#: first part in -ly does too ("highly-analytical").
_INTENSIFIERS = frozenset(("super", "ultra", "hyper", "very", "extra", "uber", "über"))
#: Words in -ly that are adjectives, not adverbs: a compound after them is judged by its first part
#: ("friendly-supportive", "early-leading")
_LY_ADJECTIVES = frozenset("""friendly early lovely lively likely elderly costly daily weekly monthly yearly hourly
only family orderly lonely ugly holy silly jolly curly burly surly manly womanly motherly fatherly brotherly sisterly
neighbourly neighborly scholarly timely worldly heavenly""".split())


@lru_cache(maxsize=1 << 16)
def _classify(lower: str) -> tuple[str, str] | None:
    """(side, stem) for a lower-case word, or None. Pure in the word, so each distinct word is looked
    up once across all files."""
    # a hyphenated spelling of a listed word is the same word, read as the one the list has (gcoded41)
    lower = _unhyphenated(lower)
    if "-" in lower and not lower.startswith(("self-", "inter-")):
        if _ACTIVITY_COMPOUND.fullmatch(lower) and lower not in MASCULINE and lower not in FEMININE \
                and not _is_adjective(lower.split("-", 1)[0], _senses()):
            # a noun and the -ing form of another verb name an activity or a method, not a trait: "empathy-mapping
            # workshops" (writer AL, silent), "trust-building exercises", "cheer-leading"; a listed compound such as
            # "hard-charging" is the list's word (gcoded41)
            return None
        # a compound such as "data-driven" or "well-established" is judged as a whole: only its
        # first part counts, and only if it is not a known functional compound; after an intensifier
        # ("highly-analytical", "fiercely-independent", "super-competitive") the part it intensifies counts
        first, rest = lower.split("-", 1)
        if lower.rsplit("-", 1)[1] in COMPOUND_HEADS_NOT_TRAIT:
            return None  # the absence, the base or the scope of the first part ("lead-free", "force-based")
        intensifies = first in _INTENSIFIERS or (first.endswith("ly") and first not in _LY_ADJECTIVES)
        lower_first = rest if intensifies and "-" not in rest else first
    else:
        lower_first = lower
    if lower[:_START] not in _STARTS and lower_first[:_START] not in _STARTS:
        return None  # most words: cheaper than the tests below, which could only say None too
    if not any(c.isalpha() for c in lower):
        return None
    if lower in EXCLUDED_WORDS or lower_first in EXCLUDED_WORDS:
        return None
    for name, table in _SIDES:
        s = table.hit(lower) or (table.hit(lower_first) if lower_first != lower else None)
        if s:
            return name, s
    if lower.startswith("self-") and "-" not in lower[5:]:
        # "self-" and a listed adjective says the adjective of the hire, as the paper's self-confiden*, self-relian*
        # do ("target-oriented and self-driven", writer AL; "self-assertive"); a noun after it is another thing
        # ("self-determination", a right; "self-analysis") (gcoded41)
        rest = lower[5:]
        for name, table in _SIDES:
            if (rest in table.words or rest.endswith(_ADJECTIVE_ENDINGS)) and rest not in EXCLUDED_WORDS:
                s = table.hit(rest)
                if s:
                    return name, s
    return None


@lru_cache(maxsize=1 << 12)
def _unhyphenated(lower: str) -> str:
    """``lower`` without its one hyphen where that spelling is a listed word the hyphen splits: a whole word of a list
    ("head-strong", "out-spoken", "inter-personal") or a stem that runs across the hyphen ("co-operative",
    "CO-OPERATIVE", writer AL; British usage). A compound whose first part is the whole stem is a compound ("lead-free", "warm-hearted") and is
    left to ``_classify``'s reading of compounds (gcoded41)."""
    first = lower.find("-")
    if lower.count("-") != 1 or lower.startswith("self-") or first < 2 or first > len(lower) - 3:
        return lower  # (a bullet's dash glued on, "-Lead the team", is no spelling)
    joined = lower.replace("-", "")
    for _name, table in _SIDES:
        if joined in table.words:
            return joined
        for n in table.lengths:
            if n > first + 1 and len(joined) >= n and joined[:n] in table.stems:
                return joined
    return lower


#: A hyphen compound of a word and the -ing form of another verb, read as an activity by ``_classify``.
_ACTIVITY_COMPOUND = re.compile(r"[a-z]+-[a-z]{2,}ing")


def _classify_word(word: str) -> tuple[str, str] | None:
    return _classify(word.lower().replace("\u2019", "'"))


#: ``_classify_word`` of a token's text, by the token's ORTH hash. The hash is spaCy's 64-bit hash
#: of the string itself (the same in every Doc), so the cache holds across files. ``_LISTED``: the
#: hashes in it whose word is on a list.
_BY_ORTH: dict[int, tuple[str, str] | None] = {}
_LISTED: set[int] = set()
word_memo(_classify.cache_clear)
word_memo(_BY_ORTH.clear)
word_memo(_LISTED.clear)
_HYPHEN = np.uint64(hash_string("-"))


def _candidates(doc, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, side, stem) of every word on a list, in text order, before context filters.

    A word is a token, or a hyphen compound ("self-confident", "inter-personal") joined into one
    word as the list reads it: the tokenizer splits on hyphens. Reads token attributes as arrays and
    looks each distinct token up once: making a spaCy Token, or even a Python tuple, per token cost
    more than the check. ``text`` is the text the Doc was made from (``doc.text`` rebuilds it).
    """
    columns = token_columns(doc)
    orth, idx, length, space, alpha = (columns[a] for a in (ORTH, IDX, LENGTH, SPACY, IS_ALPHA))
    found = []
    # "word-word": no space around the hyphen and an alphabetic token after it; a compound goes on
    # while the link repeats ("self-sufficient-minded")
    links = np.flatnonzero((orth[1:-1] == _HYPHEN) & (space[:-2] == 0) & (space[1:-1] == 0)
                           & (alpha[2:] != 0)).tolist()
    in_compound = np.zeros(len(orth), dtype=bool)
    after = -1
    linked = set(links)
    for first in links:
        if first <= after:
            continue  # the middle of a compound already joined
        last = first
        while last in linked:
            last += 2
        after = last
        in_compound[first:last + 1] = True
        start, end = int(idx[first]), int(idx[last] + length[last])
        hit = _classify_word(text[start:end])
        if hit is not None:
            found.append((start, end, *hit))
    strings = doc.vocab.strings
    if len(_BY_ORTH) > 1 << 16:
        _BY_ORTH.clear()  # bounded like ``_classify``'s cache, for long-running processes
        _LISTED.clear()
    # the distinct words as a set: set operations find the new ones and the listed ones in C
    present = set(orth.tolist())
    for h in present.difference(_BY_ORTH):
        hit = _BY_ORTH[h] = _classify_word(strings[h])
        if hit is not None:
            _LISTED.add(h)
    listed = present & _LISTED
    if listed:  # (hashes stay uint64: mixed with int64 NumPy would compare them as floats)
        table = np.sort(np.fromiter(listed, dtype=np.uint64))
        for i in np.flatnonzero(in_sorted(orth, table) & ~in_compound).tolist():
            start = int(idx[i])
            found.append((start, start + int(length[i]), *_BY_ORTH[int(orth[i])]))
    found.sort()
    return found


def coded_words(analysis) -> list[tuple[int, int, str, str, str]]:
    """(start, end, side, stem, word) for every counted coded word in the file, cached on ``analysis``."""
    cached = getattr(analysis, "_gender_coded_hits", None)
    if cached is not None:
        return cached
    text = analysis.text
    # headings and functional phrases tested from an index, not a scan of all at every word: both grow
    # with the posting, and the coded words too
    headings = span_index((b.text_start, b.text_end) for b in analysis.document.blocks if b.kind == "heading" or b.label)
    eeo = analysis.eeo_sentence_starts
    found = []
    for start, end, side, stem in _candidates(analysis.doc, text):
        word = text[start:end]
        if any(c.isdigit() for c in word):  # a name or a code ("Loyalty360", seed 14), not the word
            continue
        glued = _GLUED_WORD.match(word)
        if glued:  # two items of a flattened list run together: only the first word is this one
            hit = _classify_word(glued.group())
            if hit is None:  # "responsibilitiesImplementing": "responsibilities" is not on a list
                continue
            end, word, (side, stem) = start + glued.end(), glued.group(), hit
        trimmed = _TRAILING_MARKS.sub("", word)
        if trimmed != word:  # a bullet or a stop glued on where a flattened list lost its spaces ("leads\u2022")
            hit = _classify_word(trimmed)
            if hit is None:  # "challenges\u2022": "challenges" is not on a list
                continue
            end, word, (side, stem) = start + len(trimmed), trimmed, hit
        if overlaps_any(headings, start, start + 1):
            continue
        sent = analysis.sentence(start)
        if sent is not None and sent.start_char in eeo:
            continue
        # a proper noun mid-sentence ("Connect Health", "Trust Bank", "Leader Inc") is a name
        if word[:1].isupper() and not word.isupper() and sent is not None and start != sent.start_char:
            prev = text[max(sent.start_char, start - 2):start].strip()
            if prev not in ("", "-", "(", "\"", "'", ":", "\u2022", "*"):
                continue
        # not asked of the hire: "You don't need to be outgoing or assertive" (the one negation context)
        if analysis.is_negated(start, end):
            continue
        # asked NOT of the hire by a verb of denial: "Avoid forceful handling", "refrain from being aggressive"
        if _denied(text, start, sent):
            continue
        # nor what a negated want or fit reaches, or what the ad turns away after its noun phrase (gc44)
        if _negated_want(text, start, sent) or _senses().rejected_after.match(text, end):
            continue
        # nor what it is preferred over: "We value assertiveness over politeness" (gcoded41)
        if _dispreferred(text, start, sent):
            continue
        # a word inside a capitalised name: "Gentle Paws Veterinary Clinic", "Fearless Fitness Studio"; not a headline
        # whose capitals end in what the ad wants ("ANALYTICAL THINKER WANTED - credit risk team", writer W, gcoded40)
        # (gcoded41) nor a label whose value says it is wanted ("COMPETITIVE SPIRIT: essential. TEAM PLAYER: nice to
        # have.", writer AL)
        if word[:1].isupper() and in_proper_name(analysis.document, start, end) and not _HEADLINE_WANT.match(text, end) \
                and not _LABEL_WANT.match(text, end):
            continue
        if word.lower() in ATTRIBUTIVE_ONLY and not _before_a_person(text, end):
            continue
        if word.lower() in RELATIVE_VERB_ONLY and not _RELATIVE_BEFORE.search(text, max(0, start - 6), start):
            continue
        if word.lower() in HIRE_VERB_ONLY and not (_HIRE_SUBJECT_BEFORE.search(text, max(0, start - 60), start)
                                                   and _people_follow(text, end, served_is_duty=word.lower().startswith("support"))):
            continue
        if word.lower() in QUALITY_NOUNS and not _a_quality_of_the_hire(
                text, start, end, sent.start_char if sent is not None else 0):
            continue
        # a person-reading word is read by its stem, or as a whole word a stem of the lists matches ("cooperative")
        # ... but not "self-" and such a word, which has no other sense ("self-driven", gcoded41)
        reading = stem if stem in PERSON_READING_ONLY and not word.lower().startswith("self-") \
            else _unhyphenated(word.lower())
        if reading in PERSON_READING_ONLY and not _reads_as_a_person(
                text, start, end, reading, sent.start_char if sent is not None else 0):
            continue
        found.append((start, end, side, stem, word))
    # last, as the costliest test: only the words left need the functional-phrase scan
    functional = span_index(_functional_phrases(text, [start for start, *_ in found]))
    hits = [hit for hit in found if not overlaps_any(functional, hit[0], hit[0] + 1)
            and not other_sense(text, hit[0], hit[1], hit[3]) and not _does_work(text, hit[0], hit[1])
            and not _names_the_post(text, hit[0], hit[1], analysis.sentence(hit[0]))
            and not _labels_a_field(text, hit[0], hit[1]) and not _labels_others(text, hit[0])
            and not _said_of_a_name(text, hit[0], hit[1], analysis.sentence(hit[0]))
            and not _the_employer_of_itself(text, hit[0], analysis.sentence(hit[0]))
            and not _the_verb_of_another(text, hit[0], hit[1], _senses())
            and not _a_value_of_the_employer(text, hit[0], hit[1], analysis.sentence(hit[0]))]
    analysis._gender_coded_hits = hits
    return hits


#: What may open a line before a label: spaces, a bullet, a heading's or emphasis marks.
_LABEL_LEAD = regex_programs.compile(r"[ \t\-*#\u2022]*$")
#: After a label's word, a department or a section of a title, in capitals, then the label's end: "Leader, Second
#: Violins:" (the post's title in the form "Title, Department"); group 1 the department.
_TITLE_DEPARTMENT = regex_programs.compile(
    r",[ \t]+((?:[A-Z][\w'\u2019&-]*|of|and|the|&)(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|of|and|the|&)){0,5})[ \t]*(?:[:\u2013\u2014]|-[ \t]|\n|$)")
#: After a label's word, its colon and the first word of its value, "to" perhaps before it; group 1 that word.
_LABEL_VALUE = regex_programs.compile(r"[ \t]*[:\u2013\u2014][ \t]*(?:to[ \t]+)?([a-z]+)\b")


def _labels_a_field(text: str, start: int, end: int) -> bool:
    """Whether the coded word at ``text[start:end]`` opens its line as a label that names a field or the post, not a
    trait of the hire: a title in the form "Title, Department:" ("Leader, Second Violins: the orchestra invites
    applications", writer S; the department's words are no coded words: "Bold, Driven:" is a list of traits), or a
    field whose value opens with a duty or a goal verb ("Objective: reduce average handle time to 240 seconds",
    writer T). "Sociable: you'll be greeting regulars by name" and "REQUIREMENTS: Ambition" stay counted.
    Constant work."""
    line_start = text.rfind("\n", max(0, start - 12), start) + 1
    if (line_start == 0 and start > 12) or not _LABEL_LEAD.match(text, line_start, start):
        return False
    title = _TITLE_DEPARTMENT.match(text, end)
    if title is not None and text[start].isupper():
        return not any(_classify_word(w) is not None for w in title.group(1).split())
    value = _LABEL_VALUE.match(text, end)
    return value is not None and value.group(1) in _senses().label_value_verbs


#: A line's label of one to three words, its colon, then up to four words of its value before the coded word (gc44);
#: group 1 the label's last word, group 2 the value's words before the coded word.
_OTHERS_LABEL = regex_programs.compile(
    r"[ \t\-*#\u2022]*(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,2}([A-Za-z][\w'\u2019-]*)[ \t]*:[ \t]*((?:[A-Za-z][\w'\u2019-]*,?[ \t]+){0,4})$")


def _labels_others(text: str, start: int) -> bool:
    """Whether the coded word at ``start`` is in the value of a label line whose label names someone or something
    other than the hire, only adjectives before it in the value (gc44): the people served, the employer, its people
    above the hire, its values or a thing ("Clients: loyal, long-standing, mostly in hospitality", "Environment: warm,
    friendly, dog-friendly office", "Company: ambitious fintech scale-up", "Our values: bold, kind, curious"). "You: competitive, organised", "Personality: warm
    and calm" and "Headteacher: supportive" (the post may be named) stay counted. Constant work."""
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if line_start == 0 and start > 80:
        return False
    m = _OTHERS_LABEL.match(text, line_start, start)
    if m is None or m.end() != start:
        return False
    senses = _senses()
    label = m.group(1).lower()
    if label in senses.labels_not_others or not (label in senses.served_people or label in senses.staff_employers or label in senses.staff_others
            or senses.is_thing(label) or label in senses.value_nouns):
        return False
    if any(w.lower().rstrip(",") in _PHRASE_ENDS for w in m.group(2).split()):
        return False
    # the value names or asks for the hire after the word ("Residents: patient, kind carers needed", "Clients: warm
    # manner essential"): the label names whom the hire serves, the value what the hire must be
    line_end = text.find("\n", start)
    rest = text[start:line_end if 0 <= line_end < start + 120 else start + 120].lower()
    return not _before_a_person(text, start + len(_NEXT_WORD.match(text, start).group(1))) \
        and not any(w in _LABEL_WANTS for w in _TOKENS.findall(rest))


#: Words of a label's value that ask for the hire ("Clients: warm manner essential").
_LABEL_WANTS = frozenset("need needed needs required require must essential wanted want desirable ideal ideally "
                         "preferred expected manner approach attitude".split())


#: Words that may follow a noun of quality that is the hire's: a conjunction, a preposition of its use ("persistence
#: when chasing invoices", "determination to succeed", "loyalty in our account managers") or a verb; anything else
#: makes the noun a modifier ("a persistence layer", "loyalty programme") and "of" its other sense ("determination of
#: eligibility").
_QUALITY_FOLLOWERS = frozenset("and or & to in when while with at as for under on through that is are will".split())
#: Words after "to" that open a noun phrase, not an infinitive (gcoded41).
_NOT_AN_INFINITIVE = frozenset("""a an the our your their its his her my this that these those all any every each some
the us them him me you it one""".split())
_LIST_TOKENS = regex_programs.compile(r"[A-Za-z][A-Za-z'\u2019-]*|[,&]")


#: The rest of a run of capitalised words after a coded word, ending in a participle of wanting: an ad's headline
#: ("Analytical Thinker Wanted", "DRIVEN CLOSERS NEEDED"), not a name, whatever the line's case after it.
_HEADLINE_WANT = regex_programs.compile(
    r"(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|and|&))*?[ \t]+(?:WANTED|NEEDED|REQUIRED|SOUGHT|Wanted|Needed|Required|Sought)\b")


#: The rest of a label after a coded word, its capitalised words, a colon and a word of requirement: an item of what the
#: ad asks for ("COMPETITIVE SPIRIT: essential", "Analytical Mind: a must"), not a name (gcoded41).
_LABEL_WANT = regex_programs.compile(
    r"(?:[ \t]+[A-Z][\w'\u2019&-]*)*[ \t]*:[ \t]*(?:essential|required|a[ \t]+must|must|needed|mandatory|desirable|"
    r"preferred|nice[ \t]+to[ \t]+have|a[ \t]+plus|vital|non-negotiable)\b", re.I)


#: Words after a verb of ``hire_verb_only`` that are people of any kind, besides persons and the people served.
_OTHERS = frozenset("others everyone everybody each people colleagues teammates".split())


def _people_follow(text: str, end: int, words: int = 4, served_is_duty: bool = False) -> bool:
    """Whether people are among the few words after a verb at ``end`` in its clause: the hire's connecting with or
    supporting people ("connect easily with others", "support your teammates"), not a service or a system ("the
    services you support.", "you connect the printer"); with ``served_is_duty`` not the people the post serves,
    whom supporting is the duty ("support residents with personal care")."""
    senses = _senses()
    pos = end
    for _ in range(words):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return False
        word = m.group(1).lower()
        if word in senses.served_people or word + "s" in senses.served_people:
            # the people the post serves: supporting them is the duty, as leading a team is ("You will support
            # patients with asthma", "support customers by phone and email"), not the hire's manner; connecting with
            # them is still the hire's rapport ("Someone who can connect with every patient", writer W; session 47)
            return not served_is_duty
        if word in _OTHERS or _is_person(word, senses):
            return True
        pos = m.end()
    return False


def _a_quality_of_the_hire(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a noun of ``quality_noun_reading`` at ``text[start:end]`` is the hire's quality: right after a word of its
    ``before`` ("your determination", "show persistence", "with determination"), listed with a noun of character or a
    coded word ("grit and determination", "Determination and resilience"), or a fragment alone ("Loyalty."). Constant
    work: a few words either side."""
    nxt = _NEXT_WORD.match(text, end)
    following = nxt.group(1).lower() if nxt is not None else None
    if following is not None and following not in _QUALITY_FOLLOWERS:
        return False
    lead = text[max(sentence_start, start - 80):start]
    tokens = _LIST_TOKENS.findall(lead.lower())
    if not tokens or _FRAGMENT_LEAD.match(lead):
        # (gcoded41) opening its sentence with the verb it drives: "Determination to win is what we look for" (writer
        # AL), "Persistence to keep chasing"; "Loyalty to our clients" has its object, not a verb, after "to"
        if following == "to":
            verb = _NEXT_WORD.match(text, nxt.end())
            return verb is not None and verb.group(1).lower() not in _NOT_AN_INFINITIVE \
                and not _is_person(verb.group(1).lower(), _senses())
        return following is None or following in ("and", "or", "&")
    if tokens[-1] in _QUALITY_BEFORE:
        return True
    if tokens[-1] in ("and", "or", "&", ",") and len(tokens) > 1 and (
            tokens[-2] in _QUALITY_TRAITS or _classify(tokens[-2]) is not None):
        return True
    if following in ("and", "or", "&"):
        after = _NEXT_WORD.match(text, nxt.end())
        return after is not None and (after.group(1).lower() in _QUALITY_TRAITS or _classify_word(after.group(1)) is not None)
    return False


def _denied(text: str, start: int, sentence) -> bool:
    """Whether the coded word at ``start`` is what a verb of denial (data ``denying_verbs``) asks the hire not to do or
    be, in the word's clause, two words at most between ("Avoid forceful handling of fragile parcels", "Never ... or"
    is the shared negation's). "Avoid delays and be assertive" has a clause of its own after "and". Constant work."""
    return _senses().denies.search(text, _clause_start(text, start, sentence, 60, ".;:!?,\n\u2022"), start) is not None


_TOKENS = regex_programs.compile(r"[a-z]+['\u2019]?[a-z]*")


def _negated_want(text: str, start: int, sentence) -> bool:
    """Whether a negator of the word's clause governs a want or a fit that reaches the word, further back than the
    shared negation's four words (``negated_want``, gc44): "This is not a role for someone overly assertive", "We do
    not expect you to be competitive", "not suited to someone who is impulsive". The clause is cut as the shared
    negation cuts it (context.yaml's clause breaks); constant work: 80 characters back at most."""
    senses = _senses()
    before = text[max(0, start - 80, sentence.start_char if sentence is not None else 0):start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    tokens = _TOKENS.findall((before[breaks[-1].end():] if breaks else before).lower())[-senses.want_reach:]
    negator = None
    for n, token in enumerate(tokens):
        if token in senses.want_stops:
            negator = None
        elif token == "no":
            if n + 1 < len(tokens) and tokens[n + 1] in senses.want_no_before:
                negator = n
        elif (token in _WANT_NEGATORS or token.endswith(("n't", "n\u2019t"))) and not (
                n + 1 < len(tokens) and tokens[n + 1] in senses.want_stops):
            negator = n
    if negator is None:
        return False
    return any(t in senses.want_words and (t not in _WANT_PREPOSITIONS or n == negator + 1
                                           or tokens[n - 1] in senses.want_no_before)
               for n, t in enumerate(tokens[negator + 1:], negator + 1))


#: The negators of a want (context.py's, less those that negate a noun: "without supervision", "zero tolerance").
_WANT_NEGATORS = NEGATORS - {"without", "zero", "none", "neither", "nor"}
#: Want words that are prepositions: a want only right after the negator or a noun of ``no_before``.
_WANT_PREPOSITIONS = frozenset(("for", "after"))


def _clause_start(text: str, start: int, sentence, reach: int, marks: str) -> int:
    """Where the clause of the word at ``start`` begins: after the last of ``marks`` before it, in its sentence, at most
    ``reach`` characters back (constant work per word)."""
    lowest = max(0, start - reach, sentence.start_char if sentence is not None else 0)
    return max(lowest, max(text.rfind(mark, lowest, start) for mark in marks) + 1)


def _dispreferred(text: str, start: int, sentence) -> bool:
    """Whether the coded word at ``start`` is the second member of a preference (data ``preferred_over``): right after
    "over", "rather than" ... (two words at most between), with a word of ``employer_wants`` before them in the clause.
    Constant work: the clause is read back 80 characters at most."""
    senses = _senses()
    clause = _clause_start(text, start, sentence, 80, ".;:!?\n\u2022")
    found = senses.preferred_over.search(text, clause, start)
    if found is None:
        return False
    return any(w.lower() in senses.employer_wants for w in _LIST_WORD.findall(text[clause:found.start()]))


def _object_words(text: str, pos: int, senses: "_Senses") -> list[str]:
    """The words of the noun phrase that starts at ``pos``, up to its first function word, preposition,
    coordination or adverb (five at most), lower case."""
    words = []
    for _ in range(6):
        comma = _COMMA_THEN_WORD.match(text, pos)
        m = comma if comma is not None and words else _NEXT_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _PHRASE_ENDS or word in _PREPOSITIONS or word == "but":
            break
        if word in ("and", "or", "&"):
            pos = m.end()
            if not words:  # a second verb shares the object ("lead and execute new projects", "leading and growing
                second = _NEXT_WORD.match(text, pos)  # teams"): the object follows it
                if second is None:
                    break
                pos = second.end()
                then = _NEXT_WORD.match(text, pos)
                if then is not None and then.group(1).lower() in senses.work_prepositions:
                    pos = then.end()  # "lead and execute on these new projects"
            continue  # the phrase goes on: "a sharp and aggressive team", "groups and/or projects"
        if word.endswith("ly") and word not in senses.ly_nouns:
            if not words:
                break  # an adverb of the verb ("lead confidently"): no object
            pos = m.end()
            continue  # an adverb or an -ly adjective inside the phrase ("an incredibly comfortable", "dog-friendly")
        glued = _GLUED_WORD.match(m.group(1))
        if glued:  # a flattened list ran the phrase's last word into the next item ("teamsExperience")
            words.append(glued.group().lower())
            break
        words.append(word)
        pos = m.end()
    return words


def _does_work(text: str, start: int, end: int) -> bool:
    """Whether a verb of work ("lead", "boast") at ``text[start:end]`` has an object that names no person: a task of
    the post or a thing the employer has ("Lead the drafting of the Annual Report", "boasts a riverside terrace"),
    not the trait ("lead by example", "lead a team of five"). No determiner before it: "the lead", "a leading
    provider" are a noun and an adjective, read by the sense filters. Constant work."""
    senses = _senses()
    lowered = text[start:end].lower()
    if lowered not in senses.work_verbs:
        return False
    duty = lowered in senses.duty_verbs
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is not None and prev.group(1).lower() in senses.object_openers and prev.end(1) == start - 1:
        # a noun or an adjective, read by the sense filters ("a leading provider", "We want a leading light"); the
        # noun "lead" is the job's role or a sales lead, no trait ("Take the lead on classroom management", "Serving
        # as a lead of the compliance process", "qualify the lead"), session 35
        return duty and not lowered.endswith("ing")
    pos = end
    # a list of duties in -ing, the object after the last ("Experience leading, communicating, and developing
    # deliverables")
    if duty and lowered.endswith("ing") and _ING_LIST.match(text, end):
        return True
    first = _NEXT_WORD.match(text, pos)
    if first is not None and first.group(1).lower() in senses.work_prepositions:
        pos = first.end()
    # a possessive opens the object ("lead our efforts to scale up", dev corpus; "lead your team" names people): the
    # phrase's reading would stop at it, as at a new clause's subject
    opener = _NEXT_WORD.match(text, pos)
    if opener is not None and opener.group(1).lower() in senses.object_openers and opener.group(1).lower() in _PHRASE_ENDS:
        pos = opener.end()
    words = _object_words(text, pos, senses)
    if duty and not words:
        # a second verb sharing the object through its preposition ("experience leading and working within
        # cross-functional teams")
        shared = _SECOND_VERB_PREPOSITION.match(text, pos)
        if shared is not None:
            words = _object_words(text, shared.end(), senses)
    named = [w for w in words if w not in senses.object_openers]
    if duty:  # a duty whatever it leads: "lead a team of five" is the job's, "lead by example" the hire's manner
        return bool(named)
    return bool(named) and not any(_is_person(w, senses) or w in senses.served_people or w in senses.led_groups
                                   for w in named)  # ("three" is no agent noun in -ee)


#: "and"/"or", a second verb and its preposition, after a verb with no object of its own.
_SECOND_VERB_PREPOSITION = regex_programs.compile(
    r"[ \t]+(?:and|or|and/or)[ \t]+[a-z]+[ \t]+(?:within|with|in|on|across|for|through|alongside)[ \t]+", re.I)
#: A second word joined by a slash ("leadership/supervisory responsibilities").
_SLASH_PART = regex_programs.compile(r"[ \t]*/[ \t]*[A-Za-z][A-Za-z'\u2019-]*")
#: A comma and another verb in -ing right after an -ing verb: a list of duties.
_ING_LIST = regex_programs.compile(r",[ \t]*[a-z]+ing\b")
#: Verbs of being before "leader(s)" as a predicate; "'re", "'m" glued to their subject.
_BE_WORDS = frozenset("be being been am are is was were become becomes remain remains".split())
_SUBJECTLESS_BE_WORDS = frozenset(("be", "being", "been", "am", "become"))
#: Words that open the noun phrase of "leader(s)" without deciding whose it is.
_ARTICLES = frozenset(("a", "an", "the"))
#: Adjectives that need no ending to be read as one before "leader(s)" at a fragment's start ("Born leader needed").
_BARE_ADJECTIVES = frozenset("born natural true real great good strong proven bold calm".split())
#: Where "leader(s)" or "leadership" is read back to: its clause (a list's items run on through commas).
_CLAUSE_MARKS = ".;:!?\n\u2022("


def _clause_words(text: str, start: int, sentence) -> list[str]:
    """The words of the clause before ``start``, back to a clause mark or the sentence start, 100 characters at most."""
    lowest = max(0, start - 100, sentence.start_char if sentence is not None else 0)
    clause_start = max(text.rfind(mark, lowest, start) for mark in _CLAUSE_MARKS)
    return _LIST_WORD.findall(text, max(lowest, clause_start + 1), start)


def _names_the_post(text: str, start: int, end: int, sentence) -> bool:
    """Whether "leader(s)" or "leadership" at ``text[start:end]`` names the job's function or other people rather than
    what the hire is (session 35; data: ``senses`` wanted_for, leader_group_modifiers, leadership_*)."""
    lowered = text[start:end].lower()
    senses = _senses()
    if lowered in ("leader", "leaders"):
        return not _leader_is_the_hire(text, start, sentence, senses)
    if lowered in ("leadership", "leaderships"):
        return not _leadership_of_the_hire(text, start, end, sentence, senses)
    return False


def _leader_is_the_hire(text: str, start: int, sentence, senses: _Senses) -> bool:
    """Whether "leader(s)" at ``start`` is said of the hire: a predicate of the hire ("You are a natural leader",
    "Must be a passionate leader"), a fragment its adjectives open ("A natural leader on the forest crew", "Decisive
    leaders who know how to motivate teams"), or what the employer wants ("We need a leader", "looking for an
    enthusiastic leader", "an opportunity for a proven leader"); no modifier makes it a group of others ("executive
    leaders"). Elsewhere it is someone the hire works with, serves or develops. Constant work."""
    following = _NEXT_WORD.match(text, start + len("leader"))
    if following is not None and (following.group(1).lower() in senses.leadership_trait_heads
                                  or following.group(1).lower() in senses.character_nouns):
        return True  # the modifier of a trait ("a servant leader mentality")
    words = _clause_words(text, start, sentence)
    modifiers: list[str] = []
    article = False
    i = len(words) - 1
    while i >= 0:
        w = words[i].lower()
        if w in _ARTICLES:
            article = True
        elif (w in _PHRASE_ENDS or w in _PREPOSITIONS or w in _BE_WORDS or w in senses.employer_wants
              or w in _NOT_A_SUBJECT or w in ("and", "or", "&", "their", "its", "his", "her", "our")
              or w.endswith(("'re", "\u2019re", "'m", "\u2019m")) or len(modifiers) == 3):
            break
        elif w in senses.leader_group_modifiers:
            return False
        else:
            modifiers.append(w)
        i -= 1
    if i < 0:  # a fragment: an article or adjectives only ("A natural leader", "Born leader needed")
        return article or all(_is_adjective(m, senses) or m.endswith(("ed", "en")) or m in _BARE_ADJECTIVES
                              or _classify(m) is not None for m in modifiers)
    gov = words[i].lower()
    if gov == "of" and i >= 2 and words[i - 1].lower() == "one":
        i -= 2  # "You are one of the leaders in the craft": the predicate's verb is before "one of"
        gov = words[i].lower()
    if gov.endswith(("'re", "\u2019re", "'m", "\u2019m")):
        return True  # "You're a natural leader"
    if gov in _BE_WORDS:
        subject = words[i - 1].lower() if i > 0 else ""
        return gov in _SUBJECTLESS_BE_WORDS or subject in senses.hire_subjects or subject in _NOT_A_SUBJECT \
            or _is_person(subject, senses) or (i == 0 and gov in ("are", "is"))
    if gov == "for":
        return i > 0 and (words[i - 1].lower() in senses.wanted_for or words[i - 1].lower() in senses.employer_wants)
    return gov in senses.employer_wants and gov not in _PHRASE_ENDS


def _leadership_of_the_hire(text: str, start: int, end: int, sentence, senses: _Senses) -> bool:
    """Whether "leadership" at ``text[start:end]`` is the hire's: heading a trait ("leadership skills", "a servant
    leadership philosophy"), shown or brought by the hire ("demonstrated leadership", "bringing your leadership"), or
    standing alone as a label or an item ("LEADERSHIP: you take charge", "Strong leadership."). Not where it
    modifies another noun ("a leadership role", "leadership communities", "leadership experience"), is given as a duty
    ("Provide strategic leadership", "providing oversight and leadership") or is a body of people ("the leadership",
    "their leadership", "reports to leadership"). Constant work."""
    slash = _SLASH_PART.match(text, end)
    following = _NEXT_WORD.match(text, slash.end() if slash is not None else end)
    if following is not None:
        w = following.group(1).lower()
        if w in senses.leadership_trait_heads:
            return True
        if not (w in _PHRASE_ENDS or w in _PREPOSITIONS or w in ("and", "or", "&", "but")
                or w.endswith(("ly", "ed")) or w in _NOT_A_SUBJECT):
            return False  # the modifier of a compound whose head is the job's or a body's
    seen = 0
    for w in reversed(_clause_words(text, start, sentence)):
        w = w.lower()
        if w in senses.leadership_of_the_hire:
            return True
        if w in senses.leadership_duty_verbs or w in _PHRASE_ENDS or w in _PREPOSITIONS \
                or w in ("the", "their", "its", "his", "her", "this", "that") or w.endswith(("'s", "\u2019s")):
            return False
        if w in ("and", "or", "&"):
            continue
        seen += 1
        if seen == 4:
            break
    return True  # a label, an item of a list, or an object we cannot tell: counted as before


def _a_value_of_the_employer(text: str, start: int, end: int, sentence) -> bool:
    """Whether the coded word at ``text[start:end]`` is in a subject of coordinated words that opens its sentence and
    is named the employer's value ("Innovation and leadership are the hallmarks of ...", "Honesty and kindness are our
    core values"). Constant work."""
    if sentence is None or start - sentence.start_char > 60:
        return False
    if not _LIST_LEAD.match(text[sentence.start_char:start]):
        return False
    return _senses().value_predicate.match(text, end, min(len(text), end + 120)) is not None


#: What may stand before a name that opens its sentence: a bullet, a bracket or a quote.
_NAME_LEAD = regex_programs.compile(r"[\s\-*\u2022(\"'\u2013\u2014]*")
_NAME_WORD = regex_programs.compile(r"[ \t]*([A-Z][\w&'\u2019.-]*)")
_TO_THEN = regex_programs.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?([A-Za-z]+)[ \t]+to[ \t]+$")


def _said_of_a_name(text: str, start: int, end: int, sentence) -> bool:
    """Whether the coded word at ``text[start:end]`` is said of the employer or a place by name, the subject of its
    sentence: a name of two or more capitalised words, "The" and a capitalised word, or "we"; then a verb of
    aiming and "to" right before a coded verb ("The OpenInfra Foundation strives to nurture open source
    communities"), or a verb of being with a standing word as its predicate's head ("Queens Library is a national
    and international leader in ..."), nothing between but adjectives. Constant work: the sentence is read from its
    start, 160 characters at most."""
    if sentence is None or start - sentence.start_char > _LEAD_LIMIT:
        return False
    senses = _senses()
    pos = _NAME_LEAD.match(text, sentence.start_char, start).end()
    first = _NEXT_WORD.match(text, pos, start)
    if first is None:
        return False
    lowered: list[str] = []
    if first.group(1).lower() == "we":
        pos, named = first.end(), True
    else:
        names = []
        while len(names) < 6:
            m = _NAME_WORD.match(text, pos, start)
            if m is None:
                break
            names.append(m.group(1))
            pos = m.end()
        lowered = [w.lower() for w in names]
        if names and lowered[0] == "the":
            lowered = lowered[1:]
            named = len(lowered) >= 1
        else:
            named = len(lowered) >= 2
        # a name's words are read as words of people only from the lists ("Tidewater" is no agent noun)
        if not named or any(w in senses.hire_subjects or w in senses.people_nouns or w in senses.person_before
                            or w in senses.served_people or is_role_noun(w) for w in lowered):
            return False
    word = text[start:end].lower()
    aim = _TO_THEN.match(text, pos, start)
    if aim is not None and aim.end() == start and aim.group(1).lower() in senses.name_subject_aims:
        return True
    # (gcoded39) beside the standing words, any coded adjective the name's predicate holds is said of the employer by
    # name, as "We are a trusted name" is by "we" (employer_says): "Kestrel Analytics has become a trusted name among
    # insurers" (gh16); not a name of the hire's team or place ("Our Sales Team is fiercely competitive", "The
    # Culture is ...": read as the workplace, as "Our culture is highly competitive" is), and nothing of wanting
    # between ("Acme Ltd is seeking a confident ...")
    standing = word in senses.standing_words
    if not standing:
        if first.group(1).lower() in ("our", "your", "my", "their", "this", "these") or not (
                _is_adjective(word, senses) or word.endswith("ed")):
            return False
        if any(w in senses.person_or_trait_nouns or w in senses.joined_places for w in lowered):
            return False
    be = senses.name_subject_be.match(text, pos, start)
    if be is None:
        return False
    between = _LIST_WORD.findall(text, be.end(), start)
    if not standing and any(w.lower() in senses.employer_wants for w in between):
        return False
    return len(between) <= 6 and text.count(",", be.end(), start) <= 2 and not any(
        w.lower() in _PHRASE_ENDS or w.lower() in _PREPOSITIONS or _is_person(w.lower(), senses) for w in between)


#: A sentence that opens with the employer as "we" (after a bullet, or a fronted phrase and a comma: "At Acme, we"),
#: then its verb, an adverb perhaps before it; group 1 the verb.
_WE_OPENS = regex_programs.compile(
    r"[\s\-*\u2022(\"'\u2013\u2014]*(?:[A-Za-z][\w&'\u2019.-]*(?:[ \t]+[A-Za-z][\w&'\u2019.-]*){0,5},[ \t]*)?"
    r"[Ww]e(?:['\u2019](?:re|ve|ll|d))?(?:[ \t]+(?:also|always|still|all|truly|really|[a-z]+ly))?[ \t]+([a-z]+)")
#: The hire, or wanting or looking for a trait, between the sentence's start and the coded word: it is asked of the
#: hire ("We want people who are bold", "We're looking for confident ...", "we expect you to be assertive").
_OF_THE_HIRE = regex_programs.compile(
    r"\b(?:you|your|yourself|someone|somebody|anyone|candidates?|applicants?|applications?|hires?|person|people|"
    r"individuals?|who|whoever|team[ \t]+members?)\b", re.I)


#: "we" (a modal or an adverb perhaps after it) right before the coded word, which is then its verb (gcoded42).
_WE_DOES = regex_programs.compile(
    r"(?<![A-Za-z])[Ww]e(?:['\u2019](?:ll|d))?(?:[ \t]+(?:will|can|could|would|may|might|shall|also|always|still|all|"
    r"truly|really|[a-z]+ly))?[ \t]+$")


def _the_employer_of_itself(text: str, start: int, sentence) -> bool:
    """Whether the coded word at ``start`` is in a sentence whose subject is the employer as "we", telling what it
    does, believes or is ("We prioritise rigorous scientific inquiry, relying on evidence and expertise to guide
    decisions", "We believe the most effective solutions come from a mindset that ... challenging assumptions",
    realads16 A 9705, judged wrong), not what it wants of the hire: no word of wanting, seeking, hiring, valuing or
    liking (``senses.employer_wants``) and no word of the hire or of people stands between its verb and the coded word
    ("We love bold thinkers", "We're a small team looking for a bold designer", "We offer training for people who are
    driven" stay counted). Constant work: the sentence is read
    from its start, 160 characters at most."""
    if sentence is None or start - sentence.start_char > _LEAD_LIMIT:
        return False
    wants = _senses().employer_wants
    # (gcoded42) the coded word is the verb of "we" itself ("We nurture our people with a training budget", "We'll
    # support your visa", "At Acme we challenge ourselves"): what the employer does, not a trait asked
    if _WE_DOES.search(text, max(sentence.start_char, start - 30), start) is not None:
        return True
    # (gcoded42) ... or stands in the fronted phrase of a "we" sentence, before "we" and its verb ("Together, we are
    # shaping the future of measurement", dev corpus; "As a trusted partner, we focus on ...", dev corpus): said of
    # the "we" the phrase is fronted to, unless the hire is named in it ("If you're confident, we want to hear")
    fronted = _WE_OPENS.match(text, sentence.start_char, sentence.end_char)
    if fronted is not None and start < fronted.start(1) and "," in text[start:fronted.start(1)]:
        return fronted.group(1).lower() not in wants \
            and _OF_THE_HIRE.search(text, sentence.start_char, fronted.start(1)) is None
    opens = _WE_OPENS.match(text, sentence.start_char, start)
    if opens is None:
        return False
    if any(w.lower() in wants for w in _LIST_WORD.findall(text, opens.start(1), start)):
        return False
    return _OF_THE_HIRE.search(text, opens.start(1), start) is None


#: Characters that are no part of a word at its end, glued on by a flattened posting ("leaderships.\u2022").
_TRAILING_MARKS = regex_programs.compile(r"[^A-Za-z'\u2019-]+$")
#: A word run into the next one where a flattened posting lost its line break: lower-case letters,
#: then a capital and lower-case ("independentlyExperience", "supportsConduct"); a single leading
#: letter ("iPhone") is not a word of its own.
_GLUED_WORD = regex_programs.compile(r"[A-Za-z][a-z'\u2019-]{2,}(?=[A-Z][a-z])")


#: Adverbs that may stand between a verb and the coded word it says of its subject ("are very
#: demanding", "We're quietly confident").
_DEGREE_ADVERBS = (r"very|quite|often|sometimes|usually|generally|really|so|always|mostly|naturally|rather|quietly"
                   r"|fiercely|a\s+bit|at\s+times")


def _phrases(words) -> str:
    """A regex alternation of the data's phrases, longest first, any white space between their words."""
    return "|".join(sorted((re.escape(str(v)).replace(r"\ ", r"\s+") for v in words), key=len, reverse=True))


def _two_words_before_the_word(alternatives: list[str]):
    """One of ``alternatives`` (regex sources), then at most two words (no "and", "or", "but": a clause of its own), up
    to the end of the searched text, where the coded word starts: ``denying_verbs``' and ``preferred_over``'s reach."""
    return regex_programs.compile(
        r"\b(?:" + "|".join(alternatives) + r")(?:[ \t]+(?!(?:and|or|but)\b)[A-Za-z][A-Za-z'\u2019-]*){0,2}[ \t]+$", re.I)


class _Senses:
    """``senses`` of the data file, as sets."""

    def __init__(self, raw: dict) -> None:
        self.thing_nouns = frozenset(str(w) for w in raw["thing_nouns"])
        self.thing_modifiers = frozenset(str(w) for w in raw["thing_modifiers"])
        self.determined_thing_nouns = frozenset(str(w) for w in raw["determined_thing_nouns"])
        self.determiners = frozenset(str(w) for w in raw["determiners"])
        self.all_thing_nouns = self.thing_nouns | self.determined_thing_nouns
        self.thing_suffixes = tuple(str(w) for w in raw.get("thing_suffixes", ()))
        self.served_people = frozenset(str(w) for w in raw["served_people"])
        self.served_groups = frozenset(str(w) for w in raw["served_groups"])
        self.bare_served = frozenset(str(w) for w in raw["bare_served"])
        # the subject's head word, the verb (adverbs and up to two other adjectives may follow it), and
        # the coded word next: "Some of our residents can be aggressive", "Our pupils are curious,
        # independent learners"; a relative clause of two words may stand between ("the children we
        # look after are affectionate")
        # "who"/"that" may be the relative's subject itself ("Customers who are loyal to the brand")
        self.said_of = regex_programs.compile(
            # (gcoded42) the relative's subject may be contracted with its auxiliary ("The patients you'll meet may be
            # aggressive")
            r"\b([a-z]+)(?:\s+(?:who|that)|\s+(?:who|that|we|you|they)(?:['\u2019](?:ll|ve|d|re))?(?:\s+[a-z]+){1,2})?"
            # a modal or an adverb of frequency between the subject and its verb ("Some residents can become aggressive",
            # "guests often seem demanding"; writer-set gh14): the subject is still the word before them
            # (gc44) "here"/"there" after the subject ("Residents here are fiercely independent")
            r"(?:\s+(?:here|there))?"
            r"(?:\s+(?:can|could|may|might|will|would|often|sometimes|occasionally|usually|frequently|tend\s+to))?\s+(?:"
            + _phrases(raw["said_of_verbs"]) + r")"
            # (a second coordinated adjective may bring its own adverb of degree: "largely elderly and very trusting")
            r"(?:\s+(?:" + _DEGREE_ADVERBS + r"))*(?:\s+[a-z]+,?(?:\s+and)?){0,2}(?:\s+(?:" + _DEGREE_ADVERBS + r"))*\s*$",
            re.I)
        # the employer of itself, right before the word (adverbs only between): "We're confident this role ..."
        # (a flattened posting may run "We" into the last word: "open sourceWe are strong advocates", dev corpus)
        self.employer_says = regex_programs.compile(
            r"(?:(?<![A-Za-z])|(?-i:(?<=[a-z])(?=We)))(?:" + _phrases(raw["employer_says"]) + r")(?:\s+(?:" + _DEGREE_ADVERBS + r"))*\s+$", re.I)
        # the market the employer works in, described: "The market is fiercely competitive"
        self.market_says = regex_programs.compile(
            r"\b(?:our|the|this|its)\s+(?:[a-z][a-z'\u2019-]*\s+)?(?:" + _phrases(raw["market_subjects"]) + r")"
            # (a place or a scope after it: "The grocery market in Nairobi is fiercely competitive", writer-set gh14)
            r"(?:\s+(?:in|across|within|for|of)\s+(?:the\s+)?[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?)?\s+(?:"
            + _phrases(raw["market_subject_verbs"]) + r")(?:\s+(?:" + _DEGREE_ADVERBS + r"))*(?:\s+[a-z]+,?(?:\s+and)?){0,2}\s*$",
            re.I)
        # a verb of forming others, then up to three words of its object (or "into"), then the coded word
        self.forms_others = regex_programs.compile(
            r"\b(?:" + _phrases(raw["forms_others_verbs"]) + r")(?:\s+(?:into|[a-z]+,?)){1,3}\s+$", re.I)
        # a verb whose object is described after it: the verb, a determiner perhaps, one to three words of the object
        self.complement = regex_programs.compile(
            r"\b(?:" + _phrases(raw["complement_verbs"]) + r")(?:\s+(?:the|a|an|our|your|its|their|this|that|it))?"
            r"((?:\s+[a-z][a-z'\u2019-]*){0,3})\s+$", re.I)
        self.object_pronouns = frozenset(str(w) for w in raw["object_pronouns"])
        self.asks_of_the_hire = frozenset(str(w) for w in raw["asks_of_the_hire"])
        self.post_nouns = frozenset(str(w) for w in raw["post_nouns"])
        self.other_sense_heads = frozenset(str(w) for w in raw["other_sense_heads"])
        self.body_senses = frozenset(str(w) for w in raw["body_senses"])
        # a verb of denial (any form), what completes it, then at most two words before the coded word
        denying = []
        for phrase in raw["denying_verbs"]:
            verb, *rest = str(phrase).split()
            denying.append("(?:" + verbforms.alternation(verbforms.inflections(verb)) + ")"
                           + "".join(r"[ \t]+" + re.escape(w) for w in rest))
        self.denies = _two_words_before_the_word(denying)
        self.preferred_over = _two_words_before_the_word(
            sorted((re.escape(str(w)).replace("\\ ", "[ \t]+") for w in raw["preferred_over"]), key=len, reverse=True))
        self.label_value_verbs = frozenset(str(w) for w in raw["goal_verbs"]) | duty_verbs()
        # a passive of what others do for the employer or to the hire, "by", then up to three words of its agent, up to
        # the word: "founded by two ambitious vets", "supervised by a supportive senior nurse"; group 1 the words between
        pasts = {p for verb in raw["agent_others_verbs"] for p in verbforms.past(str(verb).split()[0])}
        pasts |= {str(p).split()[0] for p in raw["agent_others_pasts"]}
        self.passive_by = regex_programs.compile(
            r"\b(?:" + verbforms.alternation(pasts) + r")(?:[ \t]+up)?[ \t]+by((?:[ \t]+[A-Za-z0-9][\w'\u2019-]*,?){0,3})[ \t]+$",
            re.I)
        self.sport_sense_words = frozenset(str(w) for w in raw["sport_sense_words"])
        activities = frozenset(str(w) for w in raw["sport_activities"])
        # who takes part in an -ing activity, by its bases ("swimming" -> swimm, swim: swimmer, swimmers)
        bases = {b for a in activities if a.endswith("ing") for b in verbforms.base_candidates(a) if b != a}
        self.sport_words = activities | frozenset(str(w) for w in raw["sport_people"]) | frozenset(
            base + ending for base in bases for ending in ("er", "ers", "r", "rs", "ist", "ists", "or", "ors"))
        self.handling_forms = frozenset(form for w in raw["handling_verbs"] for form in verbforms.inflections(str(w)))
        self.forms_or_complements = frozenset(str(w) for w in raw["forms_others_verbs"]) | frozenset(
            str(w) for w in raw["complement_verbs"])
        self.ly_nouns = frozenset(str(w) for w in raw["ly_nouns"])
        self.person_or_trait_nouns = frozenset(str(w) for w in raw["person_or_trait_nouns"])
        self.not_agent_nouns = frozenset(str(w) for w in raw["not_agent_nouns"])
        self.plain_adjectives = frozenset(str(w) for w in raw["plain_adjectives"])
        self.trait_ness_not = frozenset(str(w) for w in raw["trait_ness_not"])
        self.person_before = frozenset(str(w) for w in raw["person_before"])
        self.character_nouns = frozenset(str(w) for w in raw["character_nouns"])
        self.people_nouns = frozenset(str(w) for w in raw["people_nouns"])
        self.joined_places = frozenset(str(w) for w in raw["joined_places"])
        self.place_subjects = frozenset(str(w) for w in raw["place_subjects"])
        self.skill_fields = frozenset(str(w) for w in raw["skill_fields"])
        self.employer_wants = frozenset(str(w) for w in raw["employer_wants"])
        self.hire_subjects = frozenset(str(w) for w in raw["hire_subjects"])
        self.after = {str(k): frozenset(str(w) for w in v.get("after", ())) for k, v in raw["entries"].items()}
        self.before = {str(k): frozenset(str(w) for w in v.get("before", ())) for k, v in raw["entries"].items()}
        self.standing_words = frozenset(str(w) for w in raw["standing"]["words"])
        self.standing_nouns = frozenset(str(w) for w in raw["standing"]["nouns"])
        self.after_possessive = frozenset(str(w) for w in raw["standing"]["after_possessive"])
        self.of_a_name = frozenset(str(w) for w in raw["of_a_name"])
        self.partner_words = frozenset(str(w) for w in raw["of_a_partner"]["words"])
        self.partner_verbs = {str(p): frozenset(str(w) for w in v) for p, v in raw["of_a_partner"]["verbs"].items()}
        self.partner_not_before = frozenset(str(w) for w in raw["of_a_partner"]["not_before"])
        self.work_verbs = frozenset(str(w) for w in raw["work_verbs"])
        self.verb_forms = frozenset(f for w in raw["verbs"] for f in (str(w), verbforms.third_person(str(w))))
        self.work_prepositions = frozenset(str(w) for w in raw["work_prepositions"])
        self.object_openers = frozenset(str(w) for w in raw["object_openers"])
        self.led_groups = frozenset(str(w) for w in raw["led_groups"])
        self.duty_verbs = frozenset(str(w) for w in raw["duty_verbs"])
        self.wanted_for = frozenset(str(w) for w in raw["wanted_for"])
        self.leader_group_modifiers = frozenset(str(w) for w in raw["leader_group_modifiers"])
        self.leadership_trait_heads = frozenset(str(w) for w in raw["leadership_trait_heads"])
        self.leadership_duty_verbs = frozenset(str(w) for w in raw["leadership_duty_verbs"])
        self.leadership_of_the_hire = frozenset(str(w) for w in raw["leadership_of_the_hire"])
        self.name_subject_aims = frozenset(str(w) for w in raw["name_subject_aims"])
        want = raw["negated_want"]
        self.want_reach = int(want["reach"])
        self.want_words = frozenset(str(w) for w in want["words"])
        self.want_stops = frozenset(str(w) for w in want["stops"])
        self.want_no_before = frozenset(str(w) for w in want["no_before"])
        # the rest of the coded word's noun phrase (three words at most), then what turns it away
        self.rejected_after = regex_programs.compile(
            r"(?:[ \t]*,?[ \t]+(?!(?:and|but|so|then|it|this|they|we|you|he|she|which|who|that|if|when)\b)"
            r"[A-Za-z][\w'\u2019-]*){0,3}?[ \t]*(?:" + "|".join(raw["rejected_after"]) + r")\b", re.I)
        staff = raw["staff_subject"]
        self.staff_determiners = frozenset(str(w) for w in staff["determiners"])
        self.staff_be = frozenset(str(w) for w in staff["be"])
        self.staff_hire_markers = frozenset(str(w) for w in staff["hire_markers"])
        self.staff_employers = frozenset(str(w) for w in staff["employers"])
        self.staff_others = frozenset(str(w) for w in staff["others"])
        self.labels_not_others = frozenset(str(w) for w in staff["labels_not_others"])
        self.value_nouns = frozenset(str(w) for w in raw["value_nouns"])
        # the rest of a subject of coordinated words after the coded word, "is"/"are", a determiner perhaps, a value noun
        self.value_predicate = regex_programs.compile(
            r"(?:[ \t]*,?[ \t]+(?:and|or|&)?[ \t]*[A-Za-z][A-Za-z'\u2019-]*){0,3}?[ \t]+(?:is|are)[ \t]+"
            r"(?:(?:the|our|its|their|at[ \t]+the)[ \t]+)?(?:(?:core|key|central)[ \t]+)?(?:"
            + _phrases(raw["value_nouns"]) + r")\b", re.I)
        # a verb of being after a name, adverbs between, then the rest of the predicate up to the word
        self.name_subject_be = regex_programs.compile(
            r"(?:[ \t]+(?:" + _DEGREE_ADVERBS + r"|[a-z]+ly))*[ \t]+(?:" + _phrases(raw["name_subject_be"]) + r")\b", re.I)

    def is_person_or_trait(self, word: str) -> bool:
        """A person, a group, a trait or a way of working (``person_or_trait_nouns``), a job title's noun, or
        an agent noun by its ending ("operator", "fundraiser", "strategist", "technician")."""
        single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        forms = (word, single, word[:-2]) if word.endswith("es") else (word, single)
        if any(form in self.person_or_trait_nouns or form in self.people_nouns for form in forms):
            return True
        if any(form in self.thing_nouns for form in forms[:2]):
            return False  # an agent noun that is the employer or its business ("retailer", "supplier"), gcoded41
        if any(is_role_noun(form) for form in forms):
            return True
        if word.endswith(("ness", "nesses")) and word not in self.trait_ness_not:
            return True
        # a compound that names a person by its last part ("salesperson", "tradesman", "chairwoman",
        # "townsfolk"), but not the words that only end in the letters ("human", "German", "yeoman" is one)
        if word.endswith(_PERSON_COMPOUND_ENDINGS) and word not in self.not_agent_nouns:
            return True
        if single in self.not_agent_nouns or word in self.not_agent_nouns:
            return False
        return len(single) > 4 and single.endswith(_AGENT_ENDINGS)

    def is_thing(self, word: str) -> bool:
        """A thing noun of the list, or a medical condition or procedure by its ending ("periodontitis")."""
        return word in self.thing_nouns or (len(word) >= 7 and word.endswith(self.thing_suffixes))

    def thing_subject(self, text: str, said: re.Match, start: int) -> bool:
        """Whether the ``said_of`` match before the word at ``start`` has a thing as its subject and the word a
        complement of its own ("The farm is self-sufficient in silage", "The warehouse is independent of the main
        site"): a relation between things, not the hire. The subject follows a determiner and is no person, trait
        or place the hire joins ("Our culture is highly competitive" stays counted, as in the paper's own
        manipulation), and a preposition follows the word."""
        subject = said.group(1).lower()
        if self._not_a_thing(subject) and subject not in self.place_subjects:
            return False
        # the determiner right before the subject, or before one or two modifiers of it ("The safari lodge is
        # self-sufficient in solar power", writer T), none of them a person
        words = _WORDS_BEFORE.search(text, max(0, said.start(1) - 60), said.start(1))
        before = [w.lower() for w in words.group(1).split()] if words is not None else []
        modifiers = before[-3:]
        while modifiers and modifiers[0] not in self.determiners and modifiers[0] not in _SUBJECT_DETERMINERS:
            modifiers = modifiers[1:]
        # (gcoded42) or no determiner and no word at all before a plural thing of the lists, the clause's subject at a
        # clause's start ("Deadlines can be challenging during peak season"); a bare plural the lists do not know may be
        # people ("Doormen must be assertive")
        bare_thing = not before and subject.endswith("s") and not subject.endswith("ss") and self.is_thing(subject)
        if not bare_thing and (not modifiers or any(_is_person(w, self) or w in self.served_people
                                                    for w in modifiers[1:])):
            return False  # ("Our delivery trucks": a way of working as a modifier is no person)
        # a subject's head before a phrase that ends in the word read ("The horses on the yard are gentle", "The
        # person in this post is confident"): that head decides, after a determiner of its own
        rest = before[:len(before) - len(modifiers)]
        if rest and rest[-1] in _PREPOSITIONS | _PHRASE_ENDS:
            head = rest[-2:-1]
            if not head or self._not_a_thing(head[0]) or head[0] in _PHRASE_ENDS or head[0] in _PREPOSITIONS:
                return False
            subject = head[0]
        word = _NEXT_WORD.match(text, start)
        after = _NEXT_WORD.match(text, word.end()) if word is not None else None
        if after is not None and after.group(1).lower() in _THING_COMPLEMENTS:
            return True
        # the word a predicate of its own, said of a thing or animals as the subject ("Our delivery trucks are
        # dependable", "The ski runs are challenging after rain", writer T; "The old mill is a challenging
        # building"), session 34: the subject is a noun (no function word, modal or adverb) the lists name no
        # person, trait or place the hire joins
        return subject not in _NOT_A_SUBJECT and not subject.endswith("ly")

    def _head_before_a_phrase(self, text: str, pos: int) -> str:
        """The head of a subject whose last word, at ``pos``, ends a prepositional phrase after it: "The horses on the
        yard are gentle", "Residents of the dementia unit can become aggressive" (gh14, gh18): the head the phrase
        follows decides who is described, not the phrase's noun. "" when there is no such phrase."""
        words = _WORDS_BEFORE.search(text, max(0, pos - 60), pos)
        before = [w.lower() for w in words.group(1).split()] if words is not None else []
        # a determiner and one modifier at most between the preposition and the last word ("on the yard", "of the dementia unit")
        for skip in range(3):
            if len(before) < skip + 2 or before[-1 - skip] not in _PREPOSITIONS | _SUBJECT_PREPOSITIONS:
                continue
            between = before[len(before) - skip:]
            if not any(w in _PHRASE_ENDS and w not in self.determiners for w in between):
                return before[-2 - skip]
        return ""

    def _a_served_group(self, text: str, pos: int, word: str) -> bool:
        """Whether ``word`` at ``pos`` is a group noun (``served_groups``) right after a noun of the people served ("a
        patient population", "our client base"): the group is theirs (gcoded38)."""
        if word not in self.served_groups:
            return False
        prev = _PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
        return prev is not None and prev.end(1) == pos - 1 and prev.group(1).lower() in self.served_people

    def _bare_served(self, text: str, lowest: int, pos: int, word: str) -> bool:
        """Whether ``word`` at ``pos`` is a noun of ``bare_served`` with nothing before it in its clause but a determiner
        ("Members can be outspoken", "Our members are loyal"): the people served; "Team members" are the hire's."""
        if word not in self.bare_served:
            return False
        before = text[lowest:pos].split()
        return not before or (len(before) == 1 and before[0].lower() in _SUBJECT_DETERMINERS)

    def _someone_of_yours(self, text: str, said: re.Match) -> bool:
        """Whether the ``said_of`` subject is a person of the hire's, after "your", someone the hire works under or
        with, not the hire's own group ("Your manager is supportive and experienced", "Your mentor will be patient");
        "Your team is collaborative" is the place the hire joins and stays counted (gcoded42)."""
        subject = said.group(1).lower()
        if subject in _HIRES_GROUP or subject in self.person_before or not _is_person(subject, self):
            return False
        # "your" right before it, or one modifier between ("Your line manager is a decisive leader")
        words = _WORDS_BEFORE.search(text, max(0, said.start(1) - 40), said.start(1))
        before = [w.lower() for w in words.group(1).split()] if words is not None else []
        return "your" in before[-2:] and not any(_is_person(w, self) for w in before[-1:] if w != "your")

    def _the_staff(self, text: str, said: re.Match, start: int) -> bool:
        """Whether the ``said_of`` subject is the employer itself or someone it already has above or beside the hire,
        described in the present (``staff_subject``, gc44): after a determiner, one or two modifiers between, none
        marking the one hired ("The firm is ambitious", "Our managers are approachable and supportive", "The partners
        are warm"); then only a verb of being, adverbs and adjectives up to the word. The team the hire joins ("Our
        team is kind, cooperative", writers AD, AL), "Our new manager is", "Our managers must be" and "The partners we
        hire are" stay the hire's."""
        subject = said.group(1).lower()
        employer = subject in self.staff_employers
        if not employer and subject not in self.staff_others:
            return False
        between = [w.lower() for w in _LIST_WORD.findall(text, said.end(1), start)]
        if not between or between[0] not in self.staff_be:
            return False  # a modal, a relative or another verb first ("Our managers must be", "The partners we hire are")
        if any(w in _PHRASE_ENDS or w in _HIRING_VERBS or w in _ARTICLES for w in between[1:]):
            return False  # "Our firm is looking for a confident", "The company is seeking an ambitious"
        words = _WORDS_BEFORE.search(text, max(0, said.start(1) - 40), said.start(1))
        before = [w.lower() for w in words.group(1).split()] if words is not None else []
        plural = subject.endswith("s") and not subject.endswith("ss")
        for n in (1, 2, 3):  # the determiner, then up to two modifiers
            if len(before) < n or before[-n] not in self.staff_determiners:
                continue
            # the determiner opens the clause, or follows a conjunction ("and our managers are supportive")
            if len(before) > n and before[-n - 1] not in ("and", "but", "while", "so", "because"):
                return False
            # a singular person only as "our"/"your"/"my" one: "The Store Manager is a confident leader" is the post
            if not (employer or plural or before[-n] in ("our", "your", "my")):
                return False
            return not any(w in self.staff_hire_markers for w in before[len(before) - n + 1:])
        return False

    def _not_a_thing(self, word: str) -> bool:
        """A person, a trait, someone the hire serves or a place the hire joins (as a clause's subject)."""
        return (self.is_person_or_trait(word) or word in self.served_people or word in self.joined_places
                or word in self.person_before)

    def said_of_others(self, text: str, start: int) -> bool:
        """Whether the coded word at ``start`` is said, in its clause, of people the hire serves ("Our
        guests are demanding", "the horses are gentle"), not of the hire. Not of a thing: "This
        position is a leadership role" is said of the job."""
        clause_start = max(text.rfind(mark, max(0, start - 80), start) for mark in ".;:!?\n")
        m = self.said_of.search(text, max(0, start - 80, clause_start + 1), start)
        if m is not None and (m.group(1).lower() in self.served_people
                              or self._head_before_a_phrase(text, m.start(1)) in self.served_people
                              or self._a_served_group(text, m.start(1), m.group(1).lower())
                              or self._bare_served(text, max(0, clause_start + 1), m.start(1), m.group(1).lower())):
            return True
        if m is not None and self.thing_subject(text, m, start):
            return True
        if m is not None and self._someone_of_yours(text, m):
            return True
        if m is not None and self._the_staff(text, m, start):
            return True
        lowest = max(0, start - 80, clause_start + 1)
        own = self.market_says.search(text, lowest, start)
        if own is None:
            return False
        # the market is the clause's subject: nothing before it but a conjunction ("We pay well and the market is
        # competitive"); "The person leading our field is confident" is said of the person
        lead = text[lowest:own.start()]
        return not lead.strip() or _SUBJECT_LEAD.search(lead) is not None


#: Prepositions that open an adjective's complement of a relation between things ("independent of", "self-sufficient
#: in", "superior to"): said of a thing subject, the coded word is that relation.
_THING_COMPLEMENTS = frozenset(("of", "in", "from", "on", "to", "for"))

#: Prepositions that open a phrase after a subject's head ("the horses on the yard", "residents of the unit").
_SUBJECT_PREPOSITIONS = frozenset(("in", "on", "at", "of", "from", "with"))

#: What may stand before the subject of an adverb's clause: nothing, or one of these ("Our founders acted").
_SUBJECT_DETERMINERS = frozenset("our the their your its his her my some many most all these those".split())
#: Words before a verb of being that are no noun subject: modals, auxiliaries, pronouns ("Applicants should be
#: confident", "the chance to be bold").
_NOT_A_SUBJECT = frozenset("""should must can could would might may shall will not never also always still to it
they he she we you i this that there here which who what who's it's""".split())


def _others_did(text: str, start: int, senses: _Senses) -> bool:
    """Whether the adverb at ``start`` tells what people the hire serves did: its clause is their noun (after
    a determiner or nothing) and one verb ("Our founders acted fearlessly", "Guests respond warmly"); "drive
    customer discussions independently" has a verb before the noun, and is the hire's."""
    lowest = max(0, start - 60)
    clause_start = max(text.rfind(mark, lowest, start) for mark in ".;:!?,\n\u2022")
    if clause_start < 0 and lowest > 0:
        return False  # the clause runs back further than read
    words = text[clause_start + 1:start].split()
    if len(words) >= 4 and words[-1].lower() in ("and", "or") and words[-2].lower().endswith("ly"):
        words = words[:-2]  # a second adverb of the same verb ("the brands operate independently and together")
    if len(words) not in (2, 3) or (len(words) == 3 and words[0].lower() not in _SUBJECT_DETERMINERS):
        return False
    subject = words[-2].lower()
    if subject in senses.served_people:
        return True
    # (session 35) a thing after a determiner, as the subject: the employer's brands or products ("With attention to
    # client needs, the brands operate independently and together", judged no trait on dev35A 0627)
    return len(words) == 3 and not senses._not_a_thing(subject) and subject not in _NOT_A_SUBJECT

#: Someone, a verb perhaps ("are taught", "want"), "to" perhaps, then one verb right before the word; group 1 the
#: someone, group 2 that verb.
_SOMEONE_TO_DO = regex_programs.compile(
    r"\b([a-z]+)(?:[ \t]+(?:are|is|were|was|get|gets))?(?:[ \t]+(?:[a-z]+ed|taught|want|wants|need|needs|like|likes|"
    r"learn|learns|choose|chooses|prefer|prefers))?[ \t]+to[ \t]+([a-z]+)[ \t]+$"
    r"|\b([a-z]+)[ \t]+([a-z]+)[ \t]+$", re.I)


def _the_served_do(text: str, start: int, senses: _Senses) -> bool:
    """Whether the adverb at ``start`` tells how people the hire serves do something, their verb right before it after
    "to" or as a bare verb after a verb of helping: "Support vulnerable adults to live independently", "Students are
    taught to think analytically", "help residents live independently". "Visit clients independently" (no verb of
    theirs) and "Clients expect you to work independently" (the hire's verb) stay counted. Constant work."""
    lowest = max(0, start - 60)
    clause_start = max(text.rfind(mark, lowest, start) for mark in ".;:!?,\n\u2022")
    m = _SOMEONE_TO_DO.search(text, max(lowest, clause_start + 1), start)
    if m is None:
        return False
    someone, verb = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    someone, verb = someone.lower(), verb.lower()
    if someone not in senses.served_people or verb in _PHRASE_ENDS or verb in senses.determiners:
        return False
    if m.group(1):
        return True
    # a bare verb after the people served only after a verb of helping or letting ("help residents live ...")
    before = _PREVIOUS_WORD.search(text, max(lowest, clause_start + 1), m.start(3))
    return before is not None and before.group(1).lower() in _LETTING_VERBS


#: Verbs after which the people served take a bare verb of their own ("help residents live independently").
_LETTING_VERBS = frozenset("help helps helping helped let lets letting enable enables enabling support supports "
                           "supporting empower empowers empowering".split())

#: What may stand before the market as its clause's subject: nothing, or a conjunction after a clause.
_SUBJECT_LEAD = regex_programs.compile(r"(?:[,(\u2014-]|\b(?:and|but|while|where|whereas|so|because|as))[ \t]*$", re.I)


@lru_cache(maxsize=1)
def _senses() -> _Senses:
    return _Senses(coded_data()["senses"])


_NEXT_WORD = regex_programs.compile(r"[ \t]*([A-Za-z][A-Za-z'\u2019-]*)")
#: right after a determiner and its adjective, a comma parts two adjectives of one noun phrase ("a
#: leading, global apparel group", seed 8); elsewhere it ends a list item ("Lead digitisation, strategy")
_COMMA_THEN_WORD = regex_programs.compile(r",[ \t]*([A-Za-z][A-Za-z'\u2019-]*)")

#: A verb of being right before a word, adverbs between: the word is a predicate ("You're naturally collaborative").
_RIGHT_AFTER_BE = regex_programs.compile(
    r"(?:(?<![A-Za-z'\u2019])(?:be|being|been|am|are|is|was|were)|['\u2019](?:re|m))"
    r"(?:[ \t]+(?:" + _DEGREE_ADVERBS + r"))*"
    # (gcoded40) the last of a list of predicate adjectives, each one word and a comma ("is confident, outspoken and
    # loves banter", writer AD)
    r"(?:[ \t]+[A-Za-z][A-Za-z'\u2019-]*,){0,3}[ \t]+$", re.I)
#: A figure inside a noun phrase, a word follows it: an amount, a length or a count ("£40m", "18-month", "24/7").
_FIGURE = regex_programs.compile(r"[ \t]+[£$€¥]?\d[\w.,/%-]*(?=[ \t]+[A-Za-z])")
_PREVIOUS_WORD = regex_programs.compile(r"([A-Za-z][A-Za-z'\u2019-]*)[ \t]*$")
#: ... or a word and a comma with one space after it, as in a list of adjectives (gcoded41).
_PREVIOUS_LISTED_WORD = regex_programs.compile(r"([A-Za-z][A-Za-z'\u2019-]*),?[ \t]$")
#: The words right before a coded word, back to the last punctuation (its clause).
_WORDS_BEFORE = regex_programs.compile(r"((?:[A-Za-z][A-Za-z'\u2019-]*[ \t]+)+)$")
#: Words that end the coded word's noun phrase: a head noun is looked for only before them.
_PHRASE_ENDS = frozenset("""who whom which that to with about on in for of at by from is are be been will was were
as than when while if because so into through who's you your we our they their""".split())
_LOOK_AHEAD = 3
#: Endings of the coded words that are adjectives ("aggressive", "ambitious", "loyal", "gentle",
#: "independent", "affectionate"); "nurturing", "challenge" and "decisions" are not.
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "ent", "ant", "al", "ic", "le", "ate", "ible", "able")
#: After a determiner the coded word is an adjective whose noun phrase can run longer before its head
#: ("the leading lock screen advertising platform", judged wrong in seed 7).
_LOOK_AHEAD_DETERMINED = 5


def _phrase_words(text: str, pos: int, commas: bool = False) -> Iterator[str]:
    """The words of the phrase that starts at ``pos``, lower-cased: ``_LOOK_AHEAD`` at most, up to a phrase end or a
    conjunction ("and", "or", "&"). ``commas``: a comma between two words does not end it ("two ambitious, caring
    vets"). The one walk ahead that the readers of what a word is said of share."""
    for _ in range(_LOOK_AHEAD):
        nxt = (_COMMA_THEN_WORD.match(text, pos) if commas else None) or _NEXT_WORD.match(text, pos)
        if nxt is None:
            return
        word = nxt.group(1).lower()
        if word in _PHRASE_ENDS or word in ("and", "or", "&"):
            return
        yield word
        pos = nxt.end()


def _is_adjective(lowered: str, senses: _Senses) -> bool:
    """A coded word that is an adjective: by its ending, on the list of plain ones, or a hyphen compound of a
    participle ("kind-hearted", "battle-hardened", "soft-spoken")."""
    return lowered.endswith(_ADJECTIVE_ENDINGS) or lowered in senses.plain_adjectives or (
        "-" in lowered and lowered.endswith(("ed", "en")))


def other_sense(text: str, start: int, end: int, stem: str) -> bool:
    """Whether a collocation on either side shows the coded word ``text[start:end]`` is about a thing
    (the work, the market, the pay, a service, a medical or legal term), not the person: a thing noun
    within its noun phrase ("aggressive pricing", "a dominant market share", "warm and cold calling"),
    a market word before it ("market leader"), or the entry's own collocates ("kind of", "tender
    documents"). Constant work per word."""
    senses = _senses()
    lowered = text[start:end].lower()
    if senses.said_of_others(text, start) or senses.employer_says.search(text, max(0, start - 30), start):
        return True
    # an adverb of what others did ("Our founders acted fearlessly", "guests respond warmly"): the subject right
    # before its one verb is someone the hire serves or works for
    if (lowered.endswith("ly") or lowered == "together") and (
            _others_did(text, start, senses) or _the_served_do(text, start, senses)):
        return True
    if lowered.endswith("ing") and _participle_of_the_served(text, start, end, senses):
        return True
    if _in_a_relative_of_the_served(text, start, end, senses):
        return True
    if lowered in senses.sport_sense_words and _before_a_sport(text, end, senses):
        return True
    if _is_adjective(lowered, senses) and _in_a_passives_agent(text, start, end, senses):
        return True
    if _in_anothers_object(text, start, end, senses):
        return True
    if _is_adjective(lowered, senses) and _heads_another_sense(text, start, end, senses):
        return True
    if lowered in senses.body_senses and _names_a_body(text, start, end):
        return True
    if _is_adjective(lowered, senses) and _handled_as_a_thing(text, start, end, senses):
        return True
    if (_is_adjective(lowered, senses) or lowered in ATTRIBUTIVE_ONLY
            or senses.is_person_or_trait(lowered)) and _forms_others(text, start, senses):
        return True
    if (_is_adjective(lowered, senses)) and _describes_an_object(text, start, senses):
        return True
    if _is_adjective(lowered, senses) and _of_the_partners(text, start, senses):
        return True
    if (_is_adjective(lowered, senses) or lowered in ATTRIBUTIVE_ONLY) and _the_employers_way(text, start, end, senses):
        return True
    if lowered in ("lead", "leads") and _a_title_noun(text, start, senses):
        return True
    if lowered in senses.standing_words and _market_standing(text, end, senses):
        return True
    if lowered in senses.after_possessive and _POSSESSIVE.search(text, max(0, start - 40), start):
        return True
    if lowered in senses.of_a_name and _AFTER_A_NAME.search(text, max(0, start - 60), start):
        return True
    if lowered in senses.partner_words and _last_of_partners(text, start, senses):
        return True
    pos, after = end, []
    comma = _COMMA_THEN_WORD.match(text, end)
    if comma is not None:  # the noun phrase goes on past the comma only for the determiner test below
        after.append(comma.group(1).lower())
        pos = comma.end()
    for _ in range(_LOOK_AHEAD_DETERMINED - len(after)):
        m = _NEXT_WORD.match(text, pos)
        if m is None and comma is not None:
            # a list of adjectives goes on to its noun ("a supportive, inclusive, fun work environment", dev corpus)
            m = _COMMA_THEN_WORD.match(text, pos)
        if m is None:
            figure = _FIGURE.match(text, pos)
            if figure is None:
                break
            pos = figure.end()  # an amount or a length inside the phrase ("an ambitious £40m expansion")
            continue
        word = m.group(1).lower()
        if word in _PHRASE_ENDS:
            break
        glued = _GLUED_WORD.match(m.group(1))
        if glued:  # a flattened list ran this word into the next item's ("skillsAbility"): the phrase ends here
            after.append(glued.group().lower())
            break
        after.append(word)
        pos = m.end()
    # a person heads the adjective's noun phrase, a thing noun only modifying it ("Dependable dog walker", "A driven
    # software engineer", "a determined, resourceful grant writer", writers W, X): the phrase names the hire, so its
    # thing nouns say nothing of the adjective's sense (gcoded40). The thing must stand before the person, as a
    # modifier ("supportive teams or organizations" has it after); the people served head none
    # (``_heads_a_person``), and a market's leader is the employer's standing ("the dominant market leader").
    person_headed = _thing_modifies_a_person(text, end, lowered, after, senses)
    if comma is not None:
        # (session 35) adjectives coordinated by a comma before a thing, no person among them: a task or a thing
        # described ("approaches to challenging, strategic problems", judged no trait on dev35A 0627; "competitive,
        # market-informed compensation"); "Strong, reliable drivers" has a person
        head = after[:_LOOK_AHEAD]
        if not lowered.endswith("ly") and any(senses.is_thing(w) for w in head) and not any(
                _is_person(w, senses) or w in senses.served_people for w in head):
            return True
        # (gcoded42) ... and, as without the comma, a phrase whose words name no person, trait or way of working at
        # all, where only a noun phrase can follow the adjective ("The clinic has a quiet, calm waiting room", "The
        # salon uses gentle, cruelty-free products"): "a warm, professional manner", "Hire bold, creative copywriters"
        # and "Confident, calm under pressure" (a fragment) stay the hire's
        if _is_adjective(lowered, senses) and not person_headed and _attributive(text, start, senses) \
                and _a_whole_thing_phrase(text, end, senses) and not _after_a_person(text, start, senses) \
                and not _the_one_wanted(text, start, end, after, senses):
            return True
        return (not person_headed and _after_determiner(text, start, after, senses, senses.all_thing_nouns)) \
            or _before_says_other_sense(text, start, stem, senses)
    if "and" in after or "or" in after or "&" in after:
        # a predicate adjective heads no noun phrase: what follows "and" is a clause of its own ("You're
        # naturally collaborative and share credit", writer O); "warm and cold calling" is no predicate
        if _RIGHT_AFTER_BE.search(text, max(0, start - 40), start):
            cut = min(after.index(w) for w in ("and", "or", "&") if w in after)
            after = after[:cut]
    first = _NEXT_WORD.match(text, end)
    if first is not None and (first.group(1).lower() in senses.after.get(stem, ())
                              or first.group(1).lower() in senses.after.get(lowered, ())):
        return True
    # an adverb ("work independently and solve problems") modifies a verb: the nouns after it are not its head
    # (gcoded41) after a verb, a person before the thing is its object, the thing another item after it ("nurtures
    # trainees and reviews their first drafts", writer AL); an adjective's list is its noun phrase ("supportive teams
    # or organizations", dev corpus)
    if not text[start:end].lower().endswith("ly") and not person_headed \
            and any(senses.is_thing(word) for word in (after[:_LOOK_AHEAD] if _is_adjective(lowered, senses)
                                                       else _until_a_person(after[:_LOOK_AHEAD], senses))):
        return True
    # an adjective of people the hire serves ("aggressive callers", "our loyal customer base"); a verb
    # or noun before them is the hire's work ("nurturing donors", "challenge students", "make decisions
    # and manage client relationships")
    if (_is_adjective(lowered, senses)) \
            and any(word in senses.served_people for word in after[:_LOOK_AHEAD]):
        return True
    if _before_says_other_sense(text, start, stem, senses):
        return True
    if (_is_adjective(lowered, senses)
            or (lowered.endswith("ing") and _right_after_article(text, start))) \
            and _heads_a_thing(_head_phrase(after, senses), senses, _attributive(text, start, senses)) \
            and not _after_a_person(text, start, senses) and not _the_one_wanted(text, start, end, after, senses):
        return True
    if person_headed:
        return False
    if any(w in senses.determined_thing_nouns for w in after[:_LOOK_AHEAD]):
        # an adjective after a determiner, perhaps with other adjectives between ("the reputed and
        # leading Health Care Group"); the words are read back to the clause's start, three at most
        before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        if before is not None and any(w.lower() in senses.determiners for w in before.group(1).split()[-3:]):
            return True
    # a longer noun phrase only right after the determiner ("the leading lock screen advertising
    # platform"): "This could include leading kickoff meetings or design workshops" is a duty
    return _after_determiner(text, start, after[_LOOK_AHEAD:], senses, senses.all_thing_nouns)


def _a_whole_thing_phrase(text: str, end: int, senses: _Senses) -> bool:
    """Whether the words after a coded adjective and its comma make a whole noun phrase that names a thing: at most
    ``_LOOK_AHEAD`` words, its end seen (punctuation, the line's end, a function word or a preposition; not "and" or
    another comma, which run a longer list on to a head further away: "Strong interpersonal, analytical,
    problem-solving, negotiation skills", "an honest, fair, and ethical manner", dev corpus), and no person, trait or
    way of working among them (``_heads_a_thing``), gcoded42."""
    words, pos = [], end
    for _ in range(_LOOK_AHEAD + 1):
        nxt = (_COMMA_THEN_WORD.match(text, pos) if not words else None) or _NEXT_WORD.match(text, pos)
        if nxt is None:
            if _COMMA_THEN_WORD.match(text, pos) is not None:
                return False  # another item of the list
            break
        word = nxt.group(1).lower()
        if word in ("and", "or", "&"):
            return False
        if word in _PHRASE_ENDS or word in _PREPOSITIONS:
            break
        if len(words) == _LOOK_AHEAD:
            return False  # the phrase runs on past the window: its head is not read here
        glued = _GLUED_WORD.match(nxt.group(1))
        if glued:  # a flattened list ran the head into the next item ("confident personalityExcellent"): it ends here
            words.append(glued.group().lower())
            break
        words.append(word)
        pos = nxt.end()
    return bool(words) and _heads_a_thing(words, senses, True)


def _until_a_person(words: list[str], senses: _Senses) -> list[str]:
    """``words`` up to the first person among them, when one of them is "and" or "or" after that person."""
    for i, word in enumerate(words):
        if _is_person(word, senses):
            return words[:i] if any(w in ("and", "or", "&") for w in words[i + 1:]) else words
        if senses.is_thing(word):
            break
    return words


def _thing_modifies_a_person(text: str, end: int, lowered: str, after: list[str], senses: _Senses) -> bool:
    """Whether the coded adjective ``lowered`` (no adverb, no participle: "a leading provider" is a standing) heads a
    noun phrase ``after`` it whose head is a person with a thing noun before it as a modifier ("dog walker", "software
    engineer"), no market noun among them ("market leader")."""
    if lowered.endswith(("ly", "ing")) or any(w in senses.standing_nouns for w in after[:_LOOK_AHEAD]):
        return False
    for word in after[:_LOOK_AHEAD]:
        if _is_person(word, senses) or word in senses.served_people:
            return False  # the person (or one served) comes first: no thing modifies it
        if senses.is_thing(word):
            return _heads_a_person(text, end, senses)
    return False


_HIRING = coded_data().get("hiring_frame") or {}
_HIRING_VERBS = frozenset(str(w) for w in _HIRING.get("verbs", ()))
_HIRING_AFTER = frozenset(str(w) for w in _HIRING.get("after", ()))


_OF_AFTER = regex_programs.compile(r"[ \t]+of\b", re.I)


def _the_one_wanted(text: str, start: int, end: int, after: list[str], senses: _Senses) -> bool:
    """Whether the coded adjective at ``start`` and the noun phrase ``after`` it are the one the ad hires (data
    ``hiring_frame``): after a hiring verb and "a"/"an" ("Seeking a hard-charging superintendent"), or before "wanted"
    ("Sensitive chaplain wanted"). The phrase's words must be nouns the lists do not know as a thing, a post or the
    people served: an unknown head there is a job title."""
    head = []
    for word in after[:_LOOK_AHEAD]:
        if word in _PHRASE_ENDS or word in _PREPOSITIONS or word in ("and", "or", "&") or word in _HIRING_AFTER:
            break
        head.append(word)
    if not head or any(senses.is_thing(w) or w in senses.served_people or w in senses.post_nouns
                       or (w.endswith(("ing", "ed", "ly")) and w not in senses.ly_nouns) for w in head):
        return False
    following = after[len(head)] if len(after) > len(head) else None
    if following in _HIRING_AFTER:
        return True
    pos = end
    for _ in head:
        word = _NEXT_WORD.match(text, pos)
        pos = word.end() if word is not None else pos
    if _OF_AFTER.match(text, pos):
        return False  # "a dependable supply of parts": a quantity or a part of something, no person
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    words = before.group(1).lower().split() if before is not None else []
    if len(words) >= 3 and words[-2] == "for":
        words = words[:-2] + words[-1:]  # "looking for a", "searching for an"
    return len(words) >= 2 and words[-1] in ("a", "an") and words[-2] in _HIRING_VERBS


#: Words of the hire's own group: an agent of these is the team the hire joins, and stays counted.
_HIRES_GROUP = frozenset("you team teams staff colleagues colleague crew squad peers teammates".split())


#: (gcoded42) Frames whose object is someone the hire works under, beside or learns from, read as a passive's agent is:
#: "You'll report to a supportive, experienced manager", "work alongside a kind, patient mentor", "Mentoring from a
#: confident senior engineer"; group 1 the words between the frame and the coded word.
_OTHERS_FRAME = regex_programs.compile(
    r"\b(?:reports?[ \t]+(?:directly[ \t]+)?to|reporting[ \t]+(?:directly[ \t]+)?to|alongside|learn(?:s|ing)?[ \t]+from|"
    r"(?:mentoring|mentorship|guidance|coaching|supervision)[ \t]+from)((?:[ \t]+[A-Za-z0-9][\w'\u2019-]*,?){0,3})[ \t]+$",
    re.I)


def _in_a_passives_agent(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the coded adjective at ``start`` describes the agent of a passive, a person who is not the hire: those
    who founded, own, run, lead or supervise ("The practice was founded by two ambitious vets", "You'll be supervised
    by a supportive senior nurse"). The agent's phrase (three words after the word at most) holds a person and no word
    of the hire's own group ("supported by a collaborative team", "by you") or place; a thing agent is read elsewhere.
    Constant work."""
    clause = _clause_start(text, start, None, 60, ".;:!?\n\u2022")
    m = senses.passive_by.search(text, clause, start) or _OTHERS_FRAME.search(text, clause, start)
    if m is None or any(w.lower().rstrip(",") in _PHRASE_ENDS or w.lower() in ("and", "or") for w in m.group(1).split()):
        return False
    person = False
    for word in _phrase_words(text, end, commas=True):
        if word in _HIRES_GROUP or word in senses.joined_places:
            return False
        person = person or _is_person(word, senses) or word in senses.served_people
    return person


def _before_a_sport(text: str, end: int, senses: _Senses) -> bool:
    """Whether the noun phrase after the word ending at ``end`` (three words at most, to a function word) holds a
    sport or one who takes part in one (``sport_words``): "Competitive swimmers", "competitive Latin dancers",
    "competitive youth football"."""
    return any(word in senses.sport_words for word in _phrase_words(text, end))


#: A relative clause up to the word read: its antecedent (group 1), "who"/"that"/"whose", then one to four words.
_RELATIVE_UP_TO = regex_programs.compile(
    r"\b([A-Za-z][A-Za-z'\u2019-]*)[ \t]+(?:who|that|whose)((?:[ \t]+[A-Za-z][A-Za-z'\u2019-]*){1,4})[ \t]+$", re.I)
#: Words that may open the object of a relative clause's verb, beside the determiners: "who want more ...".
_RELATIVE_OBJECT_OPENERS = frozenset("a an the some more less any extra their his her its very really quite".split())
#: Words that end a relative clause's verb phrase and open the main clause's ("Passengers who need help will value
#: ..."), or make the hire or the employer the relative's subject ("clients who you reassure").
_RELATIVE_STOPS = frozenset("""will would can could must should shall may might you your yourself we our us i""".split())


def _in_a_relative_of_the_served(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the coded word at ``start`` is in a relative clause whose antecedent is someone the hire serves
    ("Passengers who need a gentle pace are escorted by our team", writer O, silent; "guests who expect a warm
    welcome"): the relative says what they are, need or do, not what the hire is. Within the word's clause (no
    comma or stop between): the relative's one verb, then only a determiner or an adverb before the word; not where
    the hire or the employer is the relative's subject ("clients who you support with a gentle touch"), a second
    verb opens the main clause ("Patients who are anxious need a gentle touch"), or a person heads the word's own
    phrase ("Clients who value a confident adviser": the adviser is the hire). Constant work."""
    lowest = max(0, start - 80)
    clause_start = max(text.rfind(mark, lowest, start) for mark in ".;:!?,\n\u2022")
    m = _RELATIVE_UP_TO.search(text, max(lowest, clause_start + 1), start)
    if m is None:
        return False
    antecedent = m.group(1).lower()
    if antecedent not in senses.served_people and senses._head_before_a_phrase(text, m.start(1)) not in senses.served_people:
        return False
    verb, *rest = [w.lower() for w in m.group(2).split()]
    if verb in _RELATIVE_STOPS:
        return False
    # the relative's one verb, then only what opens its object: "who need a gentle pace", "who want more competitive
    # prices"; a second verb ends the relative ("Patients who are anxious need a gentle touch": the touch is the hire's)
    if any(w not in _RELATIVE_OBJECT_OPENERS and w not in senses.determiners and not w.endswith("ly") for w in rest):
        return False
    # the word's own noun phrase (a comma and three words at most, to a function word): a person there is who is
    # described ("a gentle, patient assistant"); a trait noun is not ("a gentle pace" is theirs)
    comma = _COMMA_THEN_WORD.match(text, end)
    pos = comma.start() + 1 if comma is not None else end
    for _ in range(_LOOK_AHEAD):
        nxt = _NEXT_WORD.match(text, pos)
        if nxt is None or nxt.group(1).lower() in _PHRASE_ENDS or nxt.group(1).lower() in ("and", "or", "&"):
            break
        if _is_person(nxt.group(1).lower(), senses):
            return False
        pos = nxt.end()
    return True


#: What may follow a plural subject as its finite verb's first word: auxiliaries, modals, adverbs of frequency.
_PLURAL_VERB_OPENERS = frozenset("""are were have do don't can can't could will won't would may might must should often
usually always never sometimes tend""".split())
#: Bare words that are adverbs, not a plural subject's verb ("Supporting clients well is the job").
_BARE_ADVERBS = frozenset("well hard fast together here there now again too first more one best daily".split())
#: Plurals of the people served without an -s.
_PLURALS_WITHOUT_S = frozenset(("children", "people", "cattle", "sheep", "livestock"))


def _participle_of_the_served(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the -ing word at ``start`` is a participle describing the people served as the subject of their own
    verb ("Trusting clients hand us the keys to their homes", writer S; "Demanding guests can ..."): at its clause's
    start or after a determiner, a plural of the people served next, then a plural finite verb (an auxiliary, a
    modal, or a bare verb). A gerund takes a singular verb or an object phrase ("Nurturing donors is central",
    "Supporting clients through claims"), and stays the hire's work."""
    words = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    before = words.group(1).split() if words is not None else []
    if before and before[-1].lower() not in senses.determiners and before[-1].lower() not in _SUBJECT_DETERMINERS:
        return False
    noun = _NEXT_WORD.match(text, end)
    if noun is None:
        return False
    served = noun.group(1).lower()
    if served not in senses.served_people or not (served.endswith("s") or served in _PLURALS_WITHOUT_S):
        return False
    verb = _NEXT_WORD.match(text, noun.end())
    if verb is None:
        return False
    word = verb.group(1).lower()
    if word in _PLURAL_VERB_OPENERS:
        return True
    return not (word in _PHRASE_ENDS or word in _PREPOSITIONS or word in _BARE_ADVERBS or word in _NOT_A_SUBJECT
                or word in ("and", "or", "&", "but") or word in senses.determiners or word in senses.served_people
                or word.endswith(("s", "ing", "ly")) or (word.endswith("ed") and not word.endswith("eed")))


#: Last parts of compounds that name a person ("salesperson", "foreman", "chairwoman", "spokespeople").
_PERSON_COMPOUND_ENDINGS = ("person", "persons", "people", "woman", "women", "sman", "smen", "folk", "folks",
                            "foreman", "foremen")


#: Endings of agent nouns: a person who does something ("operator", "strategist", "technician", "engineer", "fundraiser").
_AGENT_ENDINGS = ("or", "ist", "ian", "eer", "er", "ee")


#: Prepositions that _PHRASE_ENDS leaves out: one ends an adjective's noun phrase ("objective under pressure").
_PREPOSITIONS = frozenset("""under over after before within without across around between during against toward towards
among beyond despite throughout upon via per like plus off out up down near inside outside behind""".split())


def _of_the_partners(text: str, start: int, senses: _Senses) -> bool:
    """Whether the adjective at ``start`` is in the noun phrase of the people the hire works with: a partner verb and
    "with" ("work closely with", "collaborate with"), then a determiner perhaps and up to three other adjectives
    ("Work closely with a small, ambitious, mission-driven team", realads16 A 9705, judged wrong; "you'll work with
    a supportive team"), no other word between, and people heading the phrase. The hire works with them; they are not
    the hire."""
    lowest = max(0, start - 80)
    clause_start = max(text.rfind(mark, lowest, start) for mark in ".;:!?\n(")
    words = [w.lower() for w in _LIST_WORD.findall(text, max(lowest, clause_start + 1), start)]
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        if words[i] == "with":
            before = words[max(0, i - 2):i]
            between = words[i + 1:]
            if between and between[0] in senses.object_openers:
                between = between[1:]
            if not any(w in senses.partner_verbs["with"] for w in before) or len(between) > 3 or any(
                    w in _PHRASE_ENDS or w in _PREPOSITIONS or w in _BEFORE_A_VERB for w in between):
                return False
            # ... and people head it: "Working with a driven, analytical mindset" is the hire's
            word = _NEXT_WORD.match(text, start)
            if word is None:
                return False
            comma = _COMMA_THEN_WORD.match(text, word.end())  # "a small, ambitious, mission-driven team"
            phrase = _object_words(text, comma.start(1) if comma is not None else word.end(), senses)
            return any(_is_person(w, senses) or w in senses.served_people for w in phrase)
    return False


#: The employer's own possessive right before a coded adjective.
_EMPLOYERS = frozenset(("our", "we're", "we\u2019re"))


def _the_employers_way(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the adjective at ``text[start:end]`` describes the employer's own way of working: "our" right before it
    and a trait or way of working as its noun phrase's head, no person ("Our principled approach to pricing means no
    hidden fees", writer X; "our collaborative style"). "our collaborative team", "our warm and caring nurses" name
    people and stay counted as the place the hire joins."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is None or prev.group(1).lower() != "our" or prev.end(1) != start - 1:
        return False
    words = _object_words(text, end, senses)
    return bool(words) and not any(_is_person(w, senses) or w in senses.served_people for w in words) \
        and senses.is_person_or_trait(words[-1])


#: Words before "lead" that make it a verb: a subject, a modal, "to", a coordination ("you lead", "will lead", "to lead",
#: "and lead").
_BEFORE_A_VERB = frozenset(("and", "or", "&", "not", "help", "helps", "let", "lets", "who", "that", "i", "we", "you",
                            "they", "to"))


def _a_title_noun(text: str, start: int, senses: _Senses) -> bool:
    """Whether "lead" at ``start`` is the noun of a job title: right after an acronym ("Our ideal QA lead is
    outspoken", writer X), or after a determiner and one word that is no verb's subject, modal or adverb ("the design
    lead", "our data lead"); "to lead", "you will lead", "help lead" are the verb."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is None or prev.end(1) != start - 1:
        return False
    word = prev.group(1)
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return True
    lowered = word.lower()
    if lowered in _BEFORE_A_VERB or lowered in _NOT_A_SUBJECT or lowered in _PHRASE_ENDS or lowered.endswith("ly") \
            or lowered in senses.determiners:
        return False
    # the determiner may stand a few adjectives back, commas between ("a strong-willed, independent operations lead
    # for our Nairobi hub", writer AL, gcoded41): a noun phrase whose head is the title
    pos = prev.start()
    for _ in range(4):
        before = _PREVIOUS_LISTED_WORD.search(text, max(0, pos - 40), pos)
        if before is None or before.end() != pos or before.end(1) < pos - 2:
            return False
        word = before.group(1).lower()
        if word in senses.determiners or word in _SUBJECT_DETERMINERS:
            return True
        if word in _BEFORE_A_VERB or word in _NOT_A_SUBJECT or word in _PHRASE_ENDS or word.endswith("ly"):
            return False
        pos = before.start()
    return False


def _forms_others(text: str, start: int, senses: _Senses) -> bool:
    """Whether the adjective at ``start`` is in the object of a verb of forming other people ("nurture
    graduates into confident litigators", "developing exceptional, principled leaders"), read back within
    its clause and 60 characters; no function word but "into" may stand between."""
    lowest = max(0, start - 60)
    clause_start = max(text.rfind(mark, lowest, start) for mark in ".;:!?\n")
    pos = max(lowest, clause_start + 1)
    while True:  # the last verb before the word counts ("Building and managing a strong team": "managing")
        m = senses.forms_others.search(text, pos, start)
        if m is None:
            return False
        if not any(w.lower().rstrip(",") in _NOT_IN_AN_OBJECT for w in m.group().split()[1:]):
            return True
        pos = m.start() + 1


#: After a noun phrase: a modal perhaps, a verb of being, an adverb perhaps, then a word (group 1): a passive's participle.
_PASSIVE_AFTER = regex_programs.compile(
    r"[ \t]+(?:(?:must|should|will|can|could|may|might|need[ \t]+to|needs[ \t]+to|have[ \t]+to|has[ \t]+to)[ \t]+)?"
    r"(?:be|is|are|was|were|been|get|gets)[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)", re.I)
#: The most words of a noun phrase read after the coded word for a passive, and before it for a verb's object.
_HANDLED_PHRASE_WORDS, _HANDLED_OBJECT_LEAD = 4, 2


def _handled_as_a_thing(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the adjective at ``text[start:end]`` is in a noun phrase that a verb of cleaning, servicing or handling
    (``handling_verbs``) acts on: the subject of its passive ("Forceful air dryers must be cleaned weekly", writer W) or
    its object ("Descale the aggressive steam wands daily"). What is cleaned or serviced is a thing, whatever its noun's
    ending; "Forceful negotiators must be trained", "Clean up after confident guests" are no such phrase (gcoded38)."""
    pos = end
    for _ in range(_HANDLED_PHRASE_WORDS):
        passive = _PASSIVE_AFTER.match(text, pos)
        if passive is not None:
            return passive.group(1).lower() in senses.handling_forms
        m = _NEXT_WORD.match(text, pos)
        if m is None or m.group(1).lower() in _PHRASE_ENDS or m.group(1).lower() in _PREPOSITIONS:
            break
        pos = m.end()
    words = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    before = [w.lower() for w in words.group(1).split()] if words is not None else []
    for lead in range(min(len(before), _HANDLED_OBJECT_LEAD + 1)):
        verb = before[len(before) - 1 - lead]
        if verb in senses.handling_forms:
            return not any(w in _PHRASE_ENDS and w not in senses.determiners for w in before[len(before) - lead:])
    return False


#: A preposition (or "join") and "the" right before a word: a place or body named ("of the trust", "across the trust").
_PLACE_BEFORE = regex_programs.compile(
    r"(?<![A-Za-z])(?:of|at|across|within|throughout|to|for|from|by|in|into|join|joins|joining)[ \t]+the[ \t]+$", re.I)
#: Words after such a word that make it a quality after all ("the trust of our clients", "the trust and respect").
_QUALITY_AFTER = frozenset(("of", "in", "between", "with", "and", "that", "we", "you", "they"))


def _names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the noun at ``text[start:end]`` (``body_senses``) names a body the hire works in: a preposition and "the"
    right before it and no phrase of its quality after it ("The post sits at the leadership level of the trust and
    reports to the chief executive", gh16); "earn the trust of the team", "win the trust and respect of" stay (gcoded38)."""
    if _PLACE_BEFORE.search(text, max(0, start - 30), start) is None:
        return False
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).lower() == "and":
        # "and" and a verb of the clause's subject ("of the trust and reports to"): a new verb, the body stays named
        verb = _NEXT_WORD.match(text, following.end())
        word = verb.group(1).lower() if verb is not None else ""
        return word.endswith("s") and not word.endswith("ss") and word not in _SUBJECT_DETERMINERS
    return following is None or following.group(1).lower() not in _QUALITY_AFTER


#: Determiners that make a noun phrase a definite thing ("The decisive match").
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
#: Words after a head that give it a complement of the trait's ("the drive to win", "the drive for results").
_TRAIT_COMPLEMENTS = frozenset(("to", "for", "and", "that"))


def _heads_another_sense(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the adjective at ``text[start:end]`` heads a noun of ``other_sense_heads`` in its everyday sense: a noun
    between them makes a compound ("an active recruitment drive", writer W), or a definite determiner before the
    adjective names a thing and no complement follows the noun ("The decisive match is shown live in the bar", writer
    X). "real drive", "a decisive match for the role", "the competitive drive to win" stay the hire's (gcoded38)."""
    words = _object_words(text, end, senses)[:_LOOK_AHEAD]
    at = next((i for i, w in enumerate(words) if w in senses.other_sense_heads), None)
    if at is None:
        return False
    between = words[:at]
    if any(not (_is_adjective(w, senses) or _classify(w) is not None or w.endswith(("ed", "ly"))) for w in between):
        return True  # a noun before the head: a compound ("recruitment drive", "fundraising drive")
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is None or prev.end(1) != start - 1 or prev.group(1).lower() not in _DEFINITE:
        return False
    # the head's own position: after the adjective and the words between
    pos = end
    for _ in range(at + 1):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return False
        pos = m.end()
    following = _NEXT_WORD.match(text, pos)
    return following is None or following.group(1).lower() not in _TRAIT_COMPLEMENTS


#: The most words a subject (after its determiner) and the words between its verb and the coded word may hold.
_SUBJECT_WORDS, _OBJECT_LEAD_WORDS = 3, 3


def _in_anothers_object(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the coded word at ``start`` is in the object of a clause whose subject is a thing or the people served,
    not the hire, the post or the employer: a determiner opens the clause, then its subject (three words at most, the
    head a thing or the people served by the lists, no person among its modifiers), then a verb that agrees with it and
    asks nothing of the hire (not ``employer_wants``, ``asks_of_the_hire``, a verb of being, forming others or a
    complement's), then at most a determiner and adjectives before the word ("The documentary profiles an outspoken
    local journalist", "The spa's hot stones retain warmth for an hour", writer X). What the subject does is said of
    it or of someone it names; "The role demands tenacity", "This shift suits a self-reliant person", "Our agency places
    reliable drivers", "The children adore gentle staff" stay counted (gcoded38). Constant work:
    the clause is read back 100 characters at most."""
    lowest = max(0, start - 100)
    clause_start = max(text.rfind(mark, lowest, start) for mark in _CLAUSE_MARKS + "\u2014,")
    if clause_start < 0 and lowest > 0:
        return False  # the clause runs back further than read
    lead = text[clause_start + 1:start]
    if _OF_THE_HIRE.search(lead):
        return False  # the hire named before the word ("The course gives you ...")
    words = _LIST_WORD.findall(lead)
    if len(words) < 3 or words[0].lower() not in senses.determiners | _SUBJECT_DETERMINERS:
        return False
    lowered = [w.lower() for w in words]
    for v in range(2, min(len(words), _SUBJECT_WORDS + 2)):
        subject, verb, between = lowered[1:v], lowered[v], lowered[v + 1:]
        if verb in senses.determiners or verb in _PHRASE_ENDS or verb in _PREPOSITIONS:
            return False  # the subject ran into an object or a phrase: no verb of its own read here
        # a verb that asks something of the hire, or is no verb of a thing's doing, keeps the word counted
        if verb.endswith("ing") or verb in _LINKING_VERBS or verb in _BE_WORDS or verb in senses.employer_wants \
                or verb in senses.asks_of_the_hire or verb in senses.forms_or_complements or verb in _NOT_A_SUBJECT \
                or verb in ("and", "or", "&", "but"):
            return False
        if len(between) > _OBJECT_LEAD_WORDS or not words[v].islower():
            continue
        head = subject[-1]
        plural = head in _PLURALS_WITHOUT_S or (head.endswith("s") and not head.endswith("ss"))
        agrees = verb.endswith("ed") or (not verb.endswith("s") if plural else
                                         (verb.endswith("s") and not verb.endswith("ss")))
        if not agrees or verb.endswith("ly") or not _a_subject_not_the_hire(head, subject[:-1], senses):
            continue  # a modifier of the subject ("The flower shop sells"): its head is further on
        if head in senses.served_people and _heads_a_person(text, end, senses):
            return False  # what the people served like in a person is asked of the hire ("The children adore gentle staff")
        # only a determiner and adjectives between the verb and the word: the word opens or heads the object
        return not any(w in _PHRASE_ENDS or w in _PREPOSITIONS or w in ("and", "or", "&", "but")
                       or _is_person(w, senses) or senses.is_person_or_trait(w)
                       for w in between if w not in senses.determiners)
    return False


#: Modals and adverbs of frequency that may stand between a subject and its verb ("The board will decide").
_SUBJECT_VERB_BETWEEN = frozenset("""will would can could may might must should shall often usually always also
sometimes generally typically""".split())


def _the_verb_of_another(text: str, start: int, end: int, senses: _Senses) -> bool:
    """Whether the coded word at ``text[start:end]`` is the verb of a clause whose subject is a thing, a body or the
    people served, not the hire: a determiner (or nothing, before a plural) opens the clause, then the subject (three
    words at most, read as ``_in_anothers_object`` reads one), a modal or an adverb perhaps, then the word, which agrees
    with the subject as a verb ("The board will decide on promotions in March", "Our programme nurtures young talent
    from local schools", "Clients trust us with their keys"). "The senior associate nurtures trainees" (a person),
    "You persist where others give up" and "The team challenge is on Friday" (a noun: "team challenge" does not agree)
    stay counted (gcoded42). Constant work: the clause is read back 80 characters at most."""
    lowered = text[start:end].lower()
    if lowered not in senses.verb_forms:
        return False  # no finite verb ("Shows sympathy and tact": a noun after a verb)
    lowest = max(0, start - 80)
    clause_start = max(text.rfind(mark, lowest, start) for mark in _CLAUSE_MARKS + "\u2014,")
    if clause_start < 0 and lowest > 0:
        return False
    words = [w.lower() for w in _LIST_WORD.findall(text, clause_start + 1, start)]
    modal = bool(words) and words[-1] in _SUBJECT_VERB_BETWEEN
    if modal:
        words = words[:-1]
    if words and words[0] in senses.determiners | _SUBJECT_DETERMINERS:
        words = words[1:]
    elif len(words) != 1 or not words[0].endswith("s"):
        return False  # no determiner: only a bare plural as the whole subject ("Clients trust us")
    if not 1 <= len(words) <= _SUBJECT_WORDS:
        return False
    head, modifiers = words[-1], words[:-1]
    if not _a_subject_not_the_hire(head, modifiers, senses):
        return False
    plural = head in _PLURALS_WITHOUT_S or (head.endswith("s") and not head.endswith("ss"))
    third_person = lowered.endswith("s") and not lowered.endswith("ss")
    return (not third_person) if (modal or plural) else third_person


def _a_subject_not_the_hire(head: str, modifiers: list[str], senses: _Senses) -> bool:
    """Whether a subject's head and its modifiers name a thing or the people served: no person, trait, job word,
    post, place the hire joins, organisation or pronoun, no possessive or adverb as the head."""
    if head in _NOT_A_SUBJECT or head.endswith(("ly", "'s", "\u2019s")) or head in _PHRASE_ENDS \
            or head in _PREPOSITIONS or head in senses.determiners or head in senses.post_nouns \
            or _classify(head) is not None or head.rstrip("s") in organisation_nouns() or head in organisation_nouns():
        return False
    if head not in senses.served_people and senses._not_a_thing(head):
        return False
    return not any(_is_person(w, senses) or senses.is_person_or_trait(w) or w in senses.post_nouns
                   or _classify(w) is not None or w in _PHRASE_ENDS or w in _PREPOSITIONS for w in modifiers)


#: Words that end the object of a verb of forming others before the coded word: a function word ("develop
#: relationships with confident ..."), or a coordination that makes the coded word a verb of its own
#: ("developing and leading adoption", "develop and nurture relationships"); "into" is what they are made.
_NOT_IN_AN_OBJECT = (_PHRASE_ENDS - {"into"}) | {"and", "or", "&"}


def _describes_an_object(text: str, start: int, senses: _Senses) -> bool:
    """Whether the adjective at ``start`` says what a thing is kept or made ("Keep the lambing shed warm",
    "make the reception area warm"): a complement verb and its object right before it, the object no person
    ("keep the team supportive", "make them confident" stay counted) and no function word."""
    lowest = max(0, start - 60)
    clause_start = max(text.rfind(mark, lowest, start) for mark in ".;:!?,\n")
    m = senses.complement.search(text, max(lowest, clause_start + 1), start)
    if m is None:
        return False
    words = [w.lower() for w in m.group(1).split()]
    # (gcoded42) a second adjective of the same complement, after the first and "and"/"or" ("Keep the nursery warm and
    # quiet during nap time"): the object is before the first
    while len(words) >= 3 and words[-1] in ("and", "or") and (_is_adjective(words[-2], senses)
                                                              or _classify(words[-2]) is not None):
        words = words[:-2]
    if not words and m.group().split()[-1].lower() != "it":
        return False  # "keep calm", "make sure": no object between
    if any(w in _NOT_IN_AN_OBJECT or w in senses.object_pronouns for w in words):
        return False
    return not any(senses.is_person_or_trait(w) or w in senses.served_people for w in words)


def _before_a_person(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is an adjective of a person: its noun phrase (one comma and
    three words at most, to the first function word) holds a person noun ("a committed team player", "a
    principled, plain-speaking lawyer"); "committed to", "committed and" and a phrase end have none."""
    senses = _senses()
    comma = _COMMA_THEN_WORD.match(text, end)
    pos = comma.start() + 1 if comma is not None else end
    # (gcoded41) or an adjective coordinated with it first: "Committed and caring teaching assistant required" (writer
    # AD), "a principled and plain-speaking lawyer"; "committed and our staff" has no adjective after "and"
    joined = _AND_AN_ADJECTIVE.match(text, end)
    if joined is not None and (_is_adjective(joined.group(1).lower(), senses) or joined.group(1).lower().endswith(
            ("ing", "ed")) or _classify_word(joined.group(1)) is not None):
        pos = joined.end()
    return any(senses.is_person_or_trait(word) for word in _phrase_words(text, pos))


#: "and" or "or" and the word after them, right after a word (gcoded41).
_AND_AN_ADJECTIVE = regex_programs.compile(r"[ \t]+(?:and|or)[ \t]+([A-Za-z][A-Za-z'\u2019-]*)", re.I)


#: The end of a fragment: a person-reading word alone before it is the hire's ("DRIVEN.", "Patient with
#: first-time investors", "Strong enough to lift 20 kg"); "Patient transport" and "Strong coffee" run on.
_FRAGMENT_END = regex_programs.compile(r"[ \t]*(?:[.!?:;)\u2022|\u00b7]|\n|$|(?:with|enough)\b)", re.I)
#: ... or, after a word of a fragment or a list of words, one to three more adjectives coordinated with it and
#: then such an end or a preposition of the setting ("Cooperative and easy-going in a shared camp kitchen", writer O;
#: "Dependable, responsive and easy to reach on weekends", writer AL); its words are read as a list's are (no noun
#: we know, no -ing form but a hyphen compound's: "Strong and growing in Asia" is none), gcoded41
_COORDINATED_END = regex_programs.compile(
    r"(?:[ \t]*,?[ \t]*(?:and|or)[ \t]+|[ \t]*,[ \t]*)[A-Za-z][A-Za-z'\u2019-]*"
    r"(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Za-z][A-Za-z'\u2019-]*){0,2}"
    r"[ \t]*(?:[.!?:;)\u2022|\u00b7]|\n|$|(?:with|enough|in|at|on|to|when|around|under|during)\b)", re.I)
#: Separators of a line of labels, each item a fragment of its own ("TEAM PLAYER | CO-OPERATIVE | HONEST", writer
#: AL): the lead of a fragment starts after the last one (gcoded41)
_ITEM_SEPARATORS = ("|", "\u00b7")
#: The rest of a phrase set before "you" at a sentence's start: up to four words, a comma, "you" ("Strong-willed
#: and outspoken, you will ...", "Calm and patient, you put nervous clients at ease").
_FRONTED_BEFORE_YOU = regex_programs.compile(r"(?:[ \t]+[A-Za-z][A-Za-z'\u2019-]*,?){0,4},[ \t]+you\b", re.I)
#: The rest of a sentence that is a list of single words: up to five, after commas, "and" or "or", then its end.
_WORD_LIST_SENTENCE = regex_programs.compile(
    r"(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Za-z][A-Za-z'\u2019-]*){1,5}[ \t]*(?:[.!?]|\n|$)",
    re.I)
#: The most characters before a word that a fragment's, a fronted phrase's or a list's lead may hold.
_LEAD_LIMIT = 160
#: What may stand before a word of such a list: a bullet, then single words each with a comma, "and" or "or".
_LIST_LEAD = regex_programs.compile(
    r"^[\s\-*\u2022(\"'\u2013\u2014]*(?:[A-Za-z][A-Za-z'\u2019-]*(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)){0,5}$",
    re.I)
#: ... and what may stand before the word in that phrase: up to three words ("Calm and patient, you ...").
_FRONTED_LEAD = regex_programs.compile(r"^[\s\-*\u2022(\"'\u2013\u2014]*(?:[A-Za-z][A-Za-z'\u2019-]*,?[ \t]+){0,3}$")
#: What may stand right before a fragment's word: nothing, a bullet, an opening bracket or quote.
_FRAGMENT_LEAD = regex_programs.compile(r"^[\s\-*\u2022(\"'\u2013\u2014]*$")
#: A verb of being right before the word, with adverbs and up to two coordinated adjectives between ("You
#: are calm, patient", "You are calm and patient"; not "being waterfall driven"); group 1 or 2 the word before
#: the verb (its subject), group 3 the verb.
_PREDICATE = regex_programs.compile(
    r"(?:\b([A-Za-z]+)[ \t]+|\b([A-Za-z]+)(?=['\u2019]))?"
    r"((?<![A-Za-z'\u2019])(?:be|being|been|am|are|is|was|were|remain|remains|stay|stays|seem|seems)|['\u2019](?:re|m))"
    r"(?:[ \t]+you)?(?:[ \t]+(?:" + _DEGREE_ADVERBS + r"))*(?:[ \t]+[a-z]+(?:,|[ \t]+(?:and|or)))?"
    r"(?:[ \t]+[a-z]+(?:,|[ \t]+(?:and|or)))?(?:[ \t]+(?:" + _DEGREE_ADVERBS + r"))*[ \t]*$", re.I)
#: "you" or "yourself" and "as" right before a word: the hire named as what the word says (gcoded41).
_AS_OF_THE_HIRE = regex_programs.compile(r"\b(?:you|yourself)[ \t]+as[ \t]+$", re.I)
#: The verbs of being whose subject need not be read: an imperative, a modal's or an infinitive's "be", and
#: "are you", "you're" ("Be bold", "must be driven", "Are you strong enough").
_SUBJECTLESS_BE = frozenset(("be", "being", "been", "am"))


def _is_person(word: str, senses: _Senses) -> bool:
    """A person or a group of people (not a trait, a skill or a way of working): a word of ``person_before``
    or ``people_nouns``, a job title's noun, a person compound or an agent noun ("negotiator", "all-rounder")."""
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    forms = (word, single)
    if any(form in senses.person_before or form in senses.people_nouns for form in forms):
        return True
    if word in senses.served_people:
        return False
    if any(form in senses.thing_nouns for form in forms):
        return False  # an agent noun that is the employer or its business ("an athletic footwear retailer", gcoded41)
    if any(is_role_noun(form) for form in forms):
        return True
    if word.endswith(_PERSON_COMPOUND_ENDINGS) and word not in senses.not_agent_nouns:
        return True
    if any(form in senses.not_agent_nouns or form in senses.person_or_trait_nouns for form in forms):
        return False  # "manner", "character", "water": no agents
    return len(single) > 4 and single.endswith(_AGENT_ENDINGS)


def _reads_as_a_person(text: str, start: int, end: int, stem: str, sentence_start: int) -> bool:
    """Whether a word of ``person_reading_only`` at ``text[start:end]`` is said of a person: right before a
    person or a character noun that heads its noun phrase, a predicate of the hire, or a fragment alone."""
    word = _unhyphenated(text[start:end].lower())
    if word != stem and not word.startswith(stem + "-"):
        return False  # "strongly", "collaboratively": derived forms are not read from these words
    senses = _senses()
    # a fragment: the word opens its sentence and nothing of a noun phrase follows; or it opens a phrase set
    # before the hire it describes ("Strong-willed and outspoken, you will ...")
    # (a fragment, a fronted phrase or a list starts a few words back at most: a long sentence is none, and its
    # text is not copied per word)
    lead = text[sentence_start:start] if start - sentence_start <= _LEAD_LIMIT else "\x00"
    if any(mark in lead for mark in _ITEM_SEPARATORS):
        lead = lead[max(lead.rfind(mark) for mark in _ITEM_SEPARATORS) + 1:]
    if (_FRAGMENT_LEAD.match(lead) and _FRAGMENT_END.match(text, end)) or (
            _FRONTED_LEAD.match(lead) and _FRONTED_BEFORE_YOU.match(text, end)):
        return True
    # a list of single words that is the whole sentence, none of them a noun we know: a list of traits
    # ("Patient, calm and kind.", "Bold, curious, collaborative."); "Patient, family and carer feedback" has nouns
    listed = _WORD_LIST_SENTENCE.match(text, end) if _LIST_LEAD.match(lead) else None
    if listed is None and _LIST_LEAD.match(lead) and lead.strip() and _FRAGMENT_END.match(text, end):
        listed = _FRAGMENT_END.match(text, end)  # the list's last word ("Bold, curious, collaborative.")
    if listed is None and _LIST_LEAD.match(lead):
        listed = _COORDINATED_END.match(text, end)  # adjectives coordinated up to a setting or an end
    if listed is not None and _LIST_WORD.search(lead + listed.group()) is not None and not any(
            _is_person(w, senses) or w in senses.served_people or senses.is_thing(w) or w in senses.character_nouns
            or (w.endswith("ing") and "-" not in w and _classify(w) is None)
            for w in (w.lower() for w in _LIST_WORD.findall(lead + " " + listed.group())) if w not in ("and", "or")):
        return True
    # a predicate of the hire: "You are driven", "Be patient with learners", "Are you strong enough"
    clause_start = max(text.rfind(mark, max(0, start - 80), start) for mark in ".;:!?\n")
    pred = _PREDICATE.search(text, max(sentence_start, clause_start + 1, start - 80), start)
    if pred is not None:
        following = _NEXT_WORD.match(text, end)
        by_what = _NEXT_WORD.match(text, following.end()) if following is not None else None
        if following is not None and following.group(1).lower() == "by" and not (
                by_what is not None and by_what.group(1).lower() in senses.character_nouns):
            return False  # a passive: "driven by live indices"; "collaborative by nature" is the hire's
        verb = pred.group(3).lower().lstrip("'\u2019")
        subject = (pred.group(1) or pred.group(2) or "").lower()
        if verb in _SUBJECTLESS_BE or subject in senses.hire_subjects or _is_person(subject, senses) \
                or re.match(r"(?:are|is)[ \t]+you\b", pred.group(0)[len(pred.group(1) or ""):].strip(), re.I):
            return True
    # (gcoded41) what the hire is called or seen as: "Would your last employer describe you as caring?" (writer X),
    # "Do you see yourself as bold?"
    if _AS_OF_THE_HIRE.search(text, max(0, start - 20), start) and (
            _FRAGMENT_END.match(text, end) or _COORDINATED_END.match(text, end)):
        return True  # (not "as caring for a relative is hard": a gerund with its object)
    # a person right before it says what they are ("someone driven and hungry", "people strong enough to lift")
    if _after_a_person(text, start, senses):
        return True
    return _heads_a_person(text, end, senses, 1 if stem in PERSON_READING_RIGHT_BEFORE else 4)


def _heads_a_person(text: str, end: int, senses: _Senses, words: int = 4) -> bool:
    """Whether the noun phrase after ``end`` has a person or a character noun as its head: the first such
    word that does not run on into another noun ("a strong negotiator for", "Caring, reliable people",
    "strong team players"; not "strong customer service skills", "strong developer experience")."""
    pos = end
    for _ in range(words):
        comma = _COMMA_THEN_WORD.match(text, pos)
        m = comma if comma is not None else _NEXT_WORD.match(text, pos)
        if m is None:
            return False
        word = m.group(1).lower()
        pos = m.end()
        if word in ("and", "or", "&"):
            continue
        if word in _PHRASE_ENDS or word in _PREPOSITIONS:
            return False
        if word in senses.served_people:
            return False  # "strong customer relationships": the people served
        if _is_person(word, senses) or word in senses.character_nouns:
            nxt = _NEXT_WORD.match(text, pos)
            if nxt is None:
                return True  # punctuation or the line's end after it: the head
            following = nxt.group(1).lower()
            if _is_person(following, senses):
                continue  # "team players": the next word is the head
            if word.endswith("s") and not word.endswith("ss") and _is_person(word, senses):
                return True  # a plural modifies no noun after it: "Driven recruiters earn the most"
            if (following in _PHRASE_ENDS or following in _PREPOSITIONS or following in ("and", "or", "&")
                    or following.endswith(("ed", "ing"))):
                return True  # "negotiator for", "people to join", "storytellers wanted"
        # else a modifier or another adjective ("developer experience", "reliable people"): read on
    return False


def _head_phrase(after: list[str], senses: _Senses) -> list[str]:
    """The words of a coded adjective's noun phrase where its head is looked for: the first three, or, past a second
    adjective coordinated with it, the three after that ("a supportive and engaging experience for all team members",
    "analytical and project management skills")."""
    if len(after) >= 3 and after[0] in ("and", "or", "&") and not senses.is_person_or_trait(after[1]):
        return after[2:2 + _LOOK_AHEAD]
    if any(w in ("and", "or", "&") for w in after[1:_LOOK_AHEAD]):
        return after[:_LOOK_AHEAD + 2]  # coordinated words: the head may come after them ("verbal and written skills")
    return after[:_LOOK_AHEAD]


def _heads_a_thing(phrase: list[str], senses: _Senses, attributive: bool = False) -> bool:
    """Whether the words after a coded adjective (its noun phrase, up to the first punctuation or function
    word) hold no person, trait or way of working: the adjective describes a thing ("a supportive work
    environment", "strong coffee"). An empty phrase is a predicate ("be confident"); a verb form or a
    coordinated adjective means the head is not here ("confident driving", "ambitious and kind").
    ``attributive`` (the adjective stands where only a noun phrase can follow it, ``_attributive``): an -ing
    word with a noun after it is a compound's modifier, not a verb ("a quiet reading room", "warm and cold
    holding temperatures", gcoded37); in a predicate or a fragment it is the hire's doing ("Be confident
    handling cash", "Confident using spreadsheets")."""
    seen = False
    for i, word in enumerate(phrase):
        if word in _PREPOSITIONS:  # the noun phrase ends ("stay objective under pressure"): its words so far decide
            break
        if seen and word.endswith("ly") and word not in senses.ly_nouns:
            break  # an adverb after the head ends the noun phrase ("holding temperatures hourly")
        if (attributive and not seen and word.endswith("ing") and i + 1 < len(phrase)
                and not _is_person(word, senses) and _noun_may_head(phrase[i + 1], senses)):
            continue  # "reading" in "a quiet reading room": the word after it is the head and decides
        if seen and word in ("and", "or", "&"):
            continue  # coordinated nouns: every one is read ("interpersonal violence and harassment claims")
        if seen and word.endswith("ing") and not _is_person(word, senses):
            continue  # a compound's head in -ing after a noun ("solar lighting", "entry training"): a noun, no verb
        if word in ("and", "or", "&", "but", "yet", "enough") or (word.endswith(("ing", "ed", "ly"))
                                                                   and word not in senses.ly_nouns):
            return False
        if senses.is_person_or_trait(word):
            if _modifies_a_noun(word, phrase[i + 1] if i + 1 < len(phrase) else None, senses):
                continue  # a modifier of the compound whose head decides ("interpersonal communication theory")
            return False
        seen = True
    return seen


def _noun_may_head(word: str, senses: _Senses) -> bool:
    """Whether ``word`` can be a noun phrase's head after a modifier: no function word, preposition, modal,
    conjunction or verb form."""
    return not (word in _PHRASE_ENDS or word in _PREPOSITIONS or word in _NOT_A_SUBJECT
                or word in ("and", "or", "&", "but", "yet", "enough")
                or (word.endswith(("ing", "ed", "ly")) and word not in senses.ly_nouns))


#: Verbs that take an adjective as their complement: an adjective after one is a predicate ("Stay calm handling
#: complaints", "Feel confident using Excel").
_LINKING_VERBS = frozenset("""be being been am are is was were become becomes became becoming seem seems seemed
feel feels felt stay stays stayed remain remains remained appear appears look looks sound sounds keep keeps get
gets""".split())


def _attributive(text: str, start: int, senses: _Senses) -> bool:
    """Whether the adjective at ``start`` stands where only a noun phrase can follow it: a word of its clause
    before it (a determiner, a verb of which it begins the object, a preposition), none of them a verb that takes
    an adjective as its complement or a person the adjective may be said of (``person_before``; an agent noun by
    its ending is not read here: an imperative such as "Monitor" ends as one does). At a clause's start it opens a
    fragment ("Confident using spreadsheets."), after "be" a predicate ("You are confident handling cash")."""
    words = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    before = [w.lower() for w in words.group(1).split()] if words is not None else []
    while before and (before[-1] in _DEGREE_WORDS or before[-1].endswith("ly")):
        before.pop()  # adverbs of degree between ("You are always calm handling complaints")
    if not before:
        return False
    word = before[-1]
    if word in _LINKING_VERBS or word.endswith(("'re", "\u2019re", "'m", "\u2019m")):
        return False
    return word not in senses.person_before  # "someone confident handling cash"


#: The one-word adverbs of ``_DEGREE_ADVERBS``.
_DEGREE_WORDS = frozenset(w for w in _DEGREE_ADVERBS.split("|") if w.isalpha())


def _modifies_a_noun(word: str, following: str | None, senses: _Senses) -> bool:
    """Whether a noun of a field of skill (``skill_fields``) in a coded adjective's noun phrase modifies the noun after it, the
    compound's head, rather than heading the phrase itself: English noun phrases end in their head ("interpersonal
    communication theory", "assertive communication workshops", writer X; "strong communication skills" has a trait
    as its head and stays the hire's). The next word must be able to be that head: no function word, modal or verb
    form."""
    if following is None or word not in senses.skill_fields:
        return False
    return not (following in _PHRASE_ENDS or following in _PREPOSITIONS or following in _NOT_A_SUBJECT
                or following in ("and", "or", "&", "but", "yet", "enough") or following.endswith(("ed", "ly")))


#: An article right before a word: an -ing form there is an adjective ("a nurturing environment"), where after a
#: verb or at a clause's start it is the hire's work ("nurturing junior staff").
_ARTICLE_BEFORE = regex_programs.compile(r"(?<![A-Za-z])(?:a|an)[ \t]+$", re.I)


def _right_after_article(text: str, start: int) -> bool:
    return _ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None


def _after_a_person(text: str, start: int, senses: _Senses) -> bool:
    """Whether a person stands right before the adjective, which then says what they are ("someone
    assertive enough to chase late payers", "people confident with numbers")."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return prev is not None and prev.group(1).lower() in senses.person_before


def _before_says_other_sense(text: str, start: int, stem: str, senses: _Senses) -> bool:
    """A market word ("market leader") or the collocate of the entry's stem or of the whole word
    ("school leaders") right before the coded word."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is None:
        return False
    word = prev.group(1).lower()
    whole = _NEXT_WORD.match(text, start)
    # the quality of people the hire serves, right after them ("give students confidence", "our clients'
    # trust"): theirs, not the hire's; an adverb there is the hire's manner ("treat customers warmly")
    if whole is not None and not whole.group(1).lower().endswith("ly") \
            and word.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019") in senses.served_people:
        return True
    # a compound of the stem has only its own collocates: "a tender" is a bid, "a tender-hearted carer" a person
    compound = whole is not None and whole.group(1).lower().startswith(stem + "-")
    collocates = (frozenset() if compound else senses.before.get(stem, frozenset())) | (
        senses.before.get(whole.group(1).lower(), frozenset()) if whole is not None else frozenset())
    if word in senses.thing_modifiers:
        return True
    if word in collocates:
        # a determiner as the collocate says the word is a noun ("a tender", the bid); it is the adjective where its
        # phrase runs on, past commas, to a character or person noun before any thing ("a tender, unhurried
        # approach", writers AL and AD; "A tender touch with newborns", writer W), gcoded41
        return not (word in senses.determiners and _an_adjective_of_the_person(text, start, senses))
    # a two-word collocate ("specialise in leading")
    prev2 = _PREVIOUS_WORD.search(text, max(0, prev.start() - 40), prev.start())
    return prev2 is not None and f"{prev2.group(1).lower()} {word}" in collocates


#: An organisation's name right before a word: in capitals ("TTS"), with a digit ("Loyalty360"), or
#: capitalised after a lower-case word ("partner with Store leadership"); one space between.
_AFTER_A_NAME = regex_programs.compile(r"(?:(?<![\w.])[A-Z]{2,}\d*|(?<![\w.])[A-Za-z]+\d+|(?<=[a-z,] )[A-Z][A-Za-z]+)[ \t]$")
#: A character no list of names and teams holds (they are words, spaces, commas, "&" and "/"): the
#: clause before a word is read back to the last one. A plain scan, not a pattern anchored at the
#: word: nested repeats there backtracked without end on a clause that was no such list.
_NOT_IN_A_LIST = regex_programs.compile(r"[^\w'\u2019 \t,&/-]")
_LIST_WORD = regex_programs.compile(r"[A-Za-z0-9][\w'\u2019-]*")
#: the most words a list of partners runs back (a verb, "with" and six words of names and teams)
_PARTNER_LOOK_BACK = 9


def _an_adjective_of_the_person(text: str, start: int, senses: _Senses) -> bool:
    """Whether the word at ``start`` is an adjective whose noun phrase (commas and other adjectives perhaps between)
    has a person, a trait or a character noun as its head, before any thing noun."""
    whole = _NEXT_WORD.match(text, start)
    if whole is None:
        return False
    for word in _phrase_words(text, whole.end(), commas=True):
        if senses.is_thing(word):
            return False
        if senses.is_person_or_trait(word) or word in senses.character_nouns:
            return True
    return False


def _last_of_partners(text: str, start: int, senses: _Senses) -> bool:
    """Whether the word at ``start`` ends a list of the people the hire works with: a partner verb,
    "with" or "to", then names and teams only ("Work with Loyalty360 web development, marketing, and
    leadership"). Constant work: the clause is read back 120 characters at most."""
    after = _NEXT_WORD.match(text, start + len(_NEXT_WORD.match(text, start).group(1)))
    if after is not None and after.group(1).lower() in senses.partner_not_before:
        return False  # "work with leadership skills": the hire's own
    lowest = max(0, start - 120)
    clause_start = lowest
    for cut in _NOT_IN_A_LIST.finditer(text, lowest, start):
        clause_start = cut.end()
    words = _LIST_WORD.findall(text, clause_start, start)[-_PARTNER_LOOK_BACK:]
    for i in range(len(words) - 1, 0, -1):
        word = words[i].lower()
        if word in senses.partner_verbs:
            before = [w.lower() for w in words[max(0, i - 2):i]]  # "work closely with": an adverb between
            return any(w in senses.partner_verbs[word] for w in before)
        if word in _PHRASE_ENDS:
            return False  # "work with the team to build leadership": a verb's own clause
    return False


#: A possessive right before a word, one space between ("the world's", "the UK’s", "our clients'")
_POSSESSIVE = regex_programs.compile(r"[A-Za-z](?:['\u2019]s|s['\u2019])[ \t]$")
#: "in", then the words of a noun phrase up to its end (a comma, a full stop, a phrase end)
_IN_PHRASE = regex_programs.compile(r"[ \t]+in[ \t]+((?:[A-Za-z][A-Za-z'\u2019&-]*[ \t]*){1,6})")
_STANDING_LOOK_AHEAD = 6


def _market_standing(text: str, end: int, senses: _Senses) -> bool:
    """Whether "in" and a noun phrase ending in a market noun follow ``text[:end]`` ("a leader in
    the incoming luxury travel industry"): the employer's standing, not the hire. Constant work."""
    found = _IN_PHRASE.match(text, end, min(len(text), end + 120))
    if found is None:
        return False
    for word in found.group(1).split()[:_STANDING_LOOK_AHEAD]:
        word = word.lower()
        if word in senses.standing_nouns:
            return True
        # "the leader in our field" is the employer's; "a leader in your field" is the hire
        if word in _PHRASE_ENDS and word not in senses.determiners:
            return False
    return False


def _after_determiner(text: str, start: int, after: list[str], senses: _Senses, nouns: frozenset) -> bool:
    """Whether the coded word at ``start`` follows a determiner directly and one of ``after`` is
    in ``nouns``: an adjective of the employer's or its product's noun phrase."""
    if not any(w in nouns for w in after):
        return False
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and before.group(1).split()[-1].lower() in senses.determiners


#: Characters no functional phrase can contain: FUNCTIONAL_PHRASES reads only word characters,
#: spaces, # & ' , - and the dot of "force.com" (tests/test_gender_coded.py checks this against
#: the pattern).
_NOT_IN_PHRASES = regex_programs.compile(r"[^\w\s#&',.\-]|\.(?!com)", re.I)


@lru_cache(maxsize=1)
def _folded_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """``_NOT_IN_PHRASES``, ``_PHRASE_STARTS`` and ``FUNCTIONAL_PHRASES`` without re.I, for text
    lower-cased by ``regexes.safe_lower``: none of them names a capital, so they find the same
    matches there (tests/test_gender_coded.py checks ``regexes.can_fold`` for each)."""
    return tuple(regex_programs.compile(p.pattern, p.flags & ~re.IGNORECASE)
                 for p in (_NOT_IN_PHRASES, _PHRASE_STARTS, FUNCTIONAL_PHRASES))


def _functional_phrases(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Spans of the FUNCTIONAL_PHRASES matches that ``finditer`` over the whole text finds in the
    stretches of text holding ``positions`` (in increasing order).

    The scan is the check's largest cost, and few words are left to test. No match can run across a
    character of ``_NOT_IN_PHRASES``, so between two of them the whole-text scan finds just what a
    scan started after the first one finds. Each stretch holding a position is scanned the way
    ``finditer`` scans, but trying a match only where a phrase can start, up to the stretch's end.
    """
    if not positions:
        return []
    lowered = safe_lower(text)
    if lowered is None:
        not_in_phrases, phrase_starts, phrases = _NOT_IN_PHRASES, _PHRASE_STARTS, FUNCTIONAL_PHRASES
    else:  # same offsets, and the patterns without re.I run several times faster
        text = lowered
        not_in_phrases, phrase_starts, phrases = _folded_patterns()
    cuts = [m.start() for m in not_in_phrases.finditer(text)]
    spans: list[tuple[int, int]] = []
    scanned_to = 0
    for pos in positions:
        i = bisect.bisect_right(cuts, pos)
        start = cuts[i - 1] + 1 if i else 0
        if start < scanned_to:
            continue  # a stretch already scanned
        scanned_to = end = cuts[i] if i < len(cuts) else len(text)
        for candidate in phrase_starts.finditer(text, start, end):
            at = candidate.start()
            if spans and at < spans[-1][1]:
                continue  # inside the phrase just found: finditer goes on after its end
            match = phrases.match(text, at)
            if match:
                spans.append(match.span())
    return spans


def verdict(masculine: int, feminine: int) -> str:
    diff = feminine - masculine
    if diff == 0:
        return "neutral" if masculine or feminine else "empty"
    if diff > 3:
        return "strongly feminine-coded"
    if diff > 0:
        return "feminine-coded"
    if diff < -3:
        return "strongly masculine-coded"
    return "masculine-coded"


def gender_coded_metric(analysis) -> dict:
    hits = coded_words(analysis)
    masc = [w for _s, _e, side, _st, w in hits if side == "masculine"]
    fem = [w for _s, _e, side, _st, w in hits if side == "feminine"]
    return {"gender_coded": {
        "masculine": len(masc), "feminine": len(fem), "verdict": verdict(len(masc), len(fem)),
        "masculine_words": [w.lower() for w in masc], "feminine_words": [w.lower() for w in fem],
    }}


_REFERENCES = ["Gaucher, Friesen & Kay (2011), JPSP 101(1) 109-128, Appendix A",
               "He & Kang (2025), PMC11848290", "Castilla & Rho (2023), Management Science 69(11)",
               "lovedaybrooke/gender-decoder (MIT), scoring"]
_WHY = ("Gaucher, Friesen & Kay (2011) found masculine-coded wording made jobs less appealing to women through "
        "a lower sense of belonging; He & Kang (2025) found replacing masculine words with neutral synonyms "
        "raised applications. Castilla & Rho (2023) found small field effects, so this is a nudge (info), not a "
        "rule.")
#: Words named in the posting-level message per side; the rest are counted ("and 4 more") and
#: all are in the finding's related locations.
_WORDS_IN_MESSAGE = 8


def _word_list(words: list[str]) -> str:
    counts: dict[str, int] = {}
    for w in words:
        counts[w.lower()] = counts.get(w.lower(), 0) + 1
    shown = [w + (f" (x{n})" if n > 1 else "") for w, n in list(counts.items())[:_WORDS_IN_MESSAGE]]
    more = len(counts) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _balance_check(ctx):
    """One finding for the posting: the balance, the words, and each word as a related location."""
    hits = [h for h in coded_words(ctx.analysis) if not ctx.is_quoted(h[0], h[1])]
    if not hits:
        return
    masc = [h[4] for h in hits if h[2] == "masculine"]
    fem = [h[4] for h in hits if h[2] == "feminine"]
    parts = [f"{len(masc)} masculine: {_word_list(masc)}" if masc else "0 masculine",
             f"{len(fem)} feminine: {_word_list(fem)}" if fem else "0 feminine"]
    related = []
    for start, end, side, stem, word in hits:
        table = MASCULINE if side == "masculine" else FEMININE
        src_start, src_end = ctx.document.to_source(start, end)
        related.append((src_start, src_end, f"'{word}' is {side}-coded; consider '{table[stem][1]}'"))
    balance = verdict(len(masc), len(fem))
    if balance == "neutral":  # the words cancel out: nothing to change (the summary line and metric keep it)
        return
    # A lean of one word is no lean: of the judged findings with a one-word lean none was right (several
    # defensible, 4 wrong over seeds 1-5), and they were 84 of the dev corpus' 185 (the metric keeps them)
    if abs(len(masc) - len(fem)) < int(ctx.options.get("min-lean", 2)):
        return
    # A feminine lean asks the writer to change little: Gaucher et al. found masculine wording put
    # women off and feminine wording no one. Of the judged feminine leans none was right (all
    # defensible or wrong, seeds 1-9: "feminine wording is not known to deter"), so only a strong one
    # (more than 3 words) is reported; the metric and the summary line keep every balance.
    if len(fem) - len(masc) >= 1 and len(fem) - len(masc) < int(ctx.options.get("min-feminine-lean", 4)):
        return
    # Placed on the first coded word (an editor shows it there, and a reader of the text report
    # finds the posting's wording at once); every word, the first included, is a related location.
    first_start, first_end = hits[0][0], hits[0][1]
    diag = ctx.report(first_start, first_end, balance=balance, words="; ".join(parts))
    yield replace(diag, related=tuple(related))


balance = FunctionRule(
    _balance_check, code="D203", name="gender-coded-wording", category="bias.gender-coded", severity=Severity.info,
    summary="The posting's balance of gender-coded words (Gaucher, Friesen & Kay 2011), in one finding.",
    what="One finding per posting that has gender-coded words in their trait sense: the balance (masculine-coded, "
         "feminine-coded, neutral, after gender-decoder's scoring) and the words of each list. Each word's range is "
         "a related location (JSON 'related', SARIF 'relatedLocations'); the per-word findings are D201 and D202, "
         "off by default (--extend-select D201,D202). Words are counted as D201/D202 count them: trait sense only, "
         "no headings, equal-opportunity text or quotes; only words that describe the hire or what the hire must be, "
         "not the job's duties or title ('You will lead a team', 'a leadership role', 'make decisions'), other people "
         "or bodies ('executive leaders', 'our leadership team'), tasks ('challenging problems') or the employer and "
         "its products ('a leading provider'). Reported when one side has at least `min-lean` (default 2) "
         "more words than the other: one word is no lean; a feminine lean only from `min-feminine-lean` (default 4) "
         "words, since feminine wording is not known to put anyone off (the 'gender_coded' metric still gives "
         "every balance).",
    why=_WHY,
    bad=["We want an aggressive, competitive self-starter."], good=["We want a proactive self-starter."],
    fix="Replace the words listed with neutral synonyms (each related location suggests one); prefer neutral "
        "wording to adding words of the other list (He & Kang 2025).",
    references=_REFERENCES,
    message="Gender-coded wording, {balance} ({words}); each word's range and a neutral synonym are related locations",
    source="jdlint.checks.gender_coded", scope="text",
    options={"min-lean": 2, "min-feminine-lean": 4},
)


def _make(side: str, code: str, name: str, table: dict[str, tuple[bool, str]], bad: str, good: str, beyond: str):
    def check(ctx):
        for start, end, s, stem, word in coded_words(ctx.analysis):
            if s != side or ctx.is_quoted(start, end):
                continue
            alt = table[stem][1]
            yield ctx.report(start, end, suggestions=[alt], stem=stem + ("*" if table[stem][0] else ""))

    check.__name__ = name.replace("-", "_")
    return FunctionRule(
        check, code=code, name=name, category="bias.gender-coded", severity=Severity.info,
        summary=f"A {side}-coded word from Gaucher, Friesen & Kay (2011).",
        what=f"Words on the paper's {side} list (a stem marked * matches as a prefix, others as whole words, with "
             "their adverb and noun forms derived by rule: 'decisively', 'decisiveness', 'confidence', 'logical'), "
             f"and a few trait words beyond it that two independent case writers labelled {side}-coded ({beyond}); "
             "of these, the ones with common other senses count only where the grammar names a person: right before "
             "a person or a character noun, a predicate of the hire, or a fragment alone ('a strong negotiator', "
             "'You are driven', 'Patient with first-time buyers', not 'strong knowledge', 'driven by', 'patient "
             "records'); "
             "skipping known false positives (responsibilities, dependents, Connecticut, confidential, analyst, "
             "competitive salary...), functional phrases ('customer support', 'team lead', 'data-driven', 'lead-free'), other senses "
             "shown by a collocation on either side (about the work, the market, the pay, a service, a medical or legal "
             "term: 'aggressive pricing', 'a dominant market share', 'supportive housing', 'an independent review', "
             "'market leader', 'kind of'), words said of other people (the customers or pupils the hire serves, the "
             "people the hire trains: 'give students confidence', 'train graduates into confident litigators') or of "
             "a thing kept or made so ('keep the shed warm'), in the object of a thing's own verb ('The documentary profiles an "
             "outspoken journalist'), a trait noun in its everyday sense ('an active recruitment drive', 'The decisive "
             "match is shown live', 'across the trust'), what is cleaned or serviced ('Forceful air dryers must be cleaned'), verbs of work with an object (a duty of the post or a "
             "thing had: 'lead the migration of the payroll', 'lead a team of six', 'the town boasts a lido'; 'lead by "
             "example', 'leads from the front' count), the job's function and other people ('a leadership role', "
             "'provide strategic leadership', 'thought leader', 'executive leaders', 'the leadership team', the noun "
             "'decisions'; 'a natural leader', 'You are a strong leader', 'leadership skills', 'demonstrated "
             "leadership', 'decisive' count), adjectives of a task ('challenging, strategic problems'), the employer's "
             "brands as a subject ('the brands operate independently'), the employer by name as the subject ('The Foundation strives to nurture ...', 'Harbour "
             "Trust is a national leader in ...') or a noun named its value ('Innovation and leadership are our "
             "hallmarks'), headings, equal-opportunity text and quotes. Lists and filters: "
             "jdlint/data/gender_coded.yaml. The file's balance is the 'gender_coded' metric and D203's finding; this "
             "per-word rule is off by default (--extend-select D201,D202).",
        why=_WHY,
        bad=[bad], good=[good],
        fix="Prefer a neutral synonym to adding words of the other list (He & Kang 2025).",
        references=_REFERENCES,
        message=f"'{{match}}' is {side}-coded (stem '{{stem}}'); consider '{{suggestion}}'",
        source="jdlint.checks.gender_coded", scope="text",
        # one posting-level finding (D203) replaces these in the default set: a word-by-word list
        # was the noisiest part of the default report (issue 14)
        enabled_by_default=False,
    )


masculine_coded = _make("masculine", "D201", "masculine-coded-word", MASCULINE,
                        "We want an aggressive, competitive self-starter.", "We want a proactive self-starter.",
                        "'strong', 'driven', 'bold', 'tenacious', 'hard-charging', 'daring', 'rugged'")
feminine_coded = _make("feminine", "D202", "feminine-coded-word", FEMININE,
                       "We want a warm, nurturing and compassionate colleague.", "We want a friendly colleague.",
                       "'patient', 'tactful', 'collaborative', 'caring', 'soft-spoken'")

RULES = [masculine_coded, feminine_coded, balance]
METRICS = [gender_coded_metric]
