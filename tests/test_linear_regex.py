"""User rule packs' regexes run on RE2 (issue 18 item 2): no pattern can hang a run."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from conftest import run_cli
from jdlint.linear_regex import LinearRegexError, check
from jdlint.linear_regex import compile as linear_compile

PACK = """schema: 1
pack: mine
rules:
  - code: U101
    name: a-run
    category: vague
    type: regex
    summary: A run of a's.
    message: "'{{match}}' ({{word}})"
    patterns:
      - {pattern}
"""


def write_pack(tmp_path: Path, pattern: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(PACK.format(pattern=pattern), encoding="utf-8")
    return path


def test_catastrophic_pattern_in_a_user_pack_does_not_hang(tmp_path):
    # on Python's re, '(a+)+$' against 41 a's and a '!' backtracks 2^41 times: the run hung
    pack = write_pack(tmp_path, "'(?P<word>(a+)+)$'")
    posting = tmp_path / "p.md"
    posting.write_text("# Chef\n\n" + "a" * 41 + "!\n\nWe bake " + "a" * 12 + "\n", encoding="utf-8")
    proc = run_cli("--no-cache", "--isolated", "--rule-pack", str(pack), "--select", "U101",
                   "-f", "json", str(posting))
    assert proc.returncode == 1, proc.stderr
    # only the second block ends in a's; the match's group fills the message
    assert '"line": 5' in proc.stdout and "a" * 12 in proc.stdout and '"line": 3' not in proc.stdout


@pytest.mark.parametrize("pattern, construct", [
    (r"'(?<!un)paid'", "invalid perl operator: (?<!"),
    (r"'(\w)\1'", "invalid escape sequence: \\1"),
])
def test_constructs_re2_lacks_are_refused_at_their_place(tmp_path, pattern, construct):
    pack = write_pack(tmp_path, pattern)
    proc = run_cli("--no-cache", "--isolated", "--rule-pack", str(pack), "--list-rules")
    assert proc.returncode == 2
    assert f"{pack}:11:9: regular expression not supported: {construct}" in proc.stderr
    assert "re2.cc" not in proc.stderr  # RE2's own log line is switched off


def test_positions_are_characters_of_the_whole_text():
    # RE2 works on UTF-8 bytes and on a slice per block: spans come back in the text's characters
    text = "Ünïcode café\nthe CAFÉ latte and café mocha"
    start = text.index("\n") + 1
    found = [(m.span(), m.span("flag"), m.groupdict())
             for m in linear_compile(r"(?P<flag>café) (?P<what>\pL+)").finditer(text, start, len(text))]
    assert found == [((start + 4, start + 14), (start + 4, start + 8), {"flag": "CAFÉ", "what": "latte"}),
                     ((start + 19, start + 29), (start + 19, start + 23), {"flag": "café", "what": "mocha"})]
    assert text[found[0][0][0]:found[0][0][1]] == "CAFÉ latte"
    with pytest.raises(LinearRegexError):
        check("a(?=b)")


def test_re2_finds_what_re_finds_for_the_builtin_patterns_it_can_run(dev_corpus):
    # the guard for keeping two engines: every built-in regex rule RE2 can compile gives the
    # same matches on RE2 as on re over the dev corpus (built-ins still run on re, for the
    # lookarounds of the others and for the literal pre-filter)
    from jdlint import nlp as nlp_module
    from jdlint.engine import parse_document
    from jdlint.matching import PatternIndex
    from jdlint.rule_packs import RegexRule
    from jdlint.registry import load_registry
    from jdlint.source import read_path

    rules = []
    for rule in load_registry(()).rules:
        if isinstance(rule, RegexRule):
            try:
                for regex in rule.regexes:
                    check(regex)
            except LinearRegexError:
                continue
            rules.append(rule)
    assert len(rules) >= 8
    linear = []
    for rule in rules:
        twin = copy.copy(rule)
        twin.pattern_kind = "linear-regex"
        linear.append(twin)
    nlp = nlp_module.load(None)
    on_re, on_re2 = PatternIndex(nlp, rules), PatternIndex(nlp, linear)
    assert all(type(e).__name__ == "_LinearRegex" for e in on_re2.regex)
    total = 0
    for path in sorted(dev_corpus.glob("*.md"))[::3]:
        document = parse_document(read_path(str(path), 10 ** 7))
        doc = nlp(document.text)
        blocks = [(b.text_start, b.text_end) for b in document.blocks]

        def found(index):
            return {code: [(m.start, m.end, m.key, m.text, m.groups) for m in ms]
                    for code, ms in index.run(doc, blocks, document.text).items() if ms}

        expected = found(on_re)
        assert found(on_re2) == expected, path.name
        total += sum(map(len, expected.values()))
    assert total > 20  # the comparison saw real matches
