"""Section detection: headings and label lines, content without headings, front matter.

Fixture texts are written for these tests unless a comment names a corpus file: excerpts marked
tts_join come from the public-domain join.tts.gsa.gov postings (../shared/corpus/dev/NNNN.md),
those marked cds_digital_canada from Government of Canada CDS postings.
"""
from __future__ import annotations

import re

import pytest

import jdlint
from jdlint import sections as S
from jdlint import sentences as SP
from jdlint.extract import leftovers as LO, pay as P
from jdlint.sections import classify as C, decoder as D, headings as H
from jdlint.regexes import LowerCaseRegex, contains_any
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.source import SourceFile

SYNONYMS = make_plan(Config()).synonyms


def detect(text: str, path: str = "t.md"):
    kind = "text" if path.endswith(".txt") else "markdown"
    document = parse_document(SourceFile(path=path, text=text, kind=kind))
    return S.detect(document, SYNONYMS)


def kinds(sections, found_by=None):
    return {s.kind for s in sections if not s.empty and (found_by is None or s.found_by == found_by)}


@pytest.mark.parametrize("heading, expected", [
    ("What you'll do", ["responsibilities"]),
    ("Who you are", ["requirements"]),
    ("Perks", ["benefits"]),
    ("Work Hours & Benefits", ["schedule", "benefits"]),
    ("Salary and Benefits", ["pay", "benefits"]),
    ("Case Manager Job Responsibilities", ["responsibilities"]),
    ("Education, Experience, and Licensing Requirements", ["requirements"]),
    ("Case Manager Skills and Qualifications", ["requirements"]),
    ("About Monospace", ["intro"]),
    ("How to apply", ["how-to-apply"]),
    ("Our commitment to diversity and inclusion", ["eeo"]),
    ("Nice to have", ["preferred"]),
])
def test_heading_names_kinds(heading, expected):
    assert H.heading_kinds(heading, SYNONYMS) == expected


@pytest.mark.parametrize("heading", [
    "Office Manager/Executive Assistant",  # "office" opens a job title, not a location heading
    "Put Your Case Manager Job Description to Work for You",
    "Remote Software Engineer",
    "Case Manager",
])
def test_heading_near_misses_name_nothing(heading):
    assert H.heading_kinds(heading, SYNONYMS) == []


@pytest.mark.parametrize("heading", ["The fine print", "About the job", "Job description", "Overview"])
def test_generic_headings_leave_their_body_to_content(heading):
    assert H.heading_kinds(heading, SYNONYMS) == []
    assert H.generic_heading(heading) is not False



ABOUT_THE_ROLE = """\
# Support Engineer

## About the role

Our support team is small and friendly, and the office has a view of the river.
"""


def test_a_pack_synonym_that_is_also_a_generic_heading_is_honoured():
    # "About the role" is generic in jdlint/data/section_terms.yaml: its body goes to the content
    # classifier, which reads this paragraph as no duties at all ...
    assert "responsibilities" not in kinds(detect(ABOUT_THE_ROLE), found_by="heading")
    # ... but a pack or config that names it as a responsibilities heading is obeyed, not dropped
    config = Config(section_headings=(("responsibilities", ("about the role",)),))
    synonyms = make_plan(config).synonyms
    assert "about the role" in synonyms["responsibilities"]
    assert H.heading_kinds("About the role", synonyms) == ["responsibilities"]
    document = parse_document(SourceFile(path="t.md", text=ABOUT_THE_ROLE, kind="markdown"))
    assert "responsibilities" in kinds(S.detect(document, synonyms), found_by="heading")


def test_generic_headings_are_data_not_synonyms_of_the_built_in_pack():
    # one home: a phrase in the generic table is never also a built-in synonym (it would win)
    listed = {H._normalise(p) for phrases in SYNONYMS.values() for p in phrases}
    assert listed.isdisjoint(H.GENERIC_HEADINGS)

MARKDOWN = """\
# Support Engineer

## About us

We are a small software company in Leeds that builds booking tools for community sports clubs.

## What you'll do

- Answer support tickets from club secretaries.
- Write and update help articles.

## Who you are

- You have two years of experience supporting web software.

## Perks

- 25 days of paid holiday and a pension with 5% employer contribution.

## How to apply

Send your CV to jobs@example.org by 31 July.
"""


def test_markdown_headings_give_sections_with_spans():
    found = detect(MARKDOWN)
    by_kind = {s.kind: s for s in found if s.found_by == "heading"}
    assert set(by_kind) >= {"intro", "responsibilities", "requirements", "benefits", "how-to-apply"}
    resp = by_kind["responsibilities"]
    assert (resp.heading, resp.line, resp.end_line, resp.empty) == ("What you'll do", 7, 10, False)
    assert MARKDOWN[resp.start:resp.end].startswith("## What you'll do")
    assert MARKDOWN[resp.start:resp.end].rstrip().endswith("help articles.")
    assert by_kind["how-to-apply"].line == 20


def test_the_title_heading_is_not_a_section():
    found = detect("# Remote Office Manager\n\nYou will manage the office diary.\n")
    assert not [s for s in found if s.found_by == "heading"]


def test_two_kinds_from_one_label_line_in_plain_text():
    text = ("Work Hours & Benefits:\n\nMonday to Friday, 8am to 4pm. Medical and dental insurance, "
            "a 401(k) with a 4% match and 15 days of paid time off.\n")
    found = detect(text, "t.txt")
    heads = [s for s in found if s.found_by == "heading"]
    assert {s.kind for s in heads} == {"schedule", "benefits"}
    assert all(s.heading == "Work Hours & Benefits" and s.line == 1 and s.end_line == 3 for s in heads)


PLAIN = """\
Greenfield Community Clinic is a non-profit health centre founded in 1998. We serve 4,000 families in north Denver.

You will assess new clients, develop care plans and coordinate services with local agencies. You will also keep case notes up to date.

You have a bachelor's degree in social work and two years of case management experience. A valid driver's license is required.

We offer medical, dental and vision insurance, a 403(b) retirement plan and 20 days of paid time off.

The pay is $48,000 to $55,000 a year.

To apply, send your resume and a short cover letter to hiring@greenfield.example by June 30.

Greenfield is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, religion, sex, disability or age.
"""


def test_plain_text_without_headings_is_classified_by_content():
    found = detect(PLAIN, "t.txt")
    assert all(s.found_by == "content" for s in found)
    want = {"intro": 1, "responsibilities": 3, "requirements": 5, "benefits": 7, "pay": 9,
            "how-to-apply": 11, "eeo": 13}
    for kind, line in want.items():
        assert any(s.kind == kind and s.line <= line <= s.end_line for s in found), (kind, found)
    # the duties paragraph is not taken for requirements, nor the requirements for duties
    assert not any(s.kind == "requirements" and s.line <= 3 <= s.end_line for s in found)
    assert not any(s.kind == "responsibilities" and s.line <= 5 <= s.end_line for s in found)


def test_posting_without_pay_or_apply_wording_has_no_such_sections():
    text = ("We are a family-run bakery in Leeds.\n\nYou will bake bread and pastries each morning.\n\n"
            "You have two years of experience in a commercial kitchen.\n")
    assert not kinds(detect(text, "t.txt")) & {"pay", "how-to-apply", "eeo", "benefits"}


def test_benefits_heading_with_empty_body_is_an_empty_section():
    text = "# Clerk\n\n## Benefits\n\n## What you'll do\n\n- File invoices.\n"
    found = detect(text)
    benefits = [s for s in found if s.kind == "benefits"]
    assert len(benefits) == 1 and benefits[0].empty and benefits[0].line == 3
    assert "responsibilities" in kinds(found)


def test_pay_only_in_front_matter():
    text = "---\ntitle: Clerk\nsalary: 40000-45000 USD a year\n---\n\nYou will file invoices.\n"
    found = detect(text)
    pay = [s for s in found if s.kind == "pay"]
    assert len(pay) == 1 and pay[0].found_by == "front-matter" and pay[0].line == 3


@pytest.mark.parametrize("text", [
    "We manage $2 billion in assets for 300 charities.",
    "Founded in 2019, we have $5M raised from angel investors.",
    "Our clients have saved $40 million in energy costs.",
])
def test_dollar_amounts_that_are_not_pay(text):
    assert not [m for m in P.pay_mentions(text) if m.kind != "vague"]
    assert "pay" not in kinds(detect(text + "\n", "t.txt"))


@pytest.mark.parametrize("text, kind", [
    ("The salary range is $52,000-$60,000 a year.", "range"),
    ("Pay: £14.50 an hour.", "single"),
    ("Base salary: USD 90k to 110k per year.", "range"),
    ("Compensation: €50.000 - €60.000", "range"),
    ("We pay $22/hr for weekend shifts.", "single"),
    # tts_join 0583.md
    ("**Salary Range:** Base salary GS-15 - $105,123 to $136,659", "range"),
    ("Salary: up to $80,000 per year.", "open"),
    ("Salary is DOE.", "vague"),
    ("We offer a competitive salary.", "vague"),
])
def test_pay_mentions(text, kind):
    assert kind in [m.kind for m in P.pay_mentions(text)]


def test_401k_match_is_not_pay():
    assert not [m for m in P.pay_mentions("We match 401(k) contributions up to 4%.") if m.kind != "vague"]


# cds_digital_canada 0514.md (excerpt): a bold label line opens the requirements
CDS = """\
## About the Canadian Digital Service
The Canadian Digital Service (CDS) is changing how the federal government designs and delivers digital services.

**What you’ll be doing:**

- Build relationships with members of the public service (including executives), based on empathy, trust, and shared understanding of their needs and context.

**We’re looking for someone who has:**

- Practiced teaching, coaching, and/or consulting in previous roles.
- Experience working with cross-functional, interdisciplinary teams that deliver digital products and services at scale.

This role is a 2 year-term position and is classified as an IT-04 or IT-05 in the Computer Systems group. CDS is a fully distributed team. This role can be performed from anywhere in Canada.

We recognize that everyone brings skills and experiences to the table and that not everyone “checks all the boxes”. Apply anyway! Tell us why you’re the right fit for the job.
"""


def test_cds_posting_labels_and_content():
    found = detect(CDS)
    heads = {(s.kind, s.heading) for s in found if s.found_by == "heading"}
    assert ("intro", "About the Canadian Digital Service") in heads
    # headings are reported in the prose text's normalised form (typographic quotes -> ASCII)
    assert ("responsibilities", "What you'll be doing") in heads
    assert ("requirements", "We're looking for someone who has") in heads
    assert {"location", "schedule", "how-to-apply"} <= kinds(found, "content")
    assert "pay" not in kinds(found)  # a classification without figures is not pay


def test_report_lists_sections():
    report = jdlint.lint_text(MARKDOWN, path="t.md")
    assert {"intro", "responsibilities", "requirements", "benefits", "how-to-apply"} <= {s.kind for s in report.sections}
    assert all(set(s.to_json()) == {"kind", "heading", "start_line", "end_line", "found_by", "empty"}
               for s in report.sections)


