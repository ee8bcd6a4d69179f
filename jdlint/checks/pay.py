"""Pay: concrete figures vs vague wording, and what declared pay-transparency laws require.

Pay is found by ``extract.pay.pay_mentions`` (ranges, single amounts with a period or pay word,
pay grades, open-ended figures, vague wording); a posting with no pay at all is S104
(missing-pay), not a pay finding. ``jurisdictions:`` in config (codes such as US-CO, CA-ON, EU)
selects laws from ``jdlint/data/pay_transparency.yaml``; a law applies from its effective date
(rule option ``as-of``, default today).
"""
from __future__ import annotations

import re

from ..paylaw import as_of, cite, declared_laws, laws_requiring, table
from ..rule import rule
from ..extract.leftovers import FILL_INS, MARKERS, MONEY_MASK_CURRENCY, leftovers, placeholder_table
from ..extract.pay import AMOUNT_RE, FIGURE_KINDS, INDIAN_SCALE, JOB_PAY_FORM, currency_table, pay_mentions
from ..sections import FRONT_MATTER_KEYS
from .. import regex_programs

#: a deadline / application window ("Applications close 31 July 2026", "Apply by ...")
DEADLINE = regex_programs.compile(
    r"\b(apply by|applications? (close|closes|closing|are due|due|deadline|will be accepted (until|through))|closing date|deadline"
    r"|application window|open until|accepting applications (until|through)|posting (closes|expires|end date)|open (until|through)"
    r"|close[sd]? on)\b", re.I)
AI_DISCLOSURE = regex_programs.compile(r"\b(artificial intelligence|\bAI\b|automated (screening|decision|tools?)|algorithm)", re.I)
VACANCY = regex_programs.compile(r"\b(existing vacancy|existing position|current vacancy|current opening|new position|newly created|not an existing vacancy|talent pool|future (opportunities|vacancies))\b", re.I)


def _references() -> list[str]:
    data = table()
    refs = [f"{code} {law.get('name', code)}: {law['law']} (in force {law.get('effective')}"
            + (f", amended {law['amended']}" if law.get("amended") else "") + ")"
            for code, law in data["jurisdictions"].items()]
    refs.insert(0, "Pay transparency laws: Colorado C.R.S. 8-5-201; Washington RCW 49.58.110; California Labor Code "
                   "432.3; New York Labor Law 194-b; Directive (EU) 2023/970, https://eur-lex.europa.eu/eli/dir/2023/970/oj"
                   f" (jdlint's table of laws below as of {data.get('as_of')})")
    return refs


def _pay(ctx) -> list:
    return ctx.analysis.memo("pay-mentions", lambda: pay_mentions(ctx.text))


def _concrete(mentions) -> list:
    """Figures for this job other than open-ended ones (a bare grade is no figure)."""
    return [m for m in mentions if m.kind in FIGURE_KINDS and m.kind != "open"]


_FM_PAY = FRONT_MATTER_KEYS["pay"]  # the keys that give a pay section


def _front_matter_pay(ctx) -> str | None:
    fm = ctx.document.front_matter
    if not fm:
        return None
    parts = [str(fm.data[k]) for k in _FM_PAY if fm.data.get(k) not in (None, "", [], {})]
    return " ".join(parts) if parts else None


def _has_range(ctx) -> bool:
    if any(m.kind == "range" or (m.kind == "grade" and AMOUNT_RE.search(ctx.text[max(0, m.start - 80):m.end + 120]))
           for m in _pay(ctx)) or _floor_and_ceiling(_pay(ctx)):
        return True
    fm = _front_matter_pay(ctx)
    if fm:
        return bool(re.search(r"\d[\d,.]*\s?k?\s*(-|to|–)\s*\S?\d", fm)) or (
            "salary_min" in ctx.document.front_matter.data and "salary_max" in ctx.document.front_matter.data)
    return False


def _floor_and_ceiling(mentions) -> bool:
    """Whether an open floor ("rates start at $18/hour") and an open ceiling above it in the same
    currency and period ("reaching up to $40/hour") are both given: the two ends of a range, said
    apart (judged wrong as open-ended in seed 15)."""
    figures = [m.figure for m in mentions if m.kind == "open" and m.figure is not None]
    floors = [(f.currency, f.period, f.minimum) for f in figures if f.minimum is not None and f.maximum is None]
    return any(f.maximum is not None and f.minimum is None and (f.currency, f.period) == (currency, period)
               and period is not None and f.maximum > low
               for f in figures for currency, period, low in floors)


