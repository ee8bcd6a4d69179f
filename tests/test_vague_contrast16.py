"""V113 empty-promise (vague16): the job or the employer said to be more than itself and renamed as a bigger thing
("not just a X, it's a Y", "more than a X - it's a Y") is one claim, reported whole, so the finding covers the
renaming the writers mark; a second half that says what the job is, or is no "it's/we're a ..." noun, stays silent.
Fixtures in our own wording."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def vague(text: str) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("V", "P101", "P102")))
    return [(d.code, d.match) for d in report.diagnostics]


@pytest.mark.parametrize("text, renamed", [
    ("We're not just a bakery, we're a neighbourhood institution.", "we're a neighbourhood institution"),
    ("This isn't just a shift, it's a story you'll tell for years.", "it's a story"),
    ("Our depot is more than a workplace - it's a second home.", "it's a second home"),
    ("We aren't only a law firm. We are a community of changemakers.", "We are a community of changemakers"),
    ("Teaching here is not merely a job; it is a mission for life.", "it is a mission for life"),
])
def test_the_job_renamed_as_a_bigger_thing_is_reported_whole(text, renamed):
    found = [m for c, m in vague(text) if c == "V113"]
    assert len(found) == 1 and renamed in found[0]


@pytest.mark.parametrize("text", [
    "This is not just a cleaning job: you will also manage stock and train two juniors.",
    "It is not just a sprint, it is about pace over twelve weeks.",
    "The role is not just a desk job, you will visit sites in Fife twice a week.",
    "We are more than a bakery in name only, we sell coffee too.",
])
def test_a_second_half_that_says_what_the_job_is_stays_silent(text):
    assert not [m for c, m in vague(text) if c == "V113"]
