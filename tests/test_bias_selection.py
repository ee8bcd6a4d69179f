"""The bias-selection rules (D119 ... D919): one trained model (jdlint/data/bias_model.json, one weight vector per
category) reports a sentence that selects applicants by a protected characteristic where no named bias rule
fires; it stands aside for named bias findings, V119 stands aside for it, and the skip contexts hold. The
sentences here were written for this file (none is a training case)."""
from __future__ import annotations

import json
from importlib.resources import files

import pytest

import jdlint
from jdlint.checks.bias_selection import CATEGORIES, CODES, TABLE, model
from jdlint.config import Config
from jdlint.engine import BIAS_FALLBACK

MODEL_CODES = tuple(sorted(CODES))
CODE_OF = {row["head"]: row["code"] for row in TABLE["rules"]}


def found(text: str, select=MODEL_CODES) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Shop assistant\n\n" + text + "\n", path="job.md", config=Config(select=select))
    return [(d.code, d.match) for d in report.diagnostics]


@pytest.mark.parametrize("category, text", [
    ("disability", "This job is not right for anyone with a bad back or a long-term illness."),
    ("appearance", "Applicants should be slim and well presented, with a pleasant face."),
    ("record", "Nobody who has spent time inside will be considered for the cash office."),
    ("family", "Married applicants without children are preferred for the travel."),
])
def test_a_selection_sentence_in_words_no_named_rule_knows(category, text):
    assert found(text) == [(CODE_OF[category], text)]


@pytest.mark.parametrize("text", [
    "You will greet customers, restock shelves and run the till on weekends.",
    "Our clinic serves older adults and children with learning disabilities.",
    "We were founded 12 years ago and now employ 300 people across Ontario.",
    "Our founder Sam started the company in his garage with two friends.",
    "We welcome applications from people of every faith and none.",
    "Please provide proof of your right to work in the UK.",
    "The team is a friendly mix of ages and backgrounds.",
])
def test_near_misses_are_silent(text):
    assert found(text) == []


@pytest.mark.parametrize("text, without", [
    ("As a school chaplain you must share our Catholic faith and attend Mass weekly, an occupational requirement "
     "under Schedule 9 of the Equality Act 2010.", ", an occupational requirement under Schedule 9 of the Equality Act 2010"),
    ("Sorry, we cannot take on anyone with a history of depression without first discussing reasonable adjustments "
     "with you.", " without first discussing reasonable adjustments with you"),
])
def test_a_lawful_basis_or_an_accommodation_offer_is_not_read(text, without):
    # at any threshold: the sentence without its basis or offer is reported, with it it is not
    lenient = Config(select=MODEL_CODES, rule_options=tuple((c, (("threshold", -50.0),)) for c in MODEL_CODES))

    def reported(t):
        return jdlint.lint_text("# Job\n\n" + t + "\n", path="job.md", config=lenient).diagnostics

    assert reported(text.replace(without, "")) and not reported(text)


@pytest.mark.parametrize("about_others, about_the_applicant", [
    # who the sentence is about: the people served or the employer's own people, not the applicant
    ("The residents we look after are mostly elderly widows from the parish.",
     "Applicants should mostly be elderly widows from the parish."),
    ("Our two founders both grew up in Lagos and still attend the same mosque.",
     "You should have grown up in Lagos and attend the same mosque as us."),
    # an invitation that widens the pool, and the same group singled out
    ("We also welcome applications from grandparents returning to work, alongside everyone else.",
     "We only welcome applications from grandparents returning to work."),
])
def test_a_sentence_about_someone_else_or_widening_the_pool_is_not_read(about_others, about_the_applicant):
    lenient = Config(select=MODEL_CODES, rule_options=tuple((c, (("threshold", -50.0),)) for c in MODEL_CODES))

    def reported(t):
        return jdlint.lint_text("# Job\n\n" + t + "\n", path="job.md", config=lenient).diagnostics

    assert reported(about_the_applicant) and not reported(about_others)


def test_one_finding_per_sentence_the_best_category():
    text = "Applicants should be slim and well presented, with a pleasant face."
    scores = model().scores(text)
    best = max(scores, key=scores.get)
    assert [code for code, _ in found(text)] == [CODE_OF[best]]


def test_it_stands_aside_for_a_named_bias_finding():
    text = "No felons, and nobody who has spent time inside will be considered for the cash office."
    assert [c for c, _ in found(text)] == ["D919"]  # the model alone would report it
    codes = [c for c, _ in found(text, select=("D",))]
    assert "D901" in codes and "D919" not in codes


