"""The shared pattern index: one pass finds every rule's terms, with variants."""
from __future__ import annotations

from jdlint import nlp as nlp_module
from jdlint.matching import PatternIndex, variants
from jdlint.rules import EXCEPTION, Pattern, Rule


class _R(Rule):
    def __init__(self, code, patterns):
        self.code = code
        self._p = patterns

    def patterns(self):
        return self._p


def run(text, *rules):
    nlp = nlp_module.load()
    return PatternIndex(nlp, rules).run(nlp(text))


def test_variants():
    assert variants("fast-paced") == {"fast-paced", "fast paced", "fastpaced"}
    assert variants("team  player") == {"team player", "team-player"}


def test_lower_lemma_prefix_and_regex_in_one_pass():
    hits = run("Salesmen wanted: a Fast Paced, ambitious rockstar. XX years.",
               _R("A101", [Pattern("lower", "fast-paced", "fp")]),
               _R("A102", [Pattern("lemma", "salesman", "sm")]),
               _R("A103", [Pattern("prefix", "ambitio", "amb")]),
               _R("A104", [Pattern("regex", r"\b(?P<flag>X+) years", "xx")]))
    assert [(m.text, m.key) for m in hits["A101"]] == [("Fast Paced", "fp")]
    assert [(m.text, m.key) for m in hits["A102"]] == [("Salesmen", "sm")]
    assert [(m.text, m.key) for m in hits["A103"]] == [("ambitious", "amb")]
    assert [(m.text, m.groups) for m in hits["A104"]] == [("XX", {"flag": "XX"})]


def test_prefix_needs_the_stem_at_the_start_of_the_word():
    hits = run("Unambitious people and ambition.", _R("A103", [Pattern("prefix", "ambitio", "amb")]))
    assert [m.text for m in hits["A103"]] == ["ambition"]


def test_longest_overlap_wins_and_exceptions_remove_hits():
    hits = run("A fast-paced environment. Setup wizard. A wizard.",
               _R("A101", [Pattern("lower", "fast-paced", 1), Pattern("lower", "fast-paced environment", 2)]),
               _R("A102", [Pattern("lower", "wizard", 3), Pattern("lower", "setup wizard", EXCEPTION)]))
    assert [(m.text, m.key) for m in hits["A101"]] == [("fast-paced environment", 2)]
    assert [m.start for m in hits["A102"]] == [len("A fast-paced environment. Setup wizard. A ")]


def test_required_literals_are_what_a_match_needs():
    from jdlint.matching import required_literals

    assert required_literals(r"\bfast[\s-]paced\b") == {"paced"}
    assert required_literals(r"\b(?:rock|jazz)\s*stars?\b") == {"rock", "jazz"}
    assert required_literals(r"(?:foo)?bar") == {"bar"}
    assert required_literals(r"x?Abc") == {"abc"}  # compared with the lower-cased posting
    assert required_literals(r"ab|cd") is None  # too short to be worth a check
    assert required_literals(r"(?:rockstar)?|\d+") is None  # a branch needs nothing
    assert required_literals(r"\d+") is None


def test_prefilter_never_hides_a_match():
    import re

    from jdlint.matching import required_literals

    texts = ["We need a ROCK  star today.", "Fast-Paced work", "no stars here", "jazz stars"]
    for pattern in (r"\b(?:rock|jazz)\s*stars?\b", r"\bfast[\s-]paced\b", r"(?:foo)?bar"):
        literals = required_literals(pattern)
        for text in texts:
            if re.search(pattern, text, re.I):
                assert any(lit in text.lower() for lit in literals), (pattern, text)