@pytest.mark.parametrize("sentence, is_cta", [
    ("To apply, send your CV to jobs@example.org.", True),
    ("If this sounds like you, you should apply!", True),
    ("Apply anyway! Tell us why you're the right fit for the job.", True),  # cds_digital_canada 0514.md
    ("Apply strong credit judgment when reviewing loans.", False),
    ("You will apply your knowledge of accessibility standards.", False),
    ("We are committed to an inclusive, barrier-free hiring process.", False),
    ("Candidates without a licence will not be considered.", False),
    # wording classes beyond the fixed phrases (written for jdlint, after real ads)
    ("Interested professionals please mail your updated CV to the address below.", True),
    ("If you like puzzles, please reach out.", True),
    ("Jobs@example.org", True),
    ("Contact Person : Priya, Recruitment.", True),
    ("If you thrive in a fast-moving team, we want to hear from you.", True),
    ("Please contact us if you need an accommodation during the interview.", False),  # eeo, not applying
    ("Reach out to customers by phone and email to book tastings.", False),  # a duty
    ("Get in touch with us at the address below.", True),
])
def test_call_to_action_wording(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


@pytest.mark.parametrize("sentence, is_cta", [
    # composed from a verb of getting in touch and a phone number, in wordings no list holds
    ("Interested? Drop us a line on 01304 555 210 and ask for Dave.", True),
    ("For an informal chat about the role, call our site manager Priya on 01304 555 211.", True),
    ("Give us a ring if this sounds like your kind of job.", True),
    ("Call customers on their mobiles to confirm delivery slots.", False),  # a duty, no number
    ("Log every call on the 0800 helpline in the CRM.", False),
    # turning up with a CV
    ("Pop into the depot any weekday between 9 and 4 with a copy of your CV.", True),
    ("Bring your CV along to our open day on Saturday.", True),
    ("Experience with CV and NLP models in production is essential.", False),  # computer vision
    ("Please bring copies of your resume and dress to impress.", True),  # a job fair, dev 0119
    ("Walk in with two printed copies of your CV any Tuesday morning.", True),
    ("You'll have an opportunity to interview on the spot with a representative!", True),  # dev 0119
    ("On-the-spot interviews for pickers and packers this Saturday.", True),
    ("Make copies of customers' documents and file them.", False),  # a duty
    ("Fix faults on the spot and log them in the maintenance system.", False),
    # the apply button and the timing of applying
    ("Ready to join us? Hit apply and tell us in a few lines why you want the job.", True),
    ("We are reviewing applications on a rolling basis, so apply early.", True),
    ("You will review applications on a rolling basis and book interviews.", False),  # a recruiter's duty
    ("Apply pressure to the wound and call for help.", False),
    # (sections40) what happens after applying is no way to apply (docs/section-labelling.md: a channel or
    # application instructions; writer M's 9325): alone it is no how-to-apply, beside a call it stays one
    ("Only shortlisted candidates will be contacted.", False),
    ("Only shortlisted candidates will be contacted, so send your CV to jobs@acme.example today.", True),
    ("You will contact shortlisted candidates and arrange interviews.", False),
    # the steps after applying
    ("Next steps: a 20-minute phone screen, then a site visit and a short practical test.", False),
    ("Our interview process consists of two short video calls.", False),
    ("Next steps: hit Apply and send us your resume.", True),
    ("You will run the hiring process for our stores.", False),
])
def test_call_to_action_composed(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


@pytest.mark.parametrize("sentence, is_cta", [
    # two cues of different kinds (apply_cues) in a short sentence addressed to the applicant
    ("Think you've got what it takes? Ring Sandra on 0161 496 0733 between 9 and 5.", True),
    ("Send a covering email explaining your interest, together with your CV, to the Headteacher's PA.", True),
    ("Applications via our website only - no agencies please.", True),
    ("To express an interest, complete the short online questionnaire linked below.", True),
    ("We'll be holding interviews at the end of the month, so don't wait.", True),
    ("If that's you, get your application in today!", True),
    ("If you're dependable and looking for work, contact Elite Environmental Group today.", True),  # dev 0153
    # one cue, or cues in a duty, a requirement, a customer's call or the company's pages
    ("You will process job applications and schedule interviews for hiring managers.", False),
    ("Corresponds with or interviews applicants or creditors to resolve questions regarding application information.", False),
    ("Drivers must call the depot on arrival and before leaving each site.", False),
    ("Apply the finishing coat evenly and leave it to dry for 24 hours.", False),
    ("You will screen CVs and shortlist candidates for the engineering team.", False),
    ("Our clients call us on 0800 123 456 when their boiler breaks down.", False),
    ("Experience of interviews and CV screening in a busy agency.", False),
    ("Send invoices to billing@acme.com and chase late payers by phone.", False),  # a duty: no one addressed
    ("Please visit us online at www.acme-energy.com to find out more about our projects.", False),
    ("Come see us today and experience the best of the Big Apple right here in Texas!", False),
    # a verb deep in a long sentence is not an instruction (dev 0503, labelled no how-to-apply)
    ("By clicking submit application you agree that we may contact you regarding your application via email, phone or SMS and to the terms of our data privacy policy.", False),
    ("Contact Email: ptwilliams2@example.edu", False),  # a contact block's label, not an instruction
])
def test_call_to_action_from_cue_kinds(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


def test_apply_cue_kinds_count_a_word_once():
    """No word belongs to two kinds: "Apply" opening a duty is one cue (applying), not also an
    instruction (action), so it takes a second kind of cue to make how-to-apply."""
    sentence = "Apply the finishing coat evenly."
    read = C._read(sentence)
    assert {kind for kind, table in C._APPLY_CUES.items() if read.found(table)} == {"applying"}


@pytest.mark.parametrize("sentence, is_eeo", [
    ("We are an equal opportunity employer.", True),
    ("CDS welcomes all applicants regardless of race, ethnicity, religion or disability.", True),  # cds_digital_canada
    ("If you need an accommodation during the interview process, tell us.", True),
    ("Oversee hiring and foster the EEO program within the portfolio.", False),  # a duty, not a statement
    ("We will use the e-Verify system to confirm eligibility.", False),
])
def test_eeo_statement_wording(sentence, is_eeo):
    assert ("eeo" in C.sentence_kinds(sentence)) is is_eeo


# -- speed shortcuts give what the plain formulation gives ------------------------------------
def _plain_viterbi(emissions, same_block):
    """The state path as first written: dictionaries keyed by state name."""
    states = D._STATES
    rows = [dict(zip(states, e)) for e in emissions]
    best = [{k: rows[0][k] + (0.15 if k == "intro" else 0.0) for k in states}]
    back = [{}]
    for t in range(1, len(rows)):
        row, ptr = {}, {}
        for i, k in enumerate(states):
            values = [best[-1][a] + D._transition(a, k) for a in states]
            if same_block[t]:
                values[i] += 0.35
            top = max(values)
            row[k] = top + rows[t][k]
            ptr[k] = states[values.index(top)]
        best.append(row)
        back.append(ptr)
    state = max(states, key=lambda k: best[-1][k])
    path = [state]
    for t in range(len(rows) - 1, 0, -1):
        state = back[t][state]
        path.append(state)
    return [states.index(k) for k in reversed(path)]


@pytest.mark.parametrize("seed", range(40))
def test_viterbi_matches_the_plain_formulation(seed):
    import random

    rng = random.Random(seed)
    # scores from a coarse grid, so that ties between paths are common
    grid = [-4.0, 0.0, 0.0, 0.3, 0.35, 0.45, 0.6, 0.9, 1.5, 2.0, 4.0, rng.uniform(0, 3)]
    n = rng.randint(1, 60)
    emissions = [[rng.choice(grid) for _ in D._STATES] for _ in range(n)]
    same_block = [t > 0 and rng.random() < 0.4 for t in range(n)]
    assert D._viterbi(emissions, same_block) == _plain_viterbi(emissions, same_block)


def _plain_block_scores(text, kind):
    """block_scores as first written: every regex on every sentence, as re.I sees the text."""
    count = lambda wrapped, s: len(wrapped.regex.findall(s))
    words = max(len(text.split()), 1)
    sents = [text[s:e] for s, e in C.sentences_of(text, 0, len(text))] or [text]
    duty = req = pref = ben = intro = 0.0
    for s in sents:
        before = (duty, req, pref, ben)
        body = C._RUN_IN_LABEL.sub("", s, count=1)
        first = C._FIRST_LETTER.search(body)
        at = len(s) - len(body) + first.start() if first else -1
        # a requirement phrase or cue that opens the sentence is no duty verb ("Own transport")
        opens_requirement = any(m.start() == at for table in (C._REQ_STRONG, *C._REQUIREMENT_CUES.values())
                                for m in table.regex.finditer(s))
        verb = C._is_duty_verb(C._first_word(s)) and not C._is_title(s) and not opens_requirement
        if verb:
            duty += 1.5
        head = C._organisation_name_head(s)
        r = min(count(C._REQ_STRONG, s) + 0.4 * count(C._REQ_WEAK, s), 2)
        cues = {kind for kind, table in C._REQUIREMENT_CUES.items() if table.regex.search(s)}
        # the employer's own years and certificates, said of no hire, are no requirement
        if (head is not None or C._EMPLOYER_SELF.match(s)) and not C._JOB_FOCUS.regex.search(s) and "frame" not in cues:
            r = 0
        pref += count(C._PREF_PHRASES, s) * 1.5
        # a benefit word in a duty or requirement, with nothing offered, is not a perk
        in_duty = verb or count(C._DUTY_PHRASES, s) or r >= C.DUTY_CONTEXT_REQ
        b = 0.0
        if not in_duty or C._BENEFIT_OFFER.search(s):
            perks = lambda wrapped: sum(1 for m in wrapped.regex.finditer(s) if not C._in_job_title(s, m.start(), m.end()))
            b = min(1.6 * perks(C._BENEFIT_STRONG) + 0.8 * perks(C._BENEFIT_WEAK), 3)
        # given to those the business serves, or sold, with no staff named: the business
        if C._TO_OTHERS.search(s) or C._TRADE_VERB.search(s):
            b = 0.0 if not C._TO_STAFF.search(s) else b
        ben += b
        # requirement cues of two kinds, or one opening a short item (plain: every table run)
        cue = 0.0
        if cues and not (verb or b or C._BENEFIT_OFFER.search(s) or C._DUTY_STATEMENT.regex.search(s)
                         or C._PREF_PHRASES.regex.search(s)) \
                and ("frame" in cues or not (head is not None or C._EMPLOYER_SELF.match(s))):
            opens = any(m.start() == at for kind in cues for m in C._REQUIREMENT_CUES[kind].regex.finditer(s))
            if len(cues) >= 2:
                cue = 2.0
            elif cues != {"frame"} and len(s.split()) <= 15 and opens \
                    and not (C._SCHEDULE.regex.search(s) or C.shows_pay_figure(s)):
                cue = 1.0
        if C._NOTHING_REQUIRED.match(s):
            r = cue = 0.0
        req += max(r, cue)
        signs = (count(C._INTRO_STRONG, s) * 1.2
                 # (sections41) a name whose predicate is the eeo statement is no sign of an intro
                 + (1.0 if (C._named_organisation_subject(s) and not C.eeo_statement(s, None))
                    or (C._EMPLOYER_OPENER.match(s) and not C._JOB_FOCUS.regex.search(s))
                    else 0.0) + 0.6 * count(C._INTRO_EXTRA, s))
        weak = count(C._INTRO_WEAK, s)
        suffixes = len(C._LEGAL_SUFFIX.findall(s))
        intro_s = 0.0 if not signs and weak - suffixes < 2 else min(signs + 0.35 * weak, 2)
        # three different duty verbs in the -ing form, in a sentence that is no requirement, perk or
        # employer's pitch
        run = 1.0 if not (opens_requirement or b or max(r, cue) or intro_s >= 1.0) \
            and len({m.group().lower() for m in C._DUTY_GERUNDS.regex.finditer(s)}) >= 3 else 0.0
        if (head is None or head.isupper()) and cue < 2:
            duty += count(C._DUTY_PHRASES, s) + min(0.25 * count(C._DUTY_ANYWHERE, s), 0.75) + run
        elif head is None or head.isupper():
            duty += min(0.25 * count(C._DUTY_ANYWHERE, s), 0.75) + run
        if (duty, req, pref, ben) == before and not intro_s and C._model_may_read(s):
            # a sentence the wording leaves undecided: the sentence model's vote (secmodel35)
            intro_s, b = C._model_evidence(s)
            ben += b
        intro += intro_s
    n = len(sents)
    scores = {"responsibilities": duty / n, "requirements": req / n * 0.9, "preferred": pref / n,
              "benefits": ben / n, "intro": intro / n * 0.8}
    if words < 3 and kind != "list_item" and not C._BENEFIT_STRONG.regex.search(text):
        return {k: 0.0 for k in scores}
    return scores


#: varied block texts: the fixtures above split into lines and sentences, and odd cases
#: (fragments, capitals, run-together items, characters lower-casing cannot stand for)
SCORE_SAMPLES = sorted({piece for text in (MARKDOWN, PLAIN, CDS) for line in text.splitlines()
                        for piece in (line, line.lstrip("#-* "), *line.split(". ")) if piece.strip()}) + [
    "Full benefits", "Benefits", "Dental", "Python", "WE OFFER DENTAL, VISION AND A 401(K).",
    "Managing budgets. Developing plans.Ensuring compliance", "Preferred: a PhD; a plus",
    "Acme is a leading provider of tools. We help 300 clients.", "Reſponsible for managing the İstanbul office",
    "you will lead the team • you'll mentor juniors • 5+ years of experience required",
    # requirement cues, the employer's own certificates, benefit words given to others (sections9)
    "You'll have a CSCS card and a head for heights.", "Own transport", "Clear DBS. Available weekends.",
    "We are ISO 9001 certified with 20 years of experience.", "Free parking for patients and visitors.",
    "We need someone who can drive. Check stock on arrival.", "Bilingual proficiency is a plus.",
    # a run of duties in the -ing form, and runs that are a requirement or perks (sections11)
    "You'd be washing up, prepping veg, making sandwiches and keeping the kitchen spotless.",
    "Experience cooking, cleaning and serving customers.", "Paid training, mentoring and coaching.",
    "No experience is necessary.", "No degree needed, but you must hold a CSCS card.",
    "Founded in 1990, Acme has grown to 900 employees, supporting labs, running clinics and performing trials.",
]


@pytest.mark.parametrize("kind", ["paragraph", "list_item"])
def test_block_scores_match_the_plain_formulation(kind):
    for text in SCORE_SAMPLES:
        assert C.block_scores(text, kind) == _plain_block_scores(text, kind), text
        assert C.block_scores(text, kind) == _plain_block_scores(text, kind), text  # now memoised


#: sentences of every kind, in odd cases too, for the shortcuts' tests below
SENTENCE_SAMPLES = SCORE_SAMPLES + [
    "The salary range is $52,000-$60,000 a year.", "Pay: £14.50 an hour.", "Salary is DOE.", "SALARY: DOE",
    "We offer a competitive salary and 5+ years of growth.", "We manage $2 billion in assets for 300 charities.",
    "Base salary: USD 90k to 110k per year.", "Compensation commensurate with experience", "GS-13 pay grade",
    "Located in Austin, TX, with a hybrid schedule.", "Our team meets in Salt Lake City, UT, quarterly.",
    "Springfield, IL", "Toronto, ON", "Toronto, Ontario", "Paris, TXT", "anywhere in Canada", "Location: Leeds", "LOCATED IN DENVER, CO", "Remote within Canada; on-site Fridays.",
    "Full-time, Monday to Friday, 9am - 5pm.", "FULL-TIME. Night shift. 40 hours per week.", "Seasonal role.",
    "We are an equal opportunity employer.", "EQUAL OPPORTUNITY EMPLOYER", "Request an accommodation at any time.",
    "To apply, send your CV to jobs@example.org.", "APPLY NOW", "Apply İn person", "Reſume to hr@acme.com",
    "We reſpect applicants regardleſs of race", "Applıcants aged 21+ only", "Nothing to see here.",
    "Feel free to revise this job description template.", "Post your job today for free!",
    "Sign up for a free trial account. No credit card required.", "USE THIS TEMPLATE to attract top talent",
    "[Company Name] pays $XX,XXX a year for X+ years of experience.", "Start date: TBD. todo: fix", "TODO",
    "Lorem ipsum dolor sit amet", "N years in sales; xxx; XXXX; $ X", "Lorem ıpsum, FıXME, tbd",
]


def test_wording_regex_shortcuts_find_what_the_regexes_find():
    from jdlint.regexes import safe_lower

    wrapped = [w for module in (C, P, LO) for w in vars(module).values() if isinstance(w, LowerCaseRegex)]
    assert any(w.guard for w in wrapped) and any(w.literal_test for w in wrapped)
    for text in SENTENCE_SAMPLES:
        lowered = safe_lower(text)
        for w in wrapped:
            assert w.found(text, lowered) == bool(w.regex.search(text)), (w.regex.pattern[:40], text)
            assert w.count(text, lowered) == len(w.regex.findall(text)), (w.regex.pattern[:40], text)
            assert w.spans(text, lowered) == [m.span() for m in w.regex.finditer(text)], (w.regex.pattern[:40], text)
        assert C._location_wording(text, lowered) == bool(C.LOCATION.search(text)), text


def test_pay_kind_of_a_sentence_is_what_pay_mentions_and_the_vague_regex_say():
    from jdlint.regexes import safe_lower

    shown = 0
    for text in SENTENCE_SAMPLES:
        plain = any(p.kind != "vague" for p in P.pay_mentions(text)) or bool(P.VAGUE_PAY.search(text))
        assert P.shows_pay(text, safe_lower(text)) == plain, text
        shown += plain
    assert shown >= 8


_plain_sentences = SP.split_sentences  # the split with no memo and no block reuse


#: run-together text in the ways postings run it together, for the splitter's tests
SPLIT_SAMPLES = ["\n".join(SENTENCE_SAMPLES), " ".join(SENTENCE_SAMPLES), "".join(SENTENCE_SAMPLES),
                 MARKDOWN, PLAIN, CDS, "Duties:Manage the teamBuild reports.Salary $5. • Apply now!\n\n\nAbc",
                 "a.B c!Def g;Hij (k)Lmn 9Opq  \u2022 x. \"Quoted.\" Next"]


def test_sentences_of_a_span_are_its_own_texts_sentences_where_that_holds():
    # every character before a span, then a capitalised word or a space and one, as splits see them
    every_context = "".join(f"{c}Abcd {c} Efgh{c}\n" for c in map(chr, range(32, 127)))
    for text, step in [(t, 7) for t in SPLIT_SAMPLES] + [(every_context, 1)]:
        for start in range(0, len(text), step):
            for end in (start, start + 1, start + 13, start + 80, len(text)):
                end = min(end, len(text))
                assert SP.sentence_spans(text, start, end) == _plain_sentences(text, start, end), (text[start:end],)


def test_a_piece_of_a_split_splits_into_itself():
    # block_scores(piece, sentence=True) relies on it
    pieces = 0
    for text in SPLIT_SAMPLES:
        for start in range(0, len(text), 11):
            for s, e in _plain_sentences(text, start, len(text)):
                assert _plain_sentences(text[s:e], 0, e - s) == ((0, e - s),), text[s:e]
                pieces += 1
    assert pieces > 1000


def test_blocks_without_the_markers_literals_have_no_markers():
    from jdlint.regexes import safe_lower

    assert {"tbd", "todo", "year"} <= set(LO._marker_literals())
    marked = 0
    for text in SENTENCE_SAMPLES:
        lowered = safe_lower(text)
        if lowered is not None and not contains_any(lowered, LO._marker_literals()):
            assert not LO.MARKERS.search(text), text
        marked += bool(LO.MARKERS.search(text))
    assert marked >= 5


def test_amounts_hold_a_currency_mark():
    from jdlint.regexes import safe_lower

    samples = SENTENCE_SAMPLES + [
        "USD 5", "usd5", "5 dollars", "5 DOLLARS", "R$ 100", "¥500", "₹1,000", "CHF 90k", "nzd 70,000", "INR 5",
        "SGD 4.50", "5 GBP", "7 eur", "8 AUD", "9 cad", "5+ years", "401(k)", "£ 30", "€30k", "$", "100 Dollar",
        "R18 500", "Rs. 5", "38 000 kr", "52'000 CHF", "A$2,150", "KSh 80,000", "9 500 zł", "30 euros",
    ]
    amounts = 0
    for text in samples:
        lowered = safe_lower(text)
        if P._ANY_AMOUNT.search(text):
            amounts += 1
            assert P._may_hold_amount(text, lowered), text
    assert amounts >= 20


def test_heading_needles_are_looked_for_wherever_they_can_be_found():
    # _kinds_named looks only at needles whose first word is in the heading
    needles = H._synonym_needles(H._synonym_key(SYNONYMS))
    phrases = [p for ps in SYNONYMS.values() for p in ps]
    headings = phrases + [f"{a} & {b}" for a, b in zip(phrases, reversed(phrases))] + [
        "Case Manager Job Responsibilities", "Work Hours & Benefits", "What You’ll Do:", "**Perks**",
        "Salary and Benefits (USD)", "Who may apply", "Office Manager/Executive Assistant"]
    looked = 0
    for heading in headings:
        norm = f" {H._normalise(heading)} "
        candidates = {n for word in norm.split() for n in needles.by_first_word.get(word, ())}
        for n, (_, needle) in enumerate(needles.needles):
            if needle in norm:
                assert n in candidates, (heading, needle)
                looked += 1
    assert looked > len(phrases)


# -- inline labels, all-caps labels, flattened ads (issue 14 item 3) ---------------------------
FLAT = ("# Dental Receptionist\n\nAcme Dental is a family-owned practice in Leeds that has served patients since "
        "1990. You will greet patients, answer the phone and book appointments for our three dentists. Skills "
        "needed: two years of reception experience, a friendly phone manner and good spelling. What we offer: 25 "
        "days of paid leave, a pension and free dental care. To apply, email your CV to jobs@acme.example.\n")


def test_a_one_line_ad_with_inline_labels_has_its_sections():
    assert {"intro", "responsibilities", "requirements", "benefits", "how-to-apply"} <= kinds(detect(FLAT))


@pytest.mark.parametrize("text, kind", [
    ("Acme Dental is a family-owned practice in Leeds.\nMINIMUM QUALIFICATIONS: Two years of reception "
     "experience and a friendly phone manner.\n", "requirements"),
    ("Acme Dental is a family-owned practice in Leeds.ResponsibilitiesGreet patients at the front deskAnswer "
     "the phone and book appointments\n", "responsibilities"),
    ("We are a small bakery in Bristol. What we offer: staff discount, free lunch and 28 days of leave.\n", "benefits"),
])
def test_labels_inside_running_text_name_their_section(text, kind):
    assert kind in kinds(detect("# Job\n\n" + text))


def test_inline_labels_are_found_where_a_heading_would_be():
    from jdlint.sections.inline import inline_labels

    def names(label):
        k = H.heading_kinds(label, SYNONYMS)
        return k, (H.generic_heading(label) if not k else False)

    def phrase(label):
        return H._normalise(label) in {H._normalise(p) for ps in SYNONYMS.values() for p in ps} | set(H.GENERIC_HEADINGS)

    text = ("Job Description:The role. Sales Manager Required for our shop. DocumentationManage files. "
            "Call us at 10:30 or see http://example.com. ResponsibilitiesOperate the till.Skills needed: patience.")
    found = [(l.text, l.kinds) for l in inline_labels(text, names, phrase)]
    # a generic label has no kind but ends the one before; "Sales Manager Required" has no colon and
    # is no synonym; "DocumentationManage" is no label; times and URLs are not labels
    assert found == [("Job Description", ()), ("Responsibilities", ("responsibilities",)),
                     ("Skills needed", ("requirements",))]


def test_a_flattened_label_after_a_space_glued_to_its_first_item():
    """0268 (independent labeller: requirements): "... month/year-end close Qualifications:Construction
    industry experience is highly preferred2-5 years of experience". Near misses: the same words
    with a space after the colon, and a colon glued to a word that is no heading phrase."""
    from jdlint.sections.inline import inline_labels

    def names(label):
        k = H.heading_kinds(label, SYNONYMS)
        return k, (H.generic_heading(label) if not k else False)

    def phrase(label):
        return H._normalise(label) in {H._normalise(p) for ps in SYNONYMS.values() for p in ps} | set(H.GENERIC_HEADINGS)

    flat = "Assist with AP, job costing & month/year-end close Qualifications:Construction industry experience"
    assert [(l.text, l.kinds) for l in inline_labels(flat, names, phrase)] == [("Qualifications", ("requirements",))]
    spaced = "You will assist us with the month-end close Qualifications: are checked by the auditor"
    assert inline_labels(spaced, names, phrase) == []
    other = "Ask the team about Ticket Number:ABC before the close"
    assert inline_labels(other, names, phrase) == []
    ad = ("# Billing Specialist\n\nResponsibilities:High-volume corporate billingCollections on delinquent accounts"
          "Assist with AP, job costing & month/year-end close Qualifications:Construction industry experience is "
          "highly preferred2-5 years of experienceSage300 or similar ERP software\n")
    assert "requirements" in kinds(detect(ad))


def test_a_label_alone_on_its_line_holds_the_lines_below_it():
    text = "# Job\n\nAcme is a bakery.\nRequirements:\nFood hygiene certificate.\nTwo years in a bakery.\n"
    secs = [s for s in detect(text, path="t.txt") if s.kind == "requirements"]
    assert secs and secs[0].end_line >= 6


# -- intro: opening paragraphs about the employer (written for jdlint, after real ads) -----------

EMPLOYER_OPENING = """# Product Designer

We're here to make public services in the province simpler. We do this by putting people's
needs first and by working in the open. Our teams sit in every ministry.

As a Product Designer, you will plan and run design research with a delivery team. You'll turn
findings into prototypes and test them with users.

## What you bring

* 3+ years of experience in interaction design
"""


def test_an_opening_pitch_in_we_sentences_is_the_intro():
    found = detect(EMPLOYER_OPENING)
    intro = [s for s in found if s.kind == "intro"]
    assert intro and intro[0].line == 3
    assert "responsibilities" in kinds(found)


@pytest.mark.parametrize("sentence, about_employer", [
    ("We're here to make public services simpler.", True),
    ("Our passion for maps is at the heart of everything we do.", True),
    ("We are looking for a designer to join the team.", False),  # the job, not the employer
    ("Our ideal candidate has five years of experience.", False),
    ("We offer dental and vision cover.", False),  # benefits wording
    ("You will report to the head of design.", False),
])
def test_sentences_about_the_employer(sentence, about_employer):
    assert C._about_employer(sentence, sentence.lower()) is about_employer


# -- the sentence-kind sweep is linear and gives what the plain scan gave ------------------------

def _plain_add_sentence_kinds(document, out, covered, template):
    """detect._add_sentence_kinds as first written: every sentence scans every section so far."""
    from jdlint.document import Section

    text = document.text
    have = {}
    for s in out:
        have.setdefault(s.kind, []).append((s.start, s.end))
    for i, b in enumerate(document.blocks):
        if i in template or b.kind == "heading":
            continue
        block_kinds = set(covered.get(i, ()))
        spans = C.sentences_of(text, b.text_start, b.text_end)
        bare = C.embedded_bare_calls(text, spans, b.text_start, b.text_end)  # (sections39) no section
        for n, (s, e) in enumerate(spans):
            for kind in C._sentence_kinds(text[s:e]):
                if kind in block_kinds or (kind == "how-to-apply" and n in bare):
                    continue
                src_s, src_e = document.to_source(s, e)
                if any(a <= src_s < z for a, z in have.get(kind, ())):
                    continue
                sec = Section(kind, None, document.source.index.position(src_s)[0],
                              document.source.index.position(max(src_e - 1, src_s))[0], "content", src_s, src_e)
                prev = [x for x in out if x.kind == kind and x.found_by == "content" and x.end_line >= sec.line - 1
                        and x.line <= sec.line]
                if prev and not prev[-1].heading:
                    prev[-1].end = max(prev[-1].end, src_e)
                    prev[-1].end_line = max(prev[-1].end_line, sec.end_line)
                    continue
                out.append(sec)
                have.setdefault(kind, []).append((src_s, src_e))


def _sections_both_ways(text, monkeypatch):
    import importlib

    DT = importlib.import_module("jdlint.sections.detect")  # the package exports a function of that name
    fast = [s.to_json() for s in detect(text)]
    with monkeypatch.context() as m:
        m.setattr(DT, "_add_sentence_kinds", _plain_add_sentence_kinds)
        plain = [s.to_json() for s in detect(text)]
    return fast, plain


#: pay, apply and eeo sentences next to, inside and apart from sections of their kind, repeated
#: so that merges, covered starts and sections left behind all occur many times
LONG_POSTING = "# Support Worker\n\n" + "\n\n".join([
    "The salary is $40,000 a year. Overtime is paid at $30 an hour.",
    "You will support residents. To apply, send your CV to jobs@example.org.",
    "We are an equal opportunity employer. Pay is $21 an hour on weekends.",
    "* Help with meals\n* Keep records. Apply online by Friday.",
    "Our residents come first. We welcome applicants regardless of race, religion or disability.",
    # a whole-item eeo statement (a section from the decoder) and, on the next line, an eeo
    # sentence among others, which extends it
    "* We are an equal opportunity employer.\n* Help with meals. Keep records. We welcome applicants regardless of race or disability.",
    # a benefits sentence among duties, then on the next line a benefits item (a decoder section)
    # holding benefit sentences: those are covered, not merged into the sentence before
    "* Help with meals. Keep records. Clean rooms. We offer a pension and paid leave.\n"
    "* Health, dental and vision cover. A pension and paid leave.\n* Drive residents to appointments.",
] * 30)


def test_sentence_kind_sweep_gives_what_the_plain_scan_gives(monkeypatch):
    for text in (MARKDOWN, PLAIN, CDS, EMPLOYER_OPENING, LONG_POSTING):
        fast, plain = _sections_both_ways(text, monkeypatch)
        assert fast == plain


def test_sentence_kind_sweep_on_real_ads(monkeypatch, dev_corpus):
    for path in sorted(dev_corpus.glob("*.md"))[::7]:  # every 7th ad: all six sources, a few seconds
        fast, plain = _sections_both_ways(path.read_text(encoding="utf-8"), monkeypatch)
        assert fast == plain, path.name


# Job-board exports drop heading markup and colons: a short title-case line followed by text acts
# as a heading (shape modelled on the linkedin_2023 ads in ../shared/corpus/dev, e.g. 0507).
BARE_HEADINGS = """# Educator

Who We Are:

Acme Outdoor is a family of stores selling climbing gear in Leeds and York.

Key Responsibilities Of The Job

Guest Experience

Interact with guests to ensure a great visit and answer their questions.
Restock the floor from inventory.

Why Join Us?

Staff discount and paid time off.
"""


def test_a_bare_title_line_that_names_a_section_is_its_heading():
    found = detect(BARE_HEADINGS)
    by_kind = {s.kind: s for s in found if not s.empty}
    assert by_kind["responsibilities"].found_by == "heading"
    assert by_kind["benefits"].found_by == "heading"
    # the label above ends at the first bare heading line: "Who We Are:" no longer swallows the ad
    intro = by_kind["intro"]
    assert intro.end_line < by_kind["responsibilities"].line


def test_bare_heading_lines_leave_the_parsed_document_alone():
    document = parse_document(SourceFile(path="t.md", text=BARE_HEADINGS, kind="markdown"))
    before = [b.kind for b in document.blocks]
    S.detect(document, SYNONYMS)
    assert [b.kind for b in document.blocks] == before


@pytest.mark.parametrize("line", [
    "Full Time",  # names schedule: a fact about the job, not a section
    "Houston Market - Houston, TX",
    "Responsibilities include planning the menu.",  # a sentence
    "apply your skills",  # not title case
    "Benefits: dental",  # a label line, parsed as one already
])
def test_lines_that_are_not_bare_headings(line):
    document = parse_document(SourceFile(path="t.md", text=f"# T\n\nIntro text here.\n\n{line}\n\nMore text follows here.\n",
                                         kind="markdown"))
    names = lambda heading: (H.heading_kinds(heading, SYNONYMS), H.generic_heading(heading))
    view, _ = S.detect.__globals__["_with_bare_headings"](document, names)
    assert all(b.kind != "heading" or b.line == 1 or b.label and ":" in document.block_text(b) for b in view.blocks)


@pytest.mark.parametrize("sentence, intro", [
    ("The Centers of Excellence (CoE) work directly with customer agencies to identify their needs.", True),
    ("Houston Market - Houston, TX", False),  # one weak word ("market") alone is not a pitch
    ("Company:  Pacific Architectural Wood Products, LLC.", False),  # 0278: a name, not a pitch
    ("Pay is commensurate with experience and should be near market rates.", False),  # 0673: the job's terms
    ("Skookum is growing in Charlotte, NC and in Denver, CO!", True),  # a named organisation
    ("We serve clients across the global market.", True),
])
def test_intro_wording(sentence, intro):
    assert (C.block_scores(sentence, "paragraph")["intro"] > 0) is intro


def _labels(text):
    from jdlint.sections.inline import inline_labels

    def names(label):
        k = H.heading_kinds(label, SYNONYMS)
        return k, (H.generic_heading(label) if not k else False)

    def phrase(label):
        return H._normalise(label) in {H._normalise(p) for ps in SYNONYMS.values() for p in ps} | set(H.GENERIC_HEADINGS)

    return [(l.text, l.kinds) for l in inline_labels(text, names, phrase)]


@pytest.mark.parametrize("text, label, kinds_", [
    # shapes of ../shared/corpus/dev 0183, 0252, 0434, 0266, 0327, 0190 (judged wrong S102/S103)
    ("Deal with contracts.REQUIREMENTS* Use and like the product* Startup experience", "REQUIREMENTS", ("requirements",)),
    ("tactics· Canva, ATS knowledgeSKILLS· Excellent verbal skills", "SKILLS", ("requirements",)),
    ("Tuesday to Friday.Requirements• Completion of an APA approved doctoral program", "Requirements", ("requirements",)),
    ("Requirements:0 - 3 + years of full stack development", "Requirements", ("requirements",)),
    ("Duties & Responsibilities (but not limited to): Perform 50 sales calls a week.",
     "Duties & Responsibilities (but not limited to)", ("responsibilities",)),
    ("Primary responsibilities include, but are not limited to the following:Make and receive calls",
     "Primary responsibilities include, but are not limited to the following", ("responsibilities",)),
])
def test_inline_labels_with_bullets_digits_and_hedges(text, label, kinds_):
    assert (label, kinds_) in _labels(text)


@pytest.mark.parametrize("text", [
    "Call us at 10:30 or at Note: 10:45.",  # a time after a colon needs an exact heading phrase
    "We value PASSION* and grit.",  # an all-caps word glued to a bullet that is no heading phrase
    "Our customers include: banks, shops and schools.",  # "include" hedges nothing a label names
])
def test_inline_label_near_misses(text):
    assert not any(k for _, k in _labels(text))


@pytest.mark.parametrize("text, label, kinds_", [
    ("About us - Tideway Logistics moves chilled freight to the Midlands.", "About us", ("intro",)),
    ("We are open late. Benefits – 25 days' holiday and a pension.", "Benefits", ("benefits",)),
])
def test_a_label_set_off_by_a_dash(text, label, kinds_):
    assert (label, kinds_) in _labels(text)


@pytest.mark.parametrize("text", [
    "Sales Manager - London, full time.",  # a title and a place, not a heading phrase
    "Open Monday - Friday, 9 to 5.",
    "The team grew fast - Benefits came later.",  # inside a sentence, not where a heading starts
])
def test_dash_label_near_misses(text):
    assert not any(k for _, k in _labels(text))


# the employer told by its name and what it does, in any verb a duty list or the organisation
# verbs hold; the job told by its title in the same shape is not the employer
@pytest.mark.parametrize("sentence, employer", [
    ("Brightwater Housing manages 4,000 affordable homes in north Bristol.", True),
    ("Harbour Foods supplies fresh fish to restaurants across Cornwall.", True),
    ("Meridian Health runs eight urgent-care clinics in Arizona.", True),
    ("The Department for Transport is responsible for roads, rail and aviation policy.", True),
    ("St Anne's is a Catholic parish serving the town of Kilkenny.", True),
    ("Smith & Associates advises charities on property.", True),  # an organisation noun, not a role
    ("The Store Manager is responsible for daily operations and a team of 20.", False),
    ("The Senior Nurse oversees a ward of 28 beds.", False),
    ("Project Coordinators manage schedules for three crews.", False),
    ("The Bellevue Downtown Association (BDA) seeks a content writer intern.", False),  # hiring
    ("Empathetic coaches, mentors, and advocates who help partner agencies.", False),  # a list of nouns
    ("All work is implemented using a systems approach.", False),
])
def test_a_named_organisation_as_subject(sentence, employer):
    assert C._named_organisation_subject(sentence) is employer


def test_a_named_organisation_doing_its_work_is_the_intro_not_the_duties():
    ad = ("Brightwater Housing manages 4,000 affordable homes in north Bristol.\n\n"
          "You will answer tenants' calls, log repairs and chase contractors each day.\n\n"
          "Requirements: a year of office experience.\n")
    found = {(s.kind, s.line) for s in detect(ad) if not s.empty}
    assert ("intro", 1) in found and ("responsibilities", 1) not in found
    role = ad.replace("Brightwater Housing manages 4,000 affordable homes", "The Housing Officer manages 400 homes")
    assert ("intro", 1) not in {(s.kind, s.line) for s in detect(role) if not s.empty}


def test_a_label_naming_another_part_inside_a_heading_section_starts_that_part():
    """0258 / 0436 shape: a run-on "Qualifications:" line under a duties label, and duties
    under a requirements heading (0190), are their own parts; text before the label stays the
    heading's."""
    text = ("# Clerk\n\nJob Duties and Responsibilities:\nEnter items in the price book and update retail changes.\n"
            "Qualifications:have a high school diploma or GED. One or two years related experience preferred.\n")
    found = detect(text)
    assert "responsibilities" in kinds(found, "heading") and "requirements" in kinds(found, "content")
    text = ("# Rep\n\n## Requirements\n\nTwo years in a call centre.\nPrimary responsibilities include, but are not limited "
            "to the following:Make and receive calls through an automated dialerTake payments on past due accounts\n")
    assert "responsibilities" in kinds(detect(text), "content")


def test_a_same_kind_label_inside_a_heading_section_changes_nothing():
    text = "# Clerk\n\n## Requirements\n\nSkills needed: patience and a GED.\n"
    assert kinds(detect(text)) >= {"requirements"} and "responsibilities" not in kinds(detect(text))


@pytest.mark.parametrize("title, kind, given", [
    ("Maintenance Technician - Night Shift", "schedule", True),  # ../shared/corpus/dev/0412.md
    ("Customer Service Associate - On Call", "schedule", True),
    ("Field Office ISSM - Albuquerque, NM", "location", True),
    ("Shift Supervisor", "schedule", False),  # a role named after shifts, not the hours
    ("Maintenance Technician", "schedule", False),
])
def test_the_title_gives_schedule_and_location(title, kind, given):
    found = detect(f"# {title}\n\nYou will repair presses and conveyors.\n")
    assert (kind in kinds(found)) is given


def test_the_title_gives_no_pay_or_second_section():
    found = detect("# Night Shift Nurse - $40/hour\n\nNights, 7pm to 7am.\n")
    assert "pay" not in {s.kind for s in found if s.line == 1}
    assert [s.kind for s in found].count("schedule") == 1  # the body's; the title adds none


@pytest.mark.parametrize("sentence, duty", [
    ("The instructor will be responsible for teaching courses such as machining.", True),  # 0486
    ("You will be responsible for making telephone bookings with residents.", True),
    ("The Office Manager is responsible for managing the front desk.", True),
    ("Primary responsibilities include, but are not limited to the following:", True),
    ("Duties include filing and answering phones.", True),
    ("Applicants are responsible for their own travel costs.", False),  # not the job's duties
    ("The company is responsible for the training.", False),
    ("You are responsible for your own tools.", False),
    ("We are responsible for the safety of 4,000 residents.", False),
])
def test_a_sentence_that_states_the_duties(sentence, duty):
    assert ("responsibilities" in C.sentence_kinds(sentence)) is duty


def test_duties_stated_in_an_overview_paragraph_are_the_responsibilities():
    text = ("# Mechatronics Instructor\n\nAcme Training seeks professionals to join our faculty. We prefer teaching "
            "experience but it is not required.\n\nThis position is part of the Trades Division. The instructor will be "
            "responsible for teaching courses such as machining and hydraulics.\n\n## Requirements\n\n- 3+ years of "
            "industry experience\n")
    assert "responsibilities" in kinds(detect(text))


@pytest.mark.parametrize("sentence, benefit", [
    ("You will estimate remodeling and insurance-related projects.", False),  # 0288: the job's subject
    ("Must have a valid driver's license and proof of insurance.", False),
    ("Documentation and Reporting:Maintain records for insurance companies.", False),  # a run-in label, then a duty
    ("You will receive health insurance and paid time off.", True),  # offered to the hire
    ("Health, dental and vision insurance.", True),
    ("We offer a 401(k) with a company match.", True),
])
def test_a_benefit_word_inside_a_duty_or_requirement_is_not_a_benefit(sentence, benefit):
    assert (C.block_scores(sentence, "list_item")["benefits"] > 0) is benefit


@pytest.mark.parametrize("heading, expected", [
    ("Advantages of Partnering with SkillPath", ["benefits"]),  # ../shared/corpus/dev/0490.md
    ("Duties of the Position", ["responsibilities"]),
    ("Office of the CIO", []),
    ("Schedule of events", []),
    ("Duties & Responsibilities (but not limited to)", ["responsibilities"]),
])
def test_headings_opened_by_a_part_of_the_job(heading, expected):
    assert H.heading_kinds(heading, SYNONYMS) == expected


@pytest.mark.parametrize("sentence, is_eeo", [
    # ../shared/corpus/dev/0543.md (cds_digital_canada): the accommodation half of the EEO block
    ("If you need to be accommodated during any phase of the evaluation process, please use the contact information below.", True),
    ("Please use the contact information below to request specialized accommodation.", True),
    ("All information received in relation to accommodation will be kept confidential.", True),
    ("Hotel accommodation is provided for the training week.", False),  # the other sense
    ("You will run our EEO and affirmative action programme reporting.", False),  # an EEO duty
])
def test_accommodation_wording_is_eeo(sentence, is_eeo):
    assert ("eeo" in C.sentence_kinds(sentence)) is is_eeo


@pytest.mark.parametrize("ad", ["0485", "0615", "0653"])
def test_a_pitch_under_a_generic_label_stays_the_intro(ad, dev_corpus):
    """The employer's pitch opens a generic body ("Description:" in 0485, "Role Summary:" in the
    tts_join ads): the generic lean to duties does not pull a clear sentence about the employer
    away from the intro, and the duties after it stay duties."""
    found = kinds(detect((dev_corpus / f"{ad}.md").read_text(encoding="utf-8")))
    assert {"intro", "responsibilities"} <= found


def test_a_job_sentence_under_a_generic_heading_still_leans_to_duties():
    text = "# Clerk\n\n## Job description\n\nThe clerk keeps the shop's books and the stock room in order every day.\n"
    assert "intro" not in kinds(detect(text))


@pytest.mark.parametrize("sentence, is_benefit", [
    # the independent labeller's false positives (0588, 0446, 0447, 0501) and their perk twins
    ("Strategic thinkers who are comfortable defining a compelling vision and designing a strategy.", False),
    ("We offer medical, dental and vision insurance.", True),
    ("Calls on prospective customers to explain benefits, and value of National Signs.", False),
    ("The VCCS welcomes applications and recognizes the benefits of a diverse workforce.", False),
    ("You will enjoy great benefits and a 401(k) match.", True),
    ("The noise level in the work environment is usually moderate.", False),
    ("The college is committed to providing a work environment free of discrimination.", False),
    ("We offer a supportive work environment and free parking.", True),
    ("Equipment: Personal Computer or Laptop, Multi-line telephone, Printer/Copier, Scanner.", False),
    ("Every hire gets a company laptop and a generous leave package.", True),
    # the trade an organisation is in (0288, 0127), not cover for the hire
    ("Generate regular progress reports and updates for clients, stakeholders, and insurance companies.", False),
    ("Our client is a leading Health Care Group in the UAE and a major insurance agency.", False),
    ("We offer health care coverage and life insurance.", True),
])
def test_benefit_words_in_their_other_senses(sentence, is_benefit):
    scores = C.block_scores(sentence, "paragraph")
    assert (scores["benefits"] >= 1.5) is is_benefit


@pytest.mark.parametrize("sentence, is_benefit", [
    ("You will also receive a free unlimited Oyster Card.", True),  # 0122
    ("You'll get complimentary gym membership.", True),
    ("You will get free access to our client data as part of the role.", False),  # a tool of the job
    ("You will receive a free trial account to test the product.", False),
    ("Our customers receive free delivery on every order.", False),  # the customers', not the hire's
])
def test_something_free_handed_to_the_reader_is_a_benefit(sentence, is_benefit):
    assert ("benefits" in C.sentence_kinds(sentence)) is is_benefit


@pytest.mark.parametrize("sentence, about_employer", [
    # 0633 (independent labeller: intro): an apposition between the organisation and its verb
    ("The Centers of Excellence (CoE), part of GSA/TTS works directly with federal agencies to identify their needs.", True),
    ("Acme, a family firm since 1950, makes bread for the city.", True),
    ("Candidates, a degree is required, must apply by Friday.", False),
    ("You, a seasoned engineer, will lead the platform team.", False),
    # naming the organisation while announcing the hire (0268, 0235): the job, not the employer
    ("Ledgent is partnering with our client near Plainville, CT to hire an experienced Billing Specialist.", False),
    ("Hyatt Place is currently seeking a front desk agent.", False),
    ("Ledgent is a staffing firm that places accountants.", True),
])
def test_an_organisation_with_an_apposition_is_still_the_subject(sentence, about_employer):
    assert C._named_organisation_subject(sentence) is about_employer


def test_a_generic_heading_does_not_make_duties_of_a_section_with_no_duty_evidence(dev_corpus):
    """0179 (judged: no duties): questions to the reader and a pitch under "## Description". The
    heading's lean to duties tipped each short question into responsibilities; with no duty
    wording anywhere in the section, the lean is taken back."""
    found = kinds(detect((dev_corpus / "0179.md").read_text(encoding="utf-8")))
    assert "responsibilities" not in found
    questions = ("# Rep\n\n## Description\n\nAre you currently a sales representative? Do you know the "
                 "physicians in your area? If so, this could be the right opportunity for you.\n")
    assert "responsibilities" not in kinds(detect(questions))


def test_a_generic_lean_stays_where_the_section_shows_duties():
    """Near miss: the same questions before a duty sentence in the one section; the lean stays,
    so the duty sentence and its section read as responsibilities."""
    text = ("# Rep\n\n## Description\n\nAre you currently a sales representative? Do you know the "
            "physicians in your area?\n\n- Manage a territory of physicians' offices and prepare weekly sales reports.\n"
            "- Territory reports\n")
    assert "responsibilities" in kinds(detect(text))


def test_a_pleasantry_or_a_faint_duty_score_is_no_duty_evidence(dev_corpus):
    """0074 and 0177 (judged: no duties): an announcement, a licence and how to apply under a
    generic "## Description" in one paragraph. "We are looking forward to receiving your
    application" is a pleasantry, not "we are looking for"; and one weak duty phrase in a whole
    paragraph does not found the heading's lean."""
    for ad in ("0074", "0177"):
        assert "responsibilities" not in kinds(detect((dev_corpus / f"{ad}.md").read_text(encoding="utf-8"))), ad
    pleasantry = ("# Art Director\n\n## Description\n\nPlease apply by clicking the button below. "
                  "We are looking forward to receiving your application.\n")
    assert "responsibilities" not in kinds(detect(pleasantry))
    hiring = ("# Art Director\n\n## Description\n\nWe are looking for an art director to lead our studio "
              "and you will be responsible for our brand campaigns.\n")
    assert "responsibilities" in kinds(detect(hiring))


@pytest.mark.parametrize("sentence, is_cta", [
    ("We are only accepting applications through the school website at: https://example.org/jobs", True),  # 0494
    # (sections39) applications that open later give no way to apply now (session 35's conventions; indep 0588 no,
    # the first set's 0629 yes): with a way named they are a call
    ("18F will soon be accepting applications for a GS-15 Technical Lead.", False),  # 0629
    ("We will be accepting applications through the Public Notice on USAJOBS.", True),  # 0627
    ("We are not accepting applications from agencies.", False),
    ("To be considered, please send your CV to jobs@acme.com.", True),
    ("In order to be considered for this position you must be legally authorized to work in the US.", False),  # 0503
])
def test_more_call_to_action_wording(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


@pytest.mark.parametrize("sentence, is_cta", [
    # the independent labeller's how-to-apply misses (0508, 0210) and near misses
    ('To begin, please click the "Apply" button on this LinkedIn volunteer post.', True),
    ("Use the Submit button below.", True),
    ("Email: shaikbashad@srsconsultinginc.com", True),
    ("Contact Name: Pamela WilliamsContact Email: ptwilliams2@vcu.eduContact Phone: 804-827-3785", False),  # 0473
    ("Email: jane@acme.com Phone: 555-1234", False),
    ("The button on the dashboard applies the filter.", False),
])
def test_an_apply_button_and_a_bare_address_line_are_calls_to_apply(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


def test_an_in_page_table_of_contents_names_no_sections():
    """tts_join 0619 shape: "- [How to apply](#how-to-apply)" is a link to a part of the page,
    not a call to apply; a real link to apply still counts."""
    toc = ("# Analyst\n\nThe office is looking for an analyst.\n\n**Quick Links to Posting Sections**\n"
           "- [Basic information](#basic-information)\n- [How to apply](#how-to-apply)\n")
    assert "how-to-apply" not in kinds(detect(toc))
    real = toc + "\nApply here: [submit your application](https://example.gov/apply)\n"
    assert "how-to-apply" in kinds(detect(real))


def test_a_bare_announcement_of_applications_is_not_a_call_to_apply():
    assert "how-to-apply" not in C.sentence_kinds("The National Exemplar is accepting applications for an Assistant Manager.")


@pytest.mark.parametrize("sentence, is_eeo", [
    ("Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.", True),  # 0395
    ("Please connect with us at accommodations@lululemon.com if you have questions about the requirements.", True),  # 0507
    ("Free accommodation may be provided for the training week.", False),  # lodging
])
def test_accommodation_offers_are_eeo(sentence, is_eeo):
    assert ("eeo" in C.sentence_kinds(sentence)) is is_eeo


@pytest.mark.parametrize("sentence, benefit", [
    ("Housing provided", True),  # ../shared/corpus/dev/0024.md: one-line perks, split into items
    ("Airfare Reimbursed", True),
    ("Travel expenses are covered.", True),
    ("Equipment provided", False),  # not a benefit term
    ("Housing market analysis for our clients", False),
])
def test_something_given_at_no_cost_is_a_benefit(sentence, benefit):
    assert ("benefits" in C.sentence_kinds(sentence)) is benefit


@pytest.mark.parametrize("heading, expected", [
    # cds_digital_canada templates in ../shared/corpus/dev (0535, 0567, 0515)
    ("We’re looking for someone who will", ["responsibilities"]),
    ("You’ll fit right in if", ["requirements"]),
    ("A great candidate will be able to demonstrate that they can", ["requirements"]),
    ("An excellent candidate will be able to", ["requirements"]),
    ("We are looking for someone who has", ["requirements"]),
    ("The successful candidate will", []),  # often opens duties: left to content
])
def test_lead_ins_of_the_cds_templates(heading, expected):
    assert H.heading_kinds(heading, SYNONYMS) == expected


def test_a_long_lead_in_line_that_names_a_part_is_its_label():
    text = ("# Director\n\nWe are looking for someone who will:\n\n* Grow the platform unit.\n* Set the strategy.\n\n"
            "A great candidate will be able to demonstrate that they can:\n\n* Lead multiple teams concurrently.\n"
            "* Manage people, including giving feedback.\n")
    found = detect(text)
    req = [s for s in found if s.kind == "requirements" and not s.empty]
    resp = [s for s in found if s.kind == "responsibilities" and not s.empty]
    assert req and req[0].found_by == "heading" and req[0].line == 8
    assert resp and resp[0].end_line < 8  # the duties stop at the lead-in


def test_the_independently_labelled_ads_keep_their_floor(dev_corpus):
    """The 22 dev ads an independent labeller marked (tests/data/sections_labels_indep.json):
    every kind keeps F1 >= 0.9 (0.909-1.0 when this was written; 0.571 for benefits before the
    other-sense fixes). A floor for regressions, scored as scripts/eval_sections.py --indep does."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_sections.py"
    spec = importlib.util.spec_from_file_location("eval_sections", path)
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    result = ev.score_labels(dev_corpus.parent, SYNONYMS, False, ev.INDEP)
    assert result["ads"] == 22
    for kind, (tp, fp, fn, _tn) in result["counts"].items():
        assert ev.prf(tp, fp, fn)[2] >= 0.9, kind


def test_prerequisites_is_a_requirements_heading():
    """dev 0676 (judged: S103 wrong): "## Prerequisites" heads the requirements list."""
    text = "# UX Designer\n\n## Prerequisites\n\n- Three years of product design\n- A portfolio\n"
    assert "requirements" in kinds(detect(text))


@pytest.mark.parametrize("heading, expected", [
    # cds_digital_canada 0570 / 0539 and tts_join 0625 / 0586 in ../shared/corpus/dev
    ("You’ll need to accomplish the following things", ["responsibilities"]),
    ("Key Objective 1: Lead an innovative group of Procurement Analysts", ["responsibilities"]),
    ("Key Objectives", ["responsibilities"]),
    ("Objective #2: Work with agency partners to make sure they’re set up for success", ["responsibilities"]),
    ("What you'll achieve", ["responsibilities"]),
    ("Your first 90 days", ["responsibilities"]),
    ("What success looks like", ["responsibilities"]),
    # near-misses: what the applicant needs stays requirements; the employer's goals name nothing
    ("You’ll need", ["requirements"]),
    ("What you need to achieve success", ["requirements"]),
    ("Our goals", []),
    ("Learning objectives", []),
])
def test_headings_that_introduce_objectives_name_the_duties(heading, expected):
    assert H.heading_kinds(heading, SYNONYMS) == expected


@pytest.mark.parametrize("heading, expected", [
    ("Submission requirements", ["how-to-apply"]),  # tts_join 0625: what an application must hold
    ("Application requirements", ["how-to-apply"]),
    ("We’ll evaluate you based on", ["requirements"]),  # cds_digital_canada 0539: the criteria
    ("We’ll evaluate you based on your", ["requirements"]),
    ("Minimum requirements", ["requirements"]),
])
def test_submission_requirements_are_how_to_apply_and_evaluation_criteria_requirements(heading, expected):
    assert H.heading_kinds(heading, SYNONYMS) == expected


def _q103(text):
    return [d for d in jdlint.lint_text(text, "t.md").diagnostics if d.code == "Q103"]


def test_an_objectives_list_is_not_a_long_must_have_list():
    """dev 0570 (judged: Q103 wrong): eleven objectives under "You'll need to accomplish the
    following things:" are the duties; the same eleven under "You'll need:" are requirements."""
    items = "".join(f"{n}. Deliver outcome number {n} for the platform team.\n" for n in range(1, 12))
    objectives = f"# Head of Development\n\n**You’ll need to accomplish the following things:**\n\n{items}"
    assert not _q103(objectives)
    assert "responsibilities" in kinds(detect(objectives), "heading")
    wants = f"# Head of Development\n\n**You’ll need:**\n\n{items}"
    assert [d.code for d in _q103(wants)] == ["Q103"]


@pytest.mark.parametrize("sentence, duty", [
    # the range of the work, said of the hire (dev 0412, judged: S102 wrong)
    ("As an Industrial Maintenance Technician with us, you'll:Tackle exciting challenges: From troubleshooting "
     "electrical systems to performing preventive maintenance on industrial equipment, every day brings new "
     "opportunities to showcase your skills.", True),
    ("Your days will range from greeting guests to cleaning rooms.", True),
    ("We do everything from designing to building custom homes.", False),  # the company's range
    ("You will join a company that does everything from designing to building homes.", False),
    ("You'll get support, from mentoring to coaching.", False),  # what the hire gets
    # whom the employer hires, to do what (dev 0060, judged: S102 wrong)
    ("We are currently hiring independent contractors to take inbound customer service, technical support and/or "
     "sales calls, emails and/or chats.", True),
    ("We’re hiring a Recruitment Administrator to provide scheduling and administrative support.", True),
    ("We are looking for a passionate engineer to join our company and help grow the best web lab.", False),
    ("We are looking for an engineer to join our team to help us build things.", False),
    ("This time we are looking for a junior manager, who knows how to build brand awareness.", False),
    # a workload (dev 0424, judged: S102 wrong)
    ("See 12-15 patients per day.", True),
    ("Perform 50+ account sales calls per week; building relationships.", True),
    ("We serve 4,000 families a year.", False),
    ("Our physicians typically see only 12-15 patients a day on average.", False),
])
def test_duties_told_in_prose(sentence, duty):
    assert ("responsibilities" in C.sentence_kinds(sentence)) is duty


def test_duty_verb_placeholders_expand_to_every_duty_verb():
    from jdlint.sections import terms as T

    forms = T._duty_verb_forms()
    ing = re.compile(forms["<duty-ing>"] + "$")
    base = re.compile(forms["<duty-verb>"] + "$")
    for verb, gerund in [("manage", "managing"), ("plan", "planning"), ("troubleshoot", "troubleshooting"),
                         ("run", "running"), ("see", None), ("follow", "following"), ("analyze", "analyzing")]:
        if gerund:
            assert ing.match(gerund) and base.match(verb), verb
    assert not ing.match("wedding") and not base.match("join")


@pytest.mark.parametrize("sentence, is_cta", [
    # how to apply told in running text (dev 0055, judged: S106 wrong)
    ("-Perform other duties as assigned Please respond with a resume.", True),
    ("Resumes without cover letters will not be considered.", True),
    ("If interested, send a short note and your portfolio to jobs@acme.com.", True),
    ("Write to #EMAIL_0687b9656f#", True),  # EMSCAD's address token
    ("All applications will be reviewed by a panel of subject matter experts.", False),  # the process
    ("Send invoices to billing@acme.com.", False),  # a duty
    ("You may request accommodation by sending an email to access@acme.com", False),  # the noun: eeo
    ("Please send an email to jobs@acme.com with your CV.", True),
    ("You will respond with a solution to customer issues.", False),
    # a sign-up link for openings gives no way to apply now (session 35's labellers' convention, mend35;
    # tests/test_sections_mend35.py)
    ("Sign up here to be notified when we open new roles.", False),
    ("Subscribe to receive job alerts.", False),
    ("Customers will be notified of service changes.", False),
])
def test_how_to_apply_in_running_text_and_sign_up_links(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


@pytest.mark.parametrize("item, duty", [
    # a dash-run-in label before the duty (dev 0480, judged: S102 wrong)
    ("1-on-1 Online Tutoring - Provide personalized instruction to individual students.", True),
    ("Instant Tutoring - Accept on-demand tutoring requests whenever you’re available.", True),
    ("Client Relationship Management:Serve as the initial point of contact for clients.", True),
    ("Full Time - Monday to Friday", False),
    ("Remote - Anywhere in Canada", False),
])
def test_a_duty_after_a_run_in_label_opens_with_its_verb(item, duty):
    assert C._is_duty_verb(C._first_word(item)) is duty


def test_a_label_glued_to_the_end_of_a_long_sentence_is_still_found():
    """dev 0184 (judged: S102 wrong): the colon's first candidate label is a whole sentence (too long
    to be a label); the label glued to its last word ("demeanorJob description:") is found inside it."""
    text = ("Able to lift 65+ lbs.Ability to work well with others with a professional demeanorJob description: "
            "Loading/ unloading trucks, installing/ dismantling equipment.")
    assert ("Job description", ()) in _labels(text)
    assert not any(label.startswith("Ability") for label, _ in _labels(text))
    # near-miss: a colon after a long sentence with no label glued inside it names nothing
    assert _labels("Ability to work well with others with a professional demeanor and a smile: always.") == []


def test_a_generic_label_inside_a_heading_section_starts_the_part_it_leans_to():
    """dev 0184 (judged: S102 wrong): "Job description:" run on under "## Requirements" gives the
    duties; a generic label leaning to the heading's own kind changes nothing."""
    text = ("# Installers\n\n## Requirements\n\nValid driver's license. Able to lift 65 lbs.Job description: Loading/ "
            "unloading trucks, installing/ dismantling equipment at job sites.\n")
    found = detect(text)
    assert "responsibilities" in kinds(found)
    assert "requirements" in kinds(found, "heading")
    same = ("# Installers\n\n## Duties\n\nLoad trucks. Job description: Loading/ unloading trucks, installing/ "
            "dismantling equipment at job sites.\n")
    assert [s.kind for s in detect(same) if s.kind == "responsibilities"] == ["responsibilities"]


@pytest.mark.parametrize("sentence, intro", [
    # the employer says what it is while saying whom it seeks (dev 0263, labelled intro)
    ("Kerns Fine Jewelry, a distinguished name in luxury timepieces and exquisite jewelry, is currently seeking a "
     "skilled Watchmaker to join our esteemed team.", True),
    ("Gulfcoast Legal Services, a nonprofit civil legal aid provider, is seeking one full-time staff attorney.", True),
    # naming the employer only (the independent labeller's calls on dev 0074 and 0235)
    ("Anderson Insurance Associates, an independent insurance agency, is seeking experienced individuals.", False),
    ("Hyatt Place Fredericksburg-Mary Washington is currently seeking a Director of Sales to join its team.", False),
    ("We are looking for a passionate engineer to join our company.", False),
    ("Our client, a leading provider of software for hospitals and clinics, has an opening.", False),
])
def test_an_employer_that_says_what_it_is_while_hiring_gives_an_intro(sentence, intro):
    assert ("intro" in C.sentence_kinds(sentence)) is intro


@pytest.mark.parametrize("sentence, intro", [
    # tts_join 0619 (labelled intro): what kind of body the employer is
    ("The Centers of Excellence (CoE) is an office within TTS that was created to accelerate the modernization "
     "of IT.", True),
    ("Fraser is a nonprofit that serves families across Minnesota.", True),
    ("This is a position within the data team.", False),  # the job, not the employer
    ("The role is a position in the office of the CIO.", False),
])
def test_an_employer_that_says_what_kind_of_body_it_is(sentence, intro):
    assert (C._intro_score(sentence, None) >= 1.2) is intro


@pytest.mark.parametrize("sentence, is_cta", [
    ("Applications are submitted through Workday.", True),
    ("Candidates should send their portfolio to Jane at jane@acme.com.", True),
    ("Send resumes to #EMAIL_0687b9#", True),
    ("Qualified candidates may send resumes to the address below.", True),
    ("Complete the online application at acme.com.", True),
    ("Stop by our store to fill out an application.", True),
    ("Call 555-1234 to schedule an interview.", True),
    ("Walk-ins welcome.", True),
    # near-misses: a recruiter's or clerk's duties, privacy and equal-opportunity boilerplate
    ("Send resumes to hiring managers and schedule interviews.", False),
    ("Help customers complete the application for a loan.", False),
    ("Applications submitted will be handled according to our privacy policy.", False),
    ("Personal information you submit with your application is used only for recruitment.", False),
])
def test_where_applications_go_said_in_running_text(sentence, is_cta):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is is_cta


@pytest.mark.parametrize("sentence, duty", [
    ("You will manage the front desk and greet visitors.", True),
    ("The Office Manager will oversee daily operations.", True),
    ("You’ll be coordinating shipments across three warehouses.", True),
    ("This role will lead the data team.", True),
    # "you will" with a verb that as often says something else, or not a work verb at all
    ("You will work in a friendly, supportive team.", False),
    ("You will start on Monday.", False),
    ("You will meet the whole team in your first week.", False),
    ("You will receive paid training.", False),
    ("You will join a growing company.", False),
    ("You’ll help us grow.", False),
    ("The company will provide a laptop.", False),  # the employer, not the hire
    ("You will report to the Director of Communities.", False),  # the reporting line
    ("This role will provide opportunities to network with leaders.", False),  # what the hire gets
    ("You’ll be working with smart people.", False),
    ("We are looking for passionate engineers, that are eager to solve problems.", False),
])
def test_the_hire_or_the_role_with_a_work_verb_states_the_duties(sentence, duty):
    assert ("responsibilities" in C.sentence_kinds(sentence)) is duty


def test_an_opening_paragraph_that_says_who_the_employer_is_and_whom_it_seeks_gives_both():
    text = ("# Barista\n\nYou will prepare drinks, serve customers and clean the counters on the morning shift at "
            "our Leeds shop. Our company was founded in 1998.\n\n## Requirements\n\n- Two years in a cafe\n")
    found = kinds(detect(text))
    assert {"intro", "responsibilities"} <= found
    # near-miss: an opening paragraph with no clear sentence about the employer stays one unit
    plain = ("# Nurse\n\nWe are looking for a registered nurse to run our evening triage desk. "
             "The desk is busy on weekdays.\n\n## Requirements\n\n- A nursing licence\n")
    assert "intro" not in kinds(detect(plain))


@pytest.mark.parametrize("sentence, duty", [
    ("Your day-to-day will include scheduling and filing.", True),
    ("A typical day involves three site visits.", True),
    ("Key tasks include data entry and filing.", True),
    ("Our work includes building bridges.", False),  # the employer's work
    ("Your work will be recognised.", False),
    ("Your role is vital to our success.", False),
])
def test_the_hires_day_described_states_the_duties(sentence, duty):
    assert ("responsibilities" in C.sentence_kinds(sentence)) is duty


def test_a_passing_word_in_a_split_opening_paragraph_starts_no_other_part():
    # dev 0548 (cds, Government of Canada): the product's description names "changes in benefits"
    # as an example notification; the opening paragraph is split to find the intro, and that
    # sentence must not become a benefits section
    text = ("# Temp Software Developer\n\n## Summary\n\nNotify is a SaaS platform that allows organizations "
            "to send email and text message notifications. Examples include: confirmation emails, changes "
            "in benefits, or authentication codes.\n\n## Duties\n\n* Code new features and fixes\n")
    found = kinds(detect(text))
    assert "intro" in found and "benefits" not in found
    # the same sentence in a later paragraph of its own is read as before: a long list of perks is benefits
    perks = ("# Barista\n\nWe are a family-run cafe in Leeds, open since 1998. You will serve customers.\n\n"
             "We offer: free lunches, a pension, 28 days of paid holiday and health insurance.\n")
    assert "benefits" in kinds(detect(perks))


# -- sections6: flattened label runs, the employer line, accommodation contacts ---------------------

@pytest.mark.parametrize("sentence", [
    # dev 0310: a flattened ad's last label, glued to the final requirement
    "Submit resume to: nanderson@anchorage.net",
    "Send your resume to: jobs@acme.com",
])
def test_a_cv_sent_to_an_address_after_a_colon_is_how_to_apply(sentence):
    assert "how-to-apply" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Send resumes to: hiring managers weekly",  # a recruiter's duty, no address
    "Forward resumes to hiring managers.",
])
def test_resumes_forwarded_as_a_duty_are_not_how_to_apply(sentence):
    assert "how-to-apply" not in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "If you need an accommodation to apply, contact hr@acme.com.",
    "Individuals needing accommodation to apply should call 555-555-1234.",
    "To request an accommodation during the application process, email accommodations@acme.com.",
    "Applicants who need a reasonable accommodation to complete the application process may contact careers@acme.com.",
])
def test_how_to_ask_for_an_accommodation_to_apply_is_eeo_not_how_to_apply(sentence):
    found = C.sentence_kinds(sentence)
    assert "how-to-apply" not in found and "eeo" in found


@pytest.mark.parametrize("sentence", [
    # an instruction to apply stays one with an accommodation clause beside it
    "Apply online at acme.com/jobs, and tell us if you need an accommodation to apply.",
    "Please send your resume to jobs@acme.com; if you need an accommodation during the interview, let us know.",
])
def test_apply_instructions_beside_an_accommodation_clause_stay_how_to_apply(sentence):
    assert "how-to-apply" in C.sentence_kinds(sentence)


def test_an_accommodation_contact_alone_leaves_the_ad_without_how_to_apply():
    # dev 0463: the only address in the ad is for accommodation requests
    text = ("# Sales Associate\n\nHelp customers choose guitars and amplifiers.\n\n"
            "If you are a qualified individual with a disability and are unable to use our website, you may "
            "request a reasonable accommodation by sending an email to recruiting@acme.com\n")
    found = kinds(detect(text))
    assert "how-to-apply" not in found and "eeo" in found


@pytest.mark.parametrize("sentence", [
    # dev 0330: the employer line after a run of labels on the same line
    "Experience Level: No Experience Required, 1-4 years We are a rising law firm located in Philadelphia, "
    "seeking a Bilingual Legal Assistant to join our team.",
    "We're a family-owned bakery in Leeds looking for an early-shift baker.",
    "We are a small nonprofit organization based in Ohio, hiring a grant writer.",
])
def test_the_employer_saying_what_it_is_while_it_seeks_someone_is_intro(sentence):
    assert "intro" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "We are looking for a company driver to deliver parts.",  # no body named: the role only
    "We are a team of nurses looking for a charge nurse.",  # a team, not what the employer is
    "We are seeking a restaurant manager.",
    "Hyatt Place Fredericksburg is currently seeking a Director of Sales.",  # naming only
])
def test_whom_the_employer_seeks_without_saying_what_it_is_is_not_intro(sentence):
    assert "intro" not in C.sentence_kinds(sentence)


