"""Readability: scores in the report, and the rules that need more than a threshold.

``METRICS`` puts ``{"readability": {...}}`` in every file's report (the text formatter prints a
one-line summary from it). Threshold rules on a single score (R101-R105) are YAML ``metric`` rules
in ``rules/readability.yaml``; the rules here look at structure and wording.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from .. import metrics as m
from ..rule import rule
from ..spans import overlaps_any, span_index
from .. import regex_programs


def _kept_sentences(analysis, blocks) -> list:
    ranges = [(b.text_start, b.text_end) for b in blocks]
    text = analysis.text  # sliced rather than Span.text, which rebuilds the string from its tokens
    out = []
    i = 0
    for s in analysis.sentences:
        start = s.start_char
        while i < len(ranges) and ranges[i][1] <= start:
            i += 1
        if i < len(ranges) and ranges[i][0] <= start < ranges[i][1] and text[start:s.end_char].strip():
            out.append(s)
    return out


def _prose(analysis) -> tuple[list, list, list]:
    """Prose blocks (EEO boilerplate out), their sentences and passive spans, once per file: the
    report's metrics and R108 both read them, and the passive scan walks every token."""
    def compute() -> tuple[list, list, list]:
        blocks = m.prose_blocks(analysis)
        sentences = _kept_sentences(analysis, blocks)
        return blocks, sentences, m.passive_spans(sentences)

    return analysis.memo("readability-prose", compute)


def readability_metrics(analysis) -> dict[str, Any]:
    """The posting's scores, on the same prose the readability rules read (EEO boilerplate out)."""
    blocks, sentences, passive_found = _prose(analysis)
    text = m.as_sentences(m.block_texts(analysis, blocks))
    index = m.word_index(analysis.text)  # as_sentences adds or drops no word: counted on the blocks
    words = index.count_spans((b.text_start, b.text_end) for b in blocks)
    list_words = index.count_spans((b.text_start, b.text_end) for b in blocks if b.kind == "list_item")
    you, we = m.sentence_you_we_counts(sentences)
    passive = {id(s) for _, _, s in passive_found}
    scores = {"flesch_reading_ease": m.flesch_reading_ease(text),
              "flesch_kincaid_grade": m.flesch_kincaid_grade(text)}
    return {"readability": {
        # left out, not 0.0 ("very hard"), when no sentence has three words to score
        **{name: score for name, score in scores.items() if score is not None},
        "words": words,
        "sentences": len(sentences),
        "bullet_share": round(list_words / words, 2) if words else 0.0,
        "you_we_ratio": round(you / max(we, 1), 2),
        "passive_share": round(len(passive) / len(sentences), 2) if sentences else 0.0,
    }}


METRICS = [readability_metrics]


def _doc_stats(ctx) -> dict[str, Any]:
    """The report's numbers (computed once per file by METRICS), or computed here if absent."""
    stats = ctx.metrics.get("readability")
    if not stats:
        stats = readability_metrics(ctx.analysis)["readability"]
    return stats


# -- length and layout ---------------------------------------------------------------------
@rule(
    # off by default (issue 14): a short posting's gaps are named by the S rules, so the length
    # adds a line that says little more; --extend-select R106
    code="R106", name="posting-length", category="readability", severity="info",
    summary="The posting is much shorter or longer than postings that perform well.",
    what="A posting whose prose (equal-opportunity boilerplate left out) is under `min` or over `max` words.",
    why=("Textio's customer data put the sweet spot at 300-700 words; Appcast (2015, 30,051 applications) "
         "saw apply rates peak around 700-800 words and fall off for very short and very long ads "
         "(Appcast 2015 via ERE). Very short ads leave out what applicants need; very long ones bury it."),
    bad=["Barista wanted. Apply in store."],
    good=["(a 300-800 word posting with duties, requirements, pay and how to apply)"],
    fix="If short: add duties, requirements, pay, schedule and how to apply. If long: cut repeated "
        "boilerplate and link to it, and keep each section to what this role needs.",
    references=["Appcast apply-rate data (2015), reported in ERE: 'Long job descriptions and titles can hurt "
                "you. And so can short ones'", "Textio length guidance"],
    options={"min": 250, "max": 1000},
    enabled_by_default=False,
)
def posting_length(ctx):
    words = _doc_stats(ctx)["words"]
    low, high = int(ctx.options.get("min") or 0), int(ctx.options.get("max") or 0)
    if low and words < low:
        yield ctx.report_document(f"The posting has {words} words (under {low}): applicants may not "
                                  "find duties, requirements, pay and how to apply")
    elif high and words > high:
        yield ctx.report_document(f"The posting has {words} words (over {high}): move boilerplate to a "
                                  "link and keep what this role needs")


