"""Judged precision, kept as a test (issue 14 item 2), and the default report's length on the dev
corpus (issue 14 item 1).

``tests/data/judged_findings.yaml`` holds findings of every default rule, sampled at random from
the dev corpus and judged by reading each ad (right / defensible / wrong, with a reason). Re-linted
with the default configuration, every right finding must still be reported (same code, line and
match) and no wrong one may be. A right finding of a rule since moved out of the default set must
still be found when the rule is selected, or, for the single-kind section rules, be named by the
one line that replaced them (``reported_as``). A wrong finding another part of issue 14 is to fix
(``open:``) is a strict xfail: it fails the suite the day it disappears, so the mark comes off.
A right finding whose verdict counted what a later, independent judgement of the rule does not (``superseded:``)
is a strict xfail too, kept visible rather than deleted.
All of it is skipped, visibly, without the shared corpus.
"""
from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from conftest import load_script
from ruamel.yaml import YAML

import jdlint
from jdlint.checks.bias_selection import CODES as BIAS_MODEL_CODES
from jdlint.config import Config
from jdlint.engine import ONE_FINDING_PER_PHRASE, Linter
from jdlint.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
JUDGED = YAML(typ="safe").load((ROOT / "tests" / "data" / "judged_findings.yaml").read_text(encoding="utf-8"))
FINDINGS = JUDGED["findings"]
REPORTED_AS = {code: tuple(v) for code, v in (JUDGED.get("reported_as") or {}).items()}
#: `match` in the data is cut to this many characters for long spans (whole paragraphs): the scorer's value
MATCH_PREFIX = load_script("judged_precision").MATCH_PREFIX
#: issue 14's target for the default text report, in finding lines per posting
TARGET_MEDIAN, TARGET_P90 = 6, 12

DEFAULT_CODES = {r.code for r in load_registry().rules if r.enabled_by_default}
CATEGORY = {r.code: r.category for r in load_registry().rules}


def _noise_budget():
    return load_script("noise_budget")


@pytest.fixture(scope="module")
def default_reports(dev_corpus) -> dict[str, list]:
    """Every dev-corpus posting's findings under the default configuration, by file name."""
    files = sorted(str(p) for p in dev_corpus.glob("*.md"))
    return {Path(r.path).name: r.diagnostics for r in Linter(Config()).lint_paths(files)}


@pytest.fixture(scope="module")
def selected_reports(dev_corpus) -> dict[str, list]:
    """The judged ads linted with every rule, for rules that are no longer on by default."""
    ads = sorted({f["ad"] for f in FINDINGS if f["code"] not in DEFAULT_CODES})
    linter = Linter(Config(select=("ALL",)))
    return {Path(r.path).name: r.diagnostics for r in linter.lint_paths([str(dev_corpus / ad) for ad in ads])}


def _same(d, item) -> bool:
    match = str(item["match"])
    # judged by the words that triggered it: a selection finding's range now runs to its sentence end
    same_match = d.trigger.startswith(match) if len(match) >= MATCH_PREFIX else d.trigger == match
    return d.code == item["code"] and d.line == item["line"] and same_match


def _covered(d, item) -> bool:
    """One finding per phrase (engine.one_finding_per_phrase): the judged words are now inside a
    longer finding of the same category ("world-class" in "a world-class team"), still reported."""
    return (CATEGORY.get(item["code"]) in ONE_FINDING_PER_PHRASE and d.category == CATEGORY[item["code"]]
            and d.line <= item["line"] <= max(d.line, d.end_line) and str(item["match"]) in d.match)


def _reported(reports: dict[str, list], item) -> bool:
    diags = reports[item["ad"]]
    if any(_same(d, item) or _covered(d, item) for d in diags):
        return True
    if item["code"] in REPORTED_AS:  # the single-kind finding now lives in another rule's one line
        code, words = REPORTED_AS[item["code"]]
        return any(d.code == code and words in d.message for d in diags)
    return False


