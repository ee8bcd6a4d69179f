"""Pay figures of every shape and template blanks, by class (issue 14 item 4, third round, helper
coverage): piece rates in cents, decimal commas and the currency after the amount, other
currencies and periods; underscore date masks with separators, fields named in lower case in
brackets, stock names (a stand-in company alone, a stock person or firm only beside another
blank). Each class has near-misses: prices, weights, real names and firms, real brackets
(citations, "[sic]", checkboxes), code. Fixture text is written for these tests.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import jdlint
from jdlint.extract.pay import pay_mentions

ROOT = Path(__file__).resolve().parent.parent


def figures(text: str) -> list[tuple]:
    return [(m.kind, m.text, m.figure.minimum if m.figure else None, m.figure.currency if m.figure else None)
            for m in pay_mentions(text) if m.kind != "vague"]


@pytest.mark.parametrize("text, kind, minimum", [
    ("Pay: 45 cents per piece.", "single", 45.0),
    ("Hourly wage: 12,50 € per hour.", "single", 12.5),
    ("Salary: 2.800 € gross per month.", "single", 2800.0),
    ("Rate: 30 euros an hour.", "single", 30.0),
    ("Pay: ₱18,000 per month.", "single", 18000.0),
    ("Pay: Rs 25,000 per month.", "single", 25000.0),  # ("Rs." ends a sentence for sentences.py)
    ("Salary: INR 4,50,000 per annum.", "single", 450000.0),
    ("Salary: 45.000 € - 52.000 € per year.", "range", 45000.0),
    ("We pay £1,200 per fortnight.", "single", 1200.0),
    ("Pay: 250 pounds per week.", "single", 250.0),
    ("Earn 60 cents per box packed.", "single", 60.0),
    ("Pay: 0.35 $ per item.", "single", 0.35),
    ("You will earn 2 500 € per month.", "single", 2500.0),
    ("Pay: 22 zł per hour.", "single", 22.0),
    ("Pay: £11.44 p/h.", "single", 11.44),
    ("Pay: 95p per parcel delivered.", "single", 95.0),
])
def test_pay_figures_of_every_shape(text, kind, minimum):
    found = figures(text)
    assert found and found[0][0] == kind and found[0][2] == minimum, found


@pytest.mark.parametrize("text", [
    "Must be able to lift 50 pounds.",  # a weight, not pay
    "Must lift up to 50 pounds per day.",
    "Prices start at 2,50 € per coffee.",
    "Tickets cost 8,50 € per person.",
    "About 1,50 metres of cable per socket.",
    "We have 1 500 customers.",
])
def test_not_pay(text):
    assert figures(text) == []


def test_a_step_number_is_not_an_amount():
    # dev ad 0590: "1 $136,908" is step 1, then the figure; "$" after a number only when no digit follows
    found = figures("The salary range is GS-15 Step 1 $136,908 to GS-15 Step 10 $183,500")
    assert [f[2] for f in found if f[0] != "grade"][0] == 136908.0, found


def _t102(text: str, path: str = "t.md") -> list[str]:
    report = jdlint.lint_text("You will answer calls.\n\n" + text + "\n", path)
    return [d.match for d in report.diagnostics if d.code == "T102"]


@pytest.mark.parametrize("text, match", [
    ("Start date: __ / __ / 20__", "__ / __ / 20__"),
    ("Closing date: ___/___/______", "___/___/______"),
    ("Available from __.__.20__ onwards.", "__.__.20__"),
    ("Send your CV to [email address].", "[email address]"),
    ("Reply by [closing date].", "[closing date]"),
    ("About Company XYZ: we build accounting software.", "Company XYZ"),
    ("Date: __-__-____", "__-__-____"),
    ("Start date: ____/____/________", "____/____/________"),
    ("Apply at www.yourcompany.com/careers today.", "www.yourcompany.com/careers"),
    ("Company: Company Name Inc.", "Company Name"),
])
def test_template_blanks(text, match):
    assert _t102(text, "t.txt") == [match]


@pytest.mark.parametrize("text, match", [
    ("Date: __-__-____", "__-__-____"),  # Markdown would read the underscores as emphasis
    ("Email <recruiter email> with your CV.", "<recruiter email>"),
    ("Work at <company> in <location>.", "<company>"),
])
def test_blanks_markdown_drops(text, match):
    assert match in _t102(text)


def test_labels_of_a_real_form_are_not_blanks():
    # dev ad 0509: "Organization Name" on its own line, the value on the next
    assert _t102("Organization Name\n\nHCPS - Shady Grove Elementary School", "t.txt") == []
    assert _t102("Company name: Shady Grove Dental") == []


def test_stock_names_count_only_beside_another_blank():
    assert _t102("Contact Jane Smith at Company XYZ for details.") == ["Jane Smith", "Company XYZ"]
    assert _t102("Contact Jane Smith, our office manager, for details.") == []
    assert _t102("Acme Corp is hiring cashiers.") == []
    assert _t102("Acme Corp is hiring. Join [Company Name].") == ["Acme Corp", "[Company Name]"]


@pytest.mark.parametrize("text", [
    "The review called local wages 'below average' [sic] last year.",
    "See the 2023 staffing review [1] for the figures.",
    "- [ ] I agree to a background check",
    "- [x] Full UK driving licence",
    "Our form posts `user[email_address]` to the API.",
    "Dates are written 12/05/2026 on the rota.",
    "Use the format <first>.<last>@ourfirm.com for internal mail.",
    "See section [3.2] of the handbook.",
    "Our CEO, John Smith, founded the firm in 1999.",
    "Our app costs 9,99 € per month.",  # a price, not a bare sign
    "Shifts: 7am-3pm, 3pm-11pm.",
    "Typing speed of 60 wpm with 98% accuracy.",
    "Sizes XXS-XXL available.",
])
def test_real_brackets_and_dates(text):
    assert _t102(text) == []


def test_heldout_cases_scored_together():
    """The held-out pay and placeholder cases (written before tuning, never tuned on one by one)
    at the issue's bar: precision and recall of at least 0.9."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_pay_placeholder import CASES, score

    from jdlint.yamlio import load_fast

    cases = [c for c in load_fast(CASES.read_text(encoding="utf-8"))["cases"] if c.get("split") == "heldout"]
    assert len(cases) >= 15
    counts, failures = score(cases)
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    assert tp / max(1, tp + fp) >= 0.9 and tp / max(1, tp + fn) >= 0.9, failures


