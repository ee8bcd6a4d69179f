"""What a regular expression needs, read from its parse tree, to run it less often and faster.

Python's ``re`` tries a pattern at every position of the text. Rules and section detection run
long case-insensitive alternations over every posting, so the engine reads from each pattern:

- ``required_literals``: strings one of which any match contains, to skip text without them;
- ``first_chars`` / ``guarded``: the characters a match can start with, for a lookahead that
  lets most positions fail at once;
- ``pattern_chars`` and ``safe_lower``: whether a re.I pattern can run without re.I on lower-cased
  text, which finds the same matches several times faster.

All of them only ever skip work: a test compares each shortcut with the plain pattern.
"""
from __future__ import annotations

import re

_MIN_LITERAL = 3  # shorter literals occur in almost every posting: no point checking for them


def required_literals(pattern: str, min_length: int = _MIN_LITERAL) -> frozenset[str] | None:
    """Lower-case strings one of which must occur in any text the regex matches, or None.

    The most selective of ``required_literal_sets``: one substring test tells whether the
    regex can match at all, which is most postings for most rules (scanning every position costs
    more than a substring test).
    """
    import re._parser as sre_parse

    try:
        needs = _requirements(list(sre_parse.parse(pattern)))
    except re.error:
        return None
    best = max(needs, key=_selectivity) if needs else None  # the first of equals, as written
    return frozenset(best) if best and _selectivity(best) >= min_length else None


def required_literal_sets(pattern: str, min_length: int = _MIN_LITERAL) -> tuple[frozenset[str], ...] | None:
    """Sets of lower-case strings such that any text the regex matches holds one string of
    every set, or None when no set is selective enough to be worth a test.

    Derived from the regex's parse tree: a run of literal characters is required; a group or a
    repeat with a minimum of one requires what its content requires; an alternation requires one
    of what each branch requires. ``work\s+hard\s+play`` gives {work}, {hard}, {play}: a block
    of text must hold all three before the regex is worth running on it.
    """
    import re._parser as sre_parse

    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    sets = {frozenset(need) for need in _requirements(list(tree)) if _selectivity(need) >= min_length}
    return tuple(sorted(sets, key=lambda need: (-_selectivity(need), sorted(need)))) or None


_DIGITS = frozenset("0123456789")


def _selectivity(literals: set[str]) -> int:
    """How rarely a posting holds one of ``literals``, roughly: the shortest literal's length.
    A required digit counts as a three-letter word: most lines of prose hold no number."""
    return min(_MIN_LITERAL if literal in _DIGITS else len(literal) for literal in literals)


def _requirements(items: list) -> list[set[str]]:
    """Every requirement of a sequence of regex items: each is a set one of whose strings any
    match must contain."""
    from re._constants import (ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)

    found: list[set[str]] = []
    run: list[str] = []
    for op, arg in items + [(None, None)]:
        if op is LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            found.append({"".join(run)})
            run = []
        if op is SUBPATTERN:
            found.extend(_requirements(list(arg[3])))
        elif op is ATOMIC_GROUP:
            found.extend(_requirements(list(arg)))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            found.extend(_requirements(list(arg[2])))
        elif op is IN:
            digits = _digits_in(arg)
            if digits:
                found.append(digits)
        elif op is BRANCH:
            found.extend(_branch_requirements([_requirements(list(alt)) for alt in arg[1]]))
    return found


def _branch_requirements(alternatives: list[list[set[str]]]) -> list[set[str]]:
    """What an alternation requires: one requirement of each alternative, joined. Any choice
    is valid, so the alternatives' best requirements are joined first, then their second best
    (or best again, for an alternative with only one), and so on: ``age \\d|\\d+ years``
    requires {age, years} and also a digit."""
    if not alternatives or not all(alternatives):
        return []  # an alternative that requires nothing lets the whole group match anything
    ranked = [sorted(needs, key=_selectivity, reverse=True) for needs in alternatives]
    out: list[set[str]] = []
    for i in range(max(len(needs) for needs in ranked)):
        union = set().union(*(needs[min(i, len(needs) - 1)] for needs in ranked))
        if union not in out:
            out.append(union)
    return out


def _digits_in(items: list) -> set[str] | None:
    """The digits a character class like ``[2-9]`` or ``\\d`` matches, if it matches only digits."""
    from re._constants import CATEGORY, CATEGORY_DIGIT, LITERAL, RANGE

    digits: set[str] = set()
    for op, arg in items:
        if op is LITERAL and chr(arg) in _DIGITS:
            digits.add(chr(arg))
        elif op is RANGE and chr(arg[0]) in _DIGITS and chr(arg[1]) in _DIGITS:
            digits.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            digits.update(_DIGITS)
        else:
            return None
    return digits or None