def _id(item) -> str:
    return f"{item['ad']}:{item['line']}:{item['code']}"


def _marks(item):
    if item.get("open"):
        return [pytest.mark.xfail(strict=True, reason=f"open: {item['open']}")]
    return []


def _superseded(item):
    """A right verdict that rested on what a later judgement of the rule no longer counts (``superseded:``, why)."""
    if item.get("superseded"):
        return [pytest.mark.xfail(strict=True, reason=f"superseded: {item['superseded']}")]
    return []


RIGHT = [pytest.param(f, id=_id(f), marks=_superseded(f)) for f in FINDINGS if f["verdict"] == "right"]
WRONG = [pytest.param(f, id=_id(f), marks=_marks(f)) for f in FINDINGS if f["verdict"] == "wrong"]


#: Rules whose model is trained on the dev corpus itself (every dev sentence no other rule flags is a negative):
#: a right finding of theirs on a dev ad may come or go with a retrain and says nothing about the rule; their
#: precision is judged on the dev ads cross-validated by ad (tests/data/vague_model_cv_judged.yaml and
#: bias_model_cv_judged.yaml, checked by test_cross_validated_model_judgements_are_complete). A wrong one
#: must still be gone.
TRAINED_ON_DEV = {"V119"} | BIAS_MODEL_CODES


@pytest.mark.parametrize("item", RIGHT)
def test_judged_right_finding_is_still_reported(item, default_reports, selected_reports):
    if item["code"] in TRAINED_ON_DEV:
        pytest.skip(f"{item['code']} is trained on the dev corpus: judged by cross-validation instead")
    if item["code"] in DEFAULT_CODES or item["code"] in REPORTED_AS:
        assert _reported(default_reports, item), f"lost a right finding ({item['reason']})"
    else:  # moved out of the default set: still there for whoever selects the rule
        assert _reported(selected_reports, item), f"{item['code']} no longer finds it ({item['reason']})"


@pytest.mark.parametrize("item", WRONG)
def test_judged_wrong_finding_is_gone(item, default_reports):
    assert not _reported(default_reports, item), f"still reported, judged wrong: {item['reason']}"


def test_judgements_are_complete():
    """Each judged item says what it is, and every rule on by default has been judged."""
    for item in FINDINGS:
        assert item["verdict"] in ("right", "defensible", "wrong") and item["reason"].strip(), item
    judged = {f["code"] for f in FINDINGS} | {code for code, _ in REPORTED_AS.values()}
    # the rules that fill most of the default report must all have been judged
    assert {"S110", "D203", "R104", "R105", "S104", "S106", "V108", "R103", "P101"} <= judged & DEFAULT_CODES


def test_default_text_report_fits_on_a_screen(dev_corpus):
    """Issue 14's target: the default text report's finding lines per posting (the "... and N
    more" lines not counted) have a median of at most 6 and a p90 of at most 12."""
    noise = _noise_budget()
    shown = noise.default_report_lines(str(dev_corpus))
    counts = [len(codes) for codes in shown.values()]
    assert len(counts) > 200
    median, p90 = statistics.median(counts), noise.percentile(counts, 0.9)
    assert median <= TARGET_MEDIAN and p90 <= TARGET_P90, (median, p90)


def test_percentile_is_nearest_rank():
    percentile = _noise_budget().percentile
    assert percentile(list(range(1, 11)), 0.9) == 9.0
    assert percentile([5], 0.9) == 5.0
    assert percentile([3, 1, 2], 0.5) == 2.0


# -- strangers' ads: judged findings on ads the rules were not built from (tests/data/judged_strangers*.yaml) --

def _judged_precision():
    return load_script("judged_precision")


#: every judged strangers' file as one (writers C and M in judged_strangers.yaml, writer P in judged_strangers14.yaml)
STRANGERS = _judged_precision().load()


def _stranger_id(item) -> str:
    return f"{item['set']}/{item['ad']}:{item['line']}:{item['code']}"