@pytest.mark.parametrize("text, vague", [
    ("Excellent rates for experienced drivers.", True),
    ("Pay is in line with the market.", True),
    ("We offer clients competitive rates for storage.", False),  # a business's prices
    ("Our rates are based on market prices.", False),
])
def test_pay_praised_or_pegged_to_the_market(text, vague):
    assert any(m.kind == "vague" for m in pay_mentions(text)) == vague


# -- vague pay as a class: a pay noun, a copula or a label's colon, and a promise with no figure --
@pytest.mark.parametrize("text, span", [
    ("Pay: great.", "Pay: great"),
    ("The pay is good.", "pay is good"),
    ("Salary commensurate with ability.", "Salary commensurate with ability"),
    ("Pay will match your experience level.", "Pay will match your experience"),
    ("Earnings: uncapped.", "Earnings: uncapped"),
    ("Hourly rate: negotiable.", "Hourly rate: negotiable"),
    ("Salary range: to be discussed.", "Salary range: to be discussed"),
    ("Pay: dependent on qualifications.", "Pay: dependent on qualifications"),
    ("Salary is in the top quartile for the industry.", "Salary is in the top quartile"),
    ("Salary: please ask.", "Salary: please ask"),
    ("Pay: per agreement.", "Pay: per agreement"),
    ("The salary is open.", "salary is open"),
    ("OTE: six figures.", "OTE: six figures"),
    ("Earn up to six figures in commission.", "Earn up to six figures"),
    ("Pay is based on a sliding scale.", "Pay is based on a sliding scale"),
])
def test_vague_pay_class(text, span):
    assert [m.text for m in pay_mentions(text) if m.kind == "vague"][:1] == [span]


@pytest.mark.parametrize("text", [
    "Process payroll and answer pay queries.",
    "You will negotiate salaries with new hires.",
    "Discuss pay rises with your team at reviews.",
    "Our rates are competitive for customers.",
    "Help low-income families open savings accounts.",
])
def test_vague_pay_class_near_misses(text):
    assert [m for m in pay_mentions(text) if m.kind == "vague"] == []


def test_a_figure_silences_vague_pay():
    report = jdlint.lint_text("You will answer calls.\n\nPay: $17.50 - $19.00/hr, negotiable.\n", "t.md")
    assert [d.code for d in report.diagnostics if d.code == "P101"] == []


@pytest.mark.parametrize("text, match", [
    ("Pay: $[X] per hour", "$[X]"),
    ("Salary: [salary range]", "[salary range]"),
    ("Start date: [Month Day, Year]", "[Month Day, Year]"),
    ("Contact: xxx@xxx.com", "xxx@xxx.com"),
    ("Must have XX% accuracy.", "XX%"),
    ("Web: http://www.company.com", "http://www.company.com"),
    ("Hours: __ per week", "__"),
    ("Salary: $ per year", "$"),
])
def test_more_blanks(text, match):
    assert _t102(text) == [match]