def _has_concrete(ctx) -> bool:
    return bool(_concrete(_pay(ctx))) or bool(_front_matter_pay(ctx) and re.search(r"\d", _front_matter_pay(ctx)))


REFERENCES = _references()


def _money_mask(ctx) -> bool:
    """A money mask left from a template ("$XX,XXX", "$__,___") anywhere in the posting: in the
    prose text, or in the source where Markdown read the underscores as emphasis ("£__,___"); or a
    template field named for pay ("${SALARY_BAND}", "{{ salary_range }}": the placeholder grammar's
    money field words, data/placeholders.yaml)."""
    text = ctx.text
    if _MONEY_MASK_HINT.search(text):
        if _MASK_CHARACTER.search(text) and (
                any(m.group("money") for m in MARKERS.finditer(text))
                or any(m.group("money") or m.group("mask_money") for m in FILL_INS.finditer(text))):
            return True
        src = ctx.document.source.text
        if any(l.kind == "field" and l.source and (src[l.start - 1:l.start] in _CURRENCY_SIGNS or _MONEY_MASK_AT.match(l.label))
               for l in leftovers(ctx.document)):
            return True
    return any(l.kind == "field" and (_MONEY_FIELD.search(l.label) or (not l.source and _FIELD_AS_AMOUNT.match(text, l.end)))
               for l in leftovers(ctx.document))


#: a character every money mask of MARKERS and FILL_INS holds where the digits go (X or x, N, #, _, ?, 0, or the
#: "[" of "$[rate]"): without one the two scans cannot find a mask, and FILL_INS, a long alternation tried at
#: every character, cost 2.5 of the 7.7 CPU-s of 300 kB of "$" (scripts/hostile_battery.py)
_MASK_CHARACTER = regex_programs.compile(r"[_#\[XxN?0]")


#: (pay41) what makes a field of any name the amount's blank: a pay period after it, or another end of a range of fields
#: ("Pay range: [MIN] – [MAX] per hour", "{min} to {max} a year", writer AM): the blank is the finding, not vague pay too
_FIELD_AS_AMOUNT = regex_programs.compile(
    r"\s*(?:(?:per|an?|/)\s*(?:hour|hr|day|shift|week|month|year|yr|annum)\b|(?:-|–|—|to)\s*[\[{<(])", re.I)


#: a field's name that says the pay goes there, in any case and between any separators ("SALARY_BAND", "payRate")
_MONEY_FIELD = regex_programs.compile(r"(?i)(?<![a-z])(?:" + "|".join(placeholder_table()["field_kinds"]["money"]) + r")(?![a-z])|(?-i:(?<=[a-z])(?:Salary|Pay|Rate|Wage|Amount|Compensation|Range|Bonus)\b)")


#: every currency a money mask may follow ("R____", "₹__,___", "AUD ___" as well as "$__,___")
_CURRENCY_SIGNS = tuple(currency_table()["signs"])  # the money grammar's signs (data/currencies.yaml)
_MONEY_MASK_HINT = regex_programs.compile("[" + "".join(_CURRENCY_SIGNS).replace("$", r"\$") + "]|" + MONEY_MASK_CURRENCY + r"|\bR\s?X"
                                             # X's over India's pay unit ("CTC: XX LPA", data/placeholders.yaml)
                                             + rf"|X\s?(?i:{INDIAN_SCALE})")
_MONEY_MASK_AT = regex_programs.compile(rf"(?:{MONEY_MASK_CURRENCY}|\bR\s?)_")


#: a label's colon or dash right before its value ("Salary: ", "Day rate - ")
_LABEL_BEFORE = regex_programs.compile(r"(?::|\s[-–—])\s*$")
#: what an employer tells applicants after the marker, which makes it shorthand used on purpose, vague pay, not an
#: unfinished field: a stage of hiring the pay is put off to ("Pay: TBD at interview"), what the pay will depend on
#: ("Salary: TBD based on experience", "TBD as per qualifications"), openness ("TBC, negotiable") or what comes on top
#: ("TBD + commission"); a note to a colleague ("TBD pending budget sign-off", "TBA (waiting on HR)") is not for them
_TOLD_TO_APPLICANTS_AFTER = regex_programs.compile(
    r"\s*[,(/–—-]?\s*(?:(?:at|during|after|in|on|upon|following)\s+(?:the\s+|your\s+|a\s+|our\s+)?(?:first\s+|final\s+|second\s+)?"
    r"(?:interviews?|offer|trial|meeting|call|induction|first\s+day|hire|hiring|selection|shortlisting|joining)\b"
    r"|(?:based|depending|dependent|dependant|depends|contingent)\s+(?:up)?on\b|according\s+to\b|as\s+per\b|commensurate\b|in\s+line\s+with\b"
    r"|negotiable\b|nego\b|neg\b|open\b|to\s+be\s+(?:discussed|negotiated|agreed)\b|for\s+the\s+right\b|d\.?o\.?[eq]\b"
    # (pay52) or where to ask for it ("Salary: TBA on application", "Rate: TBC on request")
    r"|(?:on|upon)\s+(?:application|request|enquiry|inquiry)\b"
    r"|(?:\+|plus\b|with\b)\s*(?:an?\s+)?(?:commissions?|bonus(?:es)?|benefits|tips|overtime|incentives?|allowances?))", re.I)


