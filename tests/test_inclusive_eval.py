"""The labelled inclusive-language set (tests/data/inclusive_labelled.yaml, written for jdlint)
must keep precision and recall of every bias category at or above the floor, and every
'legitimate' requirement (stated with its legal basis) must come out as info, not as an error.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
FLOOR = 0.9
CATEGORIES = ["bias.gender", "bias.gender-coded", "bias.age", "bias.disability", "bias.origin",
              "bias.religion", "bias.family", "bias.appearance", "bias.record"]


def _load_script():
    return load_script("eval_inclusive")


@pytest.fixture(scope="module")
def results():
    return _load_script().evaluate()


def test_labelled_set_is_big_enough():
    data = _load_script().load()
    assert sorted(data) == sorted(CATEGORIES)
    for cat, groups in data.items():
        assert len(groups["positive"]) >= 20, cat
        assert len(groups["negative"]) >= 20, cat


@pytest.mark.parametrize("category", CATEGORIES)
def test_precision_and_recall_floor(results, category):
    r = results[category]
    assert r["precision"] >= FLOOR, f"{category} false alarms: {r['false_alarms']}"
    assert r["recall"] >= FLOOR, f"{category} misses: {r['misses']}"


@pytest.mark.parametrize("category", CATEGORIES)
def test_legitimate_requirements_drop_to_info(results, category):
    r = results[category]
    assert r["legit_ok"] == r["legit_total"], f"{category}: {r['legit_bad']}"


def test_the_evaluation_can_fail():
    """A deliberately wrong label is caught: the harness really lints, it does not echo labels."""
    module = _load_script()
    swapped = {"bias.age": {"positive": ["You are comfortable learning new software tools."],
                            "negative": ["We want a digital native."]}}
    r = module.evaluate(swapped)["bias.age"]
    assert r["recall"] == 0.0 and r["precision"] == 0.0


def test_heldout_batch_keeps_its_floor():
    """The second batch (written after tuning) guards against overfitting the main set."""
    module = _load_script()
    results = module.evaluate(module.load(ROOT / "tests" / "data" / "inclusive_heldout.yaml"))
    for category, r in results.items():
        assert r["precision"] >= 0.85 and r["recall"] >= 0.85, (category, r["misses"], r["false_alarms"])


# -- the frame x attribute evaluation set (tests/data/bias_cases*.yaml, issue 13) ----------------
#: Case files copied whole from an independent writer's set (their own fire/silent and category mix)
COPIED_SETS = {"bias_cases_indep3.yaml", "bias_cases_indep4.yaml"}
#: Whole held-out sets written before a round's build (all split heldout, so they would skew the
#: dev/held-out proportion the shape test keeps for the main set); checked on their own below
STANDALONE_HELDOUT = {"bias_cases_heldout6.yaml"}
#: A round's own whole sets, one all held out and one all dev (bias8): checked on their own in
#: tests/test_bias_mechanisms8.py, for the same reason
ROUND_SETS = {"bias_cases_heldout8.yaml", "bias_cases_dev8.yaml"}
CASE_CATEGORIES = ["age", "disability", "origin", "religion", "family", "appearance", "record"]


@pytest.fixture(scope="module")
def script():
    return _load_script()


def test_case_set_has_the_promised_shape(script):
    """>= 450 cases, >= 60 per category, about 40% silent near misses, about a third held out,
    unique ids, and every span a substring of its text. A copy of another writer's set keeps that
    writer's proportions and is checked on its own (INDEP3)."""
    ours = [p for p in script.CASES if p.name not in COPIED_SETS | STANDALONE_HELDOUT | ROUND_SETS]
    mine = [c for c in script.load_cases(ours, split=None) if c["category"] in CASE_CATEGORIES]
    assert len(mine) >= 450
    ids = [c["id"] for c in script.load_cases(split=None)]
    assert len(ids) == len(set(ids))
    for cat in CASE_CATEGORIES:
        cases = [c for c in mine if c["category"] == cat]
        silent = sum(c["expect"] == "silent" for c in cases)
        held = sum(c["split"] == "heldout" for c in cases)
        assert len(cases) >= 60 and 0.3 <= silent / len(cases) <= 0.5 and 0.25 <= held / len(cases) <= 0.4, cat
    for c in mine:
        assert c["expect"] in ("fire", "silent") and c["split"] in ("dev", "heldout")
        if c["expect"] == "fire":
            assert c["span"] and c["span"] in c["text"], c["id"]


def test_standalone_heldout_sets_have_their_promised_shape(script):
    """bias7's held-out set: at least 70 cases, 12+ for each of age, gender, record and disability and 4+
    for the other categories, all held out, with near-misses, ids unique to the file's prefix."""
    for name in STANDALONE_HELDOUT:
        cases = script.load_cases([ROOT / "tests" / "data" / name], split=None)
        assert len(cases) >= 70 and all(c["split"] == "heldout" and c["id"].startswith("bh6-") for c in cases)
        for cat in ["age", "gender", "record", "disability", "origin", "religion", "family", "appearance"]:
            mine = [c for c in cases if c["category"] == cat]
            assert len(mine) >= (12 if cat in ("age", "gender", "record", "disability") else 4), cat
            assert any(c["expect"] == "silent" for c in mine) and any(c["expect"] == "fire" for c in mine), cat
        for c in cases:
            if c["expect"] == "fire":
                assert c["span"] in c["text"], c["id"]


