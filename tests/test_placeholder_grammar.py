"""The placeholder grammar (jdlint/data/placeholders.yaml, extract/leftovers.py; issue 14 item 4,
helper pay6) as a matrix: every template syntax x every field kind x every source format must be
a T102 field, and the same syntax inside code must not; every mask kind's texts fire and its
near-misses stay silent. Then the money grammar's "not this job's pay" readers as a matrix: every
currency of data/currencies.yaml x every price, client and budget context is no pay figure, while
the same amount as a salary is one."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.extract.leftovers import placeholder_table
from jdlint.extract.pay import FIGURE_KINDS, currency_table, pay_mentions

TABLE = placeholder_table()
DUTIES = "You will answer calls and schedule appointments for the clinic."


def _codes(text: str, path: str = "t.md") -> set[str]:
    document = f"<p>{DUTIES}</p>\n{text}\n" if path.endswith(".html") else f"{DUTIES}\n\n{text}\n"
    return {d.code for d in jdlint.lint_text(document, path=path).diagnostics if d.code in ("T102", "T103")}


# -- every wrapper and mask of the table: its own examples both ways ------------------------------
_ENTRIES = [(e.get("name") or e["kind"], text, True) for e in TABLE["wrappers"] + TABLE["masks"] for text in e["fires"]] + \
           [(e.get("name") or e["kind"], text, False) for e in TABLE["wrappers"] + TABLE["masks"] for text in e["silent"]]


@pytest.mark.parametrize("name, text, fires", _ENTRIES, ids=[f"{n}:{'fires' if f else 'silent'}:{t[:30]}" for n, t, f in _ENTRIES])
def test_table_examples(name, text, fires):
    assert ("T102" in _codes(text)) == fires, (name, text)


def test_every_table_entry_has_examples_both_ways():
    for entry in TABLE["wrappers"] + TABLE["masks"]:
        assert entry["fires"] and entry["silent"], entry


# -- template syntax x field kind x format, and the same inside code -------------------------------
#: every template language's variable, old (spelled in leftovers.SOURCE_FIELDS) and new (the
#: table's wrappers); {n} is a snake_case name, {N} CAPITALS, {C} CamelCase, {w} the bare word
SYNTAXES = {
    "jinja/liquid/mustache": "{{{{ {n} }}}}", "mustache-triple": "{{{{{{{n}}}}}}}", "jinja-statement": "{{% if {n} %}}",
    "erb": "<%= {n} %>", "dollar-brace": "${{{n}}}", "velocity-quiet": "$!{{{n}}}", "shell": "${N}_X",
    "python-format": "%({n})s", "double-square": "[[{n}]]", "double-paren": "(({n}))", "double-at": "@@{n}@@",
    "percent": "%{N}%", "double-percent": "%%{N}%%", "dunder": "__{N}__", "double-angle": "<<{N}>>",
    "ruby-interpolation": "#{{{n}}}", "salesforce": "{{!{C}}}", "smarty": "{{${n}}}", "mailchimp": "*|{N}|*",
    "brace-snake": "{{{n}}}", "brace-camel": "{{{C}}}", "brace-word": "{{{w_title}}}", "shell-word": "${w_upper}",
}
_KINDS = {kind: words[0] for kind, words in TABLE["field_kinds"].items()}


def _render(syntax: str, word: str) -> str:
    n = f"{word}_value"
    return syntax.format(n=n, N=n.upper(), C=word.title() + "Value", w_title=word.title(), w_upper=word.upper())


def _cases():
    for name, syntax in SYNTAXES.items():
        for kind, word in _KINDS.items():
            yield name, kind, _render(syntax, word)


CASES = list(_cases())


@pytest.mark.parametrize("path", ["t.md", "t.txt", "t.html"])
def test_every_syntax_and_field_kind_is_a_field(path):
    missed = []
    for name, kind, field in CASES:
        text = f"<p>Please apply to {field} before Friday.</p>" if path.endswith(".html") else f"Please apply to {field} before Friday."
        if "T102" not in _codes(text, path):
            missed.append((name, kind, field))
    assert not missed, missed


def test_every_syntax_inside_code_is_silent():
    loud = []
    for name, kind, field in CASES:
        for text, path in ((f"You will write `{field}` in our mailers.", "t.md"),
                           (f"Our mailers look like this:\n\n```\nHello {field}.\n```", "t.md"),
                           (f"<p>You will write <code>{field}</code> in our mailers.</p>", "t.html")):
            if _codes(text, path):
                loud.append((name, kind, path, field))
    assert not loud, loud


# -- the money near-misses: every currency x every context that is not this job's pay -------------
_CURRENCY = currency_table()
_BEFORE = ([c for c in _CURRENCY["codes"]] + [s for s in _CURRENCY["signs"]] + list(_CURRENCY["prefixed_signs"])
           + list(_CURRENCY["letter_signs"]))
_AFTER = [c for c in _CURRENCY["codes"]] + [s for s in _CURRENCY["signs"] if s != "$"] + list(_CURRENCY["after"])


def _amounts():
    for c in _BEFORE:
        number = "1,149" if c in _CURRENCY["letter_signs_grouped"] else "149"  # "N" opens only a grouped number
        yield f"{c} {number}" if c[-1].isalpha() else f"{c}{number}"
    for c in _AFTER:
        yield f"149 {c}"


AMOUNTS = list(_amounts())
#: what customers pay, prices of what the employer sells, what staff pay for, and the other
#: readers of money that is not this job's pay
NOT_PAY = [
    "Customers pay {a} a month for our basic plan.",
    "Members pay {a} a month.",
    "Clients pay {a} per session.",
    "Customers are charged {a} per hour for repairs.",
    "Our plans start at {a} per month for small teams.",
    "Subscriptions from {a} per month.",
    "Tickets cost {a} per person.",
    "Staff parking is {a} a day.",
    # budgets, tuition, fees, bonus-only, referral, company-wide floors, what the best earn
    "You will own a marketing budget of {a} a year.",
    "A {a} annual learning budget.",
    "Tuition reimbursement of up to {a} a year.",
    "Course fee of {a} per module, paid by us.",
    "Referral bonus of {a} per successful hire.",
    "Sign-on bonus: {a}.",
    "Annual training allowance of {a}.",
    "We pay all employees at least {a} an hour.",
    "Our top performers earn over {a} a month.",
]


@pytest.mark.parametrize("context", NOT_PAY)
def test_prices_and_customers_money_in_every_currency_are_not_pay(context):
    wrong = []
    for amount in AMOUNTS:
        text = context.format(a=amount)
        if any(m.kind in FIGURE_KINDS for m in pay_mentions(text)):
            wrong.append(text)
    assert not wrong, (len(wrong), wrong[:10])


def test_the_same_amounts_as_a_salary_are_pay():
    wrong = [a for a in AMOUNTS if not any(m.kind in FIGURE_KINDS for m in pay_mentions(f"Salary: {a} per month."))]
    assert not wrong, wrong


@pytest.mark.parametrize("text", [
    "Customers pay our drivers $25 an hour.",
    "You will be in charge of 5 staff, paid $20/hr.",  # a count after "charge of", not a price  # not "customers pay <amount>": who is paid comes first
    "Our customers love us, and we pay $25 an hour.",
    "Pay: R18 000 per month, plus a subscription to our learning platform.",
    # a perk listed beside the pay is no price: the price word must name what the amount buys
    "Health plan, dental plan and $25 an hour.",
    "$25 an hour plus a 401k plan.",
    "£12.50 an hour, free parking.",
])
def test_pay_beside_customer_or_price_words_stays_pay(text):
    assert any(m.kind in FIGURE_KINDS for m in pay_mentions(text)), text


def test_an_open_bound_before_lakhs_is_open_ended():
    mentions = [m for m in pay_mentions("Salary up to 35 LPA for exceptional candidates.") if m.figure is not None]
    assert [(m.kind, m.figure.minimum, m.figure.maximum, m.figure.currency) for m in mentions] == [("open", None, 3500000.0, "INR")]
    mentions = [m for m in pay_mentions("Salary: 6-9 LPA.") if m.figure is not None]
    assert [m.kind for m in mentions] == ["range"]


@pytest.mark.parametrize("text", [
    "Our tutors charge $40 an hour privately.",
    "The quoted price is R450 per hour for clients.",
    "We bill clients CHF 150 an hour for consulting.",
    "Sessions are charged at ₹1,500 per hour.",
])
def test_what_is_charged_for_the_work_is_not_pay(text):
    assert not any(m.kind in FIGURE_KINDS for m in pay_mentions(text)), text


@pytest.mark.parametrize("text, fires", [
    ("<p>Join &lt;Company Name&gt; as a driver.</p>", True),  # an HTML posting escapes the brackets
    ("<p>Apply by &lt;insert date&gt;.</p>", True),
    ("<p>You will write <code>&lt;Company Name&gt;</code> tags in our templates.</p>", False),  # code
    ("<p>Questions go to Tom Baker &lt;tom@bakery-co.uk&gt;.</p>", False),
    ("<p>Use 3 &lt; 4 &gt; 2 comparisons.</p>", False),
])
def test_escaped_angle_brackets_in_html(text, fires):
    assert ("T102" in _codes(text, "t.html")) == fires, text
