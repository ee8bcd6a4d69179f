"""Session 49 (nearmiss49): bias precision on near-misses, by mechanism.

tests/data/nearmiss49_probes.yaml (43 fire, 121 near-misses over D403, D405, D610, D101, D102, D202, D302, D410, D501,
D710, D810) was written BEFORE any change and before reading the rules' code: a lawful basis or legal duty named, the
trait describing customers/residents/a named person/the company, the trait denied or welcomed, another word sense, a
task that explains a demand, a genuine occupational requirement with its reason, a benefit. Seven fire cases carry a
second word (`beside`) that should draw no loud finding of its own.

Scored here as the unread sets' scorer counts: a fire case is found when a loud finding of its category overlaps the
span (gender-coded findings count at info, as D201/D202 are info); a near-miss is loud with any loud finding of its
category; a `beside` case counts when a loud bias finding lies off the span.

At the start (main at 8846277): fire 41/43, near-misses loud 18/121 (19 on any bias ground), beside 2/7.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import bias_findings

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "nearmiss49_probes.yaml").read_text("utf-8"))
OFFSET = len("# Job\n\n")


def loud(diagnostic, category: str | None = None) -> bool:
    """A finding the unread sets' scorer counts: a bias warning or error, or any gender-coded finding."""
    from jdlint.diagnostics import Severity

    if not diagnostic.category.startswith("bias."):
        return False
    if category and diagnostic.category != "bias." + category:
        return False
    return diagnostic.severity >= Severity.warning or diagnostic.category == "bias.gender-coded"


def span_range(case: dict) -> tuple[int, int]:
    pattern = r"\b" + re.escape(case["span"]) + r"\b"
    found = re.search(pattern, case["text"]) or re.search(pattern, case["text"], re.I)
    assert found, case
    return OFFSET + found.start(), OFFSET + found.end()


def on_span(case: dict, diagnostic) -> bool:
    start, end = span_range(case)
    return diagnostic.start < end and start < diagnostic.end


def fire_found(case: dict) -> bool:
    return any(loud(d, case["category"]) and on_span(case, d) for d in bias_findings(case["text"]))


def near_miss_loud(case: dict) -> bool:
    return any(loud(d, case["category"]) for d in bias_findings(case["text"]))


def beside_loud(case: dict) -> bool:
    return any(loud(d) and not on_span(case, d) for d in bias_findings(case["text"]))


def grid() -> tuple[int, int, int]:
    """(fire found, near-misses loud, beside cases with a loud second finding)."""
    tp = fp = beside = 0
    for case in PROBES:
        if case["expect"] == "fire":
            tp += fire_found(case)
            beside += bool(case.get("beside")) and beside_loud(case)
        else:
            fp += near_miss_loud(case)
    return tp, fp, beside


def test_probe_counts():
    fire = sum(c["expect"] == "fire" for c in PROBES)
    assert (fire, len(PROBES) - fire) == (43, 121)
    assert sum(bool(c.get("beside")) for c in PROBES) == 7


def test_probe_grid():
    tp, fp, beside = grid()
    # at the start: 41 found, 18 loud, 2 beside; after the context and D405 classes: 41, 11, 1;
    # after the served people, the post's other holders and names: 41, 6, 1; after the learners' licence: 41, 5, 1
    assert tp >= 41
    assert fp <= 5
    assert beside <= 1


