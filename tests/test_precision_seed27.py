"""The mechanisms behind the seed-27 judging (tests/data/judged_findings.yaml, precision9), on the
judged ads' own wording: each class that was wrong, and a near-miss that must still be reported."""
from __future__ import annotations

import jdlint
from jdlint.config import Config
from jdlint.rule_packs import is_run_together_list, leading_label_words


def _codes(text: str, *codes: str) -> list[str]:
    report = jdlint.lint_text(text, "t.md", config=Config(select=codes))
    return [d.code for d in report.diagnostics]


def test_a_numbered_label_is_not_counted_as_the_sentences_words():
    # 0619: 38 words with "Key objective #1:", 35 without: not over R104's bar
    sentence = ("Key objective #1: You work with our partner agencies to implement or improve their capabilities to "
                "use quantitative and qualitative methods to collect, validate, analyze, and display customer "
                "feedback and performance data to aid service improvement and decision-making.")
    assert leading_label_words(sentence) == 3
    assert _codes(f"# Analyst\n\n## Key Objectives\n\n### {sentence}\n", "R104") == []
    # a year opening the sentence is no label: "In 2024 the team moved ..." keeps all its words
    assert leading_label_words("In 2024 the team moved to a new building: we are settling in.") == 0


def test_items_glued_before_n_plus_years_are_a_list_not_a_sentence():
    # 0407, as posted
    glued = ("Strong understanding of dimensional modeling concepts and experience in designing and implementing "
             "data models for analytics and reporting purposes.hands-on experience in IICS or Informatica Power "
             "Center ETL development1+ years of hands-on experience in Linux and shell scripting.1+ years of "
             "experience working with git.")
    assert is_run_together_list(glued)
    # near-miss: a figure spaced in prose is a sentence's own ("a planner with 5+ years of experience")
    assert not is_run_together_list("We want a planner with 5+ years of experience in food manufacturing who "
                                    "can build the weekly plan and agree it each Friday with the site manager.")


def test_sentences_joined_by_comma_after_their_full_stop_are_a_list():
    # 0508, as posted
    assert is_run_together_list("Instead, it is an asynchronous volunteer opportunity where you will answer "
                                "student questions online., Volunteer from your desk at any time: Students want "
                                "to know what it's like to become a Welding instructor!, Young people want to know")
    # near-miss: an abbreviation's full stop before a comma ("etc.), Royal Mail", "etc., Microsoft")
    assert not is_run_together_list("You will track parcels with our carriers (DHL, UPS, etc.), Royal Mail "
                                    "included, and log each complaint so that the team lead can see it.")
    assert not is_run_together_list("You will use our office tools (spreadsheets, calendars etc., Microsoft "
                                    "Teams above all) every day and keep the shared records up to date.")


def test_an_hours_label_and_short_hours_are_working_hours():
    # 0401: "HOURS: 40hrs/week CAMPUS: Barton" gave the hours and the place; both were reported missing
    body = "# Theatre Instructor\n\nYou will teach theatre courses and direct two productions a year.\n\n"
    assert _codes(body + "Salary commensurate with experience HOURS: 40hrs/week CAMPUS: Barton\n",
                  "S108", "S109") == []
    assert _codes(body + "This is a 37.5 hrs/wk post.\n", "S109") == []
    # near-miss: "happy hours" (0662) and hours of a service are not the job's hours
    assert _codes(body + "We like to have fun - company outings, team lunches, and happy hours!\n", "S109") == ["S109"]
    assert _codes(body + "Our helpline is open 24 hours a day for students.\n", "S109") == ["S109"]


def test_items_glued_behind_other_bullet_glyphs_or_at_a_full_stop_before_lower_case_are_a_list():
    # seed 28: 0249 ('➢' bullets) and 0258 (full stops glued to the next item's lower-case word), as posted
    assert is_run_together_list("your essential duties and responsibilities will be to assist the management team "
                                "in their daily duties including: ➢ Implement service consistent with the mission"
                                "➢ Working directly with clients and prospects to prepare any necessary paperwork")
    assert is_run_together_list("Operations Support – trouble-shoot and repair inconsistencies in cost, retail, and "
                                "authorizations at store level.reconciliation, and other general administrative "
                                "duties as assigned.answering phone and other clerical duties with the job.")
    # near-miss: a domain or file name in a sentence is no glue point (0310, 0444)
    assert not is_run_together_list("Researches, writes and maintains the anchorage.net event calendar and answers "
                                    "questions posed via anchorage.net forms, email and social media every day.")
    assert not is_run_together_list("We do recommend using word.doc for your responses and saving a copy of them "
                                    "before you submit the application on our site.")


def test_capital_headings_and_anonymised_links_glued_to_the_next_words_are_glue_points():
    # seed 29: 0222 (headings in capitals) and 0146 (a link's closing '#' before a figure), as posted
    assert is_run_together_list("ADDITIONAL REQUIREMENTSApplicants considered for this job classification must "
                                "pass the following: - Criminal history background investigation")
    assert is_run_together_list("90 Seconds, the worlds Cloud Video Production Service - http://90#URL_fbe6559afac6"
                                "20a3cd2c22281f7b8d0eef56a73e3d9a311e2f1ca13d081dd630#90 Seconds is the worlds Cloud "
                                "Video Production Service enabling brands and agencies to get video content")
    # near-miss: acronyms of three capitals before a name, and capitals spaced from the next word
    assert not is_run_together_list("You will move our reports from SQLServer to Postgres, list every job "
                                    "posted on USAJobs and write up the FLSA Exempt status for each role.")


def test_a_sentence_opening_glued_to_a_headings_last_word_is_a_glue_point():
    # seed 30: 0299, as posted
    assert is_run_together_list("Our Core ValuesThe core values of GPG encompass unchanging foundational principles "
                                "that serve as the backbone of our practice and guide our staff")
    # near-miss: a name ending in capitals or holding 'In' is a word ("LinkedIn", "TheraPlay")
    assert not is_run_together_list("You will post each opening on LinkedIn and on our TheraPlay careers page, "
                                    "then answer the questions applicants send in the first week.")


def test_a_title_case_tagline_with_a_capitalised_article_after_a_comma_is_a_glue_point():
    # seed 27: 0413, as posted (the tagline has no colon label, so leading_label_words cannot take it)
    assert is_run_together_list("Premier Brands Group Holdings, A Global Leader in Apparel, Jewelry and Accessories "
                                "Design Driven by excellence and innovative talent, Premier Brands Group is a "
                                "leading, global apparel group of iconic brands")
    # near-miss: names opening with 'The' in a list (0440) are prose
    assert not is_run_together_list("the collection has been featured in publications including The New York Times, "
                                    "WWD, Vogue, The Financial Times, Business of Fashion and Vogue Italia.")