def test_a_named_employer_with_a_long_bracketed_name_and_apposition_is_an_intro():
    # dev 0380: the name spelt out in brackets and a long apposition before the verb
    text = ("# Community Manager\n\nAre you looking to join a company that values a supportive culture? "
            "CAMS (Community Association Management Services), one of the fastest-growing HOA management "
            "companies in the southeastern US, was founded on the simple idea that people come first.\n\n"
            "## Responsibilities\n\n- Prepare and present budgets to your boards\n")
    assert "intro" in kinds(detect(text))


def test_a_glued_company_label_opens_the_intro():
    # dev 0207: "CompanyCapstone, a fast-growing ...", the label glued to the employer's name
    text = ("# Project Manager\n\nCompanyCapstone, a fast-growing, private equity-owned pharmaceutical company; "
            "develops complex generic products, located in Rosemont, IL. OverviewResponsible for supporting our "
            "commercial portfolio.\n")
    assert "intro" in kinds(detect(text))
    # near-miss: a "Company:" label with only a name under it leans nowhere
    plain = ("# Supervisor\n\nCompany:  Pacific Architectural Wood Products, LLC.  Job Title:  Pre-Finish Supervisor  "
             "Job Summary: The Supervisor will directly supervise and coordinate the activities of the Spray Booth.\n")
    assert "intro" not in kinds(detect(plain))


