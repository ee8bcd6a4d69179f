"""The case-folding shortcut (jdlint.regexes) gives the answers of the regexes themselves, in
section detection and the equal-opportunity test (regexes.LowerCaseRegex) and in the rules'
pattern index."""
import re
import sys

from jdlint import context as C
from jdlint import regexes
from jdlint import sentences as SP
from jdlint.extract import leftovers as LO, pay as P
from jdlint.sections import classify as SC
from jdlint.regexes import LowerCaseRegex


def _wrapped() -> list:
    found = [w for module in (SC, P, LO, C) for w in vars(module).values() if isinstance(w, LowerCaseRegex)]
    for w in found:
        w.may_match(None)  # works out the needles and the case-sensitive twin
    return found


def _every_character_but_traps() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1)
                   if not 0xD800 <= c <= 0xDFFF and not regexes.CASE_TRAPS.match(chr(c)))


def test_lower_casing_is_how_re_i_sees_the_characters_the_patterns_name():
    # the shortcuts hold when, outside _CASE_TRAPS, a character the pattern names matches under
    # re.I exactly the characters whose str.lower() it is, and lower-casing keeps every offset
    # and what counts as a word, digit or space character
    text = _every_character_but_traps()
    lowered = text.lower()
    assert len(lowered) == len(text)
    named: set[str] = set()
    for w in _wrapped():
        if w.regex.flags & re.IGNORECASE:  # a case-sensitive one only tests lower-cased literals, never folds
            named |= regexes.pattern_chars(w.regex.pattern) or set()
    for entry in _rule_regexes():
        if entry.foldable:
            named |= regexes.pattern_chars(entry.source) or set()
    assert "a" in named and "é" in named
    for c in sorted(named):
        under_re_i = [m.start() for m in re.finditer(re.escape(c), text, re.I)]
        in_lowered = [m.start() for m in re.finditer(re.escape(c), lowered)]
        assert under_re_i == in_lowered, c
    for category in (r"\w", r"\d", r"\s"):
        assert [m.start() for m in re.finditer(category, text)] == \
            [m.start() for m in re.finditer(category, lowered)], category


def _rule_regexes() -> list:
    from jdlint import nlp
    from jdlint.config import Config
    from jdlint.engine import Linter

    config = Config(select=("ALL",))
    return Linter(config).plan_for(config).pattern_index(nlp.load()).regex


def test_rule_regexes_on_lower_cased_text_find_the_same_matches():
    samples = [
        "Must be 18+ years old. Females only! He/she will manage. Native English speaker required.",
        "MUST BE A U.S. CITIZEN. NO FELONS. Young and energetic team, digital natives.",
        "Applicants aged 18-25. Salary: competitive, DOE, etc. and so on",
        "Muſt be a native ſpeaker. Applıcants aged 21+ only",  # traps: searched with re.I itself
    ]
    folded = [e for e in _rule_regexes() if e.folded is not None]
    assert len(folded) > 40
    for entry in folded:
        for text in samples:
            lowered = regexes.safe_lower(text)
            if lowered is None:
                continue
            assert [m.span() for m in entry.folded.finditer(lowered)] == \
                [m.span() for m in re.finditer(entry.source, text, re.I)], (entry.code, text)


def test_twins_only_for_case_insensitive_patterns_without_capitals():
    twins = {w.regex.pattern for w in _wrapped() if w._folded is not None}
    assert C.EEO_PATTERNS.pattern in twins and SC.HOW_TO_APPLY.pattern in twins
    assert regexes.pattern_chars(r"\b(TBD|todo)") == {"T", "B", "D", "t", "o", "d"}
    assert regexes.pattern_chars(r"(a)\1") is None and regexes.pattern_chars(r"(?-i:a)") is None


