"""bias.gender-coded: Gaucher, Friesen & Kay (2011) gender-coded words (D201, D202) and the
document metric ``gender_coded``.

Word lists are the paper's Appendix A (Gaucher, D., Friesen, J., & Kay, A. C. (2011), JPSP 101(1),
109-128) with the paper's semantics: an asterisked stem matches any word starting with it, an
unasterisked word matches only as a whole word ("Confident" is not "confidential", "Kind" is not
"kindly"). The typo "Implusive" is read as "impulsive". gender-decoder's additions (collab, driven,
share...) are *not* used: they are not the research list and cause most of its false positives.

Known false positives of prefix matching (domain.md §1.4) are excluded as words ("responsibilities",
"dependents", "Connecticut", "analyst", "competitive salary"...), as phrases where the word has a
functional sense ("responsible for", "understanding of", "customer support", "lead to"), in headings,
in equal-opportunity statements, in quotations and in technical compounds ("data-driven" is not
split; "persistence layer", "greedy algorithm"). Each token counts once, even if two stems match it.

Every coded word is reported as ``info`` with a neutral alternative; the verdict follows
gender-decoder's scoring of the remaining counts (difference feminine - masculine: 0 -> neutral,
1-3 -> feminine-coded, > 3 -> strongly feminine-coded, and the mirror for masculine).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, LENGTH, ORTH, SPACY
from spacy.strings import hash_string

from ..arrays import in_sorted
from ..diagnostics import Severity
from ..regexes import safe_lower
from ..rules import FunctionRule

# stem -> (prefix?, neutral alternative). Paper Appendix A, asterisk = prefix.
MASCULINE: dict[str, tuple[bool, str]] = {
    "active": (False, "engaged"), "adventurous": (False, "curious"), "aggress": (True, "proactive"),
    "ambitio": (True, "motivated"), "analy": (True, "methodical"), "assert": (True, "speaks up"),
    "athlet": (True, "(remove unless physical fitness is essential)"), "autonom": (True, "self-directed"),
    "boast": (True, "have"), "challeng": (True, "interesting problem"), "compet": (True, "high standards"),
    "confident": (False, "self-assured"), "courag": (True, "willing to try new approaches"),
    "decide": (False, "choose"), "decisive": (False, "makes timely, well-reasoned choices"),
    "decision": (True, "judgment"), "determin": (True, "motivated"), "dominant": (False, "well-established"),
    "domina": (True, "well-established"), "force": (True, "encourage"), "greedy": (False, "(remove)"),
    "headstrong": (False, "(remove)"), "hierarch": (True, "structure"), "hostil": (True, "(remove)"),
    "impulsive": (False, "(remove)"), "independen": (True, "self-directed"), "individual": (True, "person"),
    "intellect": (True, "curious"), "lead": (True, "guide"), "logic": (False, "reasoning"),
    "masculine": (False, "(remove)"), "objective": (False, "impartial"), "opinion": (False, "view"),
    "outspoken": (False, "communicates openly"), "persist": (False, "follow through"),
    "principle": (True, "values"), "reckless": (False, "(remove)"), "stubborn": (False, "(remove)"),
    "superior": (False, "excellent"), "self-confiden": (True, "self-assured"),
    "self-sufficien": (True, "resourceful"), "self-relian": (True, "resourceful"),
}
FEMININE: dict[str, tuple[bool, str]] = {
    "affectionate": (False, "(remove)"), "child": (True, "(keep if functional)"), "cheer": (True, "positive"),
    "commit": (True, "dedicated"), "communal": (False, "shared"), "compassion": (True, "respectful"),
    "connect": (True, "build relationships"), "considerate": (False, "thoughtful"), "cooperat": (True, "work with"),
    "depend": (True, "reliable"), "emotiona": (True, "self-aware"), "empath": (True, "sees others' perspectives"),
    "feminine": (False, "(remove)"), "flatterable": (False, "(remove)"), "gentle": (False, "calm"),
    "honest": (False, "transparent"), "interpersonal": (False, "people skills"), "interdependen": (True, "cross-team"),
    "interpersona": (True, "people skills"), "kind": (False, "courteous"), "kinship": (False, "community"),
    "loyal": (True, "dedicated"), "modesty": (False, "humility"), "nag": (False, "(remove)"),
    "nurtur": (True, "develop"), "pleasant": (True, "friendly"), "polite": (False, "courteous"),
    "quiet": (True, "calm"), "respon": (True, "attentive"), "sensitiv": (True, "attentive"),
    "submissive": (False, "(remove)"), "support": (True, "help"), "sympath": (True, "attentive"),
    "tender": (True, "(remove)"), "together": (True, "as a team"), "trust": (True, "rely on"),
    "understand": (True, "knowledge of"), "warm": (True, "welcoming"), "whin": (True, "(remove)"),
    "yield": (True, "produce"),
}

#: Whole words that a stem matches but that are not trait words (domain.md §1.4, lexicon
#: gender_coded_false_positives, plus what the dev corpus showed).
EXCLUDED_WORDS = frozenset("""
responsibilities responsibility responsible responsibly respond responds responded responding response responses
responsive responsiveness respondent respondents responder responders
dependents dependent dependants dependencies dependency depending depends depended
connecticut connection connections connector connectors connectivity connected connecting connects connect
child childcare children childrens child's children's childhood
kindly kinds kindergarten pleasanton
loyalty
nagios
trustee trustees trusts
shares shareholder shareholders sharepoint
analyst analysts analysis analyses analytics analyze analyzes analyzing analyse analysing analysed analyzed
competency competencies competence competences competent competitor competitors competition competitions
confidential confidentiality
individual individuals individually individualized individualised
leads lead-in leaded
objectives
principles principled principal principals
persistence persistent
assertion assertions asserts
autonomous
hierarchy hierarchies hierarchical
intellectual
determine determines determining determination determinations
challenges challenged
forced forces force
support supports supported supporting
understood
committee committees commitment commitments committed commits commit
yields
tendering tenders
quietly
warmup warm-up
pleasantly
cooperative cooperatives co-op
""".split())

#: Phrases in which a coded word has a functional sense; the coded token is skipped.
#: Every phrase starts at the start of a word, with a letter: checking that once first skips the
#: ~40 alternatives at mid-word positions (the scan was the rule's largest single cost).
_PHRASE_START = r"\b(?=[a-z])"
_PHRASE_STARTS = re.compile(_PHRASE_START, re.I)
FUNCTIONAL_PHRASES = re.compile(
    _PHRASE_START + r"(?:"
    r"\b(?:customer|technical|tech|it|desk|product|sales|user|production|systems?|application|peer|family|child|learning|"
    r"student|clinical|administrative|admin|operations?|field|network|infrastructure|engineering|community)\s+support\b"
    r"|\bsupport\s+(?:team|engineer|specialist|desk|ticket|tickets|staff|services?|role|analyst|agent|representative|tier|level|center|centre)\b"
    r"|\b(?:team|tech|technical|project|program|shift|site|lab|design|engineering|product|sales|clinical|crew|line|squad|store)\s+leads?\b"
    r"|\blead(?:s|ing)?\s+to\b|\blead\s+(?:to|generation|time|times|poisoning|paint|engineer|developer|designer|teacher|nurse|technician|role|position|researcher|scientist|instructor|counsel|guard|author|agency)\b"
    r"|\b(?:individual|independent)\s+(?:contributors?|contractors?|study|studies|retirement|plan|coverage|and\s+family|therapy|sessions?|basis|needs|instruction|education|education\s+program|education\s+plan|iep|investigator|project)\b"
    r"|\b(?:data|results|mission|customer|user|community|purpose|research|evidence|hypothesis|value)[\s-]+driven\b"
    r"|\bgreedy\s+algorithms?\b|\bzero\s+trust\b|\btrust\s+(?:&|and)\s+safety\b|\b(?:air|task|work|labou?r|sales)\s+force\b|\bforce\.com\b"
    r"|\bdecision[\s-]+(?:making|makers?|support|trees?|science)\b|\bactive\s+(?:directory|listening|duty|clearance|license|licence|member|role|learning|voice|investigation|cases?|security\s+clearance|status)\b"
    r"|\bdetermin\w*\s+(?:the|which|whether|how|if|what|eligibility|appropriate)\b|\banaly\w+\s+(?:skills|tools|platforms?|abilit(?:y|ies)|thinking|methods?|techniques?|chemistry|reports?|work|background|and\s+problem[\s-]solving)\b"
    r"|\b(?:yield|yields)\s+(?:curve|engineer|management|optimi[sz]ation)\b|\bintellectual\s+property\b|\bquiet\s+(?:room|space|hours)\b"
    r"|\b(?:non-?)?competitive(?:ly)?\s+(?:analys[ie]s|intelligence|service|process|threats?|estimates?|knowledge|perm|appointments?|examination|grants?|bids?|proposals?"
    r"|commission|equity|stake|market-informed|procurement|research|positioning|benchmark\w*|review|landscape|selection|hiring)\b"
    r"|\bcompetitive(?:ly)?\s+(?:[\w-]+\s+){0,2}(?:salary|salaries|pay|compensation|benefits?|wages?|rates?|package|base|bonus|market|pricing|prices"
    r"|landscape|advantage|edge|total\s+rewards|401|hourly|starting|paid\s+time|pto|insurance|retirement|health|range)\b"
    r"|\b(?:market|industry|field|landscape|space|sector)\s+(?:is\s+)?(?:highly\s+|very\s+|increasingly\s+)?competitive\b"
    r"|\bdetermined\s+(?:by|based|according|upon|after|through|during)\b"
    r"|\bunderstand(?:ing|s)?\s+(?:of|the|how|what|that|our|your|and|in|why|when|where|basic|complex|business|customer|user|data|technical)\b"
    r"|\bsensitive\s+(?:data|information|documents?|materials?|records|matters|topics|issues|personal|nature|content|systems?)\b|\b(?:time|security|price|context|case)[\s-]sensitive\b"
    r"|\b(?:key|the|an|our|main|primary|business|learning|project|program(?:me)?|strategic|overall)\s+objective\b|\bobjective\s+(?:#|of|is|was|\d)"
    r"|\b(?:business|control|interface|application|program|game|domain|backend|back-end|frontend|front-end|server|validation|routing|core"
    r"|complex|digital|boolean|ladder|fuzzy|conditional|display|decision)\s+logic\b"
    r"|\bactive\s+(?:ts|secret|top\s+secret|clearances?|capital|clients?|projects?|cases?|users?|accounts?|listings?|patients?|licen[cs]\w*"
    r"|independent|certifications?|registrations?|military|service\s+members?|investigations?)\b"
    r"|\b(?:social|behaviou?ral|physical|mental)[,\s]+(?:and\s+|&\s+)?emotional\b|\bemotional[,\s]+(?:and\s+|&\s+)?(?:social|physical|behaviou?ral|developmental|cognitive|financial)\b"
    r"|\bemotional\s+(?:needs|growth|development|well-?being|health|support|safety|concerns|disturbance|disorders?|regulation|abuse)\b"
    r"|\bdepend(?:s|ed|ing)?\s+(?:on|upon)\b|\bsensitive\s+positions?\b|\bleading[\s-]+edge\b"
    r"|\bleading\s+(?:change|people)\b(?=\s*\*|\s*[-:\u2013])"
    r"|\bwarm\s+(?:leads?|transfers?|handoffs?)\b|\bchildren'?s\s+(?:hospital|services|museum)\b|\bobjective\s+(?:function|c)\b"
    r")",
    re.I,
)


class _StemTable:
    """One side's list, indexed for lookup: its whole words, and its prefix stems by length."""

    def __init__(self, table: dict[str, tuple[bool, str]]) -> None:
        self.words = frozenset(stem for stem, (prefix, _alt) in table.items() if not prefix)
        self.stems = frozenset(stem for stem, (prefix, _alt) in table.items() if prefix)
        self.lengths = sorted({len(stem) for stem in self.stems}, reverse=True)

    def hit(self, lower: str) -> str | None:
        """The word itself if it is a whole word on the list, else its longest prefix stem."""
        if lower in self.words:
            return lower
        for n in self.lengths:
            if len(lower) >= n and lower[:n] in self.stems:
                return lower[:n]
        return None