@pytest.fixture(scope="module")
def dev_scores(script):
    return script.score_cases([c for c in script.load_cases(split="dev") if c["category"] in CASE_CATEGORIES])


@pytest.mark.parametrize("category", CASE_CATEGORIES)
def test_case_set_precision_and_recall_floor(dev_scores, category):
    r = dev_scores[category]
    assert r["precision"] >= FLOOR, f"{category} false alarms: {r['false_alarms']}"
    assert r["recall"] >= FLOOR, f"{category} misses: {r['misses']}"


def test_case_scoring_can_fail(script):
    """Swapped labels score zero: the scorer lints and compares spans, it does not echo labels."""
    cases = [
        {"id": "x-1", "category": "religion", "split": "dev", "expect": "fire", "span": "all faiths",
         "text": "We welcome applicants of all faiths and none."},
        {"id": "x-2", "category": "religion", "split": "dev", "expect": "silent",
         "text": "Applicants must be practising Christians."},
        {"id": "x-3", "category": "family", "split": "dev", "expect": "fire", "span": "Please",
         "text": "Please state your marital status."},   # fires, but not on the labelled span
    ]
    r = script.score_cases(cases)
    assert r["religion"]["recall"] == 0.0 and r["religion"]["precision"] == 0.0
    assert r["family"]["tp"] == 0 and r["family"]["fp"] == 1


def test_no_bias_warning_inside_an_equal_opportunity_or_accommodation_statement(dev_corpus):
    """Issue 13: over the dev corpus, no bias warning sits in an equal-opportunity block (strict:
    every sentence a statement, or under an EEO heading) or in an equal-opportunity or
    accommodation sentence (loose)."""
    import jdlint
    from jdlint.config import Config
    from jdlint.context import FileAnalysis
    from jdlint.diagnostics import Severity
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile
    from jdlint import nlp as nlp_module

    nlp = nlp_module.load(None)
    config = Config(select=("D",))
    paths = sorted(dev_corpus.glob("*.md"))
    texts = [(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    inside, checked = [], 0
    for (text, path), report in zip(texts, jdlint.lint_texts(texts, config=config)):
        loud = [d for d in report.diagnostics if d.category.startswith("bias.") and d.severity >= Severity.warning]
        if not loud:
            continue
        document = parse_document(SourceFile(path, text, "markdown"))
        analysis = FileAnalysis(document, nlp(document.text), {}, Config())
        for d in loud:
            block = next(b for b in document.blocks if b.start <= d.start < max(b.end, b.start + 1))
            offset = next(i for i in range(block.text_start, block.text_end + 1)
                          if document.to_source(i, i + 1)[0] >= d.start)
            checked += 1
            if analysis.is_eeo_block(block) or analysis.in_eeo(offset, offset + 1) \
                    or analysis.is_accommodation_sentence(offset):
                inside.append((Path(path).name, d.code, d.match))
    assert checked >= 10 and inside == []


# -- the second frame set (tests/data/bias_cases_frames2.yaml, bias3) ------------------------------
FRAMES2 = ROOT / "tests" / "data" / "bias_cases_frames2.yaml"
FRAMES2_CATEGORIES = ["age", "appearance", "disability", "family", "gender", "gender-coded", "origin",
                      "record", "religion"]


def test_frames2_case_file_has_the_promised_shape(script):
    """200 cases over all nine categories (bias3) plus bias4's 47 class cases and the 75 of issue 14's
    recall classes (dev: written after the fix, so they dilute the held-out third a little), ~55% fire,
    f2- ids, spans in their text."""
    cases = script.load_cases([FRAMES2], split=None)
    assert len(cases) == 322 and all(c["id"].startswith("f2-") for c in cases)
    assert 0.5 <= sum(c["expect"] == "fire" for c in cases) / len(cases) <= 0.6
    assert sum(c["split"] == "heldout" for c in cases) == 67
    for cat in FRAMES2_CATEGORIES:
        assert sum(c["category"] == cat for c in cases) >= 20, cat
    for c in cases:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]


# -- the independently written cases (tests/data/bias_cases_indep.yaml, bias4) ----------------------
INDEP = ROOT / "tests" / "data" / "bias_cases_indep.yaml"
#: Five fire cases a category: one miss is 0.8. gender-coded precision sits at 0.83 by the scoring's
#: letter: gc-b007 labels one of three coded words ("warm, affectionate and sympathetic") and the
#: other two, also coded, count as false alarms.
INDEP_FLOOR = 0.8


def test_indep_case_file_has_the_promised_shape(script):
    """The 80-case development half of the independent set: all nine categories, spans in their text,
    ids unique across every case file."""
    cases = script.load_cases([INDEP], split=None)
    assert len(cases) == 80 and all(c["split"] == "dev" for c in cases)
    for cat in FRAMES2_CATEGORIES:
        assert sum(c["category"] == cat and c["expect"] == "fire" for c in cases) >= 5, cat
    for c in cases:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]
    ids = [c["id"] for c in script.load_cases(split=None)]
    assert len(ids) == len(set(ids))