@rule(
    # off by default (issue 14): the postings it fires on get R105's long-paragraph findings,
    # which point at the paragraphs to turn into lists; --extend-select R107
    code="R107", name="few-bullets", category="readability", severity="info",
    summary="A long posting written almost entirely as long paragraphs.",
    what=("A posting of at least `min-words` words where under `min-share` of the words are in list items "
          "and paragraphs average more than `paragraph-words` words."),
    why=("Applicants scan postings. Textio reported that the best-performing posts had about a third of their "
         "content in bullets (Textio); duties and requirements buried in paragraphs are skipped."),
    bad=["(a 400-word posting written as four long paragraphs)"],
    good=["(the same posting with duties and requirements as short bullet lists)"],
    fix="Turn duties, requirements and benefits into bullet lists, one item per line.",
    references=["Textio blog, 'How to write your best job post ever' (share of content in bullets)"],
    options={"min-words": 300, "min-share": 0.1, "paragraph-words": 40},
    enabled_by_default=False,
)
def few_bullets(ctx):
    stats = _doc_stats(ctx)
    if stats["words"] < int(ctx.options.get("min-words", 300)):
        return
    if stats["bullet_share"] >= float(ctx.options.get("min-share", 0.1)):
        return
    paras = [b for b in m.prose_blocks(ctx.analysis) if b.kind in ("paragraph", "blockquote")]
    if not paras:
        return
    avg = sum(m.word_count(ctx.document.block_text(b)) for b in paras) / len(paras)
    if avg <= float(ctx.options.get("paragraph-words", 40)):
        return
    share = round(100 * stats["bullet_share"])
    yield ctx.report_document(f"{share}% of the words are in bullet lists and paragraphs average {avg:.0f} "
                              "words: put duties, requirements and benefits in lists")


# -- passive voice -------------------------------------------------------------------------
@rule(
    # judged precision 0.4 on the dev corpus (issue 14): stative and classification passives
    # ('is classified as', 'was founded in') are most of what it finds; --extend-select R108
    code="R108", name="passive-voice", category="readability", severity="info", scope="text",
    summary="Passive voice hides who does what (reported when a posting uses it often).",
    what=('A form of "be" followed by a past participle ("applications are reviewed", "reports will be '
          'prepared"), reported only when more than `max-share` of the sentences use it; then the first '
          '`max-findings` instances. States such as "we are located in", "we are excited", "the role is based in", '
          '"experience is required" are not counted.'),
    why=("Passive sentences leave out the actor: the applicant cannot tell whether they or someone else will "
         "prepare the reports, or who reviews applications. Plain-language guidance (GOV.UK, plainlanguage.gov) "
         "prefers active verbs."),
    bad=["Reports are prepared weekly. Budgets are reviewed by the board. Invoices are processed daily. "
         "Orders are shipped on Fridays."],
    good=["You prepare the weekly reports. We are located in Ottawa."],
    fix='Name who acts: "you will prepare the reports", "our hiring team reviews every application".',
    references=["plainlanguage.gov: use active voice", "GOV.UK content design: active voice"],
    options={"max-share": 0.15, "max-findings": 3, "min-sentences": 4},
    enabled_by_default=False,
)
def passive_voice(ctx):
    _blocks, sentences, spans = _prose(ctx.analysis)
    if len(sentences) < int(ctx.options.get("min-sentences", 4)):
        return
    share = len({id(s) for _, _, s in spans}) / len(sentences)
    if share <= float(ctx.options.get("max-share", 0.15)):
        return
    limit = int(ctx.options.get("max-findings", 3)) or len(spans)
    pct = round(100 * share)
    for start, end, _ in spans[:limit]:
        yield ctx.report(start, end, f"'{{match}}' is passive ({pct}% of sentences are): say who does it, "
                                     "e.g. 'you will ...' or 'our team ...'")