def _marker_value(ctx, mention) -> bool:
    """Whether vague pay ``mention`` is a pay label whose whole value is an editing marker ("Salary: TBD",
    "Rate: TBD pending budget sign-off", "Compensation: TBA (waiting on HR)"): the field was left to fill in,
    which T103 reports (six independent writers label it T103 alone), unless what follows is told to applicants."""
    text = ctx.text
    return any(item.kind == "marker" and not item.source and item.end == mention.end and mention.start < item.start
               and _LABEL_BEFORE.search(text, mention.start, item.start) and not _TOLD_TO_APPLICANTS_AFTER.match(text, item.end)
               for item in leftovers(ctx.document))


@rule(
    code="P101", name="vague-pay", category="pay", scope="text", severity="warning",
    summary="Pay is described only in vague terms ('competitive', 'DOE') with no figures.",
    what=("A posting whose only pay information is wording such as 'competitive salary', 'DOE', "
          "'commensurate with experience' or 'salary negotiable', with no amount or range anywhere "
          "(front matter included). A pay label whose whole value is an editing marker ('Salary: TBD', 'Rate: TBC "
          "pending sign-off') is the unfinished field T103 reports, not vague pay too, unless what follows is told to "
          "applicants ('Pay: TBD at interview', 'Salary: TBC depending on experience'). Pay put off to a call the reader "
          "must make ('call your recruiter for this week's rates', 'ask about our pay packages') is vague pay; a template "
          "field standing for the amount ('Pay range: [MIN] – [MAX] per hour, depending on experience') is the blank T102 "
          "reports, not vague pay too. A pay period or the job's pay form named with no amount ('You will receive a monthly "
          "salary', 'This is a salaried role', 'We pay twice a month') is vague pay; a legal floor promised to all staff "
          "('All our staff are paid at least the national minimum wage') is not this job's pay. A number that is no amount "
          "beside the wording (a count of days or hours, a band or grade number, a year, a time, a phone number, a code such "
          "as IR35 or 401(k)) is no figure: 'Salary: as per industry standards, 5 days working' is vague pay."),
    why=("Vague pay tells applicants nothing they can compare, and never satisfies a pay-range law. "
         "Warning by default (it is no more useful than no pay at all, which is S104, also a warning); "
         "an error when a declared jurisdiction requires a range in the posting."),
    bad=["We offer a competitive salary and great benefits.", "Salary: DOE.",
         "Top-tier CPM for experienced drivers, ask about our pay packages.", "You will receive a monthly salary.",
         "Salary: as per industry standards, 5 days working."],
    good=["Salary: $52,000-$60,000 a year, depending on licensure.",
          "Competitive salary: $95,000-$115,000 base per year."],
    fix="Replace the vague wording with a good-faith minimum and maximum, the currency and the period.",
    references=REFERENCES,
    options={"as-of": ""},  # ISO date the laws are judged on; empty = today
)
def vague_pay(ctx):
    mentions = _pay(ctx)
    vague = [m for m in mentions if m.kind in ("vague", "grade")]  # a band with no amount is vague too
    if not vague or _concrete(mentions) or any(m.kind in ("open", "unpaid") for m in mentions) or _front_matter_pay(ctx):
        return  # an unpaid role ("This is a volunteer role") has no pay to be vague about
    if _money_mask(ctx):
        return  # "$XX.XX, paid biweekly": the figure's blank is the finding (T102), not vague pay too
    vague = [m for m in vague if not _marker_value(ctx, m)]
    if not vague:
        return  # "Salary: TBD": the unfinished field is the finding (T103), not vague pay too
    laws = laws_requiring(ctx, "pay")
    # (pay45) the pay's own vague wording before a mention that names only the job's pay form ("a salaried role"):
    # "Pay is commensurate with experience" is what the reader should rewrite
    first = next((m for m in vague if not JOB_PAY_FORM.fullmatch(m.text)), vague[0]) if len(vague) > 1 else vague[0]
    if laws:
        yield ctx.report(first.start, first.end, severity="error",
                         message=f"'{{match}}' is the only pay information; {cite(laws)} requires the pay range "
                                 "in the posting: give a minimum and maximum with currency and period")
    else:
        yield ctx.report(first.start, first.end,
                         message="'{match}' is the only pay information: give a range with currency and period "
                                 "(e.g. '$52,000-$60,000 a year')")