@pytest.mark.parametrize("text, pieces", [
    # a capitalised word or a short prefix running into a capital is a name, kept whole
    ("Leepfrog Technologies' CourseLeaf software is used by universities.", 1),
    ("The JavaScript Developer is primarily responsible for coding.", 1),
    ("Work at McDonald's or on an iPhone app.", 1),
    ("Use HubSpot and QuickBooks daily.", 1),
    # glued items still split: a lower-case word, or a right part that opens an item
    ("our customersSkills include", 2),
    ("Proficient in ExcelStrong communication skills", 2),
    ("Experience with PythonManage the team", 2),
    ("Job SummaryThe Supervisor will lead.", 2),
    ("ResponsibilitiesOperate forklift safely", 2),
    ("CompanyAcme, a fast-growing bakery", 2),  # a label glued to its text
    ("Role OverviewThe Analyst will", 2),
])
def test_a_glued_break_never_splits_a_camelcase_name(text, pieces):
    assert len(C.sentences_of(text, 0, len(text))) == pieces


def test_sentences_of_only_joins_breaks_with_no_gap():
    # every piece sentences_of gives is sentence_spans' pieces, some joined where they touched
    text = "We use CourseLeaf daily. Our customersSkills matter.The JavaScript team is here"
    spans, joined = SP.sentence_spans(text, 0, len(text)), C.sentences_of(text, 0, len(text))
    assert joined[0][0] == spans[0][0] and joined[-1][1] == spans[-1][1]
    assert {e for _, e in joined} <= {e for _, e in spans} and {s for s, _ in joined} <= {s for s, _ in spans}


