"""Heading text -> the section kinds it names: heading synonyms (rule packs' ``sections:`` and
config ``sections.headings``), "About <employer>" headings, and generic headings ("Job
description", "Overview") whose bodies are left to the content classifier."""
from __future__ import annotations

from functools import lru_cache

from ..document import Block, Document
from ..propernames import is_role_noun
from . import terms
from .. import regex_programs

#: Generic heading phrase -> default kind (``jdlint/data/section_terms.yaml``)
GENERIC_HEADINGS = terms.generic_headings()

_WORDS = regex_programs.compile(r"[a-z0-9']+")


@lru_cache(maxsize=4096)  # every heading re-normalises every synonym phrase
def _normalise(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower().replace("\u2019", "'").replace("&", " and ")))


_FILLER = frozenset("""a an and or the our your my their this that of for to in on at with job role position
what we you i key main core also other all some more additional essential general company team s
needed required wanted""".split())


#: kinds whose one-word synonym may open a heading followed by "of"
_OF_KINDS = frozenset({"responsibilities", "requirements", "preferred", "benefits"})


def heading_kinds(heading: str, synonyms: dict[str, list[str]]) -> list[str]:
    """Section kinds a heading names, in the order they appear in it.

    A synonym must end the heading ("Case Manager Job Responsibilities", "Education, Experience,
    and Licensing Requirements"), or the rest of the heading must be other synonyms and filler
    words ("Benefits & Perks", "Work Hours & Benefits"). So "Office Manager/Executive Assistant"
    is not a location heading, and "Put Your Case Manager Job Description to Work for You" names
    nothing.
    """
    return _kinds_named(heading, _synonym_needles(_synonym_key(synonyms)))


