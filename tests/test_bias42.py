"""Session 42 (bias42): a gendered title beside the sentence's other bias finding, and origin told in plain words.

Classes, counted over the read bias sets at 2402f6f (writers AI, AD, the 15 training writers, bias_heldout10-18, the
bias_cases files) by mechanism:
- a gendered job title in a sentence that also states a requirement, a preference or a pronoun for the hire
  ("Housemaid needed, live-in, not older than 35", "Hostess with a slim build preferred", "The new foreman ... and he
  will oversee two crews"): 17 of the 19 D101 false alarms, over 12 sets; the writers mark the requirement, which says
  whom the ad would choose. The title stays, as info with its fix (``engine._titles_beside_requirements``);
- a people of a multi-ethnic state whose name is also its language, bare before a selection word ("Cashier, Malay
  preferred", writer AI; "Chinese preferred" was read so already), and the language told by what is done with it
  ("Able to speak Chinese preferred", which fired: a language need);
- the place's own people as the ones wanted ("must be from the area", the brief; "people from round here", h13).

The fixtures are written in other words than any writer's case.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import Severity

from conftest import assert_bias_fires, assert_bias_silent


def _by_code(text: str, **config) -> dict[str, list[tuple[str, Severity]]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D",), **config))
    out: dict = {}
    for d in report.diagnostics:
        out.setdefault(d.code, []).append((d.match, d.severity))
    return out


# -- a gendered title beside the sentence's other bias finding ----------------------------------------------------
@pytest.mark.parametrize("text,title,other", [
    ("Barmaid wanted for our pub, must be under 30.", "Barmaid", "D3"),                      # an age cap
    ("Our new handyman starts in May and he will look after the grounds.", "handyman", "D102"),  # the hire's pronoun
    ("Waitresses of Filipino origin preferred.", "Waitresses", "D5"),                         # an origin preference
    ("Chambermaid wanted, must be single with no children.", "Chambermaid", "D6"),            # family status
])
def test_title_beside_another_finding_is_info(text, title, other):
    found = _by_code(text)
    assert found.get("D101") == [(title, Severity.info)], found
    assert any(code.startswith(other) and any(sev >= Severity.warning for _, sev in hits)
               for code, hits in found.items()), found


@pytest.mark.parametrize("text,title", [
    ("Waitresses needed for weekend shifts at our harbour cafe.", "Waitresses"),        # alone in its sentence
    ("Barmaid wanted for our pub. Must be under 30.", "Barmaid"),                         # the cap is the next sentence
    ("Salesman wanted: a competitive, ambitious closer.", "Salesman"),                    # gender-coded words are notes
])
def test_title_alone_stays_a_warning(text, title):
    assert _by_code(text).get("D101") == [(title, Severity.warning)]


def test_title_beside_another_finding_follows_min_severity():
    text = "Barmaid wanted for our pub, must be under 30."
    found = _by_code(text, min_severity=Severity.warning)
    assert "D101" not in found and any(c.startswith("D3") for c in found), found
    # the other finding turned off: the title is the sentence's finding again
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D101",)))
    assert [(d.match, d.severity) for d in report.diagnostics] == [("Barmaid", Severity.warning)]


# -- origin in plain words --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("Checkout staff for our Ipoh branch, Malay preferred.", "Malay preferred"),
    ("Malay only for the front counter.", "Malay only"),
    ("Delivery riders must be from the local area.", "from the local area"),
    ("Pickers should be from the town, we find they stay longer.", "from the town"),
    ("We'd prefer folk from round here over newcomers.", "folk from round here"),
    ("Cantonese-speaking Hakka applicants only.", "Hakka applicants"),   # the compound adjective before the people
])
def test_origin_fires(text, span):
    assert_bias_fires("origin", text, span)


@pytest.mark.parametrize("text", [
    "Able to speak Malay preferred, as most callers use it.",
    "Till staff who speak Chinese preferred.",
    "Fluency in Chinese and English preferred.",
    "Must read and write Chinese; spoken Malay preferred.",
    "Customers from round here love our pies.",
    "Our drivers know the roads because many are from the area.",
    "Chinese-language newspaper seeks a sub-editor.",
])
def test_origin_silent(text):
    assert_bias_silent("origin", text)


# -- a form's fields and a job's details ------------------------------------------------------------------------------
# (a field in a form's list after its heading; the sexes spaced apart to circle; one sex set as a job detail beside the
# others; the wanted person's profile as a heading; h10, h13, h14, h15)
@pytest.mark.parametrize("category,text,span", [
    ("gender", "Registration form: Surname, Gender, Mobile number.", "Gender"),
    ("gender", "Sex (circle one): M   F", "Sex"),
    ("gender", "Role: Packer · Shift: nights · Gender: Female · City: Sharjah", "Gender: Female"),
    ("gender", "Post: Security guard. Sex: Male. Salary: AED 2,000.", "Sex: Male"),
    ("family", "Applicant profile: Married, 25-40 years, own transport.", "Married"),
    ("religion", "Form fields: Surname, Phone, Religion, Emergency contact.", "Religion"),
])
def test_form_and_detail_fields_fire(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", [
    ("gender", "Role: Packer · Shift: nights · Gender: Male & Female · City: Sharjah"),   # both sexes
    ("gender", "Our seminar series covers sex, gender and identity in film."),           # a subject, no form
    ("gender", "We consider every applicant regardless of age, sex or religion."),        # equal opportunity
    ("family", "Company profile: a family-owned bakery since 1950."),                    # the employer's profile
])
def test_form_and_detail_near_misses(category, text):
    assert_bias_silent(category, text)


def test_one_sex_set_with_its_law_is_info():
    found = _by_code("Gender: Female (a requirement under Schedule 9 of the Equality Act 2010 for this refuge post).")
    assert found.get("D110") and all(sev == Severity.info for _, sev in found["D110"]), found


# -- the Hindu priestly caste is a faith's (writers AD and T label it religion) -----------------------------------------
@pytest.mark.parametrize("text,span", [
    ("Brahmin applicants preferred for our temple-town kitchen.", "Brahmin"),
    ("Wanted: Brahmin housekeeper for a Mylapore flat.", "Brahmin"),
])
def test_brahmin_is_religion(text, span):
    assert_bias_fires("religion", text, span)
    assert_bias_silent("origin", text)


# -- both sexes named: the "-men and women" of a trade or of the people served (h14) -------------------------------------
def test_men_and_women_pair_is_no_title():
    assert "D101" not in _by_code("Advise the region's tradesmen and women on export paperwork.")
    assert _by_code("Experienced tradesman wanted for kitchen refits.").get("D101") == [("tradesman", Severity.warning)]