def test_an_intro_whose_subject_is_a_camelcase_product_is_kept():
    # dev 0670 (labelled intro): the glued break had split "CourseLeaf" and lost the subject
    text = ("# JavaScript Developer\n\nLeepfrog Technologies' CourseLeaf software is used by over two hundred "
            "universities to manage their online academic catalogs.\n\nThe JavaScript Developer is primarily "
            "responsible for designing and coding client websites.\n")
    found = kinds(detect(text))
    assert {"intro", "responsibilities"} <= found


def test_the_employer_line_after_a_run_of_glued_labels_is_intro():
    # a flattened ad: labels glued to each other, then the summary names the employer before the role
    text = ("# Sanitation Supervisor\n\nLocation: Stanton, CaliforniaStatus and Classification: Full-Time and "
            "Non-ExemptReports to: Quality AssuranceSchedule: Full time, Monday - Friday (6am - 2:30pm)Pay rate: "
            "$25 - $27Job SummaryStanton Foods is a family-owned snack manufacturer serving grocers across "
            "California. The Sanitation Supervisor is responsible for maintaining the cleanliness of the facility. "
            "Key Responsibilities and DutiesInspect the manufacturing process.Coordinate cleaning schedules."
            "QualificationsThree years of experience in sanitation.\n")
    assert {"intro", "responsibilities", "requirements", "pay"} <= kinds(detect(text))
    # near-miss: the same run with a role summary only has no intro
    role_only = text.replace("Stanton Foods is a family-owned snack manufacturer serving grocers across "
                             "California. ", "")
    assert "intro" not in kinds(detect(role_only))


