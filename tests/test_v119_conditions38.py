"""V119 vague-sentence, v119_38 (session 38): an instruction to contact or tell someone, with its trigger named in a
condition clause ("Call the shift lead if anything breaks down on the line."), is not vague. The model learned
"anything", "something", "happens", "comes up" from duties with no object ("help with anything that comes up"); in a
condition they name the event the instruction answers. Retraining moved such sentences back and forth across the
threshold at every merge (session 37: one twin fired, the other went silent), so the rule reads them by grammar
(``condition_weight_only``): scored again without the condition clause, the instruction alone decides. Not when the
main clause has no verb of contacting or telling (its own words may be the vague part: "Keep everyone smiling when the
place gets busy"), nor when the employer is its subject (a claim). The fixtures are written for these tests (none is
in tests/data/vague_plain_classes.yaml, a judged ad or another test); each plain one scores above the threshold with
the model of 4239abe, and is checked at a threshold between its score and its score without the clause, so that only
the condition reading keeps it silent whatever a retrain does to the scores."""
from __future__ import annotations

import pytest

import jdlint
from conftest import findings_in
from jdlint.checks.vague_sentence import CONDITION, DEFAULT_THRESHOLD, condition_weight_only, model, without_spans
from jdlint.config import Config


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


@pytest.mark.parametrize("text", [
    "Call the depot if anything happens on your route.",  # 4.47 with the model of 4239abe (-0.36 without the clause)
    "Should anything break on the line, stop the belt and call maintenance.",  # 2.37
    "Ring the warehouse lead if anything turns up damaged on a pallet.",  # 2.27
    "Call the agency if anything happens to delay your start.",  # 2.68
])
def test_an_instruction_with_its_trigger_named_is_not_vague(text):
    vague = model()
    rest = without_spans(text, [found.span() for found in CONDITION.finditer(text)])
    assert vague.score(text) > vague.score(rest) + 1  # the clause carries the weight
    assert v119(text) == []
    # at a threshold between the two scores the model alone would report it (a retrain moves the scores, not this)
    between = (vague.score(text) + vague.score(rest)) / 2
    config = Config(rule_options=(("V119", (("threshold", between),)),))
    assert condition_weight_only(vague, text, between)
    assert [d.code for d in jdlint.lint_text(text, "t.md", config=config).diagnostics if d.code == "V119"] == []


@pytest.mark.parametrize("text", [
    "Keep everyone smiling when the place gets busy.",  # no verb of contacting: the duty itself is the claim
    "Be there for the team whenever anyone needs support.",
    "We always pull together when anything goes wrong.",  # the employer's claim
    "Our crew rallies round whenever someone needs a hand.",
])
def test_a_claim_or_a_loose_duty_with_a_condition_is_still_read(text):
    assert not condition_weight_only(model(), text, DEFAULT_THRESHOLD)
    assert v119(text) == [text]


def test_an_elliptical_condition_is_no_named_trigger():
    # "when needed", "if required" are the vague marker, not an event: the sentence is read whole
    text = "Call in and help the team when needed."
    assert not condition_weight_only(model(), text, DEFAULT_THRESHOLD)