# -- lead, fourth round: classes named by an independent writer's blind set (no sentence of it) --
@pytest.mark.parametrize("text, match, path", [
    ("Hi *|FNAME|*, thanks for applying.", "*|FNAME|*", "t.md"),                # a mail-merge tag
    ("You will report to {!Owner.Name} at the depot.", "{!Owner.Name}", "t.md"),  # Salesforce
    ("Apply before {$closing_date} on our site.", "{$closing_date}", "t.md"),     # Smarty / PHP
    ("Start date: «StartDate»", "«StartDate»", "t.md"),                          # a Word merge field
    ("Dear «First_Name», thank you.", "«First_Name»", "t.txt"),
    ("Tel: (___) ___-____ ext. ___", "(___) ___-____ ext. ___", "t.txt"),         # a phone mask in underscores
])
def test_more_template_languages(text, match, path):
    report = jdlint.lint_text(text + "\n", path)
    assert [d.match for d in report.diagnostics if d.code == "T102"] == [match]


@pytest.mark.parametrize("text", [
    "Le slogan de la maison est « Bonjour » depuis 1990.",    # French quotation marks around a word
    "Our motto is «Quality first».",
    "Use `*|FNAME|*` tags in Mailchimp campaigns you build.",  # code
    "Call us on 0161 496 0734.",
])
def test_more_template_languages_near_misses(text):
    report = jdlint.lint_text(text + "\n", "t.md")
    assert [d.match for d in report.diagnostics if d.code == "T102"] == []


def test_dotted_tbd_is_a_marker():
    report = jdlint.lint_text("Hours: T.B.D.\n", "t.md")
    assert [d.code for d in report.diagnostics if d.code == "T103"] == ["T103"]


@pytest.mark.parametrize("text, vague", [
    ("We pay above the going rate for good tradespeople.", True),
    ("Our wages beat anything else in town.", True),
    ("Pay rates well ahead of the market.", True),
    ("Our prices beat anything else in town.", False),           # a price, not pay
    ("We pay attention to detail above everything else.", False),
])
def test_pay_compared_with_others_and_no_figure(text, vague):
    assert any(m.kind == "vague" for m in pay_mentions(text)) == vague


@pytest.mark.parametrize("text, grade", [
    ("Salary: Band 6 (Agenda for Change).", True),
    ("Salary: Grade 7, pro rata.", True),
    ("You will need a Level 3 qualification in childcare.", False),   # no pay word: a qualification
    ("Grade 12 education or equivalent.", False),
])
def test_a_pay_band_with_no_amount_is_vague_pay(text, grade):
    assert any(m.kind == "grade" for m in pay_mentions(text)) == grade
    if grade:
        report = jdlint.lint_text("You will answer calls.\n\n" + text + "\n", "t.md")
        assert "P101" in [d.code for d in report.diagnostics]


@pytest.mark.parametrize("text, kind, maximum", [
    ("Salary up to 55k plus benefits.", "open", 55000.0),
    ("Package: 60-70K base plus bonus.", "range", 70000.0),
])
def test_thousands_without_a_currency_sign_in_a_pay_sentence(text, kind, maximum):
    found = [m for m in pay_mentions(text) if m.kind != "vague"]
    assert [(m.kind, m.figure.maximum) for m in found] == [(kind, maximum)]


@pytest.mark.parametrize("text", [
    "Meetings are typically 30 to 60 minutes; keep the majority of your earnings.",  # dev 0434: minutes
    "We have grown up to 55k users this year.",     # no pay word
])
def test_thousands_without_a_currency_sign_near_misses(text):
    assert [m for m in pay_mentions(text) if m.kind != "vague"] == []


# -- coverage3: classes the lead saw missed on an independent writer's set (our own sentences) ----
def _codes(text: str, path: str = "t.md") -> tuple[set[str], bool]:
    """The T/P codes found, and whether a pay section with a figure was, for ``text`` after a duty."""
    report = jdlint.lint_text("You will answer calls.\n\n" + text + "\n", path)
    return ({d.code for d in report.diagnostics if d.code in ("T102", "T103", "P101", "P102")},
            any(s.kind == "pay" and s.pay for s in report.sections))


@pytest.mark.parametrize("text, path", [
    ("Day rate: R____, paid weekly.", "t.md"),          # the rand's R
    ("Salary: ₹__,__,___ a year, paid monthly.", "t.md"),
    ("Rate: AUD ___ per shift, paid fortnightly.", "t.md"),
    ("Pay: INR __,___ per month.", "t.txt"),
    ("Weekly wage: £___.__, paid on Fridays.", "t.txt"),
    ("Salary: $__k-$__k, paid monthly.", "t.md"),       # a thousands mask
    ("Salary: ₹X,XX,XXX per annum, paid monthly.", "t.md"),   # letter masks after other currencies
    ("Salary: R XX XXX per month, paid monthly.", "t.md"),
    ("Rate: AUD XX per hour, paid weekly.", "t.md"),
])
def test_money_masks_in_any_currency_are_fill_ins_not_vague_pay(text, path):
    assert _codes(text, path)[0] == {"T102"}


