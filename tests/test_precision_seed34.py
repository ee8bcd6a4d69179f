"""The mechanisms behind the seed-34 and seed-35 judging (tests/data/judged_findings.yaml, precision11), on the judged
ads' own wording: each class that was wrong, and a near-miss that must still be reported."""
from __future__ import annotations

import jdlint
from jdlint.config import Config
from jdlint.rule_packs import is_run_together_list


def _codes(text: str, *codes: str) -> list[str]:
    return [d.code for d in jdlint.lint_text(text, "t.md", config=Config(select=codes)).diagnostics]


def test_items_glued_at_a_full_stop_run_into_a_figure_are_a_list():
    # 0265, as posted: two requirements of 23 words each, the second's figure glued to the first's full stop
    glued = ("2 years of related experience with a Bachelor’s degree in Computer Engineering, Electrical Engineering, "
             "Computer Science, Information Assurance, Information Security or related fields.0 years of related "
             "experience with a Masters’ degree in Computer Engineering, Electrical Engineering, Computer Science, "
             "Information Assurance, Information Security or related fields.")
    assert is_run_together_list(glued)
    assert _codes(f"# Engineer\n\n{glued}\n", "R104") == []
    # 0189: 'a 100% success guarantee.90 Seconds has produced almost 4,000 videos'
    assert is_run_together_list("With over 2,000 rated video professionals in over 50 countries, 90 Seconds provides "
                                "a 100% success guarantee.90 Seconds has produced almost 4,000 videos.")


def test_a_long_sentence_with_decimals_and_numbered_sections_is_still_long():
    # near-misses: a figure after a point that follows a figure ("2.5", "3.2.1"), a short abbreviation
    # ("No.1"), a spaced one ("approx. 3") and a glued "approx.3" are not glue points
    for sentence in (
        "The final job offer will depend on the candidate's qualifications in line with the research faculty ranks "
        "set out in section 3.2.1 of the faculty handbook, which the hiring committee reads together with the "
        "references and the record of funded work over the last five years.",
        "Our No.1 priority this year is to cut the waiting list at the clinic from about 2.5 weeks to under one, and "
        "you will plan the rota, book the locum doctors and follow up every patient who has waited for more than "
        "approx.3 days without a call back.",
    ):
        assert not is_run_together_list(sentence)
        assert _codes(f"# Coordinator\n\n{sentence}\n", "R104") == ["R104"]


def _names_location(sentence: str) -> bool:
    """Whether the default S110 line of a short posting holding ``sentence`` still asks for the work location."""
    text = f"# Coordinator\n\nYou will plan the team's week and answer calls.\n\n{sentence}\n"
    report = jdlint.lint_text(text, "t.md", config=Config())
    return any(d.code == "S110" and "work location" in d.message for d in report.diagnostics)


def test_the_workplace_and_its_place_is_a_work_location():
    # seed 34's S110 lines that asked for a location the ad gives (0263, 0466, 0539), and the precision10
    # held-out miss: a street and its town
    for given in ("Kerns Fine Jewelry is seeking a skilled Watchmaker for our new Rolex and Patek Philippe "
                  "locations in San Francisco.",
                  "What's more exciting is - we are completely remote, and we are hiring regardless of geography.",
                  "While our home base is in Ottawa, we largely work distributedly across Canada.",
                  "You will sort donations at our warehouse on Dock Street, Hull, on Saturday mornings."):
        assert not _names_location(given), given
    # near-misses: a market ("client base"), someone else's plant, 'remote' in another sense, a street alone
    for missing in ("We are supporting our expanding client base in Australia.",
                    "Experience in a plant in the Midwest is a plus.",
                    "You will sell remote monitoring systems to dairy farms.",
                    "Our founder grew up on Mill Lane and named the firm after it."):
        assert _names_location(missing), missing


def _d101(sentence: str) -> list[str]:
    return [d.match for d in jdlint.lint_text(f"# Coordinator\n\n{sentence}\n", "t.md",
                                               config=Config(select=("D101",))).diagnostics]


def test_a_title_inside_a_name_owned_by_a_possessive_or_a_surname_of_a_family_is_no_job_title():
    # a place named after someone (every word up to the possessive is the owner's name), and a surname
    # before a family noun (precision_variants11 name cases, in other words here)
    assert _d101("Deliveries for Captain Foreman's Fish Bar go out at noon.") == []
    assert _d101("The Chapman brothers founded the garage, and the Salesman family still owns it.") == []
    # near-misses: the job the possessive owns, a title before a lower-case noun that is no family word, a
    # title alone
    assert _d101("Join Tesco's Store Salesman team in Leeds.") == ["Salesman"]
    assert _d101("We need a foreman for our family business.") == ["foreman"]
    # (not "report to the Foreman": a colleague the hire reports to is not the hire, bias14's skip context 'others')
    assert _d101("The Foreman checks the scaffolding each morning.") == ["Foreman"]


def test_a_lettered_list_on_its_own_lines_is_no_long_sentence():
    # seed 35, 0633 as posted: three lettered items, each on its own line, joined into one "sentence"
    listed = ("(1) an SF-50 showing your status as a:\n\n(a) current Career SES appointee,\n(b) former Career SES "
              "appointee with career SES reinstatement eligibility, or\n(c) current or reinstatement eligible Career "
              "SES-equivalent executive who is/was employed in a Federal government agency that has an interchange "
              "agreement with the Office of Personnel Management.\n")
    assert _codes(f"# Executive\n\n{listed}", "R104") == []
    # near-miss: a clause's '4(a)' and an inline '(a) ... (b)' open no line; the long sentence is reported
    inline = ("Under clause 4(a) of the lease the tenant must (a) keep the yard clear of waste at all times and (b) "
              "let the landlord's surveyor in at a day's notice, and you will be the one who\nchecks both every month "
              "and writes to the tenant when either is not done.")
    assert _codes(f"# Surveyor\n\n{inline}\n", "R104") == ["R104"]
