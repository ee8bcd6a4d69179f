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
