"""Session 40 (bias40): a protected trait said in everyday words inside a selection frame, built as word classes of the
packs and one shared slot of the frame machinery (jdlint/frames.py, jdlint/data/frames.yaml), so every pack that names
it gets it at once.

Classes (counted over the training writers and writer AD's read file, rules alone, by ``/tmp`` probes of shape x trait;
the fixtures here are written in other words than any writer's case; each fire case is silent at 50d1113):
- a bare trait word standing as a list item or a predicate, with no people noun after it: ``{trait-end}`` in a term's
  lookahead (frames.yaml ``trait-end``) lets "young", "single" and "under 30" end at a closing bracket, right before a
  word the frames read after the trait ("preferred", "only"), or before one more bare item joined by "and" ("young and
  single preferred", "must be under 30 and physically fit"); not before a noun that "young" describes ("a young and
  growing company", "young and vulnerable people"), nor "single" before the thing it counts;
- a faith told by the home it comes from or by the congregation ("from a good Mennonite family", "an observant
  household", "a member of our church fellowship", "a nanny who is saved"), religious days off refused ("no exceptions
  for religious days off"), the plain-church traditions in the faith class (gen_trait_classes.py seeds);
- a life stage shared with the team ("ideally you're at a similar life stage");
- place of birth and schooling in everyday words ("Kiwi born and bred", "US-educated candidates only");
- health in everyday words ("fit and well", "free from any illness");
- a record in everyday words ("never been in police trouble", "no one with a past").

The fire cases are checked with the rules alone (the bias model's D119-D919 ignored), so each fails without its mechanism.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent


FIRE = [
    # a bare trait word as a list item: a closing bracket, an after-frame word, one more bare item joined by "and"
    ("age", "Counter assistant (young) needed for a busy bakery.", "young"),
    ("age", "Waiting staff, young, for a seaside hotel.", "young"),
    ("age", "Young and cheerful preferred for the kiosk.", "Young"),
    ("age", "Ideally under 28 and a keen cyclist.", "under 28"),
    ("age", "Assistants (under 25) wanted for weekend markets.", "under 25"),
    ("family", "Single preferred, as the post involves long tours.", "Single"),
    ("family", "Driver wanted - single only.", "single"),
    ("family", "Young and single preferred for the cruise contract.", "single"),
    ("family", "Would suit a footloose person happy to move between sites.", "footloose"),
    ("family", "Would suit someone with no family to go home to.", "no family to go home to"),
    # a faith told by the home, the congregation, the rite, or its days off refused
    ("religion", "Would suit someone from a good Hutterite family.", "Hutterite"),
    ("religion", "Ideally from an observant household.", "observant household"),
    ("religion", "Members of our fellowship preferred.", "fellowship"),
    ("religion", "We are after a housekeeper who is saved.", "saved"),
    ("religion", "Must be baptised.", "baptised"),
    ("religion", "Must work every weekend, no exemptions for religious days off.", "religious days off"),
    ("religion", "Ideally you come from a devout home.", "devout home"),
    # a life stage shared with the team
    ("age", "Everyone on the crew is on a gap year, so ideally you'd be at the same stage of life.", "same stage of life"),
    # place of birth and schooling in everyday words
    ("origin", "Ideally a Kiwi born and bred.", "Kiwi born and bred"),
    ("origin", "Must be born and bred locally.", "born and bred locally"),
    ("origin", "US-educated applicants only.", "US-educated"),
    # health and a record in everyday words
    ("disability", "Applicants must be fit and well.", "fit and well"),
    ("disability", "Staff must be free from ailments of any kind.", "free from ailments"),
    ("record", "Must never have been in police trouble.", "police trouble"),
    ("record", "Sorry, nobody with a past.", "a past"),
    # second batch: one everyday word or phrase per trait, each in its own frame
    ("age", "Ideal for a young couple to run the campsite shop.", "young couple"),
    ("age", "Sorry, not suitable for the over-seventies.", "over-seventies"),
    ("age", "Applicants should be not yet 40.", "not yet 40"),
    ("family", "Divorcees need not apply for the live-in post.", "Divorcees"),
    ("family", "We'd prefer someone who never needs time off for their children.", "time off for their children"),
    ("religion", "Ideally a regular worshipper.", "worshipper"),
    ("religion", "The nanny must keep kosher.", "keep kosher"),
    ("origin", "Must speak Spanish like a native.", "like a native"),
    ("origin", "Applicants with Irish roots preferred.", "Irish roots"),
    ("record", "Strictly no criminals.", "criminals"),
    # origin in everyday words: a region's people, the hire's own country or culture, Romany and Traveller people, expatriates
    ("origin", "Sorry, no Eastern Europeans.", "Eastern Europeans"),
    ("origin", "Westerners preferred for the front desk.", "Westerners"),
    ("origin", "Would suit a fellow countryman of the owner.", "fellow countryman"),
    ("origin", "Ideally you share a similar cultural background to the family.", "similar cultural background"),
    ("origin", "Candidates must be from this country.", "from this country"),
    ("origin", "Ideally someone who grew up here.", "grew up here"),
    ("origin", "No gypsies.", "gypsies"),
    ("origin", "Must speak the King's English.", "King's English"),
    ("origin", "Ideally a Cantonese native.", "Cantonese native"),
    ("origin", "Expats need not apply.", "Expats"),
]

SILENT = [
    # "young" describing a thing or the people served, "under NN" counting something else
    ("age", "We are a young and growing company looking for an accountant."),
    ("age", "You will support young and vulnerable people in the community."),
    ("age", "Join our young, friendly team as a senior engineer."),
    ("age", "Youth Worker, Young People's Service."),
    ("age", "Calls must be answered in under 30 seconds and logged."),
    ("age", "Our pensions suit every life stage."),
    ("age", "At a later stage of the process we will take up references."),
    # "single" counting, not a status
    ("family", "You will be the single point of contact for suppliers."),
    ("family", "Single sign-on experience required."),
    ("family", "Footloose Travel Ltd is hiring a coach driver."),
    # "observant" the attention sense, a fellowship that is a post or a title, work saved
    ("religion", "Must be observant and detail-oriented."),
    ("religion", "We want observant people who notice details on the shop floor."),
    ("religion", "Our Fellowship programme is open to graduates of any discipline."),
    ("religion", "Applicants must hold a Fellowship of the Royal College of Surgeons."),
    ("religion", "All files must be saved to the shared drive."),
    ("religion", "Experience supporting religious families in the community is an advantage."),
    # a level of education, not a country; a thing free of hazards; the police as the work
    ("origin", "University-educated candidates preferred."),
    ("origin", "Home-schooled applicants are welcome."),
    ("disability", "The site must be kept free from hazards."),
    ("disability", "Our food must be free from allergens."),
    ("record", "Experience working with the police is required."),
    ("record", "You will handle police matters for the council."),
    # second batch's near-misses: a programme or the people served, a figure that is no age, the food the work makes
    ("age", "Our young couples programme supports first-time buyers."),
    ("age", "You will run lunches for the over-sixties club."),
    ("age", "The build is not yet 30 per cent complete."),
    ("family", "Experience advising divorcees on pensions is an advantage."),
    ("religion", "Must have halal butchery experience."),
    ("religion", "Must keep kosher kitchen standards at all times."),
    ("religion", "You will greet worshippers at the cathedral door."),
    ("origin", "Our brand has British roots and global ambitions."),
    ("record", "Experience working with criminals on probation is required."),
    # origin's near-misses: a market or a technique, the employer's culture, an expat package, the people served
    ("origin", "You will sell into Western markets."),
    ("origin", "Must be familiar with Western blot techniques."),
    ("origin", "You must share our culture of ownership and pace."),
    ("origin", "Our expat package includes housing and flights."),
    ("origin", "You will advise expats on their tax returns."),
    ("origin", "You will support Gypsy, Roma and Traveller communities."),
    ("origin", "Business travellers must book through the portal."),
    ("origin", "Must have experience with native plants."),
    ("origin", "Our produce is grown locally and sold here."),
    # a duty in the word's other sense, and a driving screen with its regulator named (lowered to info)
    ("record", "Clean record-keeping is essential for the accounts post."),
    ("record", "No DUI in the last 3 years, to meet DOT requirements."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_everyday_trait_in_a_frame_fires(category, text, span):
    assert_bias_fires(category, text, span, rules_only=True)


@pytest.mark.parametrize("category,text", SILENT)
def test_everyday_near_miss_is_silent(category, text):
    assert_bias_silent(category, text, rules_only=True)


def test_trait_end_slot_is_shared_data():
    """The slot is data of frames.yaml, expanded into any pack's term: a user pack may name it too."""
    import re

    from jdlint.frames import expand_classes

    term = re.compile("(?:" + expand_classes("single(?={trait-end})") + ")", re.I)
    assert term.match("single preferred") and term.match("single)") and term.match("single and childless.")
    assert not term.match("single point of contact") and not term.match("single and double rooms")