def test_a_question_between_duties_is_not_an_intro():
    # dev 0543: a question line (intro wording: "work in") between two runs of duties
    text = ("# Product Manager\n\nYou will plan releases and manage the product backlog.\n\n"
            "*What is it like to work in Platform?*\n\n"
            "You will run user research with the team every week.\n")
    assert "intro" not in kinds(detect(text))


@pytest.mark.parametrize("line, duty", [
    ("Work Remotely", False),  # a job-board fact (dev 0297), not "work" as a duty
    ("Design Awards", False),
    ("Lead Generation Toolkit", False),
    ("Manage the front desk", True),
    ("Design and build the new warehouse racking", True),
    ("Support Customers", False),  # a title line: too little to call a duty on its own
])
def test_a_title_case_item_is_a_name_not_a_duty(line, duty):
    assert C._sentence_scores(line)[0] is duty


def test_a_list_of_products_after_the_intro_is_not_the_duties():
    text = ("# Account Manager\n\nAcme Software builds scheduling tools for dental clinics across Ohio.\n\n"
            "Our products:\n\n- Schedule Pro\n- Track Suite\n- Design Awards Kit\n\n"
            "## Requirements\n\n- Two years in account management\n")
    assert "responsibilities" not in kinds(detect(text))
    # near-miss: the same list written as duties is the duties
    duties = text.replace("- Schedule Pro\n- Track Suite\n- Design Awards Kit",
                          "- Manage client accounts\n- Track renewals in the CRM\n- Design onboarding plans")
    assert "responsibilities" in kinds(detect(duties))


@pytest.mark.parametrize("sentence, apply", [
    ("Please call Maria at 555-123-4567 to schedule an interview.", True),
    ("Contact Jo at jo@acme.com to arrange an interview.", True),
    ("Reply to this ad with your resume.", True),
    ("Contact the client at least weekly to schedule an interview with the press.", False),
    ("Call customers at their homes to schedule service visits.", False),
])
def test_a_named_contact_with_a_number_to_book_an_interview_is_how_to_apply(sentence, apply):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is apply


