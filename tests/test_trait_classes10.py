"""bias10: open word classes in the frames' trait slots, and selection frames read by their grammar, each tested on
sentences written for it (none copied from the independent writers' sets or from tests/data/bias_heldout10.yaml),
with fixtures that must fire and near-misses that must not:

- ``{class:NAME}`` in a frame rule's terms (jdlint/frames.py) expands to a word class of
  jdlint/data/trait_classes.yaml, written by scripts/gen_trait_classes.py from the Brown clusters and morphology and
  pruned by hand: demonyms (origin), faiths (religion), health conditions by medical suffix (disability), family
  roles (family) and body words (appearance);
- shared frames (jdlint/data/frames.yaml): the characteristic as the subject of an advantage ("is a definite plus",
  "will be shortlisted first"), one group chosen over another, the group told it would not belong ("might feel out
  of place"), any verb of fitting in ("would slot in nicely"), yes/no form fields.
"""
from __future__ import annotations

import re

import pytest

from jdlint.frames import expand_classes, trait_classes
from conftest import bias_findings as lint, loud_bias_matches as loud


FIRE = [
    # demonyms of the class, in every slot of the origin rule
    ("origin", "Ugandan drivers preferred for the long-haul routes.", "Ugandan drivers preferred"),
    ("origin", "Applicants must be Kenyan.", "must be Kenyan"),
    ("origin", "Bolivian applicants will not be considered.", "Bolivian applicants"),
    ("origin", "Preference will be given to Congolese candidates.", "Congolese candidates"),
    ("origin", "Sorry, we only take Omanis for this post.", "Omanis"),
    ("origin", "Wanted: Keralite male nurse for a hospital in Riyadh.", "Keralite male nurse"),
    ("origin", "Required: Nepali watchman for a villa in Muscat.", "Nepali watchman"),
    # faiths and faith communities
    ("religion", "Shia applicants need not apply.", "Shia applicants need not apply"),
    ("religion", "Amish workers preferred for the barn build.", "Amish workers preferred"),
    ("religion", "Congregants will be given priority for the caretaker post.", "Congregants will be given priority"),
    # conditions by medical suffix, and reviewed ones no suffix marks
    ("disability", "Applicants with asthma will not be considered.", "asthma will not be considered"),
    ("disability", "Not suitable for anyone with migraines.", "migraines"),
    ("disability", "Do you have any history of tuberculosis?", "tuberculosis"),
    ("disability", "Candidates with fibromyalgia need not apply.", "fibromyalgia need not apply"),
    # family roles and children of one's own
    ("family", "The hours would suit a grandmother.", "grandmother"),
    ("family", "Someone without little ones at home would be ideal.", "little ones at home"),
    ("family", "Live-in housekeeper: no kids of your own, please.", "kids"),
    # body words naming the people wanted, after "be", and body measurements asked for
    ("appearance", "Chubby applicants need not apply.", "Chubby applicants"),
    ("appearance", "Burly lads preferred for the door.", "Burly lads preferred"),
    ("appearance", "Promo models must be petite.", "petite"),
    ("appearance", "Name: ______ Weight: ______", "Weight"),
    # frames by grammar
    ("religion", "Being a Christian is a definite plus.", "Christian is a definite plus"),
    ("gender", "Men will be shortlisted first.", "Men will be shortlisted first"),
    ("gender", "We'd pick a man over a woman for this.", "pick a man"),
    ("gender", "A man might feel out of place in our all-female salon.", "A man might feel out of place"),
    ("age", "Older applicants may find themselves out of place.", "Older applicants may find themselves out of place"),
    ("religion", "Priority for Hindu applicants.", "Priority for Hindu applicants"),
    ("age", "A thirty-something would fit in with the crew.", "thirty-something would fit in"),
    ("religion", "A Catholic would blend right in at our school office.", "Catholic would blend right in"),
    ("age", "Boomers need not apply.", "Boomers need not apply"),
    ("family", "Married: Yes / No", "Married"),
]

SILENT = [
    # the same classes naming things, customers, the employer, a field of work
    ("origin", "We export Kenyan coffee to cafes across Europe."),
    ("origin", "You will manage our Ugandan suppliers and Bolivian growers."),
    ("origin", "Experience with Vietnamese customers is preferred."),
    ("origin", "Ghanaian suppliers must be paid within 30 days."),
    ("origin", "English female teachers wanted for our Seoul academy."),
    ("origin", "Indian progress reports must be filed monthly."),
    ("religion", "You will visit parishioners in their homes as part of the pastoral team."),
    ("religion", "Sunni and Shia families both use our funeral service."),
    ("religion", "The Lutheran Church of St John is hiring an organist."),
    ("disability", "Experience of dementia care is essential."),
    ("disability", "You will support patients with asthma and COPD in our respiratory clinic."),
    ("disability", "Our eczema research team needs a data manager."),
    ("disability", "Preferred: experience in oncology, especially lymphoma and leukaemia."),
    ("family", "Companion wanted for an elderly widow in Hove, three afternoons a week."),
    ("family", "We are looking for a carer for a grandmother with dementia."),
    ("family", "Must be good with children and babies; you'll work in the baby room."),
    ("family", "The ideal candidate will be comfortable talking to widows and widowers about bereavement benefits."),
    ("appearance", "Chunky knitwear is preferred for the winter window display."),
    ("appearance", "Please provide the weight of each parcel on the form."),
    # frames: the same grammar with no characteristic, or a benefit
    ("disability", "Priority for parking spaces goes to staff with disabilities."),
    ("origin", "Knowledge of Arabic would be a real asset."),
    ("age", "New starters will fit in quickly with our buddy scheme."),
    ("age", "We'd rather have you learn on the job than come in with bad habits."),
    ("gender", "Customers might feel uncomfortable if the shop is untidy."),
    ("record", "Current DBS certificate: Yes / No"),
]


@pytest.mark.parametrize("category,text,span", FIRE, ids=[f"{c}:{s}" for c, _t, s in FIRE])
def test_open_class_in_a_frame_fires(category, text, span):
    found = loud(text, category)
    assert any(span.lower() in m.lower() or m.lower() in span.lower() for m in found), (text, found)


@pytest.mark.parametrize("category,text", SILENT, ids=[t[:40] for _c, t in SILENT])
def test_near_miss_stays_silent(category, text):
    found = loud(text, category)
    assert not found, (text, found)


def test_classes_are_whole_lower_case_alternations():
    classes = trait_classes()
    assert {"demonym", "demonym-plural", "faith", "condition", "kin-role", "body"} <= set(classes)
    demonym = re.compile(r"(?<![\w-])" + classes["demonym"] + r"(?![\w-])")
    assert demonym.fullmatch("ugandan") and demonym.fullmatch("congolese")
    assert not demonym.search("autistic") and not demonym.search("victorian")  # pruned by hand
    condition = re.compile(classes["condition"])
    assert condition.fullmatch("arthritis") and condition.fullmatch("asthma")
    assert not condition.fullmatch("empathy") and not condition.fullmatch("diploma")  # suffix, other sense
    assert classes["demonym"] == classes["demonym"].lower()


def test_unknown_class_is_an_error():
    with pytest.raises(ValueError, match="unknown word class"):
        expand_classes("{class:no-such-class}")
    assert expand_classes("(?:a|b){0,3}") == "(?:a|b){0,3}"  # a quantifier is not a class


def test_generated_data_is_up_to_date():
    pytest.importorskip("spacy_lookups_data")
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "scripts" / "gen_trait_classes.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