@rule(
    code="P102", name="open-ended-pay", category="pay", scope="text", severity="info",
    summary="Pay is given only as an open-ended figure ('up to $80,000', '$60k+').",
    what=("A posting whose only pay figures are open-ended: 'up to', 'from', 'starting at', 'not less than', 'Min.', "
          "'+' or 'and up' ('35.000+ THB', 'Over 100k OTE'). A guaranteed floor ('you will never earn less than $19 an "
          "hour') is the job's figure, and '+' adding a named extra ('AED 1,800 + service charge') is no bound. A closed figure "
          "beside the open one ('$1.20 per kg; crews clear $300+ a day') is the job's pay, so the open one is not its only figure."),
    why=("An open-ended figure hides one end of the range. Info by default; an error when a declared "
         "jurisdiction requires a range and does not accept open-ended figures (NYC, Washington, Colorado, "
         "Minnesota, Ontario guidance)."),
    bad=["Pay: up to $80,000 a year.", "Salary from $60k+ depending on experience.", "Salary not less than AED 6,000 a month."],
    good=["Pay: $65,000-$80,000 a year.", "Basic salary AED 1,800 a month + service charge."],
    fix="Give both ends of the good-faith range.",
    references=REFERENCES,
    options={"as-of": ""},  # ISO date the laws are judged on; empty = today
)
def open_ended_pay(ctx):
    mentions = _pay(ctx)
    opens = [m for m in mentions if m.kind == "open"]
    if not opens or any(m.kind == "range" for m in mentions) or _has_range(ctx):
        return
    if any(m.kind in ("single", "floor", "commission") for m in mentions):
        return  # (pay40) a closed figure is the job's pay, the open one beside it no longer its only figure: "Pickers
        # paid $1.20 per kg; experienced crews clear $300+ a day", "start at $24.87/hour ..., topping out at $38.12/hour"
    strict = [(c, law) for c, law in laws_requiring(ctx, "pay") if law.get("open_ended_ok") is False]
    m = opens[0]
    if strict:
        yield ctx.report(m.start, m.end, severity="error",
                         message=f"'{{match}}' is open-ended; {cite(strict)} requires a minimum and a maximum")
    else:
        yield ctx.report(m.start, m.end, message="'{match}' is open-ended: give both ends of the range")


@rule(
    code="P103", name="pay-range-required", category="pay", severity="error",
    summary="A declared jurisdiction requires a pay range but the posting gives a single figure.",
    what=("With `jurisdictions:` in config, a posting that states one amount (e.g. '$25 an hour') where a "
          "declared law requires a good-faith minimum and maximum. Only runs when a jurisdiction is declared."),
    why=("Laws such as Colorado's Equal Pay for Equal Work Act, California Labor Code § 432.3 and NYC Local "
         "Law 32 require a range. Error because it is a legal requirement in the declared jurisdiction."),
    bad=["(with jurisdictions: [US-CA]) Pay: $30 an hour."],
    good=["(with jurisdictions: [US-CA]) Pay: $28-$34 an hour."],
    fix="State the minimum and maximum you expect to pay, or set `jurisdictions:` to where the job is.",
    references=REFERENCES,
    options={"as-of": ""},  # ISO date the laws are judged on; empty = today
)
def pay_range_required(ctx):
    laws = [(c, law) for c, law in declared_laws(ctx.config, as_of(ctx)) if "range" in (law.get("requires") or [])]
    if not laws or _has_range(ctx):
        return
    singles = [m for m in _pay(ctx) if m.kind in ("single", "floor", "grade")]
    if not singles:
        return  # no pay at all is S104, vague-only P101, open-ended P102
    m = singles[0]
    yield ctx.report(m.start, m.end, message=f"'{{match}}' is a single figure; {cite(laws)} requires a pay range (minimum and maximum)")