def _synonym_key(synonyms: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((kind, tuple(phrases)) for kind, phrases in synonyms.items())


#: hedges that add nothing to what a heading names: "Duties & Responsibilities (but not limited
#: to)", "Primary responsibilities include, but are not limited to, the following"
_HEDGE = regex_programs.compile(r"(?: (?:include|includes|including|are))?(?: but)?(?: are)? not limited to(?: the following)?$"
                    r"|(?: (?:include|includes|including|are))? (?:the following|as follows)$|(?<=[a-z]) (?:include|includes)$"
                    # "An excellent candidate will be able to", "... will be able to demonstrate that
                    # they can" (not "someone who will", which opens duties)
                    r"|(?<! who) (?:will|should|must|can)(?: be able to)?(?: demonstrate(?: that)? (?:they|you) can)?$")


def unhedged(heading: str) -> str:
    """A heading's normalised words without a closing hedge ("... include, but are not limited to")."""
    return _HEDGE.sub("", _normalise(heading))


#: a heading that introduces what the hire is to achieve ("Key Objectives", "You'll need to
#: accomplish the following things") names the duties (``outcome_headings`` in section_terms.yaml)
_OUTCOMES = regex_programs.compile(terms.alternation("outcome_headings"))
#: kinds an outcome heading's words may seem to name that it does not: "you'll need" opens
#: requirements, but "You'll need to accomplish ..." introduces objectives
_NOT_OUTCOMES = frozenset({"requirements", "preferred", "responsibilities"})


def _kinds_named(heading: str, needles: _SynonymNeedles) -> list[str]:
    """heading_kinds, given the synonym needles."""
    kinds = _synonym_kinds(heading, needles)
    if _OUTCOMES.search(_normalise(heading)):
        return ["responsibilities"] + [k for k in kinds if k not in _NOT_OUTCOMES]
    if kinds == ["requirements"] and _FROM_START.search(_normalise(heading)):
        # "From your first day you'll have:" introduces what is given (writer P 9530)
        return ["benefits"]
    if "requirements" in kinds and "how-to-apply" in kinds and _normalise(heading).startswith(_CONSIDERED):
        # the condition of being considered, then what it takes: "To be considered you will need:",
        # "To be considered, you must have" (writer P 9527) introduce the requirements, not how to apply
        return [k for k in kinds if k != "how-to-apply"]
    return kinds


_CONSIDERED = _normalise("to be considered")
_FROM_START = regex_programs.compile(terms.alternation("from_start_headings"))


def _synonym_kinds(heading: str, needles: _SynonymNeedles) -> list[str]:
    """The kinds the heading's synonyms name."""
    norm_plain = unhedged(heading)
    words = norm_plain.split()
    if not words or len(words) > 12:
        return []
    norm = f" {norm_plain} "
    hits: list[tuple[int, int, str]] = []  # (start char, end char, kind)
    # a needle can only be found where its first word is: look for those, in table order
    candidates = sorted({n for word in words for n in needles.by_first_word.get(word, ())})
    for kind, needle in map(needles.needles.__getitem__, candidates):
        pos = norm.find(needle)
        while pos >= 0:
            hits.append((pos, pos + len(needle), kind))
            pos = norm.find(needle, pos + 1)
    if not hits:
        return _about_heading(words)
    # a synonym inside a longer synonym of another kind does not count ("who may apply" is
    # eligibility, not how to apply; "work hours" is not "work")
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
    # (sections18p, real ads) equal-opportunity words that modify a role noun name a job, not the
    # employer's statement: "Equity, Diversity and Inclusion Consultant", "Accessibility Specialist"
    hits = [h for h in hits if not (h[2] == "eeo" and is_role_noun(norm[h[1]:].split(" ", 1)[0]))]
    if not hits:
        return []
    covered = [False] * len(norm)
    for a, b, _ in hits:
        for k in range(a, b):
            covered[k] = True
    uncovered = [w for w, pos in _word_positions(norm) if not covered[pos] and w not in _FILLER]
    ends = any(b == len(norm) for _, b, _ in hits)
    # a synonym opens the heading: of two words or more ("Why join our platform"), or one word of
    # a part of the job followed by "of" ("Advantages of Partnering with SkillPath", "Duties of
    # the Position"; not "Office of the CIO" or "Schedule of events")
    opens = any(a == 0 and (len(norm[a:b].split()) >= 2 or kind in _OF_KINDS and norm.startswith(" of ", b - 1))
                for a, b, kind in hits)
    if uncovered and not ends and not (opens and len(words) <= 8):
        return []
    if uncovered and ends:
        # the synonym closes the heading: keep hits that end it or are joined to it by synonyms
        pass
    found: dict[str, int] = {}
    for a, _, kind in hits:
        found[kind] = min(found.get(kind, a), a)
    return [k for k, _ in sorted(found.items(), key=lambda kv: kv[1])]


class _SynonymNeedles:
    """(kind, " normalised phrase ") for every synonym, and for each word, the indexes of the
    needles that start with it."""

    def __init__(self, needles: tuple[tuple[str, str], ...]) -> None:
        self.needles = needles
        by_first_word: dict[str, list[int]] = {}
        for n, (_, needle) in enumerate(needles):
            by_first_word.setdefault(needle.split()[0], []).append(n)
        self.by_first_word = {word: tuple(ns) for word, ns in by_first_word.items()}


@lru_cache(maxsize=16)  # one synonym table per configuration; headings are many
def _synonym_needles(synonyms: tuple[tuple[str, tuple[str, ...]], ...]) -> _SynonymNeedles:
    return _SynonymNeedles(tuple((kind, f" {p} ") for kind, phrases in synonyms for p in map(_normalise, phrases)
                                 if p))


def _word_positions(norm: str):
    pos = 0
    for w in norm.split(" "):
        if w:
            yield w, pos + 1
        pos += len(w) + 1


def _about_heading(words: list[str]) -> list[str]:
    """"About Monospace", "Why Acme", "About the Canadian Digital Service": the employer."""
    if len(words) < 2:
        return []
    if words[0] in ("about", "why") and len(words) <= 4 \
            and words[1] not in ("the", "this", "you", "your", "our", "role", "job", "position", "us", "join", "work"):
        return ["intro"]
    if len(words) <= 6 and words[:2] == ["about", "the"] and words[-1] not in ("role", "job", "position", "opportunity", "work"):
        return ["intro"]
    if len(words) <= 5 and words[:2] == ["about", "our"] and words[-1] not in ("role", "job", "position"):
        return ["intro"]
    return []


def generic_heading(heading: str) -> str | None | bool:
    """The default kind of a generic heading, None for a generic heading with no default, or
    False when the heading is not generic."""
    norm = _normalise(heading)
    for phrase, kind in GENERIC_HEADINGS.items():
        if norm == phrase or norm.endswith(" " + phrase) and len(norm.split()) <= 8:
            return kind
    return False



def heading_text(document: Document, block: Block) -> str:
    """A heading block's words, without the label colon or emphasis marks."""
    return document.block_text(block).strip().rstrip(":").strip().strip("*_").strip()