# -- the third and fourth independent sets (bias_cases_indep3.yaml, _indep4.yaml) and bias4's held-out classes
INDEP3 = ROOT / "tests" / "data" / "bias_cases_indep3.yaml"
INDEP4 = ROOT / "tests" / "data" / "bias_cases_indep4.yaml"
HELDOUT4 = ROOT / "tests" / "data" / "bias_cases_heldout4.yaml"


@pytest.mark.parametrize("path, count, prefix", [(INDEP3, 60, "b3-"), (INDEP4, 90, "b4-")], ids=["indep3", "indep4"])
def test_an_independent_case_file_is_the_whole_set(script, path, count, prefix):
    """Blind sets 3 and 4 (written without reading jdlint's rules), now development data: all nine
    categories with fire and silent cases each, the set's id prefix, every case dev, spans in their text."""
    cases = script.load_cases([path], split=None)
    assert len(cases) == count and all(c["split"] == "dev" and c["id"].startswith(prefix) for c in cases)
    for cat in FRAMES2_CATEGORIES:
        mine = [c for c in cases if c["category"] == cat]
        assert {c["expect"] for c in mine} == {"fire", "silent"}, cat
    for c in cases:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]


#: issue 14's six recall classes, by the letter after "h4-" in a held-out id
HELDOUT4_CLASSES = {"g": "gendered person noun", "r": "religious dress or observance", "a": "life stage",
                    "f": "fit frame", "p": "appearance", "d": "accommodation in the sentence"}


def test_heldout4_has_fire_and_near_miss_cases_for_every_class(script):
    """Written before the classes were built and scored once at the end: every case held out, at least
    eight per class with both fire and silent cases, spans in their text."""
    cases = script.load_cases([HELDOUT4], split=None)
    assert cases and all(c["split"] == "heldout" and c["id"].startswith("h4-") for c in cases)
    for letter, name in HELDOUT4_CLASSES.items():
        mine = [c for c in cases if c["id"][3] == letter]
        assert len(mine) >= 8 and {c["expect"] for c in mine} == {"fire", "silent"}, name
    for c in cases:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]


# -- bias6's held-out cases (the fourth independent set is checked with the third, above) ----------
HELDOUT5 = ROOT / "tests" / "data" / "bias_cases_heldout5.yaml"


def test_heldout5_covers_every_category_in_four_frames_with_near_misses(script):
    """bias6's own cases, written before its classes were built and scored once at the end: every case held
    out, h5- ids, every category with at least four fire cases (each in a different frame, by its note) and
    two silent ones, spans in their text."""
    cases = script.load_cases([HELDOUT5], split=None)
    assert len(cases) >= 60 and all(c["split"] == "heldout" and c["id"].startswith("h5-") for c in cases)
    for cat in FRAMES2_CATEGORIES:
        mine = [c for c in cases if c["category"] == cat]
        fire = [c for c in mine if c["expect"] == "fire"]
        assert len(fire) >= 4 and len({c["note"] for c in fire}) >= 4, cat
        assert sum(c["expect"] == "silent" for c in mine) >= 2, cat
    for c in cases:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]


#: each newer case file and the floor every category of its dev split must reach (indep3: five fire
#: cases a category, and appearance has one counted alarm the set's letter makes: b3-050's piercing
#: ban, a right finding, lies outside the labelled span)
DEV_FLOORS = {FRAMES2.name: (FRAMES2, FLOOR), INDEP.name: (INDEP, INDEP_FLOOR), INDEP3.name: (INDEP3, INDEP_FLOOR),
              INDEP4.name: (INDEP4, INDEP_FLOOR)}


@pytest.fixture(scope="module")
def case_file_dev_scores(script):
    """Scores of a case file's dev split, each file scored once for all its categories."""
    scored: dict = {}

    def scores(name: str) -> dict:
        if name not in scored:
            scored[name] = script.score_cases(script.load_cases([DEV_FLOORS[name][0]], split="dev"))
        return scored[name]
    return scores


@pytest.mark.parametrize("case_file", DEV_FLOORS)
@pytest.mark.parametrize("category", FRAMES2_CATEGORIES)
def test_dev_precision_and_recall_floor(case_file_dev_scores, case_file, category):
    floor = DEV_FLOORS[case_file][1]
    r = case_file_dev_scores(case_file)[category]
    assert r["precision"] >= floor, f"{category} false alarms: {r['false_alarms']}"
    assert r["recall"] >= floor, f"{category} misses: {r['misses']}"
