"""Regexes compiled on first use (``regexes.LazyPattern``), and the built-in regexes no run
compiles at load any more: the tests compile every one of them instead."""
from __future__ import annotations

import gc
import pickle
import re

import pytest

import jdlint
from jdlint import frames
from jdlint.config import Config
from jdlint.frames import FrameRule
from jdlint.regexes import LazyPattern
from jdlint.registry import load_registry
from jdlint.rule_packs import PackError, load_pack

TEXT = ("Senior Engineer (m/f/d) — apply now! We're an Equal Opportunity Employer. "
        "Salary: $90,000–$110,000 per year. You must be under 35 and a native English speaker.\n"
        "Rockstar ninjas only; no visa sponsorship. Call 555-0100 or e-mail jobs@example.com.")


@pytest.mark.parametrize("pattern,flags", [
    (r"\b(?P<word>rock\s*stars?)\b", re.I),
    (r"(?i)(?s)native.+speaker", 0),
    (r"(?x) \d+ [–-] \d+", 0),
    (r"(?:m/f/d|\(m/w/d\))", re.I | re.M),
    (r"\w+", re.A),
    (r"(\w)(\w)?", 0),
])
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern, flags):
    compiled = re.compile(pattern, flags)
    lazy = LazyPattern(pattern, flags)
    assert lazy.pattern == compiled.pattern and lazy.flags == compiled.flags
    for copy in (lazy, pickle.loads(pickle.dumps(lazy))):
        assert [m.span() for m in copy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
        assert copy.findall(TEXT) == compiled.findall(TEXT)
        assert copy.sub("#", TEXT) == compiled.sub("#", TEXT)
        assert copy.split(TEXT) == compiled.split(TEXT)
        assert bool(copy.search(TEXT, 10, 60)) == bool(compiled.search(TEXT, 10, 60))
        assert copy.groups == compiled.groups and copy.groupindex == compiled.groupindex
        assert copy.flags == compiled.flags  # after compiling as before


def test_reading_pattern_and_flags_does_not_compile():
    lazy = LazyPattern(r"\bwork\s+hard\b", re.I)
    assert (lazy.pattern, lazy.flags) == (r"\bwork\s+hard\b", re.I | re.U)
    assert "_compiled" not in lazy.__dict__
    assert lazy.search("We WORK hard") is not None
    assert lazy.__dict__["_compiled"].search is not None


def test_an_invalid_lazy_pattern_raises_at_its_first_use():
    lazy = LazyPattern("(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def _lazy_patterns() -> list[LazyPattern]:
    # gc.get_objects() does not list frozen objects, and a test that ran the CLI in this process before (its start-up
    # freezes everything alive, cli._start_up) hid the modules' patterns: 22 of 172 found on CI (session 44)
    gc.unfreeze()
    load_registry()
    frames.library()
    jdlint.lint_text("# Engineer\n\n" + TEXT + "\n", path="t.md", config=Config(select=("ALL",)))
    return [o for o in gc.get_objects() if isinstance(o, LazyPattern)]


def test_every_lazy_pattern_of_jdlint_compiles_with_the_flags_it_reports():
    lazies = _lazy_patterns()
    assert len(lazies) > 90  # the modules' wording regexes and the frame rules' alternations
    for lazy in lazies:
        fresh = LazyPattern(lazy.pattern, lazy._flags)  # flags read before any compiling
        assert fresh.flags == re.compile(lazy.pattern, lazy._flags).flags, lazy.pattern


def test_every_builtin_rule_regex_compiles():
    # what load_pack no longer does for the built-in packs at every run (trusted=True)
    registry = load_registry()
    seen = 0
    for rule in registry.rules:
        for pattern in rule.patterns():
            if pattern.kind == "regex":
                re.compile(pattern.value, re.I)
                seen += 1
        if isinstance(rule, FrameRule):
            rule.check_regexes()
    assert seen > 100
    library = frames.library()
    for frame in library["frames"].values():
        for side in (frame.before, frame.after):
            if side is not None:
                side.compile()
    # every other table of frames.yaml too (positive action, welcome-widens...): a broken cue there made a frame rule
    # stop at its first posting while the rule's own tests, which never reached it, passed (bias15)
    tables = [value for name, value in library.items() if name != "frames"]
    assert len(tables) >= 4 and all(isinstance(table, LazyPattern) for table in tables)
    for table in tables:
        table.compile()


def test_a_user_pack_s_invalid_regex_still_fails_at_load_with_its_line(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text("""schema: 1
pack: bad
rules:
  - code: X103
    name: bad-regex
    category: vague
    type: regex
    summary: s
    patterns: ['fine', 'broken(']
  - code: X104
    name: bad-frame-basis
    category: bias.age
    type: frame
    summary: s
    attributes: {a: {label: x, terms: ['young']}}
""", encoding="utf-8")
    with pytest.raises(PackError) as exc:
        load_pack(pack)
    assert str(exc.value).startswith(f"{pack}:9:") and "invalid regular expression" in str(exc.value)
    pack.write_text(pack.read_text(encoding="utf-8").replace("'broken('", "'fixed'")
                    + "    basis: ['ok', '[unclosed']\n", encoding="utf-8")
    with pytest.raises(PackError) as exc:
        load_pack(pack)
    assert str(exc.value).startswith(f"{pack}:10:") and "basis: invalid regular expression '[unclosed'" in str(exc.value)
    # a user-defined frame's cue too
    pack.write_text(pack.read_text(encoding="utf-8").replace("'[unclosed'", "'closed'")
                    + "    frames: [{name: mine, before: ['*bad']}]\n", encoding="utf-8")
    with pytest.raises(PackError) as exc:
        load_pack(pack)
    assert "frame 'mine' before: invalid regular expression '*bad'" in str(exc.value)


def test_every_lazy_table_of_the_context_compiles():
    # context.yaml's tables are compiled on first use: a broken regex there would first show as an internal error
    # on some posting; compile each module-level table now
    from jdlint import context

    tables = [value for value in vars(context).values() if isinstance(value, LazyPattern)]
    assert len(tables) >= 8
    for table in tables:
        table.compile()
