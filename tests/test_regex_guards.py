"""Patterns that start with a lookahead for the first letters of their alternatives (a speed-up:
re tries every alternative at every position) must list every alternative's first letter, or the
lookahead would silently drop matches."""
from __future__ import annotations

import re
from re import _constants as c, _parser

import pytest

from jdlint.checks.requirements import DEGREE
from jdlint.context import EEO_PATTERNS, EEO_WEAK_PATTERNS


def first_chars(items) -> set[str]:
    """Lower-case characters a match of the parsed pattern ``items`` can start with."""
    found: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is c.LITERAL:
            return found | {chr(av).lower()}
        if op is c.IN:
            chars = set()
            for item, value in av:
                assert item in (c.LITERAL, c.RANGE), f"a set with {item} could start with anything"
                low, high = (value, value) if item is c.LITERAL else value
                chars.update(chr(ch).lower() for ch in range(low, high + 1))
            return found | chars
        if op is c.BRANCH:
            return found.union(*(first_chars(branch) for branch in av[1]))
        if op is c.SUBPATTERN:
            return found | first_chars(av[3])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found |= first_chars(av[2])
            if av[0] > 0:
                return found
            continue  # optional: what follows can start the match too
        raise AssertionError(f"cannot tell how {op} starts")
    raise AssertionError("the pattern can match an empty string")


@pytest.mark.parametrize("pattern", [EEO_PATTERNS, EEO_WEAK_PATTERNS, DEGREE], ids=["eeo", "eeo-weak", "degree"])
def test_the_first_letter_lookahead_lists_every_alternative(pattern):
    guard = re.match(r"\(\?=\[(\w+)\]\)", pattern.pattern)
    assert guard, "the pattern starts with (?=[letters])"
    # first_chars passes over the lookahead itself: what is left is what the alternatives start with
    assert first_chars(_parser.parse(pattern.pattern, pattern.flags)) <= set(guard.group(1))


def test_first_chars_reads_patterns():
    assert first_chars(_parser.parse(r"\bab|(?:x|y)?z|[a-c]d", re.I)) == {"a", "x", "y", "z", "b", "c"}