@rule(
    code="P104", name="missing-application-deadline", category="pay", severity="error",
    summary="A declared jurisdiction requires the application deadline in the posting.",
    what=("With `jurisdictions:` including one whose law requires it (Colorado since 2024), a posting that "
          "never says when applications close."),
    why=("Colorado's Equal Pay for Equal Work Act as amended by SB 23-105 (from 2024-01-01) requires the "
         "date the application window is expected to close. Error because it is a legal requirement in the "
         "declared jurisdiction; the rule does nothing without one."),
    bad=["(with jurisdictions: [US-CO]) A posting with pay and benefits but no closing date."],
    good=["(with jurisdictions: [US-CO]) Applications close 31 July 2026."],
    fix="Add the date the application window is expected to close ('Apply by 31 July 2026').",
    references=REFERENCES,
    options={"as-of": ""},  # ISO date the laws are judged on; empty = today
)
def missing_application_deadline(ctx):
    laws = laws_requiring(ctx, "application_deadline")
    if not laws or DEADLINE.search(ctx.text):
        return
    fm = ctx.document.front_matter
    if fm and any(k in fm.data for k in ("deadline", "closing_date", "close_date", "valid_through", "apply_by", "closes")):
        return
    yield ctx.report_document(message=f"No application deadline: {cite(laws)} requires the date the application "
                                      "window is expected to close (e.g. 'Applications close 31 July 2026')")


@rule(
    code="P105", name="pay-range-too-wide", category="pay", severity="error",
    summary="The pay range is wider than a declared jurisdiction allows (Ontario: CAD 50,000).",
    what="With a jurisdiction that caps the spread of a posted range (Ontario), a range wider than the cap.",
    why=("Ontario's Employment Standards Act as amended by Bill 149 (in force 2026-01-01) caps the spread of "
         "an advertised range at CAD 50,000. Error because it is a legal requirement in the declared jurisdiction."),
    bad=["(with jurisdictions: [CA-ON]) Salary: $90,000-$160,000 a year."],
    good=["(with jurisdictions: [CA-ON]) Salary: $90,000-$130,000 a year."],
    fix="Narrow the range to what you expect to pay this hire.",
    references=REFERENCES,
    options={"as-of": ""},  # ISO date the laws are judged on; empty = today
)
def pay_range_too_wide(ctx):
    laws = [(c, law) for c, law in declared_laws(ctx.config, as_of(ctx)) if law.get("max_spread")]
    if not laws:
        return
    for m in _pay(ctx):
        if m.kind != "range":
            continue
        # the range's two ends as the money grammar read them (extract/pay.py: "$60-80k", "€45.000 – €52.000")
        if m.figure is None or m.figure.minimum is None or m.figure.maximum is None:
            continue
        nums = [m.figure.minimum, m.figure.maximum]
        for code, law in laws:
            cap = float(law["max_spread"][0])
            if nums[-1] - nums[0] > cap:
                yield ctx.report(m.start, m.end, message=f"'{{match}}' spans {nums[-1] - nums[0]:,.0f}; {cite([(code, law)])} "
                                                         f"allows at most {cap:,.0f}")
                return


@rule(
    code="P106", name="missing-required-disclosure", category="pay", severity="error",
    summary="A declared jurisdiction requires a statement the posting lacks (Ontario: AI use, existing vacancy).",
    what=("With `jurisdictions:` including Ontario (from 2026-01-01), a posting that does not say whether AI is "
          "used to screen or select applicants, or whether it is for an existing vacancy."),
    why=("Ontario's Employment Standards Act as amended by Bills 149 and 190 requires both statements in "
         "publicly advertised postings of employers with 25+ employees. Error because it is a legal requirement "
         "in the declared jurisdiction."),
    bad=["(with jurisdictions: [CA-ON]) A posting with a pay range but no AI or vacancy statement."],
    good=["(with jurisdictions: [CA-ON]) We do not use artificial intelligence to screen applications. "
          "This posting is for an existing vacancy."],
    fix="Add a sentence on AI use in screening and one saying whether the vacancy exists now.",
    references=REFERENCES,
    options={"as-of": ""},  # ISO date the laws are judged on; empty = today
)
def missing_required_disclosure(ctx):
    missing, laws = [], []
    for element, regex, what in (("ai_disclosure", AI_DISCLOSURE, "whether AI is used to screen, assess or select applicants"),
                                 ("vacancy_status", VACANCY, "whether the posting is for an existing vacancy")):
        needed = laws_requiring(ctx, element)
        if needed and not regex.search(ctx.text):
            missing.append(what)
            laws.extend(law for law in needed if law not in laws)
    if missing:
        yield ctx.report_document(message=f"The posting does not say {' or '.join(missing)}, which {cite(laws)} requires",
                                  data={"missing": missing})


RULES = [vague_pay, open_ended_pay, pay_range_required, missing_application_deadline, pay_range_too_wide,
         missing_required_disclosure]
