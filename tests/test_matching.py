"""The shared pattern index: one pass finds every rule's terms, with variants."""
from __future__ import annotations

from jdlint import nlp as nlp_module
from jdlint.matching import PatternIndex, variants
from jdlint.rule import EXCEPTION, Pattern, Rule


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
    from jdlint.regexes import required_literals

    assert required_literals(r"\bfast[\s-]paced\b") == {"paced"}
    assert required_literals(r"\b(?:rock|jazz)\s*stars?\b") == {"rock", "jazz"}
    assert required_literals(r"(?:foo)?bar") == {"bar"}
    assert required_literals(r"x?Abc") == {"abc"}  # compared with the lower-cased posting
    assert required_literals(r"ab|cd") is None  # too short to be worth a check
    assert required_literals(r"(?:rockstar)?|\d+") is None  # a branch needs nothing
    assert required_literals(r"\d+") == set("0123456789")  # most lines of prose hold no digit


def test_prefilter_never_hides_a_match():
    import re

    from jdlint.regexes import required_literals

    texts = ["We need a ROCK  star today.", "Fast-Paced work", "no stars here", "jazz stars"]
    for pattern in (r"\b(?:rock|jazz)\s*stars?\b", r"\bfast[\s-]paced\b", r"(?:foo)?bar"):
        literals = required_literals(pattern)
        for text in texts:
            if re.search(pattern, text, re.I):
                assert any(lit in text.lower() for lit in literals), (pattern, text)


def test_required_digits_count_as_literals():
    from jdlint.regexes import required_literals

    assert required_literals(r"\b(?:1[6-9]|[2-9]\d)\+") == set("123456789")
    # a word and a number both required: the word is the better filter
    assert required_literals(r"\b(?:1[6-9]|[2-9]\d)\s*years\b") == {"years"}
    # each branch contributes its best filter
    assert required_literals(r"\bage\s+\d+|\b\d+\s+years") == {"age", "years"}
    assert required_literals(r"\bage\s+\d+|\b\d+\+") == {"age"} | set("0123456789")
    assert required_literals(r"[^0-9]x") is None


def test_every_required_set_is_needed_and_branches_join_their_requirements():
    from jdlint.regexes import required_literal_sets

    assert set(required_literal_sets(r"\bwork\s+hard,?\s*(?:and\s+)?play\s+hard(?:er)?\b")) == {
        frozenset({"work"}), frozenset({"hard"}), frozenset({"play"})}
    # each alternative needs a word and a digit: the alternation needs both kinds
    assert set(required_literal_sets(r"\bage\s+\d+|\b\d+\s+years")) == {
        frozenset({"age", "years"}), frozenset("0123456789")}
    # an optional part requires nothing; a short word is too common to test for
    assert required_literal_sets(r"\b(?:he|she)\s+(?:will)?") is None
    assert required_literal_sets(r"(?:rockstar)?|ninja") is None


def test_no_required_set_hides_a_match_of_a_shipped_pattern():
    """Every match of every built-in regex holds one string of each of its required sets."""
    import re

    from conftest import EXAMPLES
    from jdlint.config import Config
    from jdlint.engine import Linter

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir()) if p.is_file())
    text += ("\nMust be 18+. Applicants aged 18-25 only. He/she will... Females only! 21+ only. "
             "Work hard, play hard. No more than 5 years of experience. Must be a practising Christian. "
             "Males only. Must be in good health. Tools, etc. Minimum height requirement. "
             "Canadian work experience required. He or she must lift 50 lbs.")
    config = Config(select=("ALL",))
    index = Linter(config).plan_for(config).pattern_index(nlp_module.load())
    matched = 0
    for entry in index.regex:
        for m in re.finditer(entry.source, text, re.I):
            matched += 1
            for need in entry.needs or ():
                assert any(lit in m.group().lower() for lit in need), (entry.source, m.group(), need)
    assert matched > 15


def test_literal_finder_agrees_with_substring_search():
    from jdlint.matching import _LiteralFinder

    literals = ["her", "other", "wise", "s/he", "7", "ab", "x", "café", "years"]
    finder = _LiteralFinder(literals)
    text = "Otherwise s/he has 7 years. ab x Café\nNothing here\n\nHER own, her_self 17yrs"
    lower = text.lower()
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    masks = finder.block_masks(lower, spans)
    for literal in literals:
        expected = sum(1 << i for i, (start, end) in enumerate(spans) if literal in lower[start:end])
        assert masks.get(literal, 0) == expected, literal


