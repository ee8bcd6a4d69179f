"""bias9: open-slot classes for strangers' wording, each tested on sentences written for it (none copied from the
independent writers' sets or from tests/data/bias_cases_heldout9.yaml), with fixtures that must fire and near-misses
that must not:

- small-ad shorthand as frame cues (jdlint/data/frames.yaml): "pref." / "prefd" (preference), "reqd" / "min" after
  the characteristic (requirement);
- an exclusion whose object is a need or practice: "not suitable for anyone who needs <X>" with the whole phrase the
  cue, so the practice can be several words away (prayer days, school runs, medical appointments);
- contracted refusals after the characteristic ("won't be considered", "can't be shortlisted");
- a team balanced by sex or age ("a woman would balance the office");
- the people served said to expect a kind of person ("our clients expect someone who ..."), avoiding a hire ("avoid
  hiring anyone ..."), and an origin judged by the ear or eye ("looks and sounds Canadian");
- terms: life stages by years left (rules/age.yaml), couples hired as one (rules/family.yaml), a record told by
  where it was served (rules/record.yaml), workers of any trade "from <state or region>" and community or caste
  nouns (rules/origin.yaml), medical appointments as an excluded need (rules/disability.yaml).
"""
from __future__ import annotations

import pytest

from conftest import bias_findings as lint, loud_bias_matches as loud


FIRE = [
    # shorthand
    ("age", "Kitchen porter. Older person pref. Start Monday.", "Older person pref"),
    ("gender", "Pref. male for the night shift at our depot.", "Pref. male"),
    ("religion", "Housekeeper for a family in Leeds, Muslim prefd.", "Muslim prefd"),
    ("disability", "Filing clerk. Excellent health reqd.", "Excellent health reqd"),
    ("appearance", "Hostess wanted. Height min 5'7\", smart dress.", "Height min"),
    # need or practice excluded
    ("religion", "Saturday trading, so not suitable for anyone who observes the Sabbath.", "not suitable for anyone who observes the Sabbath"),
    ("family", "Late finishes; not really suitable for people who have to do the nursery pick-ups.", "nursery pick-ups"),
    ("disability", "Small team, so not ideal for anyone with frequent hospital appointments.", "hospital appointments"),
    # contracted refusals
    ("record", "Anyone who has served a prison sentence can't be considered.", "can't be considered"),
    ("age", "Retired people won't be shortlisted for this post.", "won't be shortlisted"),
    # balancing a team
    ("gender", "We are all women in the studio, so a man would help balance things.", "a man would help balance"),
    ("age", "Everyone here is over fifty, so someone younger would even out the team.", "someone younger would even out"),
    # life stages, couples, record, origin
    ("age", "Would suit someone with their whole career ahead of them.", "career ahead of them"),
    ("age", "Perfect for an empty nester who wants to get back to work.", "empty nester"),
    ("family", "Ideal for a man and wife team to manage the holiday lets.", "man and wife team"),
    ("family", "Live-in couples only for the estate cottage.", "couples only"),
    ("record", "People with a custodial past are not eligible.", "custodial past"),
    ("origin", "Tailors from Rajasthan preferred for our boutique.", "Tailors from Rajasthan preferred"),
    ("origin", "Security guards from Sindh only.", "guards from Sindh only"),
    ("origin", "Office assistant, same caste preferred.", "same caste preferred"),
    # the people served said to expect a kind of person; avoiding a hire
    ("origin", "Our guests expect a receptionist who looks French.", "looks French"),
    ("origin", "Customers expect to be served by someone who sounds Australian.", "sounds Australian"),
    ("family", "We'd like to avoid hiring anyone who is pregnant this year.", "avoid hiring anyone who is pregnant"),
]


@pytest.mark.parametrize("category,text,span", FIRE, ids=[f[2] for f in FIRE])
def test_open_slot_classes_fire(category, text, span):
    found = loud(text, category)
    assert found, f"nothing in bias.{category} for: {text}"
    assert any(span.lower() in m.lower() or m.lower() in span.lower() for m in found), (found, span)


SILENT = [
    # shorthand in other senses: experience, stock, duration
    ("age", "Min. 3 yrs experience in retail pref."),
    ("appearance", "Max. order 40 boxes per pallet, min. 2 deliveries a week."),
    ("disability", "Forklift licence reqd; health and safety training provided."),
    # need or practice as work or as a benefit
    ("disability", "You will book hospital appointments for residents and go with them."),
    ("disability", "Provide one-to-one therapy sessions in our clinic."),
    ("disability", "We give paid time off for medical appointments."),
    ("religion", "A quiet room is set aside for prayers; breaks can be moved for Friday prayers."),
    ("family", "Flexible hours, so you can still do the school run."),
    # balancing as the work
    ("gender", "You will balance the books and reconcile the ledgers each month."),
    ("age", "The new hire would balance the accounts weekly."),
    # life stage in other senses
    ("age", "You will have years of experience behind you in commercial kitchens."),
    ("age", "We have exciting years ahead of us as a company."),
    # couples as clients, a couple of things
    ("family", "You will plan weddings for couples across Yorkshire."),
    ("family", "A couple of years in hospitality would help."),
    # record in other senses
    ("record", "Experience of prison history research and archive work is desirable."),
    # places as territory or logistics; customers
    ("origin", "You will cover sales across Kerala and Karnataka."),
    ("origin", "Customers from Punjab preferred our new menu, so we are expanding."),
    ("origin", "Applicants from Manchester may work from our regional hub."),
    ("origin", "We welcome applicants of every caste, creed and background."),
    # an equal-opportunity statement naming the need
    ("religion", "We welcome applicants of all faiths and will accommodate prayer times."),
    # looks and sounds of things; expectations that name no characteristic
    ("origin", "The new menu looks Italian and the playlist sounds Brazilian."),
    ("origin", "We need someone who looks clean, sounds enthusiastic and dresses stylishly."),
    ("origin", "Our clients expect someone who replies within a day and sounds professional."),
    ("family", "We avoid hiring through agencies, so apply to us directly."),
]


@pytest.mark.parametrize("category,text", SILENT, ids=[s[1][:40] for s in SILENT])
def test_near_misses_stay_silent(category, text):
    assert loud(text, category) == [], text


def test_heldout9_set_has_its_promised_shape():
    """bias9's held-out set, written before building: 40 cases, all held out, fires and near-misses in every
    category it covers, and every span a substring of its text. Named outside the bias_cases*.yaml glob so the
    main case set keeps its proportions (tests/test_inclusive_eval.py); score it with
    scripts/eval_inclusive.py --cases --case-file tests/data/heldout9_bias_cases.yaml --split heldout."""
    from pathlib import Path
    from ruamel.yaml import YAML
    path = Path(__file__).parent / "data" / "heldout9_bias_cases.yaml"
    cases = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert len(cases) == 40 and all(c["split"] == "heldout" and c["id"].startswith("h9-") for c in cases)
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]
    for cat in {c["category"] for c in cases}:
        expects = {c["expect"] for c in cases if c["category"] == cat}
        assert "fire" in expects, cat