STRANGER_RIGHT = [pytest.param(f, id=_stranger_id(f)) for f in STRANGERS["findings"] if f["verdict"] == "right"]
STRANGER_WRONG = [pytest.param(f, id=_stranger_id(f), marks=_marks(f))
                  for f in STRANGERS["findings"] if f["verdict"] == "wrong"]


@pytest.fixture(scope="module")
def stranger_reports() -> dict[tuple[str, str], list]:
    """The strangers' ads (kept in tests/data, so never skipped) under the default configuration."""
    scorer = _judged_precision()
    return scorer.default_reports(scorer.ad_paths(STRANGERS))


def _stranger_reported(reports, item) -> bool:
    return any(_same(d, item) or _covered(d, item) for d in reports[(item["set"], item["ad"])])


@pytest.mark.parametrize("item", STRANGER_RIGHT)
def test_stranger_right_finding_is_still_reported(item, stranger_reports):
    if item["code"] in TRAINED_ON_DEV:
        pytest.skip(f"{item['code']} is retrained on every change of what other rules flag: its right findings may move")
    assert _stranger_reported(stranger_reports, item), f"lost a right finding ({item['reason']})"


@pytest.mark.parametrize("item", STRANGER_WRONG)
def test_stranger_wrong_finding_is_gone(item, stranger_reports):
    assert not _stranger_reported(stranger_reports, item), f"still reported, judged wrong: {item['reason']}"


def test_stranger_judgements_are_complete():
    """Every judged finding says what it is, names a set that exists, and its ad is there; every judged
    file is read (writer P's in judged_strangers14.yaml with writers C and M's)."""
    sets = STRANGERS["sets"]
    assert {"writerC", "writerM", "writerP"} <= set(sets)
    for item in STRANGERS["findings"]:
        assert item["verdict"] in ("right", "defensible", "wrong") and item["reason"].strip(), item
        assert item["severity"] in ("info", "warning", "error"), item
        assert (ROOT / "tests" / "data" / sets[item["set"]] / item["ad"]).is_file(), item


def test_judged_precision_scorer_sorts_findings_by_verdict():
    scorer = _judged_precision()
    judged = {"sets": {"s": "x"}, "findings": [
        {"set": "s", "ad": "a.md", "code": "R104", "line": 3, "match": "Long sentence", "verdict": "right"},
        {"set": "s", "ad": "a.md", "code": "V119", "line": 5, "match": "We are great.", "verdict": "wrong"},
        {"set": "s", "ad": "a.md", "code": "S110", "line": 1, "match": "", "verdict": "defensible"}]}

    class D:  # the fields of a Diagnostic the scorer reads
        def __init__(self, code, line, trigger):
            self.code, self.line, self.trigger = code, line, trigger

    reports = {("s", "a.md"): [D("R104", 3, "Long sentence"), D("V119", 5, "We are great."), D("S102", 1, "")]}
    per_rule, now, gone = scorer.tally(judged, reports)
    assert per_rule["R104"]["right"] == 1 and per_rule["V119"]["wrong"] == 1 and per_rule["S102"]["new"] == 1
    assert [f["code"] for f in gone] == ["S110"]  # judged, no longer reported
    assert scorer.precision(per_rule["R104"] + per_rule["V119"]) == (1, 2)


# -- the mechanisms the judging led to, on written text (fixtures written for these tests) --------

def _lint(text: str, *codes: str, **config):
    return [d for d in jdlint.lint_text(text, "t.md", config=Config(**config)).diagnostics
            if not codes or d.code in codes]


