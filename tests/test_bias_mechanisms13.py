"""bias13: classes of bias wording built by mechanism (session 30), each tested on sentences written for it (none
copied from the training writers' files or from tests/data/bias_heldout13.yaml), with fixtures that must fire and
near-misses that must not:

- origin: demonyms derived from the country names of the ISO 3166 table (scripts/gen_trait_classes.py), so the rare
  ones no nationality cluster holds ("Moldovan", "Kyrgyz", "Montenegrin") are in the class; the phrasal verbs of
  hiring ("taking on", "bringing in") as the act whose object is the worker hired (frames.yaml ``engaged``);
- exclusion: a fit denied with "one" or an evaluative adjective ("not one for someone with a bad hip", "isn't the
  right job for a dad with school runs");
- request: an elliptical question with the characteristic as its object, the question mark ending the clause ("Any
  unspent convictions?", "Ever been arrested?"), only when the clause opens elliptically (frames.ELLIPTICAL_START);
- from writers K and L (training data, read after scoring them): a denial softened ("not really a job for"), the habit
  of looking for a kind of person told with its subject ("we look for ..."), a reputation put on a group ("are known
  for"), a kind of medicine named ("no one on antidepressants"), and the employer's benefits listed are no request
  ("Benefits include paid parental leave");
- gender-coded words said of others than the hire (D201/D202, data/gender_coded.yaml ``senses``): the people served as
  the subject of a relative clause ("Customers who are loyal ..."), more plurals of the people served (attendees,
  delegates, patrons ...), the market as the subject ("The market is fiercely competitive"), and an -ing word right after
  an article is an adjective, of a thing when its noun phrase holds no person ("a nurturing environment"). The
  employer's own people stay counted ("Our culture is highly competitive": Gaucher et al.'s manipulation).
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, bias_findings as lint

FIRE = [
    ("disability", "If you have epilepsy, it's probably not the role for you.", "epilepsy"),
    ("gender", "Honestly not really a job for the girls, the loads are heavy.", "girls"),
    ("religion", "We always look for Muslims who pray with us on Fridays.", "Muslims"),
    ("origin", "Filipinos are known for their patience, so our agency recruits them.", "Filipinos"),
    ("disability", "Drivers must not be on anti-psychotics or mood stabilisers.", "anti-psychotics"),
    ("disability", "Not one for someone with a bad hip, the job is all ladders.", "bad hip"),
    ("family", "This isn't the right job for a dad with school runs every morning.", "dad with school runs"),
    ("record", "Any unspent convictions? Let us know at interview.", "convictions"),
    ("record", "Ever been arrested? It goes on the form.", "arrested"),
    ("record", "Been in trouble with the law? Say so here.", "trouble with the law"),
    ("origin", "Vineyard near Bordeaux hiring Moldovan grape pickers, board included.", "Moldovan grape pickers"),
    ("origin", "Preference for Montenegrin applicants for the front desk.", "Montenegrin applicants"),
    ("origin", "Haulage firm recruiting Kyrgyz drivers for the Almaty route.", "Kyrgyz drivers"),
    ("origin", "Greenhouse taking on Ukrainian packers from March.", "Ukrainian packers"),
    ("origin", "The hotel is bringing in Filipino housekeepers for the summer season.", "Filipino housekeepers"),
]

SILENT = [
    ("age", "If you dislike early starts, it's probably not the role for you."),
    ("family", "Perks include shared parental leave and childcare vouchers."),
    ("disability", "You will help residents who are taking insulin to check their levels."),
    ("family", "Look for ways to support parents returning from leave."),
    ("age", "Is your date of birth on the form?"),
    ("record", "Is your DBS certificate on the update service?"),
    ("disability", "Not one for sitting still? Join our delivery crew."),
    ("origin", "You will manage imports of Moldovan wine and Georgian brandy."),
    ("origin", "Our Tajik subsidiary needs a bookkeeper for its Dushanbe office."),
    ("origin", "The team is taking on Polish clients after the merger."),
    ("origin", "You will be taking on Spanish lessons paid for by the company."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert_bias_silent(category, text)


def test_country_derivations_reach_the_rare_demonyms():
    from conftest import load_script

    gen = load_script("gen_trait_classes")
    assert {"Moldovan", "Moldovian"} & gen.country_forms("Moldova")
    assert "Montenegrin" in gen.country_forms("Montenegro")
    assert "Tajik" in gen.country_forms("Tajikistan") and "Bhutanese" in gen.country_forms("Bhutan")
    assert "Samoa" in gen.country_names() and not any(" " in n for n in gen.country_names())


CODED_FIRE = [
    "Someone who is competitive and driven would thrive in this team.",
    "Candidates who are confident on the phone tend to do well here.",
    "Our culture is highly competitive and we like it that way.",
    "Our team is cooperative and kind.",
    "You'll be nurturing junior staff and running the rota.",
    "A nurturing manager who develops people.",
    "We want a leading light for the new studio.",
    "The person leading our field work is confident with maps.",
    "Confident team members wanted for the Leeds site.",
]

CODED_SILENT = [
    "Shoppers who are loyal to the brand get early access to the sale.",
    "Delegates are usually confident with the basics by day two.",
    "Patrons are often competitive about the best seats.",
    "The market is fiercely competitive, so pricing matters.",
    "We pay well, and our sector is fiercely competitive.",
    "Our nursery is a nurturing environment where every child is known.",
]


def _coded(text):
    return [d.match for d in lint(text, select=("D201", "D202"))]


@pytest.mark.parametrize("text", CODED_FIRE)
def test_coded_word_of_the_hire_or_the_employers_people_counts(text):
    assert _coded(text), text


@pytest.mark.parametrize("text", CODED_SILENT)
def test_coded_word_said_of_others_is_not_counted(text):
    assert not _coded(text), (text, _coded(text))