_MAX_FIRST_CHARS = 10  # a wider set than this filters too few positions to pay for the check


def first_chars(pattern: str, flags: int = re.IGNORECASE,
                limit: int | None = _MAX_FIRST_CHARS) -> str | None:
    """The characters any match must start with (lower-case under re.I), or None if more than
    ``limit`` or unknown.

    Python's ``re`` tries a pattern at every position; a pattern that opens with ``\\b`` and an
    alternation pays for the whole attempt each time. A lookahead on the first character lets
    most positions fail at once (about 1.6x over the built-in rules' patterns).
    """
    import re._parser as sre_parse

    try:
        chars, nullable = _first(list(sre_parse.parse(pattern)))
    except re.error:
        return None
    if chars is None or nullable:
        return None
    if flags & re.IGNORECASE:
        chars = {c.lower() for c in chars}
    return "".join(sorted(chars)) if limit is None or len(chars) <= limit else None


def with_lookahead(pattern: str, first: str | None) -> str:
    """``pattern`` behind a zero-width check that the match starts with one of ``first``."""
    return f"(?=[{re.escape(first)}])(?:{pattern})" if first else pattern


def guarded(pattern: str, flags: int = re.IGNORECASE, limit: int | None = _MAX_FIRST_CHARS) -> str:
    """``pattern`` with a first-character lookahead when its matches can start with at most
    ``limit`` characters, else as it is: the same matches, found faster. Callers whose pattern
    is searched often enough to pay for a wider check (measured) pass a larger ``limit``."""
    return with_lookahead(pattern, first_chars(pattern, flags, limit))


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(characters a match of ``items`` can start with, whether it can be empty)."""
    from re._constants import (ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL,
                               MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN)

    found: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            return found | {chr(arg)}, False
        if op is IN:
            chars = _class_chars(arg)
            return (found | chars if chars is not None else None), False
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero width: the next item supplies the first character
        if op is BRANCH:
            nullable = False
            for alternative in arg[1]:
                chars, empty = _first(list(alternative))
                if chars is None:
                    return None, False
                found |= chars
                nullable |= empty
            if not nullable:
                return found, False
            continue
        if op is SUBPATTERN:
            chars, nullable = _first(list(arg[3]))
        elif op is ATOMIC_GROUP:
            chars, nullable = _first(list(arg))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            chars, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            return None, False  # any character, back-references, conditionals: no filter
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _class_chars(items: list) -> set[str] | None:
    from re._constants import CATEGORY, CATEGORY_DIGIT, CATEGORY_SPACE, LITERAL, RANGE

    chars: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            chars.add(chr(arg))
        elif op is RANGE and arg[1] - arg[0] < 64:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            chars.update(_DIGITS)
        elif op is CATEGORY and arg is CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:
            return None  # negated or wide classes
    return chars


#: Characters that re.I matches to a letter other than their ``str.lower()``: dotless ı and long
#: ſ match "i" and "s", and "İ" lowers to two characters. Text holding one is searched as it is.
CASE_TRAPS = re.compile("[\u0130\u0131\u017f]")


def safe_lower(text: str) -> str | None:
    """``text`` lower-cased with the same length and offsets, or None when a case-insensitive
    pattern could match it differently from its lower-cased form."""
    return None if CASE_TRAPS.search(text) else text.lower()


def pattern_chars(pattern: str) -> set[str] | None:
    """Every character a pattern names (literals, class members, ranges), or None for one with
    back-references or inline flags, where re.I does more than fold the text's letters."""
    from re._constants import (BRANCH, GROUPREF, GROUPREF_EXISTS, IN, LITERAL, NOT_LITERAL, RANGE,
                               SUBPATTERN)
    import re._parser as sre_parse

    chars: set[str] = set()

    def walk(items) -> bool:
        for op, arg in items:
            if op in (GROUPREF, GROUPREF_EXISTS) or (op is SUBPATTERN and (arg[1] or arg[2])):
                return False
            if op in (LITERAL, NOT_LITERAL):
                chars.add(chr(arg))
            elif op is RANGE:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            elif op is IN:
                if not walk(arg):
                    return False
            elif op is BRANCH:
                if not all(walk(alternative) for alternative in arg[1]):
                    return False
            else:  # groups, repeats, lookarounds: what they contain
                parts = arg if isinstance(arg, tuple) else (arg,)
                if not all(walk(part) for part in parts if isinstance(part, sre_parse.SubPattern)):
                    return False
        return True

    return chars if walk(sre_parse.parse(pattern)) else None


def can_fold(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` with re.I matches what it matches without re.I in ``safe_lower`` text."""
    chars = pattern_chars(pattern)
    return bool(flags & re.IGNORECASE) and chars is not None and all(c == c.lower() for c in chars)
