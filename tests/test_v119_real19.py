"""V119 vague-sentence, v119r19 (session 34): the model's wrong findings on real ads (realads17/18a/19A, judged by an
independent collector) were concrete sentences that read as vague through words that name, not judge:
- the nouns of pay: the model learned "salary", "rate" from sentences about pay with no figure ("pay is decent"); where
  the posting states its pay as an amount, a pay noun refers to those terms (an employee contract pro-rata or a day
  rate, a commission structure), and before a mechanism noun it names a policy (salary transparency). Scored again
  without them (``pay_weight_only``, literal_senses.yaml ``pay-terms``);
- a sentence whose link the rendered text hides ("... [apply today](https://...)!"): sentences with a link were meant
  to be unread (``prose_sentences``), but a Markdown link shows only its words;
- a claim whose next sentence lists it ("... a wide range of attractive staff benefits. These include: ...").
Fixtures are written for these tests (the real ads are not quoted); each near-miss must still fire.
"""
from __future__ import annotations

import pytest

from conftest import findings_in
from jdlint.checks.vague_sentence import DEFAULT_THRESHOLD, model


def v119(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V119")]


STATED = "Salary: £25,000 a year (full time).\n\n"


def v119_below(text: str) -> list[str]:
    """V119's findings with the rule asked one point below the model's own score of ``text`` (or at its default, if
    lower): there the model alone reports the sentence, so only the reading under test keeps it silent (a retrain
    moves the scores, not this; since session 49's retrain several of these fixtures score under the default)."""
    at = min(DEFAULT_THRESHOLD, model().score(text.replace("**", "")) - 1)
    return [d.match for d in findings_in(text, "V119", rule_options=(("V119", (("threshold", at),)),))]


@pytest.mark.parametrize("text", [
    pytest.param(
        "The post can be a fixed-term employee contract at that salary pro-rata, or we can agree a freelance day rate.",
        marks=pytest.mark.xfail(strict=True, reason="open: v119_50 (6.54; without the pay nouns the rest still scores "
                                "1.98, over the default threshold: 'can be' and 'we can agree' read as terms left open)")),
    # open in session 35 (the rest without the pay nouns scored 2.01); under the threshold since v119_36's retrain;
    # open again since v119_49 ('be comfortable with' carries the claim on its own: 6.22, the rest above the threshold)
    pytest.param("You must be comfortable with a commission structure for salary.", marks=pytest.mark.xfail(
        strict=True, reason="open: v119_49 ('must be comfortable with' reads as vague without the pay nouns)")),
    "Drivers are paid a monthly commission rate on every tonne delivered.",
])
def test_pay_nouns_name_the_terms_where_the_posting_states_an_amount(text):
    # the model alone reads each as vague (asked below its score), through its pay nouns; the amount elsewhere is what
    # they refer to
    assert v119_below(STATED + text) == []
    assert v119_below(text) == [text]


@pytest.mark.parametrize("text", [
    "We value salary transparency and equity.",
    "We are committed to salary transparency across every team.",
])
def test_a_pay_noun_before_a_mechanism_names_a_policy(text):
    assert DEFAULT_THRESHOLD < model().score(text)
    assert v119(text) == []


@pytest.mark.parametrize("text", [
    "Salary is attractive and negotiable for the right person.",
    "We offer an attractive remuneration package for the right person.",
    "You will be paid a good hourly rate plus commission and join a team that feels like family.",
])
def test_a_claim_around_a_pay_noun_still_fires(text):
    assert v119(STATED + text) == [text]


LINKED = "If you're ready to join us for a summer of fun and adventure at camp, [apply today](https://example.org/jobs)!"
UNLINKED = "If you're ready to join us for a summer of fun and adventure at camp, apply today!"


def test_a_sentence_with_a_link_is_not_read():
    assert v119(LINKED) == []
    assert DEFAULT_THRESHOLD < model().score(UNLINKED)
    assert v119(UNLINKED) == [UNLINKED]


# "staff benefits" in session 34; since v119_36's retrain that claim scores 1.5 (a recall loss, reported), "perks" 3.9
LISTED = ("On top of that we offer a wide range of attractive staff perks. These include: a cycle-to-work scheme; "
          "an employee assistance programme; and 30 days of leave.")
UNLISTED = "On top of that we offer a wide range of attractive staff perks. We open at seven."


def test_a_claim_the_next_sentence_lists_is_explained():
    assert v119(LISTED) == []
    assert v119(UNLISTED) == ["On top of that we offer a wide range of attractive staff perks."]


@pytest.mark.parametrize("text", [
    "We seek an enthusiastic researcher to join the coastal ecology lab (led by Dr. Mara Quint) at the University of "
    "Dundee as a postdoc.",
    "We want an enthusiastic nurse to join our friendly ward team at Fairfield General Hospital.",
])
def test_at_a_named_institution_says_where(text):
    assert v119(text) == []
    assert v119_below(text) == []


@pytest.mark.parametrize("text", [
    "We seek an enthusiastic researcher to join our friendly and supportive team.",
    "Life at Brightlane is a wonderful ride where everyone feels like family.",
    "Join the most amazing team at the University of Dundee, where every day is an adventure!",
    "We are a truly amazing family at the University of Dundee.",
])
def test_a_claim_at_a_place_still_fires(text):
    assert v119(text) == [text]


@pytest.mark.parametrize("text", [
    "Please use as the file name: **SURNAME – Bike Mechanic**, with the same as the email's subject line, to help us "
    "keep track of applicants.",
])
def test_a_step_of_the_procedure_is_not_vague(text):
    assert v119(text) == []
    assert v119_below(text) == []


@pytest.mark.parametrize("text", [
    "Send us your CV and join our amazing family, where every day is an adventure!",
    "Ready to help us keep making a difference? Join us!",
])
def test_a_claim_beside_the_procedure_still_fires(text):
    assert v119(text) != []
