"""mem46: which regexes share an RE2 set (issue 17's 400 MB bound on 10,000 postings).

A set's lazy DFA states combine the partial matches of its patterns. One rule's regexes share words and
frames (the bias rules' person slot), so held together their partial matches coincide; dealt in turn, every
set held a bit of every rule (replaying 1,000 bench postings' blocks: 68.9 MB of states dealt, 44.1 MB as
neighbours, sets of 20). These tests read no RSS and time nothing: they fail if the sets go back to being
dealt, which is how the memory would come back. The answers do not depend on the sets (the screens only
rule out what cannot match: tests/test_regex_screen.py and tests/test_re2_screen.py compare screened and plain).
"""
from __future__ import annotations

import pytest

from jdlint import regex_screen
from jdlint.config import Config
from jdlint.engine import Linter
from jdlint.matching import SCREEN_SET_SIZE, _neighbours

pytestmark = pytest.mark.skipif(regex_screen._re2() is None, reason="google-re2 is not installed")


@pytest.mark.parametrize("count", [1, 14, 15, 16, 29, 30, 31, 326, 426, 500])
def test_neighbours_cut_the_list_in_order_into_near_equal_runs(count):
    sets = _neighbours(count, 15)
    sizes = [sets.count(k) for k in range(max(sets) + 1)]
    assert sets == sorted(sets)  # runs of neighbours, in order: not dealt in turn
    assert len(sizes) == -(-count // 15) and max(sizes) <= 15 and min(sizes) >= max(sizes) - 1, sizes


def test_the_rule_screen_keeps_each_rules_regexes_together():
    from jdlint import nlp as nlp_module

    config = Config(select=("ALL",))
    index = Linter(config).plan_for(config).pattern_index(nlp_module.load(None))
    screen = index.screen()
    assert isinstance(screen, regex_screen.SplitScreen)
    for _, positions in screen.parts:
        assert positions == list(range(positions[0], positions[-1] + 1)), positions  # one run of neighbours
    set_of = {at: k for k, (_, positions) in enumerate(screen.parts) for at in positions}
    by_rule: dict[str, set[int]] = {}
    for at, entry in enumerate(index.regex):
        by_rule.setdefault(entry.code, set()).add(set_of[at])
    # a rule's regexes span no more sets than their count needs, plus one where a cut falls inside the rule
    smallest = min(len(positions) for _, positions in screen.parts)
    for code, sets in by_rule.items():
        count = sum(entry.code == code for entry in index.regex)
        assert len(sets) <= -(-count // smallest) + 1, (code, count, sorted(sets))
        assert max(sets) - min(sets) == len(sets) - 1, (code, sorted(sets))  # neighbouring sets
    assert SCREEN_SET_SIZE <= 15


def test_the_section_tables_keep_the_duty_statements_alone_and_three_tables_a_set():
    from jdlint.sections import classify as C

    sets = C._TABLES.set_numbers()
    duty = C._TABLES.members.index(C._DUTY_STATEMENT)
    assert sets.count(sets[duty]) == 1
    others = [k for i, k in enumerate(sets) if i != duty]
    assert max(others.count(k) for k in set(others)) <= 3