# -- acronyms ------------------------------------------------------------------------------
# The acronym patterns begin with a capital and test what precedes it just after it (a lookbehind
# over the capital too): ``re`` then jumps from capital to capital instead of trying the test at
# every character, which was about half of R109's time. "(?<![\w#/.-])[A-Z]" and
# "[A-Z](?<![\w#/.-][A-Z])" match the same; "\b[A-Z]" is "[A-Z](?<!\w[A-Z])". tests/test_readability.py
# compares each with its plain form.
_ACRONYM = regex_programs.compile(r"([A-Z](?<![\w#/.-][A-Z])[A-Za-z0-9&]*[A-Z0-9](?:s)?)(?![\w#])")
_BRACKETED_ACRONYM = regex_programs.compile(r"\(([A-Z][A-Za-z0-9&]{1,9})\)")  # "... (ATS)"
_ACRONYM_THEN_BRACKETS = regex_programs.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z0-9&]{1,9})\s*\(([^()]{3,120})\)")  # "ATS (...)"
_ACRONYM_DEFINED = regex_programs.compile(  # "ATS - applicant tracking system", "ATS stands for ..."
    r"([A-Z](?<!\w[A-Z])[A-Z0-9&]{1,9})\s*(?:-|:|=|stands for|means)\s*([A-Za-z][^.;\n]{3,80})")
_EXPANSION_WORD = regex_programs.compile(r"[A-Za-z][A-Za-z'-]*")


