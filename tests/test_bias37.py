"""Session 37 (bias37): classes of discrimination in ordinary words that leave-one-writer-out over the training writers
showed the named rules missing (``scripts/train_bias_model.py --lowo -v``), each built as a frame or a clause reading, not
as one sentence.

Classes (fixtures written here, in other words than the writers' cases):
- a concessive aside between the characteristic and the cue after it ("..., no matter how long ago, will be turned
  away"): it widens the screen, so it neither lengthens the distance nor denies the cue with its "no"
  (frames.CONCESSIVE_ASIDE);
- a rejection told in the present or with an adverb of routine ("are automatically disqualified", "is instantly
  rejected"); a denial before it is no screen ("are not automatically rejected");
- the hire pictured as sharing the employer's trait ("we hope you'll share our Muslim faith"); not a shared passion or
  premises;
- one group put behind another ("priority over foreigners", "preferred over women"); "safety takes priority over speed"
  names no one;
- an employer's conclusion after ", so": the clause after it is the characteristic's own, so the people served named
  before the "so" are not its subject (frames.CONSEQUENCE);
- a group said to find the place "too" anything ("would find the stairs too steep") or slow, dull or lonely, and the
  virtues of obedient labour in a generalisation ("more disciplined", "more docile");
- D503: the other words for a region's accent ("twang", "brogue", "drawl") with a region's or a stranger's adjective
  ("without a broad or northern twang"); a guitar's twang has none.

The fire cases are checked with the rules alone (the bias model's D119-D919 ignored), so each fails without its mechanism.
"""
from __future__ import annotations

import pytest

from conftest import loud_bias_matches


def _loud(text: str, category: str) -> list[str]:
    return loud_bias_matches(text, category, rules_only=True)


FIRE = [
    # a concessive aside does not end or lengthen the screen
    ("record", "Applicants with a conviction, no matter how long ago, will be turned away.", "conviction"),
    ("record", "Anyone with a prison record, whatever the offence or the sentence, will be turned away.", "prison record"),
    ("age", "Candidates over 55, no matter how experienced, will not be shortlisted.", "over 55"),
    # a rejection in the present or with an adverb of routine
    ("record", "Candidates with an unspent conviction are automatically disqualified.", "conviction"),
    ("record", "Anyone with a criminal record is instantly rejected.", "criminal record"),
    ("disability", "Applicants with epilepsy will be automatically turned down.", "epilepsy"),
    # the hire pictured as sharing the employer's trait
    ("religion", "We hope you'll share our Muslim faith and join us for Friday prayers.", "Muslim faith"),
    ("religion", "A bookkeeper who truly shares our Catholic values.", "Catholic values"),
    # one group put behind another
    ("origin", "Residents of the district will be given priority over foreigners.", "foreigners"),
    ("gender", "Shift leaders are picked ahead of women for the long-haul routes.", "women"),
    # the clause after ", so" is the characteristic's own
    ("origin", "Most of our customers are from the Gulf, so Arab candidates are ideal.", "Arab candidates"),
    # a group said to find the place too anything; the virtues of obedient labour
    ("disability", "People with a bad back would find the loading bay too steep, so please don't apply.", "bad back"),
    ("origin", "Filipino workers are more docile than locals, so we hire them for the night shift.", "Filipino"),
    ("age", "Applicants over 60 might find the warehouse pace slow and the shifts lonely.", "over 60"),
    ("origin", "Callers respond best to a presenter without a broad or northern drawl.", "drawl"),
]

SILENT = [
    ("record", "Applications without a cover letter are automatically rejected."),
    ("record", "Applicants with convictions are not automatically rejected; we look at each case."),
    ("record", "A conviction, however old, does not mean you are automatically rejected."),
    ("religion", "You'll share our passion for good coffee and our building with the local church."),
    ("religion", "We share our premises with a Sikh gurdwara on Sundays."),
    ("origin", "Safety always takes priority over speed on our sites."),
    ("origin", "Our customers are mostly Polish, so patience with translation apps helps."),
    ("age", "Most of our clients are elderly, so a calm manner is essential."),
    ("disability", "Visitors with wheelchairs may find the old entrance too narrow, so we are widening it."),
    ("age", "You may find the first fortnight slow while your security clearance comes through."),
    ("origin", "Play rhythm guitar with a Telecaster twang for our country covers band."),
    ("origin", "Tune the amplifiers so the lead guitar sounds without a harsh twang."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires_with_the_rules_alone(category, text, span):
    found = _loud(text, category)
    assert any(span in m or m in span for m in found), (text, found)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert _loud(text, category) == [], text