_SIDES = (("masculine", _StemTable(MASCULINE)), ("feminine", _StemTable(FEMININE)))
#: How entries of either list begin: every entry has at least this many letters, so a word that
#: begins otherwise is on neither list, whatever the lengths of the stems.
_START = min(len(stem) for stem in (*MASCULINE, *FEMININE))
_STARTS = frozenset(stem[:_START] for stem in (*MASCULINE, *FEMININE))


@lru_cache(maxsize=1 << 16)
def _classify(lower: str) -> tuple[str, str] | None:
    """(side, stem) for a lower-case word, or None. Pure in the word, so each distinct word is looked
    up once across all files."""
    if "-" in lower and not lower.startswith(("self-", "inter-")):
        # a compound such as "data-driven" or "well-established" is judged as a whole: only its
        # first part counts, and only if it is not a known functional compound
        lower_first = lower.split("-")[0]
    else:
        lower_first = lower
    if lower[:_START] not in _STARTS and lower_first[:_START] not in _STARTS:
        return None  # most words: cheaper than the tests below, which could only say None too
    if not any(c.isalpha() for c in lower):
        return None
    if lower in EXCLUDED_WORDS or lower_first in EXCLUDED_WORDS:
        return None
    for name, table in _SIDES:
        s = table.hit(lower) or (table.hit(lower_first) if lower_first != lower else None)
        if s:
            return name, s
    return None