def test_first_chars_are_what_a_match_starts_with():
    from jdlint.regexes import first_chars

    assert first_chars(r"\b(?:Must|should)\s+be") == "ms"
    assert first_chars(r"(?:foo)?bar") == "bf"
    assert first_chars(r"(?<![\d.])\b(?:1[6-9]|2[01])\+") == "12"
    assert first_chars(r"x*") is None  # can match nothing
    assert first_chars(r".x") is None  # any character
    assert first_chars(r"[a-z]+") is None  # too wide to filter


def test_guarded_keeps_what_it_works_out_in_the_cache(tmp_path, monkeypatch):
    # modules guard their patterns at import: the answer is kept on disk, and read back it is the same
    import re

    from jdlint import regexes

    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    pattern = r"\b(?:Must|should)\s+be"
    for _ in range(2):  # worked out, then read back by a new process (the memo forgotten)
        monkeypatch.setattr(regexes, "_LOWER_CASE_ANALYSES", None)
        assert regexes.guarded(pattern) == regexes.with_lookahead(pattern, regexes.first_chars(pattern)) \
            == r"(?=[ms])(?:\b(?:Must|should)\s+be)"
        assert regexes.guarded(pattern, re.I, limit=1) == pattern  # two first characters: no lookahead
        assert regexes.guarded(pattern, 0) == r"(?=[Ms])(?:\b(?:Must|should)\s+be)"  # case kept
    assert any(tmp_path.iterdir())


def test_first_char_lookahead_never_changes_matches():
    import re

    from jdlint.regexes import first_chars
    from conftest import EXAMPLES

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir()) if p.is_file())
    text += "\nMust be 18+. Applicants aged 18-25 only. He/she will... Females only! 21+ only"
    nlp = nlp_module.load()
    from jdlint.config import Config
    from jdlint.engine import Linter

    config = Config(select=("ALL",))
    index = Linter(config).plan_for(config).pattern_index(nlp)
    checked = 0
    for entry in index.regex:
        first = first_chars(entry.source)
        if first:
            plain = re.compile(entry.source, re.I)
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in entry.compiled.finditer(text)] == spans, entry.source
            checked += 1
    assert checked > 30


def test_a_regex_runs_per_block_and_never_across_one():
    nlp = nlp_module.load()
    parts = ["Must be", "21 years old.", "You must be\n21 years old.", "Aged 30."]
    text = "\n".join(parts)
    blocks, at = [], 0
    for part in parts:
        blocks.append((at, at + len(part)))
        at += len(part) + 1
    index = PatternIndex(nlp, [_R("A105", [Pattern("regex", r"\bmust\s+be\s+\d+\s+years\b", "age")]),
                               _R("A107", [Pattern("regex", r"\b(?:[Aa]ged)\s+\d+", "aged")])])
    hits = index.run(nlp(text), blocks)
    assert [m.text for m in hits["A105"]] == ["must be\n21 years"]  # within a block, across lines
    assert [m.text for m in hits["A107"]] == ["Aged 30"]
    assert [m.text for m in index.run(nlp(text))["A105"]] == ["Must be\n21 years", "must be\n21 years"]


def test_regex_analysis_is_cached_and_a_broken_cache_is_ignored(tmp_path, monkeypatch):
    from jdlint import matching

    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    rule = _R("A106", [Pattern("regex", r"\brock\s*stars?\b", "rs")])
    assert [m.text for m in run("a Rock star", rule)["A106"]] == ["Rock star"]
    cached = tmp_path / matching._analysis_cache_name()
    assert cached.exists()
    cached.write_bytes(b"not marshal data")
    assert [m.text for m in run("a Rock star", rule)["A106"]] == ["Rock star"]


def test_text_with_case_traps_is_searched_with_re_i_itself():
    import re

    # re.I matches dotless ı to "i" and long ſ to "s"; lower-casing does not, so such a posting
    # skips the literal filter and the lower-cased shortcut
    text = "Applıcants must be ſingle."
    rule = _R("A108", [Pattern("regex", r"\bapplicants\s+must\s+be\s+single\b", "x")])
    assert re.search(rule.patterns()[0].value, text, re.I)
    assert [m.text for m in run(text, rule)["A108"]] == ["Applıcants must be ſingle"]
    assert [m.text for m in run("APPLICANTS MUST BE SINGLE", rule)["A108"]] == ["APPLICANTS MUST BE SINGLE"]


def test_groups_keep_the_postings_own_letters():
    rule = _R("A109", [Pattern("regex", r"\b(?P<pron>he|she)\s+will\b", "p")])
    (hit,) = run("Then SHE will lead.", rule)["A109"]
    assert hit.groups == {"pron": "SHE"} and hit.text == "SHE will"