@pytest.mark.parametrize("sentence, about", [
    ("At Acme Heating, we have kept Dayton homes warm for 25 years.", True),  # the name as a frame
    ("At home, we relax.", False),
    ("At this time, we are not accepting calls.", False),
    ("At Acme, you will lead the service team.", False),  # to the hire
])
def test_an_employer_sentence_may_open_with_the_employers_name_as_a_frame(sentence, about):
    assert C._about_employer(sentence, sentence.lower()) is about


def test_an_opening_with_the_employer_framed_by_at_gives_the_intro():
    text = ("# Service Technician\n\nAt Acme Heating, we have kept Dayton homes warm for 25 years. We are looking "
            "for a service technician who can diagnose furnaces.\n\n## Requirements\n\n- EPA certification\n")
    assert "intro" in kinds(detect(text))


@pytest.mark.parametrize("sentence, benefit", [
    ("The Dental Nurse supports the dentist during treatments.", False),
    ("The Pension Administrator processes member queries.", False),
    ("Join us as a Wellness Coach.", False),
    ("The Vision Insurance Specialist answers calls from members.", False),
    # offered to the hire, in title case or not
    ("You will get dental and vision insurance.", True),
    ("Competitive Salary, Dental Insurance, Paid Time Off", True),
    ("Dental Plan and Pension Scheme", True),
])
def test_a_benefit_word_in_a_job_title_is_not_a_perk(sentence, benefit):
    assert (C.block_scores(sentence, "paragraph")["benefits"] > 0) is benefit


@pytest.mark.parametrize("sentence, benefit", [
    # the subject matter of a duty, as block_scores already read it
    ("You will process pension transfers and answer members' questions about their benefits.", False),
    ("Administer health insurance and pension enrolments for 300 staff.", False),
    # offered, even beside a duty word
    ("You will receive a pension, health insurance and 25 days' holiday.", True),
    ("We offer medical, dental and a 401(k).", True),
])
def test_a_sentence_is_a_benefit_only_when_it_offers_one(sentence, benefit):
    assert ("benefits" in C.sentence_kinds(sentence)) is benefit


@pytest.mark.parametrize("sentence, requirement", [
    ("A full UK driving licence is essential.", True),
    ("Experience of Sage payroll is essential.", True),
    ("Food hygiene level 2 is mandatory.", True),
    ("You will carry out the essential functions of the role.", False),
])
def test_a_person_specification_says_essential(sentence, requirement):
    assert (C._REQ_STRONG.regex.search(sentence) is not None) is requirement


# sections7: classes from the third new labeller's ads (tests/data/sections_labels_blind3.json),
# each written here in our own words, with near-misses.

@pytest.mark.parametrize("sentence, benefits", [
    # soft perks offered in running text: two of them and an offer
    ("We offer flexible hours plus a training budget.", True),
    ("As well as a competitive salary, we provide mentoring and paid training.", True),
    ("Our staff get free parking and a discount at our stores.", True),
    ("Acme provides mentorship, coaching and professional development opportunities to every new hire.", True),
    ("You'll get 25 days' holiday and a pension.", True),
    # near-misses: what the business sells, a duty, one soft word, a role's name
    ("Acme provides professional development and training programs to schools.", False),
    ("Provide coaching and mentorship to five direct reports.", False),
    ("We offer flexible hours.", False),
    ("Experience in case management or mentorship programs is a plus.", False),
])
def test_soft_perks_offered_in_running_text_are_benefits(sentence, benefits):
    assert ("benefits" in C.sentence_kinds(sentence)) is benefits


def test_a_closing_list_of_soft_perks_without_a_heading_is_benefits():
    # the shape of EMSCAD ads whose '## Benefits' line is gone: perks glued into one paragraph
    text = ("# Marketing Analyst\n\nNorthwind is a games studio in Lyon with 40 staff.\n\n"
            "Your tasks will be: Manage paid campaigns.Analyse campaign results.Report to the CMO.\n\n"
            "At least 2 years of experience in a similar positionFluent EnglishStrong Excel skills.\n\n"
            "Join a young and dynamic teamCareer evolution opportunitiesA friendly working environment "
            "with curious, passionate and open-minded colleaguesLive by the sea!\n")
    assert "benefits" in kinds(detect(text))
    # near-miss: the same paragraph of wants is no perk
    wants = text.replace("Join a young and dynamic teamCareer evolution opportunitiesA friendly working environment "
                         "with curious, passionate and open-minded colleaguesLive by the sea!", "A driving licence is required.Weekend work is expected.")
    assert "benefits" not in kinds(detect(wants))


@pytest.mark.parametrize("sentence", [
    "Insurance domain knowledge certification",
    "Experience with insurance underwriting software",
])
def test_insurance_as_the_jobs_subject_is_not_a_benefit(sentence):
    assert C.block_scores(sentence, "list_item", sentence=True)["benefits"] == 0
    assert C.block_scores("Health insurance and a pension", "list_item", sentence=True)["benefits"] > 0


@pytest.mark.parametrize("sentence, eeo", [
    ("We encourage members of traditionally underrepresented communities to apply, including women and people of color.", True),
    ("We value diversity and welcome applications from all.", True),
    ("We welcome applications from people of all backgrounds.", True),
    ("Applications from women, people of colour and disabled people are particularly welcome.", True),
    ("We are an inclusive employer and welcome applicants regardless of background.", True),
    ("If you need any adjustments during the interview process, let us know.", True),
    ("We do not discriminate against anyone.", True),
    # near-misses: reach, not a welcome to groups; adjusting the work, not the process
    ("We welcome applications from all over the world.", False),
    ("We encourage customers to apply for a loyalty card.", False),
    ("Make adjustments to the machine settings as needed.", False),
    ("We welcome all applicants.", False),
])
def test_eeo_said_as_a_welcome_or_an_adjustment_in_one_sentence(sentence, eeo):
    assert ("eeo" in C.sentence_kinds(sentence)) is eeo


@pytest.mark.parametrize("sentence, apply", [
    ("To show you read this far, add the word 'lantern' to your response.", True),
    ("Please mention code JD-42 in your application.", True),
    ("Include your availability at the top of your cover letter.", True),
    ("Ability to apply innovative tools and technologies.", False),
    ("Able to apply accounting principles to complex transactions.", False),
    ("Able to apply online? Send your CV to jobs@acme.com.", True),
    ("Add value to every client meeting.", False),
])
def test_what_to_put_in_the_application_is_how_to_apply_and_the_skill_of_applying_is_not(sentence, apply):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is apply


@pytest.mark.parametrize("line, duty", [
    ("Clean driving record", False),
    ("Track record of closing six-figure deals", False),
    ("Clean the kitchen and dining room after each service", True),
    ("Track shipments and update the stock records", True),
])
def test_a_requirement_phrase_opening_an_item_is_not_a_duty_verb(line, duty):
    assert C._sentence_scores(line)[0] is duty


def test_requirements_in_a_duties_run_after_a_glued_label_are_requirements():
    text = ("# Sales Consultant\n\nWe are a family car dealership in Ames, Iowa, open since 1970.\n\n"
            "ResponsibilitiesGreet customers on the lotDemonstrate vehicle featuresFollow up with prospective buyers"
            "Excellent verbal and written communication skillsPositive attitude and attention to detail"
            "Valid driver's licenseBackground checkClean driving recordMust pass drug screen\n")
    found = kinds(detect(text))
    assert {"responsibilities", "requirements"} <= found


@pytest.mark.parametrize("sentence, pay", [
    ("Our top representatives make over $350K/ year.", False),
    ("Top performers earn $120,000 or more.", False),
    ("Our best drivers earn over $1,500 a week.", False),
    ("Our drivers earn $25 an hour.", True),  # what the staff in this job earn: the pay
    ("Top rate $25 an hour for weekend shifts.", True),
])
def test_what_the_best_earn_is_not_this_jobs_pay(sentence, pay):
    assert ("pay" in C.sentence_kinds(sentence)) is pay


@pytest.mark.parametrize("sentence, location", [
    ("Location: Anyplace with an internet connection.", True),
    ("Hybrid: three days a week in our Leeds office.", True),
    ("Work from home", True),
    ("Located In Downtown Denver", True),
    ("Relocation: not offered", False),
    ("Find it anywhere in the code.", False),
])
def test_location_wording_is_read_in_any_case(sentence, location):
    assert ("location" in C.sentence_kinds(sentence)) is location
    assert bool(C.LOCATION.search(sentence)) is location


def test_a_time_commitment_gives_the_hours():
    assert "schedule" in C.sentence_kinds("Time commitment: about ten minutes a week.")