def _classify_word(word: str) -> tuple[str, str] | None:
    return _classify(word.lower().replace("\u2019", "'"))


#: ``_classify_word`` of a token's text, by the token's ORTH hash. The hash is spaCy's 64-bit hash
#: of the string itself (the same in every Doc), so the cache holds across files. ``_LISTED``: the
#: hashes in it whose word is on a list.
_BY_ORTH: dict[int, tuple[str, str] | None] = {}
_LISTED: set[int] = set()
_HYPHEN = np.uint64(hash_string("-"))


def _candidates(doc, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, side, stem) of every word on a list, in text order, before context filters.

    A word is a token, or a hyphen compound ("self-confident", "inter-personal") joined into one
    word as the list reads it: the tokenizer splits on hyphens. Reads token attributes as arrays and
    looks each distinct token up once: making a spaCy Token, or even a Python tuple, per token cost
    more than the check. ``text`` is the text the Doc was made from (``doc.text`` rebuilds it).
    """
    orth, idx, length, space, alpha = doc.to_array([ORTH, IDX, LENGTH, SPACY, IS_ALPHA]).T
    found = []
    # "word-word": no space around the hyphen and an alphabetic token after it; a compound goes on
    # while the link repeats ("self-sufficient-minded")
    links = np.flatnonzero((orth[1:-1] == _HYPHEN) & (space[:-2] == 0) & (space[1:-1] == 0)
                           & (alpha[2:] != 0)).tolist()
    in_compound = np.zeros(len(orth), dtype=bool)
    after = -1
    linked = set(links)
    for first in links:
        if first <= after:
            continue  # the middle of a compound already joined
        last = first
        while last in linked:
            last += 2
        after = last
        in_compound[first:last + 1] = True
        start, end = int(idx[first]), int(idx[last] + length[last])
        hit = _classify_word(text[start:end])
        if hit is not None:
            found.append((start, end, *hit))
    strings = doc.vocab.strings
    if len(_BY_ORTH) > 1 << 16:
        _BY_ORTH.clear()  # bounded like ``_classify``'s cache, for long-running processes
        _LISTED.clear()
    # the distinct words as a set: set operations find the new ones and the listed ones in C
    present = set(orth.tolist())
    for h in present.difference(_BY_ORTH):
        hit = _BY_ORTH[h] = _classify_word(strings[h])
        if hit is not None:
            _LISTED.add(h)
    listed = present & _LISTED
    if listed:  # (hashes stay uint64: mixed with int64 NumPy would compare them as floats)
        table = np.sort(np.fromiter(listed, dtype=np.uint64))
        for i in np.flatnonzero(in_sorted(orth, table) & ~in_compound).tolist():
            start = int(idx[i])
            found.append((start, start + int(length[i]), *_BY_ORTH[int(orth[i])]))
    found.sort()
    return found


def coded_words(analysis) -> list[tuple[int, int, str, str, str]]:
    """(start, end, side, stem, word) for every counted coded word in the file, cached on ``analysis``."""
    cached = getattr(analysis, "_gender_coded_hits", None)
    if cached is not None:
        return cached
    text = analysis.text
    headings = [(b.text_start, b.text_end) for b in analysis.document.blocks if b.kind == "heading" or b.label]
    eeo = analysis.eeo_sentence_starts
    found = []
    for start, end, side, stem in _candidates(analysis.doc, text):
        word = text[start:end]
        if any(a <= start < b for a, b in headings):
            continue
        sent = analysis.sentence(start)
        if sent is not None and sent.start_char in eeo:
            continue
        # a proper noun mid-sentence ("Connect Health", "Trust Bank", "Leader Inc") is a name
        if word[:1].isupper() and not word.isupper() and sent is not None and start != sent.start_char:
            prev = text[max(sent.start_char, start - 2):start].strip()
            if prev not in ("", "-", "(", "\"", "'", ":", "\u2022", "*"):
                continue
        found.append((start, end, side, stem, word))
    # last, as the costliest test: only the words left need the functional-phrase scan
    functional = _functional_phrases(text, [start for start, *_ in found])
    hits = [hit for hit in found if not any(a <= hit[0] < b for a, b in functional)]
    analysis._gender_coded_hits = hits
    return hits


#: Characters no functional phrase can contain: FUNCTIONAL_PHRASES reads only word characters,
#: spaces, # & ' , - and the dot of "force.com" (tests/test_gender_coded.py checks this against
#: the pattern).
_NOT_IN_PHRASES = re.compile(r"[^\w\s#&',.\-]|\.(?!com)", re.I)


@lru_cache(maxsize=1)
def _folded_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """``_NOT_IN_PHRASES``, ``_PHRASE_STARTS`` and ``FUNCTIONAL_PHRASES`` without re.I, for text
    lower-cased by ``regexes.safe_lower``: none of them names a capital, so they find the same
    matches there (tests/test_gender_coded.py checks ``regexes.can_fold`` for each)."""
    return tuple(re.compile(p.pattern, p.flags & ~re.IGNORECASE)
                 for p in (_NOT_IN_PHRASES, _PHRASE_STARTS, FUNCTIONAL_PHRASES))


def _functional_phrases(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Spans of the FUNCTIONAL_PHRASES matches that ``finditer`` over the whole text finds in the
    stretches of text holding ``positions`` (in increasing order).

    The scan is the check's largest cost, and few words are left to test. No match can run across a
    character of ``_NOT_IN_PHRASES``, so between two of them the whole-text scan finds just what a
    scan started after the first one finds. Each stretch holding a position is scanned the way
    ``finditer`` scans, but trying a match only where a phrase can start, up to the stretch's end.
    """
    if not positions:
        return []
    lowered = safe_lower(text)
    if lowered is None:
        not_in_phrases, phrase_starts, phrases = _NOT_IN_PHRASES, _PHRASE_STARTS, FUNCTIONAL_PHRASES
    else:  # same offsets, and the patterns without re.I run several times faster
        text = lowered
        not_in_phrases, phrase_starts, phrases = _folded_patterns()
    cuts = [m.start() for m in not_in_phrases.finditer(text)]
    spans: list[tuple[int, int]] = []
    scanned_to = 0
    for pos in positions:
        i = bisect.bisect_right(cuts, pos)
        start = cuts[i - 1] + 1 if i else 0
        if start < scanned_to:
            continue  # a stretch already scanned
        scanned_to = end = cuts[i] if i < len(cuts) else len(text)
        for candidate in phrase_starts.finditer(text, start, end):
            at = candidate.start()
            if spans and at < spans[-1][1]:
                continue  # inside the phrase just found: finditer goes on after its end
            match = phrases.match(text, at)
            if match:
                spans.append(match.span())
    return spans


