"""Where the work is, read from an ad's header lines, its title and prose about the premises
(location13, issue 14): the strangers' wording that S108/S110 called missing, and near-misses that
name a place which is not the workplace."""
from __future__ import annotations

from pathlib import Path

import pytest

import jdlint
from jdlint.config import Config
from jdlint.sections.classify import _header_place, _place_names, _premises_place
from jdlint.yamlio import load_fast

DUTY = "\n\nYou will serve customers and keep the shop floor tidy.\n"


def _missing_location(text: str, path: str = "t.md") -> bool:
    report = jdlint.lint_text(text, path, config=Config(select=("S108",)))
    return any(d.code == "S108" for d in report.diagnostics)


@pytest.mark.parametrize("line", [
    "Leeds LS1 · Permanent · Part-time",  # a town before a UK outward code
    "Sydney or Melbourne – hybrid | Full time",
    "Fort Collins, Colorado",
    "Brisbane QLD 4000",
    "Whanganui",
    "Remote (US)",
    "LAREDO, TX / DALLAS, TX",
    "The Ferryman's Rest, Kinsale, Co. Cork",  # a venue, its town and county
    "Java Developer (4–7 yrs) – Pune",
    "Centre: Johannesburg",
    "Traffic Controllers – Western Sydney (Casual)",  # a listed place with a compass qualifier
    "Solar Sales Consultant – Brisbane North",
])
def test_a_header_line_that_names_a_place(line):
    assert _header_place(line)


@pytest.mark.parametrize("line", [
    "Brand Manager – Boston Scientific Products",  # a company named after a place
    "Manage clients in Chicago",  # a line of prose, not a header
    "Support Engineer L2 | Contract",  # a grade, not a postcode
    "Full time · 38–40 hrs",
    "Boston, Chicago and other markets",
    "We have offices in London and clients in Sydney.",  # a sentence, not a header line
])
def test_a_line_that_names_no_workplace(line):
    assert not _header_place(line)


def test_the_premises_named_in_prose():
    assert _premises_place("Our Briggate store is looking for a Customer Assistant.")
    assert _premises_place("We are a family bakery on the edge of Harrogate.")
    assert _premises_place("The restaurant sits on the waterfront in Hobart.")
    # near-misses: a department before the premises noun, a market, clients' cities
    assert not _premises_place("Our Sales office handles the accounts.")
    assert not _premises_place("You will need experience in the London market.")
    assert not _premises_place("You will manage clients in Chicago and Toronto.")
    # the employer described with its place, after its noun or (a listed place) before it
    assert _premises_place("Northside Neighbors is a community non-profit in Minneapolis that runs camps.")
    assert _premises_place("We're Little Fox, a small neighbourhood café on Sydney Road.")
    assert _premises_place("Riverbend Literacy Project is a Louisville non-profit that pairs tutors.")
    assert _premises_place("Al Dhow is a Doha-based EPC contractor with 3,500 employees.")
    # near-misses: a place the worker has been, the customers' markets, several stores with none chosen
    assert not _premises_place("You will have worked at a hospital in London.")
    assert not _premises_place("We are a software company that sells to retailers in Europe.")
    assert not _premises_place("Greenleaf has three stores in Beaverton, Gresham and Lake Oswego.")
    assert not _premises_place("Acme is a Fortune 500 company.")


def test_the_place_list_holds_places_and_no_common_words():
    names = _place_names()
    assert {"whanganui", "new south wales", "fort collins", "galway", "toronto", "us"} <= names
    assert not {"reading", "bath", "jordan", "comic", "xanax", "chad"} & names


def test_s108_reads_the_header_under_a_title():
    assert not _missing_location("# Customer Assistant\n\nLeeds LS1 · Permanent · Part-time" + DUTY)
    assert not _missing_location("# Barista – Ponsonby, Auckland" + DUTY)
    # a bold header line under an HTML title, read as a heading (writer C's 9204)
    html = ("<h3>Senior Backend Engineer</h3>\n<p><b>Remote (Canada) | Full time</b></p>\n"
            "<p>You will build and run our services.</p>\n")
    assert not _missing_location(html, "t.html")
    # a short header paragraph under the title (writer M's 9315)
    assert not _missing_location("# Food Programs Coordinator\n\n**Northside Food Collective** · Winnipeg, MB · "
                                 "Full-time, 2-year term" + DUTY)
    assert _missing_location("# Customer Assistant\n\nPermanent · Part-time" + DUTY)
    assert _missing_location("# Account Manager\n\nYou will manage our clients in Chicago and Toronto.\n")


HELDOUT = Path(__file__).parent / "data" / "location_heldout13.yaml"


def _heldout_score() -> tuple[int, int, list[str]]:
    cases = load_fast(HELDOUT.read_text(encoding="utf-8"))["cases"]
    wrong = [c["id"] for c in cases if _missing_location(c["text"]) == c["location"]]
    return len(cases) - len(wrong), len(cases), wrong


def test_heldout_location_cases_floor():
    # scored once at the end of location13 (see the commit message); a floor, so a later change
    # that loses cases fails here
    right, total, wrong = _heldout_score()
    assert right >= HELDOUT_FLOOR, wrong


HELDOUT_FLOOR = 29  # 29/30 at the end of location13 (13/30 before); lh-04 ("estate near Cirencester") open