def test_shortcuts_agree_with_the_regex():
    samples = [
        "We are an equal opportunity employer.", "EQUAL OPPORTUNITY EMPLOYER", "Apply now at jobs@acme.com",
        "Send your résumé to hr@acme.com", "SEND YOUR RÉSUMÉ", "Full-time, Monday to Friday", "Nothing here.",
        "Dental, VISION and 401(k)", "You will manage the team and develop plans.", "Ideally a PhD; a plus",
        "We reſpect applicants regardleſs of race", "Apply İn person", "Salary: competitive, DOE",
    ]
    for w in _wrapped():
        for text in samples:
            lowered = regexes.safe_lower(text)
            assert w.found(text, lowered) == bool(w.regex.search(text)), (w.regex.pattern[:40], text)
            assert w.count(text, lowered) == len(w.regex.findall(text)), (w.regex.pattern[:40], text)
            assert [m.span() for m in w.finditer(text, lowered)] == [m.span() for m in w.regex.finditer(text)]


def test_pay_mentions_shortcuts_keep_lower_case_currency_codes_and_vague_pay():
    # sentences with no figure skip the amount regexes, and figures without a currency skip the
    # range and amount regexes; RANGE_RE and OPEN_ENDED still see lower-case codes under re.I
    found = lambda text: [(p.kind, p.text) for p in P.pay_mentions(text)]
    assert found("Pay: 50,000 usd - 60,000 usd a year") == [("range", "50,000 usd - 60,000 usd")]
    assert found("salary from 40k dollars") == [("open", "from 40k dollars")]
    assert found("Salary DOE. 5+ years of experience") == [("vague", "DOE")]
    assert found("Five years of experience, 401(k)") == []


def test_leading_lookaheads_only_skip_positions_no_match_starts_at():
    # MARKERS and sentences._BREAK open with a lookahead for the characters a match can start with
    lookahead = re.compile(r"^\(\?=\[(?:\\.|[^\]])*\]\)")  # regexes.guarded's (?=[...])
    unguarded_markers = re.compile(lookahead.sub("", LO.MARKERS.pattern, count=1), re.I)
    unguarded_split = re.compile(lookahead.sub("", SP._BREAK.pattern, count=1))
    assert unguarded_markers.pattern != LO.MARKERS.pattern and unguarded_split.pattern != SP._BREAK.pattern
    samples = [
        "Salary: $XX,XXX. TBD by HR; todo: fixme. Lorem ipsum dolor sit amet. X+ years, N years, xx years.",
        "Send CV.Apply now!  \"Quoted\" start. iPhone and JavaScript devs • Remote • On-site\nNew line; (Next)",
        "€XXX.XX per month, £X, [TBA] - tba, TODO-list, pre-TBD, XXXX and xxxxx",
    ]
    for text in samples:
        for guarded, plain in ((LO.MARKERS, unguarded_markers), (SP._BREAK, unguarded_split)):
            for start in range(len(text)):
                assert [(m.span(), m.groupdict()) for m in guarded.finditer(text, start)] == \
                    [(m.span(), m.groupdict()) for m in plain.finditer(text, start)]


def test_lower_case_analysis_is_kept_on_disk_and_a_broken_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_LOWER_CASE_ANALYSES", None)
    pattern = re.compile(r"\b(?:rock\s*stars?|ninjas?)\b", re.I)
    wrapped = LowerCaseRegex(pattern, literal_test=True, guard=True)
    assert wrapped.found("Wanted: a ROCK star", "wanted: a rock star")
    stored = tmp_path / regexes._lower_case_analyses_name()
    assert stored.exists()

    # a new process reads the analysis instead of parsing the pattern again
    monkeypatch.setattr(regexes, "_LOWER_CASE_ANALYSES", None)
    monkeypatch.setattr(regexes, "required_literals", None)  # would raise if called
    again = LowerCaseRegex(pattern, literal_test=True, guard=True)
    assert again.found("Ninjas wanted", "ninjas wanted") and not again.found("A rocket", "a rocket")
    assert again._needles == wrapped._needles and again._folded.pattern == wrapped._folded.pattern

    monkeypatch.undo()
    monkeypatch.setenv("JDLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_LOWER_CASE_ANALYSES", None)
    stored.write_bytes(b"not marshal data")
    assert LowerCaseRegex(pattern, literal_test=True).count("ninja, Ninja", "ninja, ninja") == 2