# Each class fixed, with the same words where the mechanism is absent (which must stay loud).
SILENT = [
    # the trait put beside its absence as all one: indifference, not a want (context.yaml negation-after)
    ("origin", "Native speaker or not, if your Spanish is C1 we want to hear from you."),
    ("origin", "Native English speaker or not, what matters is clear written English at C1."),
    # an accommodation offer in shorthand, the verb left out (context.yaml accommodation)
    ("disability", "Physical demands: lifting up to 10 kg (files and boxes); adjustments considered for any applicant."),
    ("disability", "Must be able to stand for long periods; reasonable adjustments available."),
    # the demand with its reason, the hire's task (context.yaml duty-described)
    ("disability", "Ability to climb ladders up to 6 m is essential because you'll install gutters on two-storey houses."),
    ("disability", "Must be able to lift 25 kg, as you will unload deliveries from our lorries."),
    # the load named first, its weight after it (context.yaml duty-described)
    ("disability", "The work is need to carry the boxes of tiles (max 25 kg) from the truck to the site floor."),
    ("disability", "Must be able to carry sacks of feed (up to 25 kg) across the yard."),
    # a licence's own limit, or a named standard or body as the agent (context.yaml lawful-basis)
    ("age", "Door supervisors need an SIA licence, and the SIA only licenses people aged 18 or over."),
    ("age", "Croupiers must be 18 or over, as the Gambling Commission requires."),
    ("origin", "Translators work into their mother tongue, as ISO 17100 requires, so you'll review into English."),
    # visits named as a compound of the places visited, a round told by what it covers (D405 DRIVING_DUTY)
    ("disability", "Native English speakers only; driving licence needed for school visits across Kent."),
    ("disability", "Driving licence essential for client visits across Devon."),
    ("disability", "Own car essential as the round covers 12 rural villages with no public transport."),
    # a driving licence as one proof of identity, every spelling (D405 exceptions)
    ("disability", "Photo ID (passport or driving licence) is needed for your right-to-work check."),
    ("disability", "Bring your driving licence or passport as proof of identity on your first day."),
    # the people the hire teaches, trains, manages or helps (context.yaml others-before; D501's served learners)
    ("gender", "You'll train local fishermen in sea survival under the STCW rules."),
    ("gender", "You'll manage the salesmen on our trade counter."),
    ("origin", "You'll teach Japanese to native English-speaking undergraduates."),
    ("origin", "You'll support native Welsh speakers applying for grants."),
    # the person the hire works beside or the post's previous holder (gender_pronouns.yaml)
    ("gender", "You will work alongside the site manager, who will show you his routines in your first week."),
    ("gender", "The previous postholder retired after 20 years; she left detailed handover notes."),
    ("gender", "You will replace the outgoing manager. He will train you before he leaves."),
    # the mother tongue as what education is given in (D501 exceptions)
    ("origin", "The Mother Tongue-Based Multilingual Education programme in Mindanao needs a coordinator."),
    ("origin", "You'll plan mother-tongue instruction in the early grades with our partner schools."),
    # a question about a condition asked so the process can be adapted (context.yaml accommodation)
    ("disability", "Please let us know about any medical condition that affects how you attend the interview, so we can adjust it."),
    # a demand with its purpose, the task, or met with the employer's aids (context.yaml duty-described)
    ("disability", "Must be able to walk the site (about 3 km a day) to read meters."),
    ("disability", "Must be able to climb ladders to reach the top shelves in the stock room."),
    ("disability", "Must be able to lift 20 kg, with lifting aids provided."),
    # ... or the task it is needed in, a gerund with its object after "when" or "while" (context.yaml duty-described)
    ("disability", "Must be able to kneel and bend when fitting carpets."),
    # experience of working with the people served, in the past tense too (frames.yaml subject-matter)
    ("family", "Ideally you'll have worked with looked-after children or foster families."),
    # a question about caring asked so the hours can be fitted to it (context.yaml accommodation)
    ("family", "Please tell us if you have caring responsibilities so we can offer flexible hours."),
    # the person who trains or supervises the hire, and a label or a "for" naming a person (context.yaml others-*)
    ("gender", "You'll be trained by our foreman, a 30-year veteran of the trade."),
    ("gender", "Chairman of the Board: Mr Patel."),
    ("gender", "The spokesman for the council, Tom Reed, will brief new staff."),
    # asked of the employee after the start (context.yaml lawful-basis)
    ("appearance", "Must provide a photo for your staff ID badge after you start."),
    # a title with its other-sex counterpart or an (m/f/d) mark: both sexes named (skip context `paired`)
    ("gender", "Waiter/waitress needed for our seafront cafe."),
    ("gender", "Salesman or saleswoman wanted."),
    ("gender", "Barman/barmaid for weekends."),
    ("gender", "Host/hostess for our cocktail bar."),
    ("gender", "Salesman (m/f/d) for our Munich branch."),
    ("gender", "Waitress/Waiter (m/f) for our hotel restaurant."),
    # non-native registers: the job as a bare subject, the load then its weight, a purpose with "for"
    ("disability", "Job need to lift heavy things sometimes, like sacks of rice 25kg."),
    ("disability", "Must able to climb on roof for fix the antenna."),
    # the delivery of a thing as the job's driving (D405 DRIVING_DUTY)
    ("disability", "Driving licence B needed because job is delivery of furniture."),
    # native speakers as learners of another language or as the customers; the trait beside its own negation
    ("origin", "Teacher for native speakers of Arabic learning English."),
    ("origin", "Native Spanish speakers are our main customers, so good Spanish is needed."),
    ("origin", "Fluent English required; native speakers and non-native speakers equally welcome."),
    # the employer's faith ethos the hire respects or supports (religion.yaml other-senses)
    ("religion", "You must respect the Catholic ethos of the school, as all our staff do."),
    # open: the bias model retrained in session 49 reads it as a religion screen (D719, 4.78); the pack's ethos sense
    # (rules/religion.yaml other-senses) is not one the model's reading (bias_model_rules.yaml other-senses) shares
    pytest.param("religion", "All staff are expected to support the Christian character of our school.",
                 marks=pytest.mark.xfail(strict=True, reason="open: D719 (the bias model) reads the school's ethos")),
    # a height or weight limit that applies to the people served (D802 exceptions)
    ("appearance", "Height restrictions apply to guests on our rides; you will check them at the gate."),
    ("appearance", "Weight limit for riders is 120 kg; you'll weigh guests before the zip line."),
    # a one-word name in apposition before its verb (context.yaml others-after)
    ("gender", "Our salesman of the year, Joe, will mentor you."),
    # the licence the people taught work towards (D405 exceptions)
    ("disability", "You'll teach learners who are working towards their full driving licence."),
    # the load in brackets after its weight (context.yaml duty-described)
    ("disability", "Must be able to lift and carry up to 15 kg (shopping bags) for our clients."),
]

