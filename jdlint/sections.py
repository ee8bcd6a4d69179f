"""Finding the sections of a posting: by heading, by front-matter key and by content.

1. **Headings.** Markdown headings and label lines ("What you'll do:", "**Perks**", "Case Manager
   Job Responsibilities:") are matched against heading synonyms, which are data (``sections:`` in
   rule packs, extended by config ``sections.headings``). One heading may name two kinds ("Work
   Hours & Benefits"). A section runs from its heading to the next heading of the same or a higher
   level; a heading with nothing under it (or only template leftovers) gives an *empty* section.
   Generic headings ("Job description", "About the role", "Overview") name no kind: their bodies
   are classified by content.
2. **Content.** Many real postings have no headings at all. Blocks (paragraphs, list items, table
   rows) that no specific heading covers are classified by wording: duty phrasing vs
   qualification phrasing, benefit terms, an opening pitch about the employer. Pay figures,
   application instructions, equal-opportunity language, location and schedule are looked for in
   every sentence, whatever heading they sit under. Neighbouring blocks of one kind merge.
3. **Front matter** keys (``salary:``, ``location:``, ``apply_url:``).

Template leftovers (bracketed instructions, template guidance addressed to the employer,
job-board promotion) never count as the section they name: ``leftovers()`` finds them, the
``placeholder`` rules report them and detection skips them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import add
from typing import Any, Callable

from .document import Block, Document, Section
from .regexes import LowerCaseRegex, contains_any, guarded, required_literals, safe_lower

FRONT_MATTER_KEYS = {
    "pay": ("salary", "pay", "compensation", "salary_range", "pay_range", "wage", "wages", "salary_min", "salary_max"),
    "location": ("location", "locations", "city", "office", "remote", "workplace"),
    "how-to-apply": ("apply_url", "apply", "application_url", "how_to_apply", "apply_link", "apply_email"),
    "benefits": ("benefits", "perks"),
    "schedule": ("schedule", "hours", "employment_type", "type"),
}

#: Headings that say "here is the job" without saying which part: their bodies are classified by
#: content; blocks the classifier cannot place default to the kind given here (or stay unplaced).
GENERIC_HEADINGS = {
    "job description": "responsibilities", "description": "responsibilities",
    "about the role": "responsibilities", "the role": "responsibilities", "role": "responsibilities",
    "about the job": "responsibilities", "about the position": "responsibilities",
    "the position": "responsibilities", "position": "responsibilities",
    "role overview": "responsibilities", "position overview": "responsibilities",
    "job summary": "responsibilities", "position summary": "responsibilities",
    "role summary": "responsibilities", "the opportunity": "responsibilities",
    "job details": None, "details": None, "the fine print": None, "fine print": None, "the details": None,
    "the small print": None, "good to know": None, "logistics": None, "overview": None, "summary": None,
    "additional information": None, "other information": None, "more information": None,
}

_WORDS = re.compile(r"[a-z0-9']+")
BODY_KINDS = ("paragraph", "list_item", "blockquote", "table_row")


@lru_cache(maxsize=4096)  # every heading re-normalises every synonym phrase
def _normalise(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower().replace("\u2019", "'").replace("&", " and ")))


_FILLER = frozenset("""a an and or the our your my their this that of for to in on at with job role position
what we you i key main core also other all some more additional essential general company team s""".split())


def heading_kinds(heading: str, synonyms: dict[str, list[str]]) -> list[str]:
    """Section kinds a heading names, in the order they appear in it.

    A synonym must end the heading ("Case Manager Job Responsibilities", "Education, Experience,
    and Licensing Requirements"), or the rest of the heading must be other synonyms and filler
    words ("Benefits & Perks", "Work Hours & Benefits"). So "Office Manager/Executive Assistant"
    is not a location heading, and "Put Your Case Manager Job Description to Work for You" names
    nothing.
    """
    return _kinds_named(heading, _synonym_needles(_synonym_key(synonyms)))


def _synonym_key(synonyms: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((kind, tuple(phrases)) for kind, phrases in synonyms.items())


def _kinds_named(heading: str, needles: _SynonymNeedles) -> list[str]:
    """heading_kinds, given the synonym needles."""
    norm_plain = _normalise(heading)
    words = norm_plain.split()
    if not words or len(words) > 12:
        return []
    norm = f" {norm_plain} "
    hits: list[tuple[int, int, str]] = []  # (start char, end char, kind)
    # a needle can only be found where its first word is: look for those, in table order
    candidates = sorted({n for word in words for n in needles.by_first_word.get(word, ())})
    for kind, needle in map(needles.needles.__getitem__, candidates):
        pos = norm.find(needle)
        while pos >= 0:
            hits.append((pos, pos + len(needle), kind))
            pos = norm.find(needle, pos + 1)
    if not hits:
        return _about_heading(words)
    # a synonym inside a longer synonym of another kind does not count ("who may apply" is
    # eligibility, not how to apply; "work hours" is not "work")
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits)]
    covered = [False] * len(norm)
    for a, b, _ in hits:
        for k in range(a, b):
            covered[k] = True
    uncovered = [w for w, pos in _word_positions(norm) if not covered[pos] and w not in _FILLER]
    ends = any(b == len(norm) for _, b, _ in hits)
    opens = any(a == 0 and len(norm[a:b].split()) >= 2 for a, b, _ in hits)
    if uncovered and not ends and not (opens and len(words) <= 8):
        return []
    if uncovered and ends:
        # the synonym closes the heading: keep hits that end it or are joined to it by synonyms
        pass
    found: dict[str, int] = {}
    for a, _, kind in hits:
        found[kind] = min(found.get(kind, a), a)
    return [k for k, _ in sorted(found.items(), key=lambda kv: kv[1])]


class _SynonymNeedles:
    """(kind, " normalised phrase ") for every synonym that is not a generic heading, and for
    each word, the indexes of the needles that start with it."""

    def __init__(self, needles: tuple[tuple[str, str], ...]) -> None:
        self.needles = needles
        by_first_word: dict[str, list[int]] = {}
        for n, (_, needle) in enumerate(needles):
            by_first_word.setdefault(needle.split()[0], []).append(n)
        self.by_first_word = {word: tuple(ns) for word, ns in by_first_word.items()}


@lru_cache(maxsize=16)  # one synonym table per configuration; headings are many
def _synonym_needles(synonyms: tuple[tuple[str, tuple[str, ...]], ...]) -> _SynonymNeedles:
    return _SynonymNeedles(tuple((kind, f" {p} ") for kind, phrases in synonyms for p in map(_normalise, phrases)
                                 if p and p not in GENERIC_HEADINGS))


def _word_positions(norm: str):
    pos = 0
    for w in norm.split(" "):
        if w:
            yield w, pos + 1
        pos += len(w) + 1


def _about_heading(words: list[str]) -> list[str]:
    """"About Monospace", "Why Acme", "About the Canadian Digital Service": the employer."""
    if len(words) < 2:
        return []
    if words[0] in ("about", "why") and len(words) <= 4 \
            and words[1] not in ("the", "this", "you", "your", "our", "role", "job", "position", "us"):
        return ["intro"]
    if len(words) <= 6 and words[:2] == ["about", "the"] and words[-1] not in ("role", "job", "position", "opportunity", "work"):
        return ["intro"]
    if len(words) <= 5 and words[:2] == ["about", "our"] and words[-1] not in ("role", "job", "position"):
        return ["intro"]
    return []


def generic_heading(heading: str) -> str | None | bool:
    """The default kind of a generic heading, None for a generic heading with no default, or
    False when the heading is not generic."""
    norm = _normalise(heading)
    for phrase, kind in GENERIC_HEADINGS.items():
        if norm == phrase or norm.endswith(" " + phrase) and len(norm.split()) <= 8:
            return kind
    return False


# -- template leftovers -------------------------------------------------------------------------
@dataclass
class Leftover:
    """A piece of template text left in the posting (prose-text offsets unless ``source``)."""

    kind: str  # instruction | field | marker | guidance | promotion
    start: int
    end: int
    label: str = ""
    source: bool = False  # offsets are source offsets (found in markup the prose text drops)
    blocks: tuple[int, ...] = ()  # indexes of whole blocks it covers


BRACKET_AT_START = re.compile(r"^\s*\[(?P<label>[^\[\]\n]{2,60})\](?!\()")
BRACKET = re.compile(r"\[(?P<label>[^\[\]\n]{2,60})\](?![(\[:])")
#: words that make a bracketed label a fill-in field ("[Company Name]", "[insert city]")
FIELD_WORDS = re.compile(
    r"\b(name|title|company|employer|organi[sz]ation|city|state|country|address|location|date|"
    r"insert|enter|add|your|salary|amount|number|rate|x+|email|e-mail|phone|url|link|website|"
    r"paragraph|intro|introduction|call to action|description|details|describe|list|here|"
    r"benefits|responsibilities|requirements|qualifications|duties)\b",
    re.I)
GUIDANCE = re.compile(
    r"\b(this (job description )?(sample|template)|(use|revise|customi[sz]e|edit|adapt|modify) this (job description |job ad |job posting )?template"
    r"|feel free to (revise|edit|customi[sz]e|adapt|modify|add)|job description (template|sample|example)s?\b"
    r"|whether you'?re writing|when (you'?re )?writing (a|your) (job|the job)|this part of your"
    r"|(here|this) is where you (turn|want to|should|can|include|describe|list|add|tell|give)|potential applicants"
    r"|(make|set|show) your (facility|company|organi[sz]ation|business|service|practice)\b"
    r"|employers (seeking|looking|who want)|your (job description|job ad|job posting|listing|posting)\b"
    r"|(best|top)[- ]performing (listings|job descriptions|postings|ads)|(can|will) help you (hire|attract|find)"
    r"|take a look at our .{0,40}(listings|job descriptions|templates)|to find even more ideas"
    r"|you (can|should|may|might|want to) (also )?(include|describe|mention|list|add|highlight) .{0,60}(benefits|hours|responsibilities|requirements|details|salary|perks))",
    re.I)
PROMOTION = re.compile(
    r"\b(post (your|a) (job|listing|vacancy|opening)s?( today| now| for free)?|sign up for (a|an|your) .{0,30}(account|plan|trial)"
    r"|no credit card (needed|required)|(reach|find) (top|qualified) (talent|candidates)|post a new listing"
    r"|put your .{0,40}job description to work|(we'?ll|we will) (match your listing|send you .{0,20}applicants)"
    r"|extensive (resume |candidate )?database|free (job )?posting|start hiring (today|now))",
    re.I)
MARKERS = re.compile(guarded(
    r"(?<![\w-])(?P<m>TBD|TBA|TODO|FIXME|XXX+|lorem ipsum(?: dolor)?(?: sit amet)?)(?![\w-])"
    r"|(?P<money>[$£€]\s?X{1,3}(?:[,.]?X{3})*(?:\.XX)?(?![\w]))"
    r"|(?P<years>(?<![\w-])(?:X{1,2}|N)\+?\s+years?\b)"),
    re.I)
MARKERS_CASE = re.compile(r"(?<![\w-])(TBD|TBA|TODO|FIXME)(?![\w-])")
_GUIDANCE, _PROMOTION = (LowerCaseRegex(r, literal_test=True, guard=True) for r in (GUIDANCE, PROMOTION))
SOURCE_FIELDS = re.compile(r"\{\{\s*[^{}\n]{1,60}?\s*\}\}|\{%[^%\n]{1,80}%\}|<\s*insert\b[^<>\n]{0,80}>", re.I)


@lru_cache(maxsize=1)  # worked out on first use, like LowerCaseRegex's needles
def _marker_literals() -> tuple[str, ...]:
    """Literals one of which any MARKERS match contains (lower-cased). MARKERS names capitals,
    so it has no lower-case twin, but most blocks (seven in ten) lack all of these."""
    literals = required_literals(MARKERS.pattern, min_length=1) or ()
    return tuple(n for n in literals if not any(o != n and o in n for o in literals))


def leftovers(document: Document) -> list[Leftover]:
    """Template text left in the posting, in source order.

    Found once per document and kept on it: section detection and the placeholder rules both ask.
    """
    found = document.__dict__.get("_jdlint_leftovers")
    if found is None:
        found = document.__dict__["_jdlint_leftovers"] = _find_leftovers(document)
    return list(found)


def _find_leftovers(document: Document) -> list[Leftover]:
    text = document.text
    blocks = document.blocks
    found: list[Leftover] = []
    whole: set[int] = set()
    # bracketed instructions: "[Intro paragraph] Employers seeking ..." -> the bracket and its text
    for i, b in enumerate(blocks):
        bt = text[b.text_start:b.text_end]
        m = BRACKET_AT_START.match(bt)
        if m and (GUIDANCE.search(bt) or (b.kind != "heading" and _instruction_label(m.group("label"))
                                         and len(bt) - m.end() > 40)):
            found.append(Leftover("instruction", b.text_start, b.text_end, m.group("label").strip(), blocks=(i,)))
            whole.add(i)
    # template guidance addressed to the employer, and job-board promotion: whole blocks
    lowered = [safe_lower(text[b.text_start:b.text_end]) for b in blocks]
    for kind, regex in (("promotion", _PROMOTION), ("guidance", _GUIDANCE)):
        run: list[int] = []
        for i, b in enumerate(blocks + [None]):
            hit = b is not None and i not in whole and regex.found(text[b.text_start:b.text_end], lowered[i])
            if hit:
                run.append(i)
                continue
            # a promotion run also takes a promotional heading right before it
            if run:
                first, last = blocks[run[0]], blocks[run[-1]]
                found.append(Leftover(kind, first.text_start, last.text_end, blocks=tuple(run)))
                whole.update(run)
                run = []
    # fill-in fields: "[Company Name]" (not "[Remote]"), markers (TBD, TODO, $XX,XXX, X+ years)
    for i, b in enumerate(blocks):
        if i in whole:
            continue
        bt = text[b.text_start:b.text_end]
        for m in BRACKET.finditer(bt):
            if _field_label(m.group("label")):
                found.append(Leftover("field", b.text_start + m.start(), b.text_start + m.end(), m.group("label")))
        markers = lowered[i] is None or not _marker_literals() or contains_any(lowered[i], _marker_literals())
        for m in MARKERS.finditer(bt) if markers else ():
            word = m.group("m")
            if word and word.upper() in ("TBD", "TBA", "TODO", "FIXME") and not MARKERS_CASE.fullmatch(word):
                continue  # "todo" in lower case is a word, not a marker
            if word and word.upper().startswith("XXX") and word != word.upper():
                continue
            kind = "marker" if word else "field"
            found.append(Leftover(kind, b.text_start + m.start(), b.text_start + m.end(), m.group()))
    # fields only present in the raw source ({{ var }}, <insert ...>): markdown drops them
    src = document.source.text
    for m in SOURCE_FIELDS.finditer(src):
        found.append(Leftover("field", m.start(), m.end(), m.group(), source=True))
    found.sort(key=lambda l: (document.to_source(l.start, l.end)[0] if not l.source else l.start))
    return found


def _field_label(label: str) -> bool:
    words = label.split()
    if not words or len(words) > 6 or label.startswith("http") or label.strip().lower() in ("x", "xx", "xxx"):
        return False  # "[x]" / "[ ]" are task-list boxes, not fields
    if label.strip().isupper() and len(words) == 1 and not FIELD_WORDS.search(label):
        return False
    return bool(FIELD_WORDS.search(label)) and (label[0].isupper() or label.lower().startswith(("insert", "enter", "your", "add")))


def _instruction_label(label: str) -> bool:
    return bool(FIELD_WORDS.search(label)) and len(label.split()) <= 6


def template_blocks(document: Document, found: list[Leftover] | None = None) -> set[int]:
    """Blocks that are entirely template text (instructions, guidance, promotion)."""
    found = leftovers(document) if found is None else found
    out: set[int] = set()
    for l in found:
        out.update(l.blocks)
    return out


# -- content classification --------------------------------------------------------------------
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
    for sent_start, sent_end in _sentences(text, start, end):
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


#: every split starts at a space or a capital letter: the lookahead up front lets the engine pass
#: over other characters without trying each branch there (twice as fast)
_SENT_SPLIT = re.compile(
    r"(?=[\sA-Z])(?:(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9$£€•])|\n|(?<=[a-z0-9)])(?=[A-Z][a-z]{2,})|\s•\s)")


#: the characters _SENT_SPLIT's lookbehinds accept: a span of text after any other character (or
#: at the start) splits as the span's own text does
_SPLIT_LOOKBEHIND = frozenset(".!?;)abcdefghijklmnopqrstuvwxyz0123456789")


@lru_cache(maxsize=4096)  # _whole_block_kind and block_scores split the same block text
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Rough sentence spans of text[start:end] (also splitting EMSCAD's run-together items).

    Any piece this returns splits into just itself: no split point inside it was found with the
    same characters on either side, and every part of _SENT_SPLIT is a positive test, which
    cutting the text off at the piece's end can only make fail.
    """
    if (start > 0 or end < len(text)) and (start == 0 or text[start - 1] not in _SPLIT_LOOKBEHIND):
        # a block of the posting: split as its own text, which the block classifiers split too
        return tuple((start + a, start + b) for a, b in _sentences(text[start:end], 0, end - start))
    return split_sentences(text, start, end)


def split_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans between ``_SENT_SPLIT``'s split points in text[start:end]: what ``_sentences``
    gives, without its memo or its reuse of a block's split."""
    spans = []
    pos = start
    for m in _SENT_SPLIT.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        spans.append((pos, end))
    return tuple(spans)


_DUTY_VERBS = set("""
accomplish administer advise advocate analyse analyze answer apply approve arrange assess assist audit
balance build calculate champion coach collaborate collect communicate compile complete conduct configure
consult contribute coordinate create debug decide define deliver deploy design determine develop diagnose
direct document draft drive educate enhance ensure establish estimate evaluate execute facilitate file
follow forecast gather guide handle help identify implement improve inform inspect install integrate
interview investigate lead liaise maintain manage market measure meet mentor monitor negotiate operate
optimize optimise organize organise oversee own participate partner perform plan prepare present
prioritize prioritise process produce program promote propose provide publish recommend reconcile record
recruit refactor report represent research resolve respond review run schedule screen sell serve set
shape ship solve source specify start streamline supervise support teach test track train translate
triage troubleshoot update use validate verify work write greet clean load deliver stock drive cook
prepare answer transport admit accept
""".split())
_DUTY_PHRASES = LowerCaseRegex(re.compile(
    r"\b(you will|you'll|you would|will be responsible|responsible for|responsibilities (include|are)|duties (include|are)"
    r"|in this role|the role (involves|includes)|your (day|work|job) (will|includes?)|day[- ]to[- ]day|we are (looking|seeking|hiring)"
    r"|we're (looking|seeking|hiring)|looking for (a|an)|seeking (a|an)|is (looking|seeking|hiring) (for )?(a|an)|join (our|the) team as"
    r"|reporting to|reports to|work (closely )?with|as (a|an|the) [a-z ]{2,40}, you|the (successful )?(candidate|applicant|hire|person) will"
    r"|this (position|role|job) (is|will|involves|includes|requires)|tasks|duties|responsibilities|will (work|help|manage|support|lead|develop|assist|own|be working|be part)"
    r"|working (on|with|closely)|you('ll| will) be)\b", re.I), guard=True)
_ANYWHERE_VERBS = ("manage develop maintain coordinate support ensure implement prepare conduct design oversee monitor "
                   "handle organize organise plan assist create build lead deliver review analyze analyse execute perform").split()


def _verb_forms(verb: str) -> str:
    stem = verb[:-1] if verb.endswith("e") else verb
    return f"{stem}(?:e|es|ed|ing)" if verb.endswith("e") else f"{verb}(?:s|ed|ing|ned|ning)?"


#: duty verbs anywhere in a sentence (verb forms only: "manages", not "manager")
_DUTY_ANYWHERE = LowerCaseRegex(re.compile(r"\b(?:" + "|".join(_verb_forms(v) for v in _ANYWHERE_VERBS) + r")\b", re.I))
_REQ_STRONG = LowerCaseRegex(re.compile(
    r"(\b\d+\+?\s*(?:-\s*\d+\s*)?(years?|yrs)\b|\b(years?|yrs) of\b|\bdegree\b|\bbachelor|\bmaster'?s\b|\bph\.?d|\bdiploma\b|\bged\b"
    r"|\bknowledge of\b|\bproficien|\bfamiliar(ity)?\b|\bability to\b|\bable to\b|\bmust (have|be|possess)\b|\brequired\b|\brequirements?\b"
    r"|\bcertif|\blicen[cs]|\bunderstanding of\b|\bbackground in\b|\btrack record\b|\bfluen|\bqualifications?\b|\bcandidates? (should|must|will have)\b"
    r"|\byou (have|are|bring|possess)\b|\bexperience (in|with|of|as|working|using)\b|\bexperienced (in|with)\b|\bcompeten|\bcomfortable (with|in)\b|\bproven\b"
    r"|\bskills?\b|\bexpertise\b|\bgood (command|knowledge)|\battention to detail\b|\bself[- ]starter\b|\bteam player\b)", re.I), guard=True)
_REQ_WEAK = LowerCaseRegex(re.compile(r"\b(experience|strong|excellent|hands[- ]on|solid|deep|passion(ate)?|motivated|detail[- ]oriented|organi[sz]ed)\b", re.I),
                           literal_test=True, guard=True)
_PREF_PHRASES = LowerCaseRegex(re.compile(
    r"\b(preferred|preferably|nice to have|nice-to-have|a plus|is a plus|are a plus|bonus points?|desirable|ideally|an advantage"
    r"|would be (great|nice|a plus)|not required but|helpful but not|good to have)\b", re.I), literal_test=True, guard=True)
#: benefit terms: strong ones name a benefit outright, weak ones are softer perks and phrasing
_BENEFIT_STRONG = LowerCaseRegex(re.compile(
    r"\b(health|medical|dental|vision|life) (insurance|coverage|plan|care|benefits)|\b(dental|vision)\b|\b401\s?\(?k\)?|\b403\s?\(?b\)?|\bretirement\b|\bpension\b"
    r"|\bpto\b|\bpaid time off\b|\bvacation\b|\bholidays?\b|\bparental leave\b|\bmaternity\b|\bpaternity\b|\bsick (leave|days|time)\b"
    r"|\btuition\b|\bstock options?\b|\bequity\b|\bgym\b|\bwellness\b|\bfree (lunch|lunches|snacks|food|meals|coffee|parking)\b"
    r"|\bbenefits?\b|\bperks?\b|\bwe offer\b|\bwhat we offer\b|\binsurance\b|\bhsa\b|\bfsa\b|\bbonus(es)?\b"
    r"|\bwork[- ]life balance\b|\bcontinuing education\b|\beducation (support|assistance|reimbursement|allowance)\b"
    r"|\bemployee discount|\bcommuter\b|\brelocation (assistance|package)\b|\bannual leave\b|\bwork from home\b|\bremote work\b"
    r"|\b(salary|compensation|remuneration) package\b|\bprofit[- ]sharing\b|\bchildcare\b|\bcompany car\b|\breward you\b",
    re.I), guard=True)
_BENEFIT_WEAK = LowerCaseRegex(re.compile(
    r"\bflexible (hours|schedule|working|work)\b|\b(career|professional) (development|growth)\b|\b(training|learning) (budget|opportunities|program)"
    r"|\bcompetitive (salary|pay|compensation)\b|\bdays? off\b|\bfun\b|\bteam (events|outings|lunches)\b|\bsnacks\b"
    r"|\byou('ll| will) (get|enjoy|receive|have access|be eligible)|\b(we|the company) (provides?|gives?)\b|\bemployees (enjoy|receive|get)\b"
    r"|\bmacbook|\blaptop\b|\bwork environment\b|\bworking environment\b|\bculture\b"
    r"|\bopportunit(y|ies) (to|for) (grow|growth|learn|develop|advance|advancement|progress|travel)|\bgrowth opportunit|\bcareer (growth|progression|advancement|opportunit)"
    r"|\bpaid (training|holidays?|leave|vacation)|\bfree\b|\bdiscounts?\b|\bmeal\b|\blunch(es)?\b|\bcoffee\b",
    re.I), guard=True)
_INTRO_STRONG = LowerCaseRegex(re.compile(
    r"\b(we are (a|an|the)\b(?! (looking|seeking|hiring))|we're (a|an|the)\b(?! (looking|seeking|hiring))|our mission|our vision|our company|our story"
    r"|founded (in|by)|headquartered|is a (leading|global|growing|fast[- ]growing|national|international|world|premier|privately|family|young|small|non-?profit|full[- ]service|boutique|award|company|provider|startup|start-up|team|firm)"
    r"|is (one of )?the (leading|largest|world's|premier|nation's)|leading (provider|supplier|company)|(company|organi[sz]ation|firm|agency) (that|which) (helps?|provides?|builds?|makes?)"
    r"|we (help|build|make|provide|create|serve|believe|deliver|develop|offer|partner|work with|are committed|have been|connect|empower|design|specialize|specialise)"
    r"|since (19|20)\d\d|established in|our (customers|clients|members|products?|platform|services|team of|people|values|culture))", re.I))
#: "Acme makes ...", "90 Seconds is the world's ...": a sentence about a named organisation
_INTRO_SUBJECT = re.compile(
    r"^\W*(?!(?:You|We|The|This|Our|As|In|If|It|They|He|She|Candidates?|Applicants?|Responsibilities|Requirements|Duties|Must|Ability|Experience|Strong|Excellent|Work|Please|Apply)\b)"
    r"(?:[A-Z0-9][\w&.'-]*\s){0,4}?(?:[A-Z][\w&.'-]*)\s(?:is|was|are|makes|provides|offers|helps|builds|produces|develops|creates|delivers|enables|connects"
    r"|specializes|specialises|operates|serves|has been|was founded|was established|launched|designs|manufactures|sells|powers|brings|works with)\b")
_INTRO_EXTRA = LowerCaseRegex(re.compile(
    r"\b(profitable|fast[- ]growing|rapidly growing|established|launched|created in|reputation|award[- ]winning|the world'?s|world[- ]class|"
    r"our (success|growth|expertise|software|products?|technology|core values|values|portfolio|community|network)|we have (grown|been|offices|over)|"
    r"team of (over )?\d+|\d+\+? (employees|people|countries|offices|locations|customers|clients|members))\b", re.I))
_INTRO_WEAK = LowerCaseRegex(re.compile(
    r"\b(company|startup|start-up|agency|non-?profit|organi[sz]ation|employees|worldwide|global|offices? in|based in|inc\.?|ltd|llc|industry|clients|customers|vision|mission|brand|business|market)\b", re.I))
HOW_TO_APPLY = re.compile(
    r"\b(to apply|apply (now|today|online|here|at|via|by|through|on|in person|directly|with)|how to apply|click (on )?(the )?(apply|here)"
    r"|send (us )?(your|a|an) (resume|résumé|cv|application|portfolio|cover letter)|submit (your|a|an) (resume|résumé|cv|application|cover letter|portfolio)"
    r"|(email|e-mail|mail) (your|us your|a) (resume|résumé|cv|application)|(resume|résumé|cv)s? (to|at) \S+@|interested (candidates|applicants|individuals|parties)"
    r"|please (send|submit|apply|email|forward)|applications? (will be accepted|close|closes|are due|deadline|must be (received|submitted))"
    r"|(closing|application) date|apply by\b|deadline (to|for) apply|cover letter|if (you are|you're) interested|ready to apply|we'd love to hear from you"
    r"|to be considered|application process|we('ll| will) (be in touch|contact you))\b"
    r"|^\W*apply(\s+(now|today|online|here|anyway|via|at|through|by|for (this|the)|to (this|the|us)|with|on|in)\b|\s*[!.:]|\s*$)|\bapply (anyway|today|now)\b|\b(encourage|invite)s? you to apply\b|\b(you should|feel free to|don't hesitate to|do not hesitate to|please) apply\b|\bapply (for|to) this (role|position|job|opening)\b|\bapplications? (can|may|should) be (sent|submitted|made)\b", re.I)
#: location wording ("based in", "fully remote", "on-site") and a "City, ST" place
_LOCATION_WORDING = (
    r"\b(located (in|at)|based (in|out of)|(fully|100%) remote|remote[- ](first|friendly|position|role|work|eligible|ok)|this (is a )?(remote|hybrid|on-?site) (role|position|job)"
    r"|\bhybrid\b|on-?site\b|in[- ]office|work from (home|anywhere)|relocat|location\s*:|(our|the) (office|offices|headquarters) (is|are|in)"
    r"|(office|headquarters) in|within commuting distance|work location|duty station|telework|(from )?anywhere in (the )?[A-Z][a-z]+"
    r"|(fully )?distributed team|remote (within|in|from) )\b")
_STATE_CODE = (r", (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK"
               r"|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|QC|AB)\b")
_CITY_STATE = r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?" + _STATE_CODE
LOCATION = re.compile(_LOCATION_WORDING + "|" + _CITY_STATE)
SCHEDULE = re.compile(
    r"\b(full[- ]time|part[- ]time|monday (through|to|-) friday|mon(day)?\s*-\s*fri(day)?|\d{1,2}\s*(hours|hrs) (per|a|/) ?week|\bshifts?\b|weekends?"
    r"|hours\s*:|\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.)|overtime|on-call|on call|work schedule|working hours|hours of work|flexible hours"
    r"|(day|night|evening|morning|afternoon) shift|\d+-hour (day|week|shift)|per diem|seasonal|temporary|contract (role|position)|term length|appointment type|term position|(\d+|one|two|three)[- ]year[- ]term|permanent (role|position))\b",
    re.I)


PROTECTED = (r"(race|colou?r|religio|creed|sex\b|sexual|gender|national origin|nationality|ethnic|ancestry|\bage\b|disabilit"
             r"|veteran|marital|pregnan|genetic|family (status|commitments)|citizenship)")
EEO_STATEMENT = re.compile(
    r"\bequal (employment )?opportunit(y|ies) (employer|workplace|organi[sz]ation|for all)|\beeo(e)?\b.{0,20}employer|\beoe\b"
    r"|affirmative[- ]action (employer|program)|\beeo statement|equal opportunity and (affirmative|inclusion)"
    rf"|(without regard (to|for)|regardless of|irrespective of|(do|does|will) not discriminate|non-?discriminat|discriminat\w* (on the basis|based on|because of)).{{0,200}}{PROTECTED}"
    r"|(welcomes?|encourages?) (all )?(applica(nts|tions)|candidates|people|you to apply)\b.{0,120}" + PROTECTED +
    r"|(reasonable )?accommodations? (is|are|will be) (available|provided)|request (an? )?(reasonable )?(accommodation|adjustment)"
    r"|need (an? )?(reasonable )?(accommodation|adjustment)|assessment accommodation|accommodat\w* (during|in|for|throughout) (the|any|our|every) "
    r"(hiring|application|interview|recruitment|assessment|evaluation|selection)|reasonable adjustments",
    re.I)


def eeo_regex():
    """An employer's equal-opportunity, non-discrimination or accommodation statement (stricter
    than ``context.EEO_PATTERNS``, which only has to keep bias rules quiet: "foster the EEO
    program" is a duty and "e-Verify" is not a statement)."""
    return EEO_STATEMENT


_EEO_STATEMENT = LowerCaseRegex(EEO_STATEMENT, literal_test=True, guard=True)  # .{0,200} spans: slow however run
_HOW_TO_APPLY = LowerCaseRegex(HOW_TO_APPLY, literal_test=True)
_SCHEDULE = LowerCaseRegex(SCHEDULE, literal_test=True, guard=True)
#: LOCATION, searched as its two halves. It is case-sensitive, so it has no lower-case twin;
#: first-character lookaheads still let most positions fail at once. The wording is searched
#: only where one of its literals is; a place only where ", ST" is, which a search for its
#: literal start (", ") finds fast. Together three times faster on the dev corpus' sentences.
_LOCATION_WORDING_RE = re.compile(guarded(_LOCATION_WORDING, 0, limit=None))
_CITY_STATE_RE = re.compile(guarded(_CITY_STATE, 0, limit=None))
_STATE_CODE_RE = re.compile(_STATE_CODE)


@lru_cache(maxsize=1)  # worked out on first use, like LowerCaseRegex's needles
def _location_literals() -> tuple[str, ...]:
    literals = required_literals(_LOCATION_WORDING, min_length=1) or ()
    return tuple(n for n in literals if not any(o != n and o in n for o in literals))


def _shows_location(sent: str, lowered: str | None) -> bool:
    """Whether LOCATION finds anything in ``sent`` (``lowered``: as for LowerCaseRegex)."""
    if (lowered is None or contains_any(lowered, _location_literals())) and _LOCATION_WORDING_RE.search(sent):
        return True
    return _STATE_CODE_RE.search(sent) is not None and _CITY_STATE_RE.search(sent) is not None


def sentence_kinds(sent: str) -> set[str]:
    """Kinds a single sentence shows by wording (pay, how-to-apply, eeo, location, schedule)."""
    return set(_sentence_kinds(sent))


@lru_cache(maxsize=4096)  # a block's sentences are classified twice (_whole_block_kind, _content_sections)
def _sentence_kinds(sent: str) -> frozenset[str]:
    kinds = set()
    lowered = safe_lower(sent)
    if _shows_pay(sent, lowered):
        kinds.add("pay")
    if _HOW_TO_APPLY.found(sent, lowered) and not _in_other_sense(sent):
        kinds.add("how-to-apply")
    if _EEO_STATEMENT.found(sent, lowered) and not re.search(r"\bdiverse (team|group) of\b", sent, re.I):
        kinds.add("eeo")
    if _shows_location(sent, lowered):
        kinds.add("location")
    if _SCHEDULE.found(sent, lowered):
        kinds.add("schedule")
    return frozenset(kinds)


def _shows_pay(sent: str, lowered: str | None) -> bool:
    """Vague-pay wording, or a concrete figure among ``pay_mentions(sent)``. Every concrete
    kind needs a digit, so sentences without one (most) are not taken apart for figures."""
    if _VAGUE_PAY.found(sent, lowered):
        return True
    return _DIGIT.search(sent) is not None and any(p.kind != "vague" for p in pay_mentions(sent))


def _in_other_sense(sent: str) -> bool:
    # "apply your skills", "apply best practices": the verb apply, not a call to action
    return bool(re.search(r"\bapply (your|their|his|her|best|the|these|this|knowledge|skills|principles|critical)\b", sent, re.I)) \
        and not re.search(r"\bto apply\b|apply (now|today|online|here|via|by|through)", sent, re.I)


def block_scores(text: str, kind: str, sentence: bool = False) -> dict[str, float]:
    """Wording scores of one block for the block-level kinds. ``sentence``: the text is a piece
    ``_sentences`` gave, which would split into just itself."""
    words = max(len(text.split()), 1)
    if words < 3 and kind != "list_item" and not _BENEFIT_STRONG.found(text, safe_lower(text)):
        return dict.fromkeys(BLOCK_KINDS, 0.0)  # a stray fragment; "Full benefits" still counts
    sents = [text] if sentence else [text[s:e] for s, e in _sentences(text, 0, len(text))] or [text]
    duty = req = pref = ben = intro = 0.0
    for s in sents:
        duty_verb, duty_wording, req_s, pref_s, ben_s, intro_s = _sentence_scores(s)
        if duty_verb:
            duty += 1.5
        duty += duty_wording
        req += req_s
        pref += pref_s
        ben += ben_s
        intro += intro_s
    n = len(sents)
    return {"responsibilities": duty / n, "requirements": req / n * 0.9, "preferred": pref / n,
            "benefits": ben / n, "intro": intro / n * 0.8}


#: the kinds ``block_scores`` scores, in the order it lists them
BLOCK_KINDS = ("responsibilities", "requirements", "preferred", "benefits", "intro")


@lru_cache(maxsize=4096)  # ads repeat boilerplate, and a block may be scored twice (_whole_block_kind)
def _sentence_scores(s: str) -> tuple[bool, float, float, float, float, float]:
    """One sentence's share of ``block_scores``: whether it opens with a duty verb, then its duty,
    requirement, preferred, benefit and intro wording, each capped per sentence."""
    low = safe_lower(s)
    return (_is_duty_verb(_first_word(s)),
            _DUTY_PHRASES.count(s, low) + min(0.25 * _DUTY_ANYWHERE.count(s, low), 0.75),
            min(_REQ_STRONG.count(s, low) + 0.4 * _REQ_WEAK.count(s, low), 2),
            _PREF_PHRASES.count(s, low) * 1.5,
            min(1.6 * _BENEFIT_STRONG.count(s, low) + 0.8 * _BENEFIT_WEAK.count(s, low), 3),
            min(_INTRO_STRONG.count(s, low) * 1.2 + 0.35 * _INTRO_WEAK.count(s, low)
                + (1.0 if _INTRO_SUBJECT.match(s) else 0.0) + 0.6 * _INTRO_EXTRA.count(s, low), 2))


def _is_duty_verb(word: str) -> bool:
    if not word:
        return False
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        forms.update({stem, stem + "e"})
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.add(stem[:-1])
    return bool(forms & _DUTY_VERBS)


#: compiled once: _first_word runs on every scored sentence, and re.sub with a pattern string
#: looks the pattern up in re's cache on every call
_LEADING_NON_LETTERS = re.compile(r"^[\W\d_]+")
_LEADING_AUXILIARY = re.compile(r"^(you will|you'll|will be|will|to|help|and|also|you|be responsible for|responsible for)\s+")
_LETTERS = re.compile(r"[a-z]+")


def _first_word(sentence: str) -> str:
    s = _LEADING_NON_LETTERS.sub("", sentence).lower()
    s = _LEADING_AUXILIARY.sub("", s)
    m = _LETTERS.match(s)
    return m.group() if m else ""


# -- detection ----------------------------------------------------------------------------------
def detect(document: Document, synonyms: dict[str, list[str]], doc: Any = None) -> list[Section]:
    sections: list[Section] = []
    blocks = document.blocks
    index = document.source.index
    found_leftovers = leftovers(document)
    template = template_blocks(document, found_leftovers)
    covered: dict[int, list[str]] = {}  # block -> kinds of the heading section covering it
    generic_default: dict[int, str | None] = {}
    needles = _synonym_needles(_synonym_key(synonyms))
    named: dict[str, tuple[list[str], str | None | bool]] = {}

    def names(heading: str) -> tuple[list[str], str | None | bool]:
        """The kinds a heading names and, if none, its generic default (as generic_heading);
        remembered, as _section_end reads each label heading again for every section above it."""
        if heading not in named:
            kinds = _kinds_named(heading, needles)
            named[heading] = (kinds, generic_heading(heading) if not kinds else False)
        return named[heading]

    for i, block in enumerate(blocks):
        if block.kind != "heading" or i in template:
            continue
        heading = _heading_text(document, block)
        if i == 0 and _is_title(document, block):
            continue  # the posting's title ("# Remote Office Manager") is not a section heading
        kinds, generic = names(heading)
        if not kinds and generic is False:
            continue
        end_block = _section_end(document, i, names)
        body = [j for j in range(i + 1, end_block) if j not in template]
        for j in body:
            if kinds:
                covered[j] = kinds
            else:
                generic_default[j] = generic
                covered.pop(j, None)
        if not kinds:
            continue
        last = blocks[body[-1]] if body else block
        content = [j for j in body if blocks[j].kind != "heading"]
        for kind in kinds:
            sections.append(Section(kind, heading, block.line, last.end_line, "heading",
                                    block.start, last.end, empty=not content))
    sections.extend(_content_sections(document, covered, generic_default, template))
    if document.front_matter:
        fm = document.front_matter
        for kind, keys in FRONT_MATTER_KEYS.items():
            for key in keys:
                value = fm.data.get(key)
                if value not in (None, "", [], {}):
                    line = fm.key_lines.get(key, 1)
                    start = index.line_start(line)
                    sections.append(Section(kind, None, line, line, "front-matter", start,
                                            index.line_span(line, document.source.text)[1]))
                    break
    sections.sort(key=lambda s: (s.line, s.kind))
    return sections


def _is_title(document: Document, block: Block) -> bool:
    """The first block is the posting's title: a level-1 Markdown heading, or in plain text a
    first line that is not a label ending with a colon."""
    if document.source.kind != "text":
        return block.level == 1 and not block.label
    raw = document.source.text[block.start:block.end].strip()
    return not raw.endswith(":")


def _content_sections(document: Document, covered: dict[int, list[str]],
                      generic_default: dict[int, str | None], template: set[int]) -> list[Section]:
    blocks = document.blocks
    text = document.text
    units = _decode(document, covered, generic_default, template)
    _absorb_short_runs(units, text)
    out: list[Section] = []
    # merge neighbouring units of one kind (headings without a kind do not break a run)
    run_kind, run = None, []
    for unit in units + [None]:
        k = unit.label if unit is not None else None
        if unit is not None and k is not None and k == run_kind:
            run.append(unit)
            continue
        if run_kind and run:
            out.append(_section_from_units(document, run_kind, run[0], run[-1]))
        run_kind, run = (k, [unit]) if k else (None, [])
    # sentence-level kinds everywhere, unless a section of that kind already covers the block
    have: dict[str, list[tuple[int, int]]] = {}
    for s in out:
        have.setdefault(s.kind, []).append((s.start, s.end))
    for i, b in enumerate(blocks):
        if i in template or b.kind == "heading":
            continue
        block_kinds = set(covered.get(i, ()))
        for s, e in _sentences(text, b.text_start, b.text_end):
            for kind in _sentence_kinds(text[s:e]):
                if kind in block_kinds:
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
    return out


ORDER = ("intro", "responsibilities", "requirements", "preferred", "benefits")
_NONE = "none"
NONE_SCORE = 0.3
_STATES = ORDER + (_NONE,)


def _transition(a: str, b: str) -> float:
    """Postings follow a loose order (about the employer, the job, who you are, what you get);
    going back is possible ("About us" at the end) but costs."""
    if a == b:
        return 0.0 if a == _NONE else 0.25
    if a == _NONE or b == _NONE:
        return -0.05
    ia, ib = ORDER.index(a), ORDER.index(b)
    if ib > ia:
        return 0.0
    return -0.15 if b == "intro" else -0.4


#: _transition as a table the Viterbi pass reads per unit: row ``b`` holds the score of moving
#: into state ``b`` from each state (indexes into _STATES)
_INTO = tuple(tuple(_transition(a, b) for a in _STATES) for b in _STATES)
#: a slight preference for opening with the employer's pitch
_START_BONUS = tuple(0.15 if k == "intro" else 0.0 for k in _STATES)
#: staying in one state within a block (the sentences of one long paragraph)
_SAME_BLOCK_BONUS = 0.35


def _viterbi(emissions: list[list[float]], same_block: list[bool]) -> list[int]:
    """The best state path (indexes into _STATES) for per-unit emission rows in _STATES order.

    Rows and back-pointers are lists indexed by state: the pass runs once per unit of every
    posting, and dictionaries keyed by state name cost several times more. Every score is the
    same sum in the same order as in the plain formulation (tests compare the two), and ties go
    to the first best previous state, as ``max()`` and ``list.index`` pick it.
    """
    states = range(len(_STATES))
    last = [e + bonus for e, bonus in zip(emissions[0], _START_BONUS)]
    back: list[list[int]] = []
    for t in range(1, len(emissions)):
        emission = emissions[t]
        row: list[float] = []
        pointers: list[int] = []
        for k in states:
            values = list(map(add, last, _INTO[k]))  # score of coming from each state
            if same_block[t]:
                values[k] += _SAME_BLOCK_BONUS
            top = max(values)
            row.append(top + emission[k])
            pointers.append(values.index(top))
        back.append(pointers)
        last = row
    state = last.index(max(last))  # max(_STATES, key=...) also keeps the first of equal scores
    path = [state]
    for pointers in reversed(back):
        state = pointers[state]
        path.append(state)
    path.reverse()
    return path


@dataclass
class _Unit:
    block: int
    start: int  # prose-text offsets
    end: int
    emission: dict[str, float]
    fixed: bool = False  # covered by a heading section: an anchor, not a content section
    label: str | None = None


#: paragraphs longer than this are labelled sentence by sentence (run-together exports)
SPLIT_WORDS = 60


def _decode(document: Document, covered: dict[int, list[str]], generic_default: dict[int, str | None],
            template: set[int]) -> list[_Unit]:
    """Label the text no specific heading covers, by wording plus the usual order of a posting
    (a small Viterbi pass over all body units; heading-covered blocks are anchors). Units are
    blocks, or the sentences of a long paragraph."""
    blocks = document.blocks
    text = document.text
    units: list[_Unit] = []
    for i, b in enumerate(blocks):
        if b.kind not in BODY_KINDS or i in template:
            continue
        if i in covered:
            kinds = [k for k in covered[i] if k in ORDER]
            em = {k: (4.0 if k in kinds else -4.0) for k in _STATES}
            if not kinds:
                em[_NONE] = 4.0
            units.append(_Unit(i, b.text_start, b.text_end, em, fixed=True))
            continue
        bt = text[b.text_start:b.text_end]
        whole = _whole_block_kind(bt)
        if whole:
            units.append(_Unit(i, b.text_start, b.text_end, {}, fixed=True, label=whole))
            continue
        pieces = [(b.text_start, b.text_end)]
        split = b.kind == "paragraph" and len(bt.split()) > SPLIT_WORDS
        if split:
            pieces = [(s, e) for s, e in _sentences(text, b.text_start, b.text_end) if text[s:e].strip()]
        for s, e in pieces:
            scores = block_scores(text[s:e], b.kind if len(pieces) == 1 else "list_item", sentence=split)
            em = {k: scores.get(k, 0.0) for k in ORDER}
            if em["preferred"] >= 1.0 and em["requirements"] > 0:
                em["preferred"] += 0.5
            default = generic_default.get(i)
            if default in ORDER:
                em[default] += 0.6
            em[_NONE] = NONE_SCORE
            units.append(_Unit(i, s, e, em))
    seq = [u for u in units if u.emission]
    if not seq:
        return units
    path = _viterbi([[u.emission[k] for k in _STATES] for u in seq],
                    [t > 0 and seq[t].block == seq[t - 1].block for t in range(len(seq))])
    for unit, state in zip(seq, path):
        if not unit.fixed:
            unit.label = None if _STATES[state] == _NONE else _STATES[state]
    return units


SHORT_RUN_WORDS = 15


def _absorb_short_runs(units: list[_Unit], text: str) -> None:
    """A short run of content units between two runs of one other kind takes that kind (a
    single sentence read as 'requirements' inside a duties paragraph is noise in the outline)."""
    runs: list[list[_Unit]] = []
    for u in units:
        if u.fixed:
            runs.append([])  # anchors break runs
            continue
        if runs and runs[-1] and runs[-1][-1].label == u.label:
            runs[-1].append(u)
        else:
            runs.append([u])
    for k in range(1, len(runs) - 1):
        prev, run, nxt = runs[k - 1], runs[k], runs[k + 1]
        if not prev or not run or not nxt:
            continue
        label = prev[-1].label
        if label is None or nxt[0].label != label or run[0].label == label:
            continue
        words = sum(len(text[u.start:u.end].split()) for u in run)
        if words < SHORT_RUN_WORDS:
            for u in run:
                u.label = label


def _whole_block_kind(text: str) -> str | None:
    """A block that is all equal-opportunity, application or (concrete) pay wording."""
    sents = [text[s:e] for s, e in _sentences(text, 0, len(text))] or [text]
    kinds = [_sentence_kinds(s) for s in sents]
    for k in ("eeo", "how-to-apply", "pay"):
        share = sum(1 for ks in kinds if k in ks) / len(sents)
        if share >= 0.5:
            if k == "pay" and not any(p.kind != "vague" for p in pay_mentions(text)):
                continue
            if max(block_scores(text, "paragraph").values()) >= 2.5:
                continue
            return k
    return None


def _section_from_units(document: Document, kind: str, first: _Unit, last: _Unit) -> Section:
    a, b = document.blocks[first.block], document.blocks[last.block]
    start = a.start if first.start == a.text_start else document.to_source(first.start, first.end)[0]
    end = b.end if last.end == b.text_end else document.to_source(last.start, last.end)[1]
    index = document.source.index
    return Section(kind, None, index.position(start)[0], index.position(max(end - 1, start))[0], "content", start, end)


def _heading_text(document: Document, block: Block) -> str:
    return document.block_text(block).strip().rstrip(":").strip().strip("*_").strip()


def _section_end(document: Document, i: int, names: Callable[[str], tuple[list[str], str | None | bool]]) -> int:
    """Index of the first block after heading ``i`` that starts another section.

    A Markdown heading's section ends at the next Markdown heading of the same or a higher
    level, or at a label line that names a section kind or is generic ("Job details:"); a
    label's section ends at the next heading of any sort. ``names(heading)`` gives what a heading
    names: (kinds, generic default or False).
    """
    blocks = document.blocks
    level = blocks[i].level
    for j in range(i + 1, len(blocks)):
        b = blocks[j]
        if b.kind != "heading":
            continue
        if blocks[i].label:
            return j
        if not b.label and b.level <= level:
            return j
        if b.label:
            kinds, generic = names(_heading_text(document, b))
            if kinds or generic is not False:
                return j
    return len(blocks)


def to_json(sections: list[Section]) -> list[dict[str, Any]]:
    return [s.to_json() for s in sections]
