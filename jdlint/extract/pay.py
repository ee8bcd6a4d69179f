"""Pay figures in prose text: ranges, single amounts with a period or a pay word, open-ended
figures, pay grades, and vague pay wording ("competitive", "DOE"). Shared by section detection
(a pay section) and the pay rules (``checks/pay.py``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..regexes import LowerCaseRegex, contains_any, safe_lower
from .sentences import sentence_spans

CUR = r"(?:[$£€¥₹]|\b(?:USD|CAD|GBP|EUR|AUD|CHF|NZD|INR|SGD)\b\s?|\bR\$)"
NUM = r"\d{1,3}(?:[,.]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
AMOUNT = rf"(?:{CUR}\s?(?:{NUM})(?:\s?[kK]\b)?(?:\s?(?:USD|CAD|GBP|EUR|AUD)\b)?|(?:{NUM})(?:\s?[kK])?\s?(?:USD|CAD|GBP|EUR|AUD|dollars)\b)"
BIG = re.compile(r"^\s?(?:million|billion|trillion|bn|mm|m\b|b\b|M\b|B\b)", re.I)
PERIOD = re.compile(
    r"^\s*(?:/\s*|per\s+|an?\s+|each\s+)(?:hour|hr|h\b|year|yr|annum|month|mo\b|week|wk|day|shift|visit|session)"
    r"|^\s*(?:hourly|annually|annual|monthly|yearly|weekly|p\.?a\.?\b|/hr|/yr|ph\b|pa\b|per annum|base|salary|stipend)"
    r"|^\s*\+?\s*(?:monthly|annually|a month|a year)", re.I)
PAY_WORDS = re.compile(
    r"\b(salary|salaries|pay|paid|wage|wages|compensation|remuneration|stipend|earn|earning|earnings|rate|"
    r"hourly|annually|per hour|per year|per annum|ote|base|starting|grade|gs-\d+|pay band|pay scale|bonus|income|package)\b",
    re.I)
NOT_PAY = re.compile(
    r"\b(raised|funding|funded|revenue|revenues|assets|valuation|valued|budget|budgets|portfolio|under management|"
    r"market cap|sales of|in sales|turnover|investment|invested|series [a-e]|seed round|capital|fund|grants?|donations?|"
    r"tuition reimbursement|reimburse|allowance|401\(?k\)?|referral bonus|sign[- ]on bonus|fee|fees|price|cost|costs|"
    r"spend|transactions?|loans?|deals?|contracts? worth)\b", re.I)
AMOUNT_RE = re.compile(AMOUNT)
RANGE_RE = re.compile(rf"(?P<a>{AMOUNT})\s*(?:-|to|and|–|—)\s*(?P<b>{AMOUNT}|(?:{NUM})\s?(?:k|K)?\b)", re.I)
PLAIN_RANGE = re.compile(rf"\b(?:{NUM})\s?(?:k|K)?\s*(?:-|to)\s*(?:{NUM})\s?(?:k|K)?\b")
GRADE = re.compile(r"\b(?:GS|GG|GM|WG|EX|CS|IT|EC|PM|AS)[- ]?\d{1,2}\b")
VAGUE_PAY = re.compile(
    r"\b(?:competitive|attractive|market[\s-](?:rate|related|competitive|leading)|excellent|generous|great|good|industry[- ]leading)\s+"
    r"(?:(?:base|guaranteed|starting|total|hourly|annual)\s+)?(?:salary|salaries|pay|compensation|remuneration|wages?|package|rate|benefits and salary)\b"
    r"|\b(?:salary|salaries|pay|compensation|wages?|rate)\s+(?:is\s+|will\s+be\s+)?(?:based\s+on|dependent\s+on|depending\s+on|determined\s+by)\s+(?:experience|qualifications|skills)"
    r"|\b(?:doe|d\.o\.e\.?|depending\s+on\s+(?:experience|qualifications|skills)|dependent\s+(?:up)?on\s+experience"
    r"|commensurate\s+with\s+(?:experience|qualifications|skills|education)|salary\s+(?:is\s+)?negotiable|negotiable\s+(?:salary|pay|compensation)"
    r"|pay\s+(?:is\s+)?negotiable|salary\s+(?:will\s+be\s+)?(?:discussed|determined)|market\s+rate)\b", re.I)
OPEN_ENDED = re.compile(
    rf"(?P<a>{AMOUNT})\s*(?:\+|and\s+up\b|or\s+more\b|plus\b)|\b(?:starting\s+(?:at|from)|from|up\s+to|as\s+much\s+as|minimum\s+of|at\s+least)\s+(?P<b>{AMOUNT})",
    re.I)


_DIGIT = re.compile(r"\d")
#: an amount as RANGE_RE and OPEN_ENDED see one (case-insensitively); AMOUNT_RE finds fewer
_ANY_AMOUNT = re.compile(AMOUNT, re.I)
#: what every amount holds, lower-cased: a currency sign or code that opens it (CUR), or a code
#: or "dollars" that closes it. Most sentences with digits ("5+ years", "401(k)") hold none.
_CURRENCY_MARKS = ("$", "£", "€", "¥", "₹", "usd", "cad", "gbp", "eur", "aud", "chf", "nzd", "inr", "sgd", "dollars")
_VAGUE_PAY = LowerCaseRegex(VAGUE_PAY, literal_test=True)
_PAY_WORDS, _NOT_PAY = LowerCaseRegex(PAY_WORDS), LowerCaseRegex(NOT_PAY)


@dataclass
class PayMention:
    kind: str  # range | single | grade | vague | open
    start: int  # prose-text offsets
    end: int
    text: str


def pay_mentions(text: str, start: int = 0, end: int | None = None) -> list[PayMention]:
    """Concrete and vague pay in ``text[start:end]`` ("$52,000-$60,000 a year", "DOE"), not
    "$2 billion in assets" or "$5M raised"."""
    end = len(text) if end is None else end
    if not _DIGIT.search(text, start, end) and not _VAGUE_PAY.may_match(safe_lower(text[start:end])):
        return []  # no figure and no vague-pay wording anywhere: no sentence to look at
    out: list[PayMention] = []
    for sent_start, sent_end in sentence_spans(text, start, end):
        out.extend(PayMention(p.kind, sent_start + p.start, sent_start + p.end, p.text)
                   for p in _sentence_pay(text[sent_start:sent_end]))
    out.sort(key=lambda p: p.start)
    return out


@lru_cache(maxsize=4096)
def _sentence_pay(sent: str) -> tuple[PayMention, ...]:
    """Pay in one sentence, at offsets within it. Remembered: ads repeat their boilerplate, and
    section detection and the pay rules ask about the same sentences."""
    out: list[PayMention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    lowered = safe_lower(sent)
    if not _DIGIT.search(sent):
        # every concrete kind (range, open, single, grade) needs a digit; most sentences have
        # none, and the amount regexes below are the classifier's main cost
        return tuple(PayMention("vague", s, e, sent[s:e]) for s, e in _VAGUE_PAY.spans(sent, lowered))
    pay_context = _PAY_WORDS.found(sent, lowered)
    not_pay = _NOT_PAY.found(sent, lowered)
    # ranges, open-ended and single amounts all contain an amount, and most sentences with
    # digits ("5+ years", "401(k)") have none
    amounts = (lowered is None or contains_any(lowered, _CURRENCY_MARKS)) and _ANY_AMOUNT.search(sent) is not None
    for m in RANGE_RE.finditer(sent) if amounts else ():
        after = sent[m.end():]
        if BIG.match(after) or BIG.match(sent[m.end("a"):]):
            continue
        if not pay_context and not PERIOD.match(after) and not_pay:
            continue
        if not (pay_context or PERIOD.match(after)) and not _k_or_large(m.group()):
            continue
        out.append(PayMention("range", m.start(), m.end(), m.group()))
        taken.append((m.start(), m.end()))
    if pay_context and not taken:
        for m in PLAIN_RANGE.finditer(sent):
            nums = re.findall(r"\d[\d,.]*", m.group())
            if all(_value(n) >= 7 for n in nums) and not re.search(r"years?|%|hours|days|weeks|months", sent[m.end():m.end() + 8], re.I) \
                    and re.search(r"salary|pay|wage|compensation|rate|range", sent, re.I):
                out.append(PayMention("range", m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
    for m in OPEN_ENDED.finditer(sent) if amounts else ():
        s, e = m.start(), m.end()
        if not free(s, e) or BIG.match(sent[m.end():]):
            continue
        if not (pay_context or PERIOD.match(sent[m.end():])) or (not_pay and not PERIOD.match(sent[m.end():])
                                                                 and not re.search(r"salary|pay|wage|compensation", sent, re.I)):
            continue
        out.append(PayMention("open", s, e, m.group()))
        taken.append((s, e))
    for m in AMOUNT_RE.finditer(sent) if amounts else ():
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        after = sent[m.end():]
        if BIG.match(after) or re.match(r"\s?%", after):
            continue
        period = PERIOD.match(after)
        if period or (pay_context and not not_pay and _near_pay_word(sent, m.start(), m.end())):
            e2 = e + (period.end() if period else 0)
            out.append(PayMention("single", s, e2, sent[s:e2]))
            taken.append((s, e2))
    for m in GRADE.finditer(sent):
        s, e = m.start(), m.end()
        if free(s, e) and (AMOUNT_RE.search(sent) or re.search(r"\b(pay|grade|salary|level)\b", sent, re.I)):
            out.append(PayMention("grade", s, e, m.group()))
    out.extend(PayMention("vague", s, e, sent[s:e]) for s, e in _VAGUE_PAY.spans(sent, lowered))
    return tuple(out)


def _value(num: str) -> float:
    try:
        return float(num.replace(",", ""))
    except ValueError:
        return 0.0


def _k_or_large(s: str) -> bool:
    return bool(re.search(r"\d\s?[kK]\b|\d{2},\d{3}", s))


def _near_pay_word(sent: str, s: int, e: int) -> bool:
    window = sent[max(0, s - 60):min(len(sent), e + 40)]
    return bool(PAY_WORDS.search(window))



def shows_pay(sent: str, lowered: str | None = None) -> bool:
    """Vague-pay wording, or a concrete figure among ``pay_mentions(sent)`` (``lowered``: the
    sentence lower-cased, as for ``LowerCaseRegex``). Every concrete kind needs a digit, so
    sentences without one (most) are not taken apart for figures."""
    if _VAGUE_PAY.found(sent, lowered):
        return True
    return _DIGIT.search(sent) is not None and any(p.kind != "vague" for p in pay_mentions(sent))