@pytest.mark.parametrize("text", [
    "Our R&D lab is in Leeds.",
    "Use R and Python for the analysis.",
    "INR and USD invoices are reconciled monthly.",
    "Our XXL uniforms are free.",
    "Sizes R XS to XXL are in stock.",
])
def test_money_mask_near_misses(text):
    assert _codes(text)[0] == set()


@pytest.mark.parametrize("text", [
    "Comp: $85k–$95k DOE, plus 401(k) match.",   # 'Comp:' is a pay label; the DOE beside a figure is not vague
    "Salary: £40k - £45k DOE.",
    "Pay: $19-$23 an hour depending on experience.",
    "Comp: 120k-140k DOE + equity.",               # no currency sign: the 'Comp:' label makes it pay
])
def test_doe_beside_a_figure_is_a_figure(text):
    assert _codes(text) == (set(), True)


@pytest.mark.parametrize("text, minimum, maximum", [
    ("CTC: 10-14 LPA.", 1_000_000, 1_400_000),
    ("Salary: ₹6 lakh a year.", 600_000, 600_000),
    ("Package: 2 crore per annum.", 20_000_000, 20_000_000),
    ("Salary 5 to 7 lakhs per annum.", 500_000, 700_000),
    ("Fixed pay INR 20 LPA plus variable.", 2_000_000, 2_000_000),
    ("Salary: 3.5 LPA to 5 LPA.", 350_000, 500_000),
])
def test_indian_lakhs_and_crores_are_figures(text, minimum, maximum):
    found = [m.figure for m in pay_mentions(text) if m.figure is not None]
    assert [(f.minimum, f.maximum, f.currency) for f in found] == [(minimum, maximum, "INR")]


@pytest.mark.parametrize("text", [
    "We serve 4 crore customers across India.",
    "The fund manages ₹900 crore of assets.",
    "Our 12 CR units are serviced weekly.",
])
def test_lakhs_and_crores_that_are_not_pay(text):
    assert [m for m in pay_mentions(text) if m.figure is not None] == []


@pytest.mark.parametrize("text", [
    "You keep 40% of every cut and colour.",
    "Therapists receive 45% of treatment takings.",
    "Drivers keep 80% of every fare.",
    "Our commission split is 70/30 in your favour.",
    "Barbers work on a 60/40 split.",
    "You'll take 50% of everything you bill.",
    "Earn 30% on every sale you close.",
])
def test_a_share_of_the_takings_is_a_commission_figure(text):
    assert _codes(text) == (set(), True)


@pytest.mark.parametrize("text", [
    "We donate 10% of every sale to charity.",
    "Most of the team work a 50/50 split between office and home.",
    "We keep 20% of stock in reserve for peak season.",
    "The 2/3 split of the budget is fixed.",
    "Take 20% of the calls on Mondays.",
    "Staff get 25% off all products.",
])
def test_shares_that_are_not_commission(text):
    assert _codes(text) == (set(), False)


@pytest.mark.parametrize("text, match", [
    ("Please email your CV to {recruiter email}.", "{recruiter email}"),
    ("Contact {Line Manager} for an informal chat.", "{Line Manager}"),
    ("Contact [contact person] for details.", "[contact person]"),
    ("Report to [hiring manager] on day one.", "[hiring manager]"),
    ("Interviews take place at 1 Example Road.", "1 Example Road"),
    ("Meet us at 12 Sample Street, Leeds.", "12 Sample Street"),
    ("Our depot is in Anyville.", "Anyville"),
    ("Contact (hiring manager name) for questions.", "(hiring manager name)"),
])
def test_spaced_fields_and_stock_addresses(text, match):
    assert _t102(text) == [match]


@pytest.mark.parametrize("text", [
    "Shifts run {Mon, Wed, Fri} from 7 am.",
    "Visit us at 42 Exchange Avenue, Springfield.",
    "Our office is at 1 Poultry, London EC2R 8EJ.",
    "Use `{user name}` in the mail-merge tool.",
    "See section [3.2] of the handbook.",
    "Send your CV with your name (first and last name).",
    "Give us your address (home address).",
])
def test_spaced_fields_and_stock_addresses_near_misses(text):
    assert _t102(text) == []


@pytest.mark.parametrize("text", [
    "Remuneration will reflect the seniority of the role and your experience.",
    "Salary will vary with qualifications.",
])
def test_pay_that_follows_the_person_is_vague(text):
    assert _codes(text)[0] == {"P101"}


def test_prices_that_follow_experience_are_not_pay():
    assert _codes("Our prices will reflect your experience level.")[0] == set()