def test_guarded_keeps_case_without_re_i_and_a_wider_limit_on_request():
    from jdlint.regexes import guarded

    assert guarded(r"\b(?:Must|should)\s+be") == r"(?=[ms])(?:\b(?:Must|should)\s+be)"
    assert guarded(r"\bTBD|TODO", flags=0) == r"(?=[T])(?:\bTBD|TODO)"
    wide = "|".join("abcdefghijkl")
    assert guarded(wide) == wide  # twelve first letters: not worth a check by default
    assert guarded(wide, limit=None).startswith("(?=[abcdefghijkl])")


def test_terms_matching_the_same_words_resolve_to_the_one_declared_first():
    # "detail-oriented" and "detail oriented" share every variant: the key that comes back must
    # not depend on how many other patterns the index holds (string hashes decided it before).
    for padding in (0, 1, 7, 40):
        filler = [Pattern("lower", f"unusedterm{n}", f"pad{n}") for n in range(padding)]
        hits = run("You are detail oriented.",
                   _R("A101", filler + [Pattern("lower", "detail-oriented", "first"),
                                        Pattern("lower", "detail oriented", "second")]))
        assert [m.key for m in hits["A101"]] == ["first"], padding
        hits = run("You are detail oriented.",
                   _R("A101", filler + [Pattern("lower", "detail oriented", "second"),
                                        Pattern("lower", "detail-oriented", "first")]))
        assert [m.key for m in hits["A101"]] == ["second"], padding


def _fresh_keywords(monkeypatch, tmp_path):
    """A new user cache and no in-process table: what a new process sees."""
    from jdlint import matching

    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(matching, "_KEYWORDS", {})
    return matching


def test_cached_term_values_give_the_same_findings_as_tokenising(tmp_path, monkeypatch):
    from jdlint import api, lint_text
    from jdlint.config import Config

    text = ("Join our fast paced team of rockstars! Salesmen and a young, energetic digital native "
            "wanted; must be clean-shaven. Competitive salary.")
    config = Config(select=("ALL",))
    matching = _fresh_keywords(monkeypatch, tmp_path)
    api.forget()  # no warm plan: each lint below builds its pattern index
    tokenised = lint_text(text, config=config)  # every variant tokenised, then stored
    nlp = nlp_module.load()
    assert (tmp_path / matching._keyword_cache_name(nlp)).exists()
    monkeypatch.setattr(matching, "_KEYWORDS", {})
    api.forget()
    calls = []
    real = matching.PatternIndex._keywords
    monkeypatch.setattr(matching.PatternIndex, "_keywords",
                        lambda self, values, lemmatize: calls.append(len(values)) or real(self, values, lemmatize))
    cached = lint_text(text, config=config)  # read back from the user cache
    assert sum(calls) <= 2 * matching._KEYWORD_SPOT_CHECKS + 2  # only the spot checks tokenise
    api.forget()
    assert cached.diagnostics == tokenised.diagnostics
    assert tokenised.diagnostics  # the text does trip rules


def test_a_changed_rule_pack_gets_its_new_terms_tokenised(tmp_path, monkeypatch):
    _fresh_keywords(monkeypatch, tmp_path)
    first = _R("A120", [Pattern("lower", "ninja coder", "n")])
    assert [m.text for m in run("A Ninja Coder.", first)["A120"]] == ["Ninja Coder"]
    changed = _R("A120", [Pattern("lower", "ninja coder", "n"), Pattern("lemma", "code wizard", "w")])
    assert [m.text for m in run("Code wizards and a ninja-coder.", changed)["A120"]] == ["Code wizards", "ninja-coder"]


def test_wrong_cached_values_are_caught_and_made_again(tmp_path, monkeypatch):
    from jdlint import cache

    matching = _fresh_keywords(monkeypatch, tmp_path)
    rule = _R("A121", [Pattern("lower", "rock star", "r")])
    assert [m.text for m in run("A rock star.", rule)["A121"]] == ["rock star"]
    nlp = nlp_module.load()
    name = matching._keyword_cache_name(nlp)
    stored = cache.load(name)
    # another tokenizer under the same name: every value off by one
    cache.store(name, {key: tuple(v + 1 for v in values) for key, values in stored.items()})
    monkeypatch.setattr(matching, "_KEYWORDS", {})
    assert [m.text for m in run("A rock star.", rule)["A121"]] == ["rock star"]
    assert cache.load(name) == stored  # made again from the tokenizer
    (tmp_path / name).write_bytes(b"not marshal data")
    monkeypatch.setattr(matching, "_KEYWORDS", {})
    assert [m.text for m in run("A rock star.", rule)["A121"]] == ["rock star"]