def test_a_gender_coded_word_does_not_silence_it():
    text = "Applicants should be slim and well presented, with a pleasant face and a confident manner."
    assert "D819" in [c for c, _ in found(text, select=MODEL_CODES + ("D201", "D202", "D203"))]


def test_v119_stands_aside_for_it():
    text = "Applicants should be slim and well presented, with a pleasant face."
    strict = Config(select=("V119",), rule_options=(("V119", (("threshold", -50.0),)),))
    assert jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=strict).diagnostics  # V119 alone fires
    both = Config(select=("V119", *MODEL_CODES), rule_options=(("V119", (("threshold", -50.0),)),))
    codes = [d.code for d in jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=both).diagnostics]
    assert codes == ["D819"]


def test_headings_labels_short_fragments_and_eeo_are_not_read():
    text = "Applicants should be slim and well presented, with a pleasant face."
    eeo = "We are an equal opportunity employer and single applicants with no kids are as welcome as anyone."
    from jdlint.checks.bias_selection import TABLE

    threshold = min(float(row["threshold"]) for row in TABLE["rules"])
    assert max(model().scores(eeo).values()) > threshold  # the model alone would report it
    report = jdlint.lint_text(f"# {text}\n\nSlim and pretty.\n\n{eeo}\n", path="job.md",
                              config=Config(select=MODEL_CODES))
    assert [d.line for d in report.diagnostics] == []


def test_the_threshold_option_makes_it_stricter():
    text = "Applicants should be slim and well presented, with a pleasant face."
    score = max(model().scores(text).values())
    strict = Config(select=MODEL_CODES, rule_options=(("D819", (("threshold", score + 0.01),)),))
    assert found(text) and jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=strict).diagnostics == []


def test_the_codes_are_the_engines_fallbacks_and_the_heads_the_models():
    assert CODES == BIAS_FALLBACK
    raw = json.loads((files("jdlint.data") / "bias_model.json").read_text("utf-8"))
    assert tuple(raw["heads"]) == CATEGORIES
    # the words the model does not read are the table's (the trainer copies them into the model file)
    assert raw["ignored"] == {"words": sorted(TABLE["ignored"]["words"]), "numbers": TABLE["ignored"]["numbers"]}


def test_the_fast_scores_are_the_plain_scores():
    from pathlib import Path

    from conftest import CORPUS
    from jdlint.sentences import sentence_spans

    texts = ["Applicants should be slim and well presented, with a pleasant face.", "He’ll need it in 2 weeks.",
             "young young men men", ""]
    if Path(CORPUS).is_dir():
        for path in sorted(Path(CORPUS).glob("*.md"))[:30]:
            text = path.read_text(encoding="utf-8")
            texts += [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    m = model()
    for text in texts:
        fast, plain = m.scores(text), m.plain_scores(text)
        assert fast.keys() == plain.keys()
        for head in fast:
            assert fast[head] == pytest.approx(plain[head], abs=1e-9), text


def test_scoring_is_linear_in_the_sentence():
    assert len(model().scores("slim young men " * 5000)) == len(CATEGORIES)


def test_the_sentence_screens_answer_as_their_regexes():
    """The applicant cue and the widening test run on the lower-cased sentence (``LowerCaseRegex``): the same
    answers as the regexes with re.I, on real sentences and on letters whose case folding differs."""
    from jdlint.checks.bias_selection import (_APPLICANT_CUE_FOLDED, _WIDENING_FOLDED, APPLICANT_CUE,
                                              WIDENING_SENTENCE)
    from pathlib import Path

    from conftest import CORPUS
    from jdlint.regexes import safe_lower
    from jdlint.sentences import sentence_spans

    texts = ["Applicants must be under 30.", "SOMEONE WHO FITS", "We ALSO WELCOME applications alongside everyone",
             "The team meets on Mondays.", "Only İstanbul natives", "ſomeone", "YOU", ""]
    if Path(CORPUS).is_dir():
        for path in sorted(Path(CORPUS).glob("*.md"))[:60]:
            text = path.read_text(encoding="utf-8")
            texts += [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    cued = 0
    for text in texts:
        lowered = safe_lower(text)
        assert _APPLICANT_CUE_FOLDED.found(text, lowered) == bool(APPLICANT_CUE.search(text)), text
        assert _WIDENING_FOLDED.found(text, lowered) == bool(WIDENING_SENTENCE.search(text)), text
        cued += bool(APPLICANT_CUE.search(text))
    assert 0 < cued < len(texts)