FIRE = [
    ("origin", "Native speakers preferred.", "Native speakers"),
    ("origin", "Must be a native speaker or bilingual.", "native speaker"),
    ("disability", "Must be able to lift 50 lbs; salary adjustments considered annually.", "lift 50 lbs"),
    ("disability", "Must be able to lift 50 lbs as you'll be part of a busy team.", "lift 50 lbs"),
    ("disability", "Must be able to stand for 8 hours.", "stand for 8 hours"),
    ("disability", "Must be able to carry 25 kg.", "carry 25 kg"),
    ("age", "Must be 21 or over, as our manager requires.", "21 or over"),
    ("age", "Applicants must be under 30, as we want a young team.", "under 30"),
    ("disability", "Full driving licence required. Our customers visit the showroom daily.", "driving licence"),
    ("disability", "Clean driving licence essential for this office role.", "driving licence"),
    ("gender", "We train new salesmen from scratch.", "salesmen"),
    ("gender", "Experienced salesman wanted to train our apprentices.", "salesman"),
    ("origin", "Native English-speaking teachers only.", "Native English-speaking"),
    ("origin", "We want native speakers to teach English to our students.", "native speakers"),
    ("gender", "The successful postholder will be organised; she will manage the diary.", "she"),
    ("gender", "The current vacancy is for a receptionist; she will greet visitors.", "she"),
    ("origin", "ESL Teacher - Native English Speaker Only", "Native English Speaker"),
    ("origin", "We Are Hiring Native English Speakers For Our Schools In Seoul", "Native English Speakers"),
    ("origin", "Native English speakers only. Mother-tongue French.", "Mother-tongue"),
    ("disability", "Please list any medical conditions so we can decide whether you are suitable.", "medical conditions"),
    ("disability", "Must be able to lift 50 lbs to be considered.", "lift 50 lbs"),
    ("disability", "Must be able to stand for 8 hours to succeed in this role.", "stand for 8 hours"),
    ("disability", "Must be able to lift 50 lbs; a great team is available.", "lift 50 lbs"),
    ("disability", "Must be able to stand for 8 hours when required.", "stand for 8 hours"),
    ("disability", "Must be able to stand while working.", "stand"),
    ("family", "Ideally, someone who has worked with us before and has no children.", "no children"),
    ("family", "Please tell us if you have children; mothers will not be considered.", "mothers"),
    ("gender", "The foreman will be trained by our director.", "foreman"),
    ("gender", "Chairman needed for our board of trustees.", "Chairman"),
    ("appearance", "Please send a photo when you apply.", "photo"),
    ("gender", "Hostess and cleaner needed.", "Hostess"),
    ("gender", "Barmaid and cook needed.", "Barmaid"),
    ("gender", "Waitresses needed for weekend shifts.", "Waitresses"),
    ("disability", "Driving licence needed for delivery of training across the region.", "Driving licence"),
    ("disability", "Driving licence essential for delivery of our services.", "Driving licence"),
    ("disability", "Must be able to lift 50 lbs for this role.", "lift 50 lbs"),
    ("origin", "Teacher for native speakers only.", "native speakers"),
    ("origin", "Native speakers are preferred by our customers.", "Native speakers"),
    ("origin", "Native speakers and bilingual candidates preferred.", "Native speakers"),
    ("origin", "Must be a native speaker; non-natives will not be considered.", "native speaker"),
    ("religion", "You must be committed to our Christian faith.", "Christian faith"),
    ("appearance", "Height restrictions apply to all staff.", "Height restrictions"),
    ("gender", "Salesman wanted, Joe, call us.", "Salesman"),
    ("disability", "Applicants must have held their full driving licence for 2 years.", "driving licence"),
    ("disability", "Candidates should be working towards their driving licence.", "driving licence"),
    ("disability", "Must be able to lift 50 lbs (heavy).", "lift 50 lbs"),
]


@pytest.mark.parametrize(("category", "text"), SILENT)
def test_lawful_or_unrelated_sense_is_silent(category, text):
    assert not any(loud(d, category) for d in bias_findings(text)), (
        text, [(d.code, d.match, d.severity.name) for d in bias_findings(text)])


@pytest.mark.parametrize(("category", "text", "span"), FIRE)
def test_selection_still_fires(category, text, span):
    case = {"text": text, "span": span}
    assert any(loud(d, category) and on_span(case, d) for d in bias_findings(text)), (
        text, [(d.code, d.match, d.severity.name) for d in bias_findings(text)])