def test_the_third_labellers_ads_keep_their_floor(dev_corpus):
    """The 30 dev ads of the third new labeller (tests/data/sections_labels_blind3.json, tuning
    data since sections7): every kind keeps F1 >= 0.9 (benefits .857, eeo .923 before sections7;
    1.0 for every kind after). Scored as scripts/eval_sections.py --blind3 does.

    How-to-apply (sections39) keeps .88: two of its ten labels are calls this labeller made against session 35's
    labelling conventions (docs/section-labelling.md: a channel or application instructions), 0428 (an equal-opportunity
    sentence encouraging groups to apply, labelled "eeo and how-to-apply") and 0649 (a link to be told when applications
    open, no way to apply now: mend35); session 35's own labellers label both classes no."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_sections.py"
    spec = importlib.util.spec_from_file_location("eval_sections", path)
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    result = ev.score_labels(dev_corpus.parent, SYNONYMS, False, ev.BLIND3)
    assert result["ads"] == 30
    for kind, (tp, fp, fn, _tn) in result["counts"].items():
        assert ev.prf(tp, fp, fn)[2] >= (0.88 if kind == "how-to-apply" else 0.9), kind


@pytest.mark.parametrize("heading, expected", [
    # benefits under headings that speak to the reader
    ("In return, we offer", ["benefits"]),
    ("What you'll get", ["benefits"]),
    ("Why you'll love working here", ["benefits"]),
    ("How we'll support you", ["benefits"]),
    ("Rewards and recognition", ["benefits"]),
    # near-misses: the work offered as a chance is the duties
    ("What you'll get to do", ["responsibilities"]),
    ("What you get to work on", ["responsibilities"]),
    # a closing call as a heading
    ("Sound like you?", ["how-to-apply"]),
    ("What happens next", ["how-to-apply"]),
    ("Pay rate", ["pay"]),
])
def test_headings_that_speak_to_the_reader(heading, expected):
    assert H.heading_kinds(heading, SYNONYMS) == expected


def test_a_perks_list_under_a_reader_facing_heading_is_benefits():
    text = ("# Barista\n\nYou will make coffee and serve customers.\n\n## In return, we offer\n\n"
            "- A free drink every shift\n- Tips shared weekly\n")
    assert "benefits" in kinds(detect(text, "t.md"), "heading")


@pytest.mark.parametrize("sentence, pay", [
    # someone else's money, or money that is not pay
    ("Earn up to $5,000 in annual bonuses.", False),
    ("You'll receive a $1,500 annual learning budget.", False),
    ("A $200 monthly stipend for your phone and internet.", False),
    ("Our clients pay $150 per hour for our services.", False),
    ("The average salary for this role in the industry is $60,000.", False),
    # near-misses that are this job's pay
    ("A $1,500 monthly stipend for the summer internship.", True),
    ("$90,000 base salary plus bonus.", True),
    ("$15 per hour plus tips.", True),
    ("We pay $25 per hour and clients pay nothing.", True),
    ("Salary: $120,000 - $175,000 DOEGenerous Annual BonusesMedical, Dental", True),  # glued (dev 0254)
])
def test_a_figure_that_is_not_this_jobs_pay_makes_no_pay_section(sentence, pay):
    assert ("pay" in C.sentence_kinds(sentence)) is pay


@pytest.mark.parametrize("sentence, eeo", [
    # equal opportunity in other words, as translated ads often put it
    ("We are an equal-opportunity employer.", True),
    ("We guarantee equal treatment of all applicants.", True),
    ("Severely disabled applicants will be given preference in case of equal qualification.", True),
    ("Applications from people with disabilities are welcome.", True),
    ("We are committed to equal opportunities.", True),
    ("We are committed to creating a diverse and inclusive workplace.", True),
    ("We consider all applicants without distinction of origin, gender or age.", True),
    ("Qualified women and minorities are encouraged to apply.", True),
    ("We do not tolerate discrimination of any kind.", True),
    ("Please tell us about any access needs you have.", True),
    # near-misses: duties, pay, the employer's clients or classes, a schedule
    ("Ensure equal treatment of customers in all branches.", False),
    ("Investigate complaints of discrimination and harassment.", False),
    ("Equal pay for equal work.", False),
    ("Students from all backgrounds are welcome in our classes.", False),
    ("Our clients include women-owned businesses and veterans, who are welcome at our events.", False),
    ("Let us know about any adjustments to the delivery schedule.", False),
])
def test_eeo_in_other_words(sentence, eeo):
    assert ("eeo" in C.sentence_kinds(sentence)) is eeo


@pytest.mark.parametrize("sentence, benefit", [
    # benefits in other countries' words and newer perks, each named outright
    ("Private medical cover and life assurance.", True),
    ("Cycle to work scheme and season ticket loan.", True),
    ("Meal vouchers and transport allowance.", True),
    ("Medical aid and provident fund.", True),
    ("A four-day week and summer hours.", True),
    ("13th month salary.", True),
    ("Home office stipend.", True),
    # near-misses: the sector, a duty, the employer's own budget
    ("Arms Acres is a private health care system located in Carmel, NY.", False),  # dev 0427
    ("We are a healthcare company serving rural clinics.", False),
    ("Sell medical cover to small businesses.", False),
    ("Manage the equipment budget for the lab.", False),
])
def test_benefits_named_in_other_countries_words(sentence, benefit):
    assert (C.block_scores(sentence, "list_item", sentence=True)["benefits"] > 0) is benefit


@pytest.mark.parametrize("sentence, apply", [
    # how to apply in other words
    ("Walk in interview on Saturday.", True),
    ("Come in for an interview any weekday between 2 and 4pm.", True),
    ("Please quote reference JD123 when applying.", True),
    ("Fill in the form below.", True),
    ("Please include a link to your GitHub.", True),
    ("Whatsapp your CV to +91 98765 43210.", True),
    ("Visit acme.com/careers to learn more and apply.", True),
    ("We look forward to receiving your application.", True),
    # near-misses: duties and other senses of the same words
    ("Fill out the form for each patient visit.", False),
    ("Include your manager in the email.", False),
    ("Upload customer documents to the portal.", False),
    ("Visit clients on site and apply treatments.", False),
    ("Review applications when applying the new policy.", False),
])
def test_how_to_apply_in_other_words(sentence, apply):
    assert ("how-to-apply" in C.sentence_kinds(sentence)) is apply


@pytest.mark.parametrize("sentence, pay", [
    ("Up to £35,000 DOE.", True),  # "depending on experience" marks the figure as pay
    ("CTC up to ₹8,00,000.", True),  # cost to company: Indian pay
    ("Up to £35,000 in grants for local projects.", False),
    ("Jane Doe raised $2 million for the charity.", False),
])
def test_doe_and_ctc_mark_a_figure_as_pay(sentence, pay):
    assert ("pay" in C.sentence_kinds(sentence)) is pay


# sections8: classes behind the fourth new labeller's misses (tests/data/sections_labels_blind4.json),
# each tested on sentences of our own, both ways.

@pytest.mark.parametrize("sentence, intro", [
    # the employer told by its kind, as the subject of what it does
    ("In addition to treatment, the practice offers psychological assessments for surgery candidates.", True),
    ("The firm has advised family-owned businesses in Ohio since 1990.", True),
    ("The charity runs two food banks and a night shelter.", True),
    ("Our clinic treats around 200 patients a week.", True),
    # or pointed at in one line, also after a break the splitter does not take
    ("This is bp south st gas station .", True),
    ("i need full or part time help...This is a family-run bakery on Main Street.", True),
    # near-misses: the job, the hire's offer, whom it seeks, where it is, a duty about the company
    ("This is a full-time position with a growing company.", False),
    ("This is a great opportunity to join a growing company.", False),
    ("The company offers a competitive benefits package.", False),
    ("The company offers you 25 days of annual leave.", False),
    ("The company is seeking a delivery driver.", False),
    ("The office is located at 1810 16th Street.", False),
    ("You will learn the products the company sells.", False),
    ("The practice manager and the company directors review every case.", False),
])
def test_the_employer_told_by_its_kind(sentence, intro):
    assert (C._intro_score(sentence, None) > 0) is intro


@pytest.mark.parametrize("sentence, perk", [
    # flexible or remote work offered
    ("This position provides hybrid telework opportunities, with the possibility of working remotely up to one day per week.", True),
    ("We offer flexible working arrangements and the option to work from home on Fridays.", True),
    # autonomy over one's time, though 'set' is a duty verb
    ("Set your own hours and have full decision making over your schedule.", True),
    # other countries' words, offered
    ("We offer superannuation paid on top and a rostered day off every second Friday.", True),
    ("Medical aid and provident fund contributions, plus a 13th cheque in December.", True),
    ("Accommodation and transport provided at site, plus an annual air ticket home.", True),
    # the staff's social life, in the imperative to the reader
    ("Enjoy our on-tap beer in the kitchen, and regular social gatherings.", True),
    # near-misses: what the applicant must have, a duty, where the team is, a requirement
    ("***Must have his/her OWN RELIABLE CAR and CAR INSURANCE***", False),
    ("Must hold a valid licence and your own public liability insurance.", False),
    ("Provide mentorship and guidance to team members and other designers.", False),
    ("You will join a fully distributed team and can work from anywhere in Canada.", False),
    ("Enjoy working with people and solving problems.", False),
    ("Process superannuation payments and reconcile the payroll each month.", False),
    ("Manage your own diary of client visits across the region.", False),
    # perks named by their nouns alone
    ("Staff canteen with subsidised meals.", True),
    ("Annual pay review and long-service awards.", True),
    ("Company sick pay after probation.", True),
    ("Employee wellbeing programme and mental health first aiders.", True),
    # near-misses: a payroll duty, the residents' wellbeing
    ("Process sick pay and maternity pay for 300 staff.", False),
    ("Support the wellbeing of residents at mealtimes.", False),
])
def test_perks_of_more_shapes(sentence, perk):
    assert (C.block_scores(sentence, "list_item", sentence=True)["benefits"] > 0) is perk


def test_a_benefits_sentence_made_of_flexible_work():
    assert "benefits" in C.sentence_kinds(
        "This position provides hybrid telework opportunities, with the possibility of working remotely up to one day per week.")
    assert "benefits" not in C.sentence_kinds("Hybrid: three days a week in our Leeds office.")
    assert "benefits" in C.sentence_kinds("Set your own hours and have full decision making over your schedule")
    assert "benefits" not in C.sentence_kinds("Set up the schedule for the week and book the drivers' hours")


def test_an_ad_that_points_at_its_employer_has_an_intro():
    text = ("# Cashier\n\ni need full or part time help...This is bp south st gas station .must work weekend .\n\n"
            "Gas station experience required.\n")
    assert "intro" in kinds(detect(text))
    text = "# Cashier\n\nThis is a part-time position. You will serve customers at the till.\n"
    assert "intro" not in kinds(detect(text))


def test_a_perk_a_requirement_owns_makes_no_benefits_section():
    text = ("# Field Technician\n\nPay rate $23/hr\n\n***Must have his/her OWN RELIABLE CAR and CAR INSURANCE***\n\n"
            "Key Responsibilities:\n\n- Repair laptops and desktops at client sites\n- Replace hard drives and keyboards\n")
    assert "benefits" not in kinds(detect(text))


def test_the_fourth_labellers_ads_keep_their_floor(dev_corpus):
    """The 30 dev ads of the fourth new labeller (tests/data/sections_labels_blind4.json, tuning
    data since sections8): every kind keeps F1 >= 0.95 (benefits .846, intro .950 before sections8;
    benefits .963, intro .976 after). Scored as scripts/eval_sections.py --blind4 does."""
    from conftest import load_script

    ev = load_script("eval_sections")
    result = ev.score_labels(dev_corpus.parent, SYNONYMS, False, ev.BLIND4)
    assert result["ads"] == 30
    for kind, (tp, fp, fn, _tn) in result["counts"].items():
        assert ev.prf(tp, fp, fn)[2] >= 0.95, kind


def test_a_bullet_glued_to_the_item_before_it_breaks_for_section_detection():
    """A list flattened into one line with its bullets glued on ("(ages 18+)• Ability ..."):
    section detection reads each item (blind4 0434, indep 0179); a bullet with a space before it
    was a break already, and a rule's sentence (sentences.py) is left as it was."""
    text = "• Treat adults (ages 18+)• Set your own hours• Keep notes up to date"
    assert [text[a:b] for a, b in C.sentences_of(text, 0, len(text))] == [
        "• Treat adults (ages 18+)", "Set your own hours", "Keep notes up to date"]
    # near-misses: no glued bullet, or a bullet after a space, split as sentence_spans does
    for plain in ("Python • SQL • Docker", "Manage the rota and the stock. Keep the shop clean."):
        assert C.sentences_of(plain, 0, len(plain)) == SP.sentence_spans(plain, 0, len(plain))


def test_a_perk_inside_a_flattened_duty_list_is_found():
    """Shaped like blind4 0434: one paragraph, the role's items glued on with bullets, a pitch line
    and perks among the duties."""
    items = ["Use evidence based interventions to treat adults (ages 18+)",
             "Ability to see teenagers as well is desired, but not required",
             "Clients present with a wide array of challenges including anxiety, depression and trauma",
             "In addition to treatment, the practice offers psychological assessments for surgery candidates",
             "Set your own hours and have full decision making over your schedule",
             "Keep the majority of your earnings",
             "Complete notes on time and in accordance with the guidelines of the profession",
             "Attend practice meetings, which are typically 30 to 60 minutes"]
    text = ("# Psychologist\n\nWe are seeking a psychologist to join our practice as a part-time contractor. "
            "This role is fully virtual.\nRole Description\n• " + "• ".join(items) + "\n")
    found = kinds(detect(text))
    assert {"intro", "benefits", "responsibilities"} <= found
    plain = text.replace("• " + items[3], "").replace("• " + items[4], "")
    assert not {"intro", "benefits"} & kinds(detect(plain))


@pytest.mark.parametrize("sentence, intro", [
    # a named organisation after an opening frame of time
    ("For over 30 years, Maple Homes has built energy-efficient houses across Devon.", True),
    ("Since 1990, Acme Foods has supplied bakeries across Ohio.", True),
    # near-misses: a frame before a tool or a job title
    ("For this role, Excel is essential.", False),
    ("Now, Python is a must.", False),
    ("Today, The Store Manager oversees six staff.", False),
])
def test_a_named_employer_after_an_opening_frame(sentence, intro):
    assert (C._intro_score(sentence, None) > 0) is intro


@pytest.mark.parametrize("sentence, intro", [
    # a recruiter's client described in an apposition, then what it needs
    ("My client, a busy independent pharmacy in Croydon, needs a dispenser.", True),
    ("Our client, a family-owned manufacturer of industrial valves, urgently requires a buyer.", True),
    # near-miss: an apposition that only names the employer
    ("Anderson Insurance Associates, an independent agency, needs a clerk.", False),
])
def test_a_recruiters_client_described_then_what_it_needs(sentence, intro):
    assert ("intro" in C.sentence_kinds(sentence)) is intro


@pytest.mark.parametrize("sentence, perk", [
    # what the hire will gain, told as a gain (EMSCAD 0155's 'Benefits' field)
    ("As part of the team, you will gain a wider knowledge in sustainable solutions.", True),
    ("Furthermore you'll get an insight into environmental policies and government schemes.", True),
    # near-misses: what the hire must already have, or will do
    ("You will need experience with Excel and Sage.", False),
    ("You will manage the team and gain new clients.", False),
])
def test_what_the_hire_will_gain(sentence, perk):
    assert (C.block_scores(sentence, "list_item", sentence=True)["benefits"] > 0) is perk


@pytest.mark.parametrize("sentence, perk", [
    # a benefit word in what the employer itself does is its trade
    ("For the past century, the clinic has provided healthcare, including primary and specialty medical and dental care.", False),
    ("Harbour Mutual has provided home and car insurance to families for over a century.", False),
    ("Pulse Fitness runs a gym and a swimming pool in every town it serves.", False),
    # the employer offering perks to its staff stays a perk
    ("Acme offers medical, dental and vision insurance to all employees.", True),
    ("Acme provides dental insurance and a 401(k).", True),
    ("Trident offers a fast-paced, team-oriented work environment with an exceptional compensation and benefits program.", True),
])
def test_a_benefit_word_in_the_employers_own_trade(sentence, perk):
    assert (C.block_scores(sentence, "list_item", sentence=True)["benefits"] > 0) is perk


@pytest.mark.parametrize("sentence, intro", [
    ("Join the team behind the UK's favourite budgeting app.", True),
    ("Everything we do is about getting people home safely.", True),
    ("As a social enterprise, every penny of profit goes back into the community.", True),
    # near-misses: the job as a frame, the hire's work
    ("As a Sales Representative, you will visit clients across the region.", False),
    ("As a team lead, you will run the rota.", False),
    ("Everything you do will be reviewed by a senior colleague.", False),
    ("You will be the person behind our social media.", False),
])
def test_the_employer_as_the_team_behind_its_work(sentence, intro):
    assert (C._intro_score(sentence, None) > 0) is intro


@pytest.mark.parametrize("heading", ["The employer", "Who are we?"])
def test_headings_naming_the_employer_lean_to_the_intro(heading):
    assert H.generic_heading(heading) == "intro"


@pytest.mark.parametrize("sentence, perk", [
    # what the employer gives back, said as support or reward
    ("In return, we will support your professional growth with a dedicated mentor.", True),
    ("You will be rewarded with a great package including private medical insurance.", True),
    # costs paid and sponsorship offered
    ("Plus: paid CPD, indemnity cover and RCVS fees paid.", True),
    ("Paid study leave and exam fees covered.", True),
    ("We pay for your professional membership.", True),
    ("We will sponsor your visa.", True),
    ("Our staff get 20% off everything in store.", True),
    ("Flexible start and finish times.", True),
    # near-misses: sponsorship refused, a duty about fees, a figure that is not a discount
    ("Visa sponsorship is not available for this role.", False),
    ("We cannot sponsor visas.", False),
    ("Collect registration fees paid by members.", False),
    ("You will support the team with 20% of your time.", False),
    ("Increase sales by 15% off the back of the new campaign.", False),
])
def test_perks_given_back_and_costs_paid(sentence, perk):
    assert (C.block_scores(sentence, "list_item", sentence=True)["benefits"] > 0) is perk


@pytest.mark.parametrize("sentence, duty, perk", [
    # hands-on work listed as kitchen, cleaning and warehouse ads list it: a duty, and the
    # everyday nouns in it ("coffee", "lunch") are the work, not perks
    ("Make coffee, serve customers and keep the counter clean.", True, False),
    ("Pick and pack orders using a handheld scanner.", True, False),
    ("Wash pots and prep vegetables for the lunch service.", True, False),
    # near-misses: a perk offered, a requirement
    ("Free coffee and lunch on every shift.", False, True),
    ("Keen to learn and happy to work weekends.", False, False),
    ("Make a difference in a child's life - and your own.", False, False),
])
def test_hands_on_duties(sentence, duty, perk):
    scores = C.block_scores(sentence, "list_item", sentence=True)
    assert (scores["responsibilities"] > 0) is duty
    assert (scores["benefits"] > 0) is perk


def test_whom_the_employer_needs_is_not_its_intro():
    assert C._intro_score("We need an electrician to wire new homes on our Swindon site.", None) == 0
    assert C._intro_score("We build energy-efficient homes across Wiltshire.", None) > 0

_LABEL_TEXTS = [
    "Skills needed: forklift licence", "MINIMUM QUALIFICATIONS: 2 years", "ResponsibilitiesOperate the forklift",
    "RESPONSIBILITIESKnows and follows", "REQUIREMENTS* Use and like", "About us - Tideway Logistics moves goods",
    "Benefits – 25 days' holiday", "... year-end close Qualifications:Construction industry",
    "Note: 10:30 start", "http://example.com", "Sales Manager - London", "demeanorJob description: Loading",
    "\tPerks:\tfree lunch", "  Pay:  $20", "What we offer:\n- gym", "a) Duties: cleaning", "Über uns: wir",
]


def test_inline_label_fast_patterns_find_what_the_plain_ones_do(dev_corpus):
    """The first-character guarded twins (``inline._COLON_FAST`` ...) against their definitions,
    on every block of the dev corpus and on label-shaped text."""
    from jdlint.sections import inline as I

    texts = list(_LABEL_TEXTS)
    for path in sorted(dev_corpus.glob("*.md")):
        document = parse_document(SourceFile(path=path.name, text=path.read_text(encoding="utf-8"), kind="markdown"))
        texts.extend(document.text[b.text_start:b.text_end] for b in document.blocks)
    found = 0
    for fast, plain in ((I._COLON_FAST, I.COLON_LABEL), (I._GLUED_FAST, I.GLUED_LABEL), (I._DASH_FAST, I.DASH_LABEL)):
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == expected, text
            found += len(expected)
    assert found > 1000  # the comparison met real labels