def _acronym_core(token: str) -> str:
    """"SLAs" -> "SLA", "CoEs" -> "CoE": a plural acronym is the same acronym."""
    if token.endswith("s") and sum(c.isupper() for c in token[:-1]) >= 2:
        return token[:-1]
    return token


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Do the words (a candidate expansion) spell the acronym by their first letters?"""
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not letters:
        return False
    initials = [w[0].upper() for w in words if w and w[0].isalpha()]
    if len(initials) < len(letters) - 1:
        return False
    # the acronym's letters appear in order among the initials, first and last anchored loosely
    it = iter(initials)
    return all(any(c == i for i in it) for c in letters) and initials and initials[0] == letters[0]


def expanded_acronyms(text: str) -> set[str]:
    """Acronyms the text expands: "Applicant Tracking System (ATS)" or "ATS (applicant tracking system)"."""
    found = set()
    for mt in _BRACKETED_ACRONYM.finditer(text):
        acro = _acronym_core(mt.group(1))
        before = _EXPANSION_WORD.findall(text[max(0, mt.start() - 120):mt.start()])
        n = len([c for c in acro if c.isalpha()])
        for k in range(max(1, n - 1), min(len(before), 2 * n + 2) + 1):
            if _initials_match(acro, before[-k:]):
                found.add(acro)
                break
    for mt in _ACRONYM_THEN_BRACKETS.finditer(text):
        words = _EXPANSION_WORD.findall(mt.group(2))
        acro = _acronym_core(mt.group(1))
        if _initials_match(acro, words):
            found.add(acro)
    for mt in _ACRONYM_DEFINED.finditer(text):
        words = _EXPANSION_WORD.findall(mt.group(2))
        if _initials_match(mt.group(1), words[: len(mt.group(1)) + 2]):
            found.add(mt.group(1))
    return found


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if c not in _ASCII_LETTERS)
_NOT_ASCII_CAPITALS = bytes(c for c in range(128) if c not in _ASCII_LETTERS[:26])


def _shouted(text: str) -> bool:
    """More than 60% of the letters are capitals. ASCII text (most) is counted by deleting bytes,
    in C: there a letter is [A-Za-z] and a capital [A-Z], as ``str.isalpha`` / ``isupper`` say."""
    if text.isascii():
        raw = text.encode("ascii")
        letters, capitals = len(raw.translate(None, _NOT_ASCII_LETTERS)), len(raw.translate(None, _NOT_ASCII_CAPITALS))
    else:
        alpha = "".join(filter(str.isalpha, text))
        letters, capitals = len(alpha), sum(map(str.isupper, alpha))
    return bool(letters) and capitals / letters > 0.6


# the words before and after, across a space ("ASP.NET" is one word, not "ASP" beside "NET")
_WORD_BEFORE = regex_programs.compile(r"(?<![A-Za-z])([A-Za-z]+)[^A-Za-z\s]*\s+[^A-Za-z\s]*$")
_WORD_AFTER = regex_programs.compile(r"\S*\s+[^A-Za-z\s]*([A-Za-z]+)(?![A-Za-z])")


def _in_shouted_words(text: str, start: int, end: int, token: str, english: frozenset[str]) -> bool:
    """Whether the capitals at text[start:end] stand among English words in capitals (two words
    either side): one such neighbour for an English word ("RELIABLE CAR"), two otherwise ("OWN
    RELIABLE CAR"). A list of acronyms ("SQL, AWS and GCP") has no such neighbours."""
    neighbours = []
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    for _ in range(2):
        found = _WORD_BEFORE.search(before)
        if not found:
            break
        neighbours.append(found.group(1))
        before = before[:found.start()]
    position = 0
    for _ in range(2):
        found = _WORD_AFTER.match(after, position)
        if not found:
            break
        neighbours.append(found.group(1))
        position = found.end()
    shouted = sum(1 for w in neighbours if len(w) >= 3 and w.isupper() and w.lower() in english)
    return shouted >= (1 if token.lower() in english else 2)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Lower-case English words (forms and lemmas of the lookup table, plus stop words), to tell an
    emphasised word in capitals from an acronym. Built from data already loaded for lemmas."""
    from ..nlp import _lemma_table

    table = _lemma_table()
    return frozenset(table) | frozenset(table.values()) | frozenset(STOP_WORDS)


@rule(
    # judged precision 0.8 and the most findings of any rule (issue 14): names of publications,
    # slogans and codes the audience knows; --extend-select R109
    code="R109", name="unexplained-acronym", category="readability", severity="info", scope="text",
    summary="An acronym the posting never spells out.",
    what=("An all-capitals abbreviation of two or more letters (\"ATS\", \"SLA\", \"GS\") that is not expanded "
          "anywhere in the posting - neither \"applicant tracking system (ATS)\" nor \"ATS (applicant tracking "
          "system)\" - and is not on the list of abbreviations every reader knows (US, HR, PhD, API, state codes; "
          "extend it with the `allow` option). Words in capitals for emphasis are not acronyms: a shouted line, "
          "an English word in capitals (\"SALARY\"), or capitals among English words in capitals (\"OWN "
          "RELIABLE CAR\"). Reported once per acronym."),
    why=("Internal and industry abbreviations shut out career changers, people from other sectors and people "
         "reading in a second language, who then decide the job is not for them. Spelling an acronym out once "
         "costs a few words."),
    bad=["You will own the SLA reporting for our CRM."],
    good=["You will report on our service level agreements (SLAs) in the customer relationship management (CRM) system."],
    fix="Spell the acronym out at its first use, with the acronym in brackets, or use the plain words instead.",
    references=["GOV.UK style guide: abbreviations and acronyms", "plainlanguage.gov: minimize abbreviations"],
    options={"allow": [], "max-findings": 5},
    enabled_by_default=False,
)
def unexplained_acronym(ctx):
    known = m.word_lists()["known_acronyms"] | {str(a) for a in ctx.options.get("allow") or ()}
    english = _english_words()
    blocks = m.prose_blocks(ctx.analysis, skip=("eeo",))
    text = ctx.text
    expanded = expanded_acronyms(text)
    seen: set[str] = set()
    limit = int(ctx.options.get("max-findings", 10) or 0)
    count = 0
    for b in blocks:
        block_text = text[b.text_start:b.text_end]
        candidates = list(_ACRONYM.finditer(block_text))
        if not candidates:
            continue  # most blocks; the test for shouting below costs more than this one
        if _shouted(block_text):
            continue  # a shouted heading or line, not acronyms
        for mt in candidates:
            token = _acronym_core(mt.group(1))
            caps = sum(c.isupper() for c in token)
            if caps < 2 or caps < len(token) - 2 or len(token) > 8 or not any(c.isalpha() for c in token):
                continue
            # "GS15" is the acronym "GS" with a number: one acronym, expanded by "General Schedule (GS)"
            stem = token.rstrip("0123456789")
            base = stem if sum(c.isalpha() for c in stem) >= 2 else token
            if any(w in known or w in expanded or w in seen for w in (token, base)) or token.upper() in known:
                continue
            if token.isupper() and token.lower() in english and (len(token) > 3 or token.lower() in STOP_WORDS):
                continue  # an ordinary word in capitals for emphasis ("ALL", "ONE of the following", "SALARY")
            if _in_shouted_words(block_text, mt.start(1), mt.end(1), token, english):
                continue  # "Must have OWN RELIABLE CAR and CAR INSURANCE": emphasis, not acronyms
            seen.update((token, base))
            start = b.text_start + mt.start(1)
            yield ctx.report(start, start + len(mt.group(1)),
                             f"'{token}' is not spelled out anywhere in the posting: write it in full at first use, "
                             f"e.g. 'full name ({token})'", data={"acronym": token})
            count += 1
            if limit and count >= limit:
                return


# -- reader address ------------------------------------------------------------------------
@rule(
    code="R110", name="we-centred", category="readability", severity="info",
    summary="The posting talks about the employer more than to the applicant.",
    what=('Fewer second-person words (you, your) than `min-ratio` times the first-person-plural words (we, our, '
          'us), once there are at least `min-count` of them. The "About us" section is left out: it is meant to '
          'be about the employer.'),
    why=("Applicants read to find out what the job means for them. Textio found that postings addressing the "
         "reader as 'you' fill faster than third-person or company-centred ones; GOV.UK style addresses the "
         "user as 'you' (Textio; GOV.UK style)."),
    bad=["We are a leading firm. Our team builds our products and we value our culture. We offer our staff "
         "our support."],
    good=["You will build products with a team of five. You get 25 days of leave."],
    fix="Rewrite duties and benefits from the applicant's side: 'you will', 'you get', 'your team'.",
    references=["GOV.UK, Writing for GOV.UK (address the user as 'you'; sentences of at most 25 words), "
                "https://www.gov.uk/guidance/content-design/writing-for-gov-uk",
                "Textio: 'you' vs 'the candidate'", "GOV.UK style guide"],
    options={"min-ratio": 0.5, "min-count": 8},
)
def we_centred(ctx):
    # "About us" is about the employer by design; judge the rest of the posting
    intro = span_index((sec.start, sec.end) for sec in ctx.document.sections if sec.kind == "intro" and sec.found_by == "heading")
    blocks = [b for b in m.prose_blocks(ctx.analysis) if not overlaps_any(intro, b.start, b.start + 1)]
    sentences = _kept_sentences(ctx.analysis, blocks)
    you, we = m.sentence_you_we_counts(sentences)
    if you + we < int(ctx.options.get("min-count", 6)):
        return
    if you >= float(ctx.options.get("min-ratio", 1.0)) * we:
        return
    yield ctx.report_document(f"'we/our/us' appears {we} times and 'you/your' {you} times: describe the job "
                              "from the applicant's side ('you will ...', 'you get ...')")


RULES = [posting_length, few_bullets, passive_voice, unexplained_acronym, we_centred]