def test_recommended_sections_are_one_line_naming_each_missing_one():
    bare = "# Clerk\n\nYou will answer calls and schedule appointments. You have two years of office experience.\n"
    found = _lint(bare, "S101", "S105", "S107", "S108", "S109", "S110")
    assert [d.code for d in found] == ["S110"]
    assert found[0].message.startswith("No introduction about the employer, description of benefits, "
                                       "work location, working hours or equal-opportunity statement:")
    complete = (bare + "\nWe are a community health clinic in Denver that serves 4,000 families.\n\n"
                "## Location\n\nOn-site in Denver, CO.\n\n## Hours\n\nFull-time, Monday to Friday, 8am-4pm.\n\n"
                "## Benefits\n\nMedical and dental cover, 20 days of paid time off.\n\n"
                "We are an equal opportunity employer. To ask for an accommodation, email access@example.org.\n")
    message = " ".join(d.message for d in _lint(complete, "S110"))
    for named in ("benefits", "location", "working hours", "equal-opportunity"):
        assert named not in message, message
    # the single-kind rules are still there for whoever selects them
    single = _lint(bare, "S101", "S107", extend_select=("S101", "S107"))
    assert sorted(d.code for d in single) == ["S101", "S107"]


def test_benefits_rule_reports_the_legal_requirement_only():
    bare = "# Clerk\n\nYou will answer calls. Pay: $20-$24 an hour.\n"
    assert not _lint(bare, "S105")
    required = _lint(bare, "S105", jurisdictions=("US-CO",))
    assert [d.severity.name for d in required] == ["error"] and "Colorado" in required[0].message


def test_a_flattened_list_is_not_a_long_sentence():
    from jdlint.rule_packs import is_run_together_list

    glued = ("Bachelor's degree requiredMinimum 8 years of experience in executive support or project "
             "managementHealth care experience preferredMicrosoft Office Suite (Excel, Word, PowerPoint, Outlook)")
    bullets = "Requirements• Completion of a doctoral program• Completion of an internship• Excellent skills"
    prose = ("You will use PowerPoint and QuickBooks every week to prepare the board pack, which goes to the "
             "trustees, the finance committee and the auditors, and you will explain each figure to them.")
    assert is_run_together_list(glued) and is_run_together_list(bullets)
    assert not is_run_together_list(prose)  # one or two product names are not a glued list
    long_prose = " ".join(["We"] + ["plan"] * 38) + " today."
    assert [d.code for d in _lint(f"# Planner\n\n{long_prose}\n", "R104")] == ["R104"]
    glued_40 = glued + " and " + " ".join(["more"] * 10) + "."
    assert not _lint(f"# Assistant\n\n{glued_40}\n", "R104")


def test_gender_balance_that_cancels_out_is_not_reported():
    neutral = "# Lead\n\nYou are a confident planner and a supportive colleague.\n"
    masculine = "# Lead\n\nYou are a confident, competitive and decisive planner.\n"
    assert not _lint(neutral, "D203")
    assert [d.code for d in _lint(masculine, "D203")] == ["D203"]


@pytest.mark.parametrize("line, reported", [
    ("A Bachelor's degree would be highly regarded but is not essential.", False),
    ("High school diploma with 4 years of experience (Associates Degree prefered).", False),
    ("Bachelor's degree in Accounting is not mandatory.", False),
    ("Bachelor's degree in Accounting required.", True),
])
def test_degree_marked_optional_in_everyday_words(line, reported):
    assert bool(_lint(f"# Accountant\n\n## Requirements\n\n- {line}\n", "Q104")) is reported


@pytest.mark.parametrize("name", ["vague_model_cv_judged.yaml", "bias_model_cv_judged.yaml"])
def test_cross_validated_model_judgements_are_complete(name):
    """The models' real-ad judgements (cross-validated by ad) give every finding a verdict and a reason, and
    the V119 file's header states the share right or defensible that its rows give."""
    data = YAML(typ="safe").load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    rows = data["findings"]
    assert rows and all(r["verdict"] in ("right", "defensible", "wrong") and r["reason"].strip() for r in rows)
    if name.startswith("vague"):
        ok = sum(r["verdict"] != "wrong" for r in rows)
        header = (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").split("findings:")[0]
        assert f"{len(rows)} findings" in header and f"{ok} right or defensible" in header
