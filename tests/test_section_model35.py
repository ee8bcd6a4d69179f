"""Section detection's sentence model (secmodel35): jdlint/data/section_model.json, trained by
scripts/train_section_model.py on writers Y and Z's labelled ad sentences (tests/data/train/writerY_sections.yaml,
writerZ_sections.yaml). Its heads read a sentence as about the employer (``intro``) or as offered to the hire
(``benefits``); section detection asks it only about sentences its rules leave undecided (classify._sentence_scores).
The fixtures are the writers' own sentences: fire cases must score above the head's threshold, near-misses (a role
summary, a culture claim, an offer to customers, pay, an eeo line, a benefit denied) must not."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from jdlint.sections import classify
from conftest import section_kinds

ROOT = Path(__file__).resolve().parent.parent


def model():
    return classify._section_model()


def test_the_model_file_loads_with_both_heads_and_their_thresholds():
    raw = json.loads((files("jdlint.data") / "section_model.json").read_text("utf-8"))
    assert set(raw["heads"]) == {"intro", "benefits"}
    assert set(raw["thresholds"]) == {"intro", "benefits"}
    assert raw["training_data"] and raw["clusters"]


# --- the heads on the writers' sentences ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Vantage Robotics spun out of Carnegie Mellon in 2016 and now employs 140 engineers in Pittsburgh.",  # wy-0099
    "Winner of the 2023 Good Food Guide award for the North East's best local restaurant.",  # wy-0389
    "Named one of Canada's Top 100 Employers for the fifth year running.",  # wy-0372
    "Rated Gold by the Irish Hotels Federation in 2023, The Strand House is a 48-bedroom seaside hotel in Ballybunion.",
    "With over 50,000 active riders, Bodaride is East Africa's largest motorcycle-taxi app.",  # wz-0179
])
def test_the_intro_head_reads_the_employer(sentence):
    m, thresholds = model()
    assert m.scores(sentence)["intro"] > thresholds["intro"]


@pytest.mark.parametrize("sentence", [
    "You can work from abroad for up to four weeks a year.",  # wy-0248
    "Sabbatical: four paid weeks off after every five years with us.",  # wy-0083
    "One-time paid Hajj leave of up to 21 days.",  # wz-0292
    "Family visa and a schooling allowance for up to two children.",  # wz-0217
    "We wash your chef whites for you.",  # wz-0326
])
def test_the_benefits_head_reads_what_the_hire_is_offered(sentence):
    m, thresholds = model()
    assert m.scores(sentence)["benefits"] > thresholds["benefits"]


@pytest.mark.parametrize("sentence", [
    "We are looking for a Senior Product Designer to join our growing team.",  # role summary, wy-0073
    "Join us as a Warehouse Operative on our night shift team.",  # role summary, wy-0307
    "A supportive team that always has your back.",  # culture, wz-0081
    "No egos, no office politics, just good people doing good work.",  # culture, wz-0351
    "Guests enjoy complimentary breakfast and free airport transfers.",  # offer to customers, wz-0183
    "Members enjoy unlimited group classes, free towels and a eucalyptus sauna.",  # offer to customers, wz-0333
    "Unfortunately, we are unable to offer visa sponsorship.",  # a benefit denied, wy-0043
    "No accommodation or transport provided.",  # a benefit denied, wz-0200
    "Salary negotiable based on experience.",  # pay, wz-0177
    "Persons with disability (PWD) may also apply.",  # eeo, wz-0113
    "Remote (Ireland only)",  # location, wz-0306
    "Move pallets between racking and loading bays using counterbalance and reach trucks.",  # a duty, wy-0207
])
def test_near_misses_pass_neither_threshold(sentence):
    m, thresholds = model()
    scores = m.scores(sentence)
    assert scores["intro"] <= thresholds["intro"] and scores["benefits"] <= thresholds["benefits"], scores


def test_the_fast_scores_are_the_plain_scores():
    m, _ = model()
    for text in ("Vantage Robotics spun out of Carnegie Mellon in 2016.", "We wash your chef whites for you.", ""):
        for head, value in m.scores(text).items():
            assert value == pytest.approx(m.plain_scores(text)[head], abs=1e-9)


# --- in section detection: where only the model finds the kind, and where it must not ---------------------------------

#: the duties of a headless ad (no heading covers the sentence tested: the decoder reads it by its wording)
DUTIES = ("You will prep vegetables, plate starters and keep the pass clean.\n\n- Prep vegetables for lunch and dinner "
          "service\n- Wash down the kitchen at close\n")


@pytest.mark.parametrize("sentence", [
    "Vantage Robotics spun out of Carnegie Mellon in 2016 and now employs 140 engineers in Pittsburgh.",
    "Winner of the 2023 Good Food Guide award for the North East's best local restaurant.",
    "Named one of Canada's Top 100 Employers for the fifth year running.",
])
def test_an_employer_only_the_model_reads_gives_an_intro(sentence):
    assert classify.rules_undecided(sentence)  # the rules alone leave it: the model is what finds it
    assert "intro" in section_kinds(f"# Commis Chef\n\n{sentence}\n\n{DUTIES}")  # at the top
    assert "intro" in section_kinds(f"# Commis Chef\n\n{DUTIES}\n{sentence}\n")  # at the end


@pytest.mark.parametrize("sentence", [
    "You can work from abroad for up to four weeks a year.",  # wy-0248
    "We're closed Christmas Day, Boxing Day and New Year's Day, and you're paid for all three.",  # wy-0281
    "We wash your chef whites for you.",  # wz-0326
])
def test_a_perk_only_the_model_reads_gives_benefits(sentence):
    assert classify.rules_undecided(sentence)
    assert "benefits" in section_kinds(f"# Commis Chef\n\n{DUTIES}\n{sentence}\n")  # after the duties


def test_a_perk_the_rules_now_read_still_gives_benefits():
    """wy-0133 was read by the model alone until sections36's cost frame ("we'll pay for a cab home"): the rules read
    it now, so the model is not asked, and the posting keeps its benefits."""
    sentence = "If your shift ends after midnight, we'll pay for a cab home."
    assert not classify.rules_undecided(sentence)
    assert "benefits" in section_kinds(f"# Commis Chef\n\n{DUTIES}\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "Guests enjoy complimentary breakfast and free airport transfers.",
    "Members enjoy unlimited group classes, free towels and a eucalyptus sauna.",
    "No egos, no office politics, just good people doing good work.",
    "We are looking for a Senior Product Designer to join our growing team.",
    "Interested in growing your career in the event industry?",  # a question to the reader is not read
    # the head reads these as perks, but no hire or staff is named: an offer to customers, the work's kit
    "Get in touch today for a free no-obligation quote.",
    "All PPE and safety equipment supplied.",
])
def test_near_misses_give_neither_kind(sentence):
    for ad in (f"# Commis Chef\n\n{sentence}\n\n{DUTIES}", f"# Commis Chef\n\n{DUTIES}\n{sentence}\n"):
        kinds = section_kinds(ad)
        assert not kinds & {"intro", "benefits"}, kinds


def test_a_sentence_the_rules_decide_is_not_read_by_the_model(monkeypatch):
    asked = []
    real = classify._model_evidence
    monkeypatch.setattr(classify, "_model_evidence", lambda s: asked.append(s) or real(s))
    classify._sentence_scores.cache_clear()
    try:
        classify._sentence_scores("Prepare variance analysis for the monthly operating review.")  # a duty verb first
        classify._sentence_scores("Salary: £31,000 a year plus a pension.")  # a pay figure
        classify._sentence_scores("Pick.")  # too short
        assert asked == []
    finally:
        classify._sentence_scores.cache_clear()


# --- the shipped file is what the trainer writes ---------------------------------------------------------------------

def test_the_training_script_reproduces_the_shipped_file(tmp_path):
    pytest.importorskip("spacy_lookups_data")
    out = tmp_path / "section_model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_section_model.py"), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    assert out.read_bytes() == (files("jdlint.data") / "section_model.json").read_bytes()
