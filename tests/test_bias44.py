"""Session 44 (bias44): discrimination in ordinary words, by category.

tests/data/bias44_probes.yaml (548 sentences: 282 fire, 266 near-misses over the eight grounds) was written and committed
by category, a selection frame crossed with the ordinary words of a ground, before any writer's misses were read. Its
misses at 27cea5b (rules 235/47/16 TP/FN/FP) gave these classes, each built in the shared data (frames.yaml or a
ground's word class), so every frame or every pack that names the trait gets it:
- frames: the people served said to respond *best* to a kind of person; the people served expecting a kind of person named
  bare, in the plural ("customers expect Filipino waiters"); sharing a trait named straight after "share" ("people who
  share Christian values"); the post said to work well for a kind of person ("would work well for a retiree"); a bare
  trait joined by "and" before "will be considered";
- family: going (off) on maternity, household duties, the family told absent with "without" alone, leaning on childcare,
  empty nesters, a spouse the hire is to have ("a supportive wife"), "a bachelor" (not the degree);
- origin: overseas applicants and newcomers to the country, a background matched to the team's or shared, hiring from the
  employer's own community, "local" before a people noun, the team told as one origin where the hire must fit in,
  "a born and bred <anyone>";
- disability: hearing (and sight, memory) loss, "healthy in body and mind", aids shut out by "no";
- record: "no offences", a record that must be clean;
- appearance: a dress size before "only", a pleasant or beautiful face;
- a second round from the same grid: "singles" before a selection word, speech "like" a local (not a language spoken),
  "non-EU/non-British ..." people, a caution had;
- a third round (gender and age): the people served feel more comfortable or safer with a kind of person, the work told as
  one sex's ("a man's job": also h13-026 of the held-out file, read at the start), a sex-marked touch or presence, an age
  "past" a figure (not "the past 10 years");
- near-misses fixed: a photograph, picture or height that names a trade or an object ("Photo editor", "working at
  height"), a field of criminal law ("felony defense attorney"), equipment left unattached, a driving licence for a
  delivery role.

The fixtures below are written in other words than the probes; each fire case was silent at 27cea5b and the first seven
near-misses loud (the others guard the widened words' other senses), with the rules alone (the bias model's D119-D919
ignored). Not covered: a record that "should be" clean (the requirement frame reads "must be" after a trait, not "should
be", which follows too many subjects), "one of us" / "our own people" (no selection frame reads them).
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, loud_bias_matches


def _loud(text: str, category: str) -> list[str]:
    return loud_bias_matches(text, category, rules_only=True)


FIRE = [
    # frames
    ("gender", "Our members respond best to a male coach.", "male coach"),
    ("origin", "Our diners expect Italian waiters on the floor.", "Italian waiters"),
    ("religion", "We hire people who share Catholic values, whatever the post.", "Catholic values"),
    ("age", "The morning shift would work well for a pensioner.", "pensioner"),
    ("age", "Only applicants who are young and single will be considered.", "young"),
    # family
    ("family", "We'd rather not hire anyone likely to go on maternity next year.", "go on maternity"),
    ("family", "Ideally someone with no household commitments.", "household commitments"),
    ("family", "A surveyor without a family would fit best on the offshore rota.", "without a family"),
    ("family", "Please do not apply if you rely on a childminder.", "rely on a childminder"),
    ("family", "The caretaker flat would suit empty-nesters.", "empty-nesters"),
    ("family", "Candidates should have an understanding husband, as the hours are long.", "husband"),
    ("family", "Perfect for a bachelor happy to live on site.", "bachelor"),
    # origin
    ("origin", "Overseas candidates need not apply.", "Overseas candidates"),
    ("origin", "Not suitable for recent arrivals.", "recent arrivals"),
    ("origin", "Ideally you will have the same background as our clients.", "same background as our"),
    ("origin", "We prefer candidates from our own community.", "our own community"),
    ("origin", "We would like local lads for the crew.", "local lads"),
    ("origin", "You must fit in with our largely Polish kitchen.", "Polish kitchen"),
    ("origin", "Ideal candidate is a born and raised Glaswegian.", "born and raised Glaswegian"),
    # disability
    ("disability", "People with sight loss should not apply.", "sight loss"),
    ("disability", "We need someone healthy in mind and body.", "healthy in mind and body"),
    ("disability", "No wheelchairs on the shop floor team.", "wheelchairs"),
    # record
    ("record", "Applicants must have no crimes to their name.", "crimes"),
    ("record", "Their record must be spotless.", "record"),
    # appearance
    ("appearance", "Dresses come in sizes 8 to 12 only, so bear that in mind.", "sizes 8 to 12"),
    ("appearance", "Ideally you will have a pleasant face for the counter.", "pleasant face"),
    # second round (written from the frames x words grid, bias44): single people as a plural noun, speech "like" a local,
    # the non-citizen told by "non-", a caution had
    ("family", "Singles preferred for the live-in post.", "Singles"),
    ("origin", "We want a manager who talks like one of us.", "talks like one of us"),
    ("origin", "Non-British candidates need not apply.", "Non-British candidates"),
    ("record", "Anyone who has had a caution will be turned down.", "caution"),
    # third round (the gender and age grid): the people served feel easier with a kind of person, the work told as one
    # sex's, a sex-marked quality asked for, an age "past" a figure
    ("gender", "Our guests feel safer with a bloke on the door.", "bloke"),
    ("gender", "Bricklaying is a lad's game, to be honest.", "lad's game"),
    ("gender", "A womanly touch is needed in the showroom.", "womanly touch"),
    ("age", "Not suitable for anyone past 55.", "past 55"),
]

SILENT = [
    # loud at 27cea5b: a photograph, a picture or a height naming a trade or an object, a field of criminal law, a thing left
    # unattached, a licence for a delivery job
    ("appearance", "Picture framers needed for our gallery shop."),
    ("appearance", "Photo editor wanted for a weekly magazine."),
    ("appearance", "Photo researcher required for a publishing house."),
    ("appearance", "Working at height training required for all riggers."),
    ("record", "Felony defence lawyer needed."),
    ("family", "Make sure no pallet is left unattached at the end of the day."),
    ("disability", "A clean driving licence is required for this delivery job."),
    # the new words' other senses, people and things (silent before and after: they guard the widening)
    ("origin", "You will lead our Polish team from the Warsaw office."),
    ("origin", "We are looking for someone with a similar background in retail."),
    ("origin", "Our clients expect clear answers."),
    ("origin", "You will organise events for people from our community."),
    ("family", "Applicants need a bachelor of arts in English."),
    ("family", "Ideal candidate holds a bachelor's degree."),
    ("family", "Collect the client's wife from the station on Fridays."),
    ("appearance", "Company size 50 only."),
    ("appearance", "You will be the friendly face of our brand."),
    ("disability", "Safety glasses required; no hearing aids are provided by the agency."),
    ("age", "The new rota will work well for our customers."),
    ("origin", "We want someone who speaks Portuguese with our Lisbon clients."),
    ("record", "Open the valve with caution."),
    ("gender", "Residents feel more comfortable with clear menus."),
    ("age", "You must have run a kitchen at some point in the past 10 years."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_ordinary_words_in_a_frame_fire(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_is_silent(category, text):
    assert_bias_silent(category, text, rules_only=True)


def test_team_origin_needs_a_fit_frame():
    """The team told as one origin is the hire's screen only where the hire must fit into it or keep it."""
    assert _loud("Must fit in with our mostly Punjabi team.", "origin")
    assert not _loud("We are looking for someone to manage our Punjabi team.", "origin")


def test_a_lawful_basis_beside_a_rule_variant_with_its_own_severity_lowers_it():
    """D302's age-range variants carry their severity as a word ("error"); beside a lawful basis it was compared
    with a Severity and the rule crashed, so the posting got an internal error and no findings (found when the
    scorers began refusing unchecked postings: read writer AI's casting case)."""
    from conftest import bias_findings

    found = bias_findings("Extras aged 60+ needed for a care-home scene; playing age is a genuine casting requirement.")
    assert [(d.code, str(d.severity)) for d in found if d.code == "D302"] == [("D302", "info")]
    assert_bias_fires("age", "Extras aged 60+ needed for a care-home scene.", "aged 60+")