def verdict(masculine: int, feminine: int) -> str:
    diff = feminine - masculine
    if diff == 0:
        return "neutral" if masculine or feminine else "empty"
    if diff > 3:
        return "strongly feminine-coded"
    if diff > 0:
        return "feminine-coded"
    if diff < -3:
        return "strongly masculine-coded"
    return "masculine-coded"


def gender_coded_metric(analysis) -> dict:
    hits = coded_words(analysis)
    masc = [w for _s, _e, side, _st, w in hits if side == "masculine"]
    fem = [w for _s, _e, side, _st, w in hits if side == "feminine"]
    return {"gender_coded": {
        "masculine": len(masc), "feminine": len(fem), "verdict": verdict(len(masc), len(fem)),
        "masculine_words": [w.lower() for w in masc], "feminine_words": [w.lower() for w in fem],
    }}


def _make(side: str, code: str, name: str, table: dict[str, tuple[bool, str]], bad: str, good: str):
    def check(ctx):
        for start, end, s, stem, word in coded_words(ctx.analysis):
            if s != side or ctx.is_quoted(start, end):
                continue
            alt = table[stem][1]
            yield ctx.report(start, end, suggestions=[alt], stem=stem + ("*" if table[stem][0] else ""))

    check.__name__ = name.replace("-", "_")
    return FunctionRule(
        check, code=code, name=name, category="bias.gender-coded", severity=Severity.info,
        summary=f"A {side}-coded word from Gaucher, Friesen & Kay (2011).",
        what=f"Words on the paper's {side} list (a stem marked * matches as a prefix, others as whole words), "
             "skipping known false positives (responsibilities, dependents, Connecticut, confidential, analyst, "
             "competitive salary...), functional phrases ('customer support', 'team lead', 'data-driven'), headings, "
             "equal-opportunity text and quotes. The file's balance is the 'gender_coded' metric.",
        why="Gaucher, Friesen & Kay (2011) found masculine-coded wording made jobs less appealing to women through "
            "a lower sense of belonging; He & Kang (2025) found replacing masculine words with neutral synonyms "
            "raised applications. Castilla & Rho (2023) found small field effects, so this is a nudge (info), not a "
            "rule.",
        bad=[bad], good=[good],
        fix="Prefer a neutral synonym to adding words of the other list (He & Kang 2025).",
        references=["Gaucher, Friesen & Kay (2011), JPSP 101(1) 109-128, Appendix A",
                    "He & Kang (2025), PMC11848290", "Castilla & Rho (2023), Management Science 69(11)",
                    "lovedaybrooke/gender-decoder (MIT), scoring"],
        message=f"'{{match}}' is {side}-coded (stem '{{stem}}'); consider '{{suggestion}}'",
        source="jdlint.checks.gender_coded", scope="text",
    )


masculine_coded = _make("masculine", "D201", "masculine-coded-word", MASCULINE,
                        "We want an aggressive, competitive self-starter.", "We want a proactive self-starter.")
feminine_coded = _make("feminine", "D202", "feminine-coded-word", FEMININE,
                       "We want a warm, nurturing and compassionate colleague.", "We want a friendly colleague.")

RULES = [masculine_coded, feminine_coded]
METRICS = [gender_coded_metric]
