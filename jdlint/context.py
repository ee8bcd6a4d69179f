"""What a rule sees while it checks one file, and the context tests rules share.

``FileAnalysis`` is built once per file (document, spaCy Doc, sections, pattern matches, lazily
computed context); each rule gets a thin ``RuleContext`` over it with its own options. Context
tests live here, not in rules, so every family asks the same question the same way, and their
word lists live in one data file, ``jdlint/data/context.yaml``:

- ``in_eeo(start, end)``: the *loose* equal-opportunity test, for a span: its sentence is an
  equal-opportunity / accommodation statement, or it lies in an ``eeo`` section. Rules skip such
  spans (a statement names protected classes on purpose).
- ``is_eeo_block(block)``: the *strict* test, for a whole block: every sentence of it is a
  statement, or it sits under an ``eeo`` heading. Metrics leave such blocks out of their scores,
  but keep a paragraph that merely contains one statement.
- ``is_negated``, ``is_quoted``, ``is_explained`` (named right after: a colon and a list, "such
  as ..."), and ``skipped(start, end, skip)`` combining them as a rule's ``skip`` option asks.
- ``lawful_basis(offset)`` (a named law or occupational requirement in the paragraph),
  ``offers_accommodation(offset)`` (paragraph) and ``is_accommodation_sentence(offset)``.
"""
from __future__ import annotations

import bisect
import re
import string
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from .diagnostics import Diagnostic, Edit, Fix, Severity
from .propernames import in_proper_name
from .regex_screen import EVERYTHING, ScreenedGroup
from .regexes import LazyPattern, LowerCaseRegex, guarded, safe_lower
from .sentences import GLUED_SENTENCES, ITEM_GLUE_POINT, LABELLED_PART, RUN_TOGETHER_ITEM
from .spans import overlaps_any, span_index
from . import regex_programs
from .sentence_memo import sentence_memo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .document import Document
    from .rule import Match, Rule


#: A finding of these categories states that the posting selects people by a protected characteristic.
#: Its range runs from the words that show it to the end of their sentence: what follows often says how
#: far the selection goes ("fit and healthy with no medical issues", "no convictions, even if spent",
#: "US citizens; green card holders will not be considered"), and a reviewer, an editor's underline or a
#: scorer matching a highlighted phrase should find the whole statement. Gender-coded words are counted,
#: not claims (their info notes keep the word), and a rule that offers a replacement word (``fixable``:
#: a job title, a pronoun, "able-bodied") is about that word, which its finding keeps.
SELECTION_CATEGORIES_EXCEPT = frozenset({"bias.gender-coded"})


#: How far past its words a selection finding may run: a statement's tail ("with no medical issues",
#: "even if acquitted"), not the rest of a run-on line.
REACH_WORDS = 20
_WORD_AFTER = regex_programs.compile(r"\S+")


def reaches_sentence_end(category: str, severity: Severity) -> bool:
    """Whether a finding of ``category`` at ``severity`` runs on to the end of its sentence: a bias
    warning or error (a selection statement), not a gender-coded word."""
    return category.startswith("bias.") and category not in SELECTION_CATEGORIES_EXCEPT \
        and severity >= Severity.warning


def _context_data() -> dict:
    """``jdlint/data/context.yaml``: the word lists behind every context test (one home)."""
    from importlib.resources import files

    from .yamlio import load_fast

    return load_fast((files("jdlint.data") / "context.yaml").read_text("utf-8"))


_DATA = _context_data()


def _any(key: str) -> str:
    return "|".join(str(p) for p in _DATA[key])


# Each pattern of phrases starts with a lookahead for the first letters of its phrases: re tries
# every phrase at every position of a sentence, and the lookahead turns most positions away at
# once. Every sentence is tested, so even eleven letters pay (measured: about 1.7x).

def _eeo_forms(key: str) -> str:
    """An equal-opportunity table of ``context.yaml`` as one alternation, ``<eeo-group>`` standing
    for the groups an outreach statement names (``eeo-groups``)."""
    groups = "(?:" + _any("eeo-groups") + ")"
    return "|".join(str(p).replace("<eeo-group>", groups) for p in _DATA[key])


# Phrases that make a sentence an equal-opportunity, non-discrimination, accommodation or
# positive-action statement on their own (``eeo``: the one home of that wording, which section
# detection reads too).
EEO_PATTERNS = LazyPattern(guarded(_eeo_forms("eeo"), limit=None), re.I)
# Phrases that make a sentence an outreach or inclusion statement only when it also names a
# protected class ("women are encouraged to apply" is; "recent graduates are encouraged to apply"
# is not).
EEO_WEAK_PATTERNS = LazyPattern(guarded(_eeo_forms("eeo-weak"), limit=None), re.I)
PROTECTED_CLASSES = LazyPattern(r"\b(" + _any("protected") + r")\b", re.I)
NEGATORS = frozenset(str(w) for w in _DATA["negators"])
WIDENING_AFTER_NOT = frozenset(str(w) for w in _DATA["not-widening"])
NEGATING_PHRASES = regex_programs.compile(_DATA["negating-phrases"], re.I)
# These reach over commas: "regardless of race, religion, age or disability".
LIST_NEGATING_PHRASES = regex_programs.compile(_DATA["list-negating-phrases"], re.I)
#: Where a list-negating phrase's object ends for good (``list_negated``: a semicolon, a colon or a dash; at a comma it
#: may end), and what in a later part starts a clause of its own.
LIST_END = regex_programs.compile(r"[;:\u2013\u2014]|\s-\s")
LIST_SCOPE_BREAK = regex_programs.compile(_DATA["list-scope-break"], re.I)
NEGATION_AFTER = regex_programs.compile(_DATA["negation-after"], re.I)
#: How many words after a negator an "or" list still carries the negation to the span.
NEGATION_LIST_REACH = 10
#: How far before a span its negation is looked for (characters, within its sentence).
NEGATION_REACH = 60
# A negator only reaches into its own clause: "No experience needed; recent graduates welcome".
CLAUSE_BREAK = regex_programs.compile(_DATA["clause-break"], re.I)
DUTY_OBJECT_BEFORE = LazyPattern(_DATA["duty-object-before"], re.I)
EXPLAINED_AFTER = regex_programs.compile(_DATA["explained-after"])  # used with .match(text, end): anchored there; case matters
#: Made concrete by what follows (see ``FileAnalysis.is_specified``).
SPECIFIED_AFTER = regex_programs.compile(_DATA["specified-after"], re.I)
SPECIFIED_BREAK = regex_programs.compile(_DATA["specified-break"], re.I)
#: Spans only a name pins down (see ``FileAnalysis.is_specified``).
SPECIFIED_BY_NAME = regex_programs.compile(_DATA["specified-by-name"], re.I)
#: The pace itself counted (see ``FileAnalysis.is_paced``).
PACED_AFTER = regex_programs.compile(_DATA["paced-after"], re.I)
PACE_CLAIM = regex_programs.compile(_DATA["pace-claim"], re.I)
#: How far after a pace claim ``is_paced`` reads, and where its sentence ends.
PACE_REACH = 120
_SENTENCE_END = regex_programs.compile(r"[.;!?\n](?!\d)")
SPECIFIED_ANSWER = regex_programs.compile(_DATA["specified-answer"])  # case matters: "No" opens the answer
SPECIFIED_PARTIAL = regex_programs.compile(_DATA["specified-partial"], re.I)
#: How far after a vague phrase ``is_specified`` reads for what pins it down (characters).
SPECIFY_REACH = 80
#: A named law, regulation or occupational requirement (see ``FileAnalysis.lawful_basis``).
LAWFUL_BASIS = LazyPattern(_any("lawful-basis"), re.I)
#: A refusal just before an accommodation phrase: "No reasonable accommodation will be provided" is no offer.
REFUSAL_BEFORE = regex_programs.compile(r"\b(?:no|not|cannot|can't|unable\s+to|won't|will\s+not)\s+(?:\w+\s+){0,2}$", re.I)
#: A safety or hygiene reason (see ``FileAnalysis.safety_reason``).
SAFETY_REASON = regex_programs.compile(_any("safety-reason"), re.I)
#: Both sexes named beside a gendered word (``names_both_sexes`` reads one word, ``both_sexes_words`` a sentence): a word,
#: the joiner between it and its counterpart, and the every-sex mark, each written once.
_SEXED_WORD = r"[A-Za-z][\w-]*"
_SEXES_JOINER = r"\s*(?:/|\bor\b|&|\band\b)\s*(?:an?\s+)?"
BOTH_SEXES_MARKER = regex_programs.compile(_DATA["both-sexes-marker"], re.I)
BOTH_SEXES_JOINER = regex_programs.compile(_SEXES_JOINER, re.I)
BOTH_SEXES_BEFORE = regex_programs.compile(f"({_SEXED_WORD}){_SEXES_JOINER}$", re.I)
_WORD_AT = regex_programs.compile(_SEXED_WORD)
BOTH_SEXES_PAIR = regex_programs.compile(rf"\b({_SEXED_WORD}){_SEXES_JOINER}({_SEXED_WORD})", re.I)
BOTH_SEXES_MARKED = regex_programs.compile(rf"\b({_SEXED_WORD})(?={_DATA['both-sexes-marker']})", re.I)
_SEX_SUFFIXES = tuple(sorted((str(w) for w in _DATA["sex-suffixes"]), key=len, reverse=True))


def _stem(word: str) -> str:
    for suffix in _SEX_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)].rstrip("-")
    return word


def _same_stem(word: str, other: str) -> bool:
    """Two words that differ only by a sex suffix ("waiter"/"waitress", "barman"/"barmaid", "host"/"hostess")."""
    return word != other and _stem(word) == _stem(other)


def names_both_sexes(text: str, start: int, end: int) -> bool:
    """The word at ``[start, end)`` of ``text`` stands with its other-sex counterpart ("Waiter/waitress", "salesman or
    saleswoman", "barman & barmaid") or with a mark that the post is open to every sex ("Salesman (m/f/d)",
    "Verkäufer (m/w/d)", "hostess (all genders)"): both named, no one sex chosen. The counterpart is the word across a
    joiner that shares the word's stem once a sex suffix is cut (``sex-suffixes``); the mark is ``both-sexes-marker``,
    right after the word. Reads a few words either side."""
    word = text[start:end].strip().lower()
    after = BOTH_SEXES_JOINER.match(text, end, min(len(text), end + 12))
    if after is not None:
        nxt = _WORD_AT.match(text, after.end(), min(len(text), after.end() + 40))
        if nxt is not None and _same_stem(word, nxt.group().lower()):
            return True
    before = BOTH_SEXES_BEFORE.search(text, max(0, start - 50), start)
    if before is not None and _same_stem(word, before.group(1).lower()):
        return True
    return bool(BOTH_SEXES_MARKER.match(text, end, min(len(text), end + 30)))


def both_sexes_words(sentence: str) -> list[tuple[int, int]]:
    """The words of ``sentence`` named with their other-sex counterpart ("Waiter/waitress": both) or an every-sex mark
    ("Salesman (m/f/d)"), as ``names_both_sexes`` reads one word: the bias model reads the sentence without them
    (bias_selection.read_as), as D101 skips them (``paired``). One pass of each pattern over the sentence, not one
    reading a word: the model reads every sentence with an applicant cue."""
    spans = []
    for pair in BOTH_SEXES_PAIR.finditer(sentence):
        if _same_stem(pair.group(1).lower(), pair.group(2).lower()):
            spans += [pair.span(1), pair.span(2)]
    spans += [marked.span(1) for marked in BOTH_SEXES_MARKED.finditer(sentence)]
    return sorted(spans)


#: Someone other than the hire named just before or after a span (see ``FileAnalysis.names_someone_else``).
OTHERS_BEFORE = regex_programs.compile(_DATA["others-before"], re.I)
OTHERS_AFTER = regex_programs.compile(_DATA["others-after"], re.I)
OTHERS_OF = regex_programs.compile(_DATA["others-of"], re.I)
#: A minister of religion named as the hire (see ``FileAnalysis.ministerial_role``).
#: Matched at the sentence's start: the role is the sentence's subject or title, a few words in at most ("Lead Pastor
#: must ...", "The synagogue's cantor must ...", "Youth minister wanted; ..."), not a minister met or quoted later
#: ("a reference from their pastor").
MINISTERIAL_ROLE = regex_programs.compile(r"\W*(?:[\w'’.-]+\s+){0,3}?(?:" + _any("ministerial-role") + ")", re.I)
#: An offer of accommodation or adjustments (see ``FileAnalysis.offers_accommodation``).
ACCOMMODATION = LazyPattern(_any("accommodation"), re.I)
#: A physical demand told as what the job involves (see ``FileAnalysis.duty_described``).
DUTY_DESCRIBED = LazyPattern(_any("duty-described"), re.I)
#: An invitation that widens the pool (see ``FileAnalysis.widens_pool``).
WIDENING_AFTER = LazyPattern(_DATA["widening-after"], re.I)
WIDENING_BEFORE = regex_programs.compile(_DATA["widening-before"], re.I)
EXCLUSIVE = regex_programs.compile(_DATA["exclusive"], re.I)
SINGLING_WELCOME = regex_programs.compile(_DATA["singling-welcome"], re.I)
WELCOMED_NEWCOMERS = regex_programs.compile(_DATA["welcomed-newcomers"], re.I)
BARE_WELCOME = regex_programs.compile(_DATA["bare-welcome"], re.I)
#: (session 52) both ends of a trait's range named together (``opposite-poles``): one pole, at most four more words, a
#: joiner (``pole-joiner``), at most four words, the other pole, either way round; or from one to the other
#: (``pole-range``).
_WORDS = r"(?:[\w'\u2019-]+\s+)"
_FROM, _TO = _DATA["pole-range"]
BOTH_POLES = LazyPattern("|".join(
    rf"(?:{x})(?:\s+[\w'\u2019-]+){{0,4}}?\s*,?\s*{_DATA['pole-joiner']}\s+{_WORDS}{{0,4}}?(?:{y})"
    rf"|{_FROM}\s+{_WORDS}{{0,2}}?(?:{x})(?:\s+[\w'\u2019-]+){{0,4}}?\s*,?\s*{_TO}\s+{_WORDS}{{0,4}}?(?:{y})"
    for a, b in _DATA["opposite-poles"] for x, y in ((a, b), (b, a))), re.I)
POLE_SELECTION = regex_programs.compile(_DATA["pole-selection"], re.I)
POLE_WELCOME = regex_programs.compile(_DATA["pole-welcome"], re.I)


def names_whole_range(text: str) -> bool:
    """Whether ``text`` (a clause or a sentence) names both ends of a trait's range with neither chosen: "Fresh graduate
    or 40 years in the trade, we want to hear from you" (``opposite-poles``), not "Perfect for students or retirees"
    (``pole-selection``, nor ``exclusive``): the one reader of the range for the rules' widening context and the bias
    model's sentences."""
    return BOTH_POLES.search(text) is not None and not POLE_SELECTION.search(text) and not EXCLUSIVE.search(text)


def welcomes_whole_range(sentence: str) -> bool:
    """``names_whole_range`` with a welcome of it in the sentence (``pole-welcome``): the bias model's sentences, which
    may join both ends in other ways that picture who fits."""
    return names_whole_range(sentence) and POLE_WELCOME.search(sentence) is not None
#: How far into a sentence its equal-opportunity wording must start for ``opens_as_eeo`` (characters).
EEO_OPENING = 100
#: The contexts a rule may ``skip`` (``FileAnalysis.skipped``).
#: What a finding lowered to info by a lawful basis (``FileAnalysis.lawful_basis``) says, in every rule kind
#: (the Python bias rules, ``checks/inclusive.py``; packs' ``lower-with-lawful-basis``, ``pack_rule.py``)
LAWFUL_BASIS_MESSAGE = ("'{match}' is stated with a legal basis ('{basis}'): confirm that basis really applies "
                        "to this role and keep it next to the requirement")
SKIP_CONTEXTS = ("eeo", "negated", "quoted", "name", "widening", "explained", "literal", "measured", "duty", "others",
                 "specified", "answered", "paired", "paced")
#: How far after a flagged phrase ``is_measured`` looks for a figure, and where its clause ends: a
#: figure after a comma or in the next clause measures something else ("a fast-paced team, and
#: 25 days of leave").
MEASURE_REACH = 60
_CLAUSE_END = regex_programs.compile(r"[.;:!?,()\n\u2014]")
#: A figure: a number that starts a word ("team member2)" is a list number run on, "K-12" a name).
_FIGURE = regex_programs.compile(r"(?<![\w\-\u2013])\d")
#: Where an invitation's clause ends (commas and "and" do not: "graduates, returners and career changers
#: are encouraged to apply").
_WIDENING_BREAK = regex_programs.compile(r"[;:.!?()\u2014]|\s-\s|\b(?:but|however|although|though|yet)\b", re.I)
_QUOTES = '"'
_QUOTE_MARK = regex_programs.compile(_QUOTES)
#: Single quotes around a mentioned term (``is_quoted``): how far either side they may stand.
_SINGLE_REACH = 30
#: After an article the quotes are scare quotes around a phrase in use ("you should be a 'people
#: person'"), not a mention.
_SINGLE_OPEN = regex_programs.compile(r"(?<![\w'‘’])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bour\s)(?<!\byour\s)"
                          r"['‘][^'‘’\n]*$", re.I)
_SINGLE_CLOSE = regex_programs.compile(r"[^'‘’\n]*?['’](?!\w)")
#: After an article or "our" the quotes are still a mention when the quoted words are a name for the noun after
#: them, an award, a campaign, a tier or a product line ("the 'Heart of Gold' volunteer award", "our 'World Class'
#: loyalty tier", "our 'Vibrant' kidswear line"): capitalised, closed, and followed by a lower-case word that is no
#: function word. Lower-case quoted words stay scare quotes in use, before a noun too ("a 'rockstar' developer",
#: "we are a 'work hard, play hard' team") (vague15, writers A, D, E, F and Q).
_NAMING_OPEN = regex_programs.compile(r"(?<![\w'‘’])(?:a|an|the|our|your)\s(['‘])[^'‘’\n]*$", re.I)
_NAMING_CLOSE = regex_programs.compile(r"([^'‘’\n]*?)['’]\s+(?!(?:and|or|but|nor|to|is|are|was|were|be|in|on|at|for|"
                                       r"with|who|that|which|as|so|if|when|from|by|of|than|then|because|will|can|"
                                       r"should|must|you|we|they|it|this|every|each|all|any|too|not)\b)[a-z]")


# Pure in the sentence, and postings repeat sentences (boilerplate, headings, one company's
# statements across its ads): a quarter of the corpus' sentence text is a repeat.
@sentence_memo
def is_eeo_sentence(text: str) -> bool:
    """An equal-opportunity, non-discrimination, accommodation or positive-action statement
    (``eeo_statement``), screened on its own."""
    return eeo_statement(text, safe_lower(text), _EEO_TABLES.may_match(text))


def eeo_statement(text: str, lowered: str | None, may=EVERYTHING) -> bool:
    """Whether the sentence holds equal-opportunity wording (the ``eeo`` tables of
    ``jdlint/data/context.yaml``): one of ``eeo``, or one of ``eeo-weak`` and a protected class.
    The one reader of that wording: the bias context (``is_eeo_sentence``) and section detection
    (``sections.classify``, which screens it with its own tables) both ask here. ``lowered``: the
    text through ``safe_lower`` (the searches run on it: twice as fast); ``may``: the tables a
    screen (``regex_screen``) left possible, every one when unscreened."""
    return (_EEO in may and _EEO.found(text, lowered)) or (
        _EEO_WEAK in may and _PROTECTED in may and _EEO_WEAK.found(text, lowered) and _PROTECTED.found(text, lowered))


_EEO, _EEO_WEAK, _PROTECTED = map(LowerCaseRegex, (EEO_PATTERNS, EEO_WEAK_PATTERNS, PROTECTED_CLASSES))
#: the three tables ``eeo_statement`` reads: a screen that holds them (``_EEO_TABLES`` here, or
#: section detection's) says in one RE2 pass over a sentence which of them can match it at all
EEO_TABLE_READERS = (_EEO, _EEO_WEAK, _PROTECTED)
#: the three screened together (``regex_screen``): one RE2 pass over a sentence rules out most of
#: them, and the two searches every sentence ran before were a tenth of section detection's time
_EEO_TABLES = ScreenedGroup(EEO_TABLE_READERS)


def opens_with_eeo(sentence: str) -> bool:
    """Whether ``eeo`` wording stands in the first ``EEO_OPENING`` characters of ``sentence``:
    ``EEO_PATTERNS.search(sentence, 0, EEO_OPENING) is not None`` (a search that ends there sees
    the text as if it ended there), answered through the screen and the lower-cased search: the
    plain search, re.I over a long alternation, took about 0.25 ms a sentence, and R104 asks it of
    every sentence glued after another. (``opens_as_eeo`` searches inside the whole text, where
    the characters before the sentence count for a word edge.)"""
    head = sentence[:EEO_OPENING]
    return _EEO in _EEO_TABLES.may_match(head) and _EEO.found(head, safe_lower(head))


@lru_cache(maxsize=1)  # read on the first flagged phrase, not at import: a cold run that flags none never pays
def literal_domains() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """``jdlint/data/literal_senses.yaml``: borrowed clichés and the trades they come from (skip context
    ``literal``, ``FileAnalysis.is_literal``); per domain, (name, its words in a flagged phrase, its cues)."""
    from importlib.resources import files

    from .yamlio import load_fast

    data = load_fast((files("jdlint.data") / "literal_senses.yaml").read_text("utf-8"))
    domains = []
    for name, domain in data["domains"].items():
        words = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in domain["words"])
        cues = "|".join(str(c) for c in domain["cues"])
        domains.append((name, regex_programs.compile(rf"\b(?:{words})\b", re.I), regex_programs.compile(rf"\b(?:{cues})\b", re.I)))
    return domains


#: How much of the posting's first block ``is_literal`` reads as its title (characters).
TITLE_REACH = 200


T = TypeVar("T")



def negated_in(text: str, sent_start: int, sent_end: int, start: int, end: int) -> bool:
    """Whether text[start:end], in the sentence text[sent_start:sent_end], is negated: a negator
    among the last four words of its clause, a negator before a plain "or" list holding it, a
    negating phrase in its clause, a list-negating phrase before it in the sentence, or a negation
    right after it. One home for ``FileAnalysis.is_negated`` and section detection's offers ("there
    is no holiday pay or pension")."""
    window_start = max(sent_start, start - NEGATION_REACH)
    before = text[window_start:start]
    clause = before
    breaks = list(CLAUSE_BREAK.finditer(before))
    if breaks:
        clause = before[breaks[-1].end():]
    tokens = re.findall(r"[a-z]+'?[a-z]*|n't", clause.lower())
    # "not limited to", "not only", "not just" widen what follows rather than deny it (context.yaml not-widening)
    tokens = [t for n, t in enumerate(tokens)
              if not (t == "not" and n + 1 < len(tokens) and tokens[n + 1] in WIDENING_AFTER_NOT)]
    if any(t in NEGATORS or t.endswith("n't") for t in tokens[-4:]):
        return True
    # a negator reaches the later items of a list joined by "or"/"nor": "we are not looking
    # for a ninja or a guru", "never rude, pushy or aggressive" stops at the comma (a clause
    # break), so only a plain "or" list carries it
    negator = max((i for i, t in enumerate(tokens) if t in NEGATORS or t.endswith("n't")), default=None)
    if negator is not None and len(tokens) - negator <= NEGATION_LIST_REACH and \
            any(t in ("or", "nor") for t in tokens[negator + 1:]):
        return True
    if NEGATING_PHRASES.search(clause) or list_negated(before):
        return True
    after = text[end:min(sent_end, end + 40)]
    return bool(NEGATION_AFTER.match(after))


def list_negated(before: str) -> bool:
    """Whether a list-negating phrase in ``before`` (the sentence's words right before a span) still governs the span:
    the phrase's own object ("regardless of age, sex or religion", "no matter your background or beliefs", "we don't
    care how old you are") runs on over commas, but a later part that selects ("Regardless of your CV, we only hire
    people under 35", "Whether or not you have a degree, applicants must be under 30") is a clause of its own, which
    the phrase does not deny (``list-scope-break``: a selection or obligation word, or the applicants named, after a
    comma), and so is anything after a semicolon, a colon or a dash ("We don't care about your CV; we want someone
    young")."""
    found = None
    for found in LIST_NEGATING_PHRASES.finditer(before):
        pass
    if found is None:
        return False
    rest = before[found.end():]
    if LIST_END.search(rest):
        return False
    return not any(LIST_SCOPE_BREAK.search(part) for part in rest.split(",")[1:])


#: A sentence longer than this reads its labelled parts once (``FileAnalysis._part_start``): far beyond any prose
#: sentence (the longest the dev corpus asks a lawful basis in has 2,502 characters), so ordinary postings
#: keep the exact search.
LONG_SENTENCE_CHARS = 20_000


class FileAnalysis:
    """Everything computed once per file and shared by all rules."""

    def __init__(self, document: "Document", doc: "Doc", matches: dict[str, list["Match"]],
                 config: Any, section_data: Any = None) -> None:
        self.document = document
        self.doc = doc
        self.matches = matches
        self.config = config
        self.section_data = section_data
        self.metrics: dict[str, Any] = {}
        self._memo: dict[Any, Any] = {}

    def memo(self, key: Any, compute: Callable[[], T]) -> T:
        """``compute()``, once per file: for a fact about the whole posting that several rules,
        or one rule at each of its matches, ask about. Asking again per match made the cost
        grow with matches times text (quadratic in a long posting)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def _sent_starts(self) -> tuple[list[int], list["Span"]]:
        sents = list(self.doc.sents)
        return [s.start_char for s in sents], sents

    def sentence(self, offset: int) -> "Span | None":
        i = self.sentence_index(offset)
        return self.sentences[i] if i >= 0 else None

    def sentence_index(self, offset: int) -> int:
        """The index in ``sentences`` of the sentence holding ``offset`` (-1 before the first):
        a bisect, so a rule that wants the neighbouring sentences never scans them all per match."""
        return bisect.bisect_right(self._sent_starts[0], offset) - 1

    @property
    def sentences(self) -> list["Span"]:
        return self._sent_starts[1]

    @cached_property
    def eeo_sentence_starts(self) -> frozenset[int]:
        """Sentences that are equal-opportunity, non-discrimination or accommodation statements.

        They name protected classes on purpose; bias rules never flag them.
        """
        text = self.text  # sliced rather than Span.text, which rebuilds it from tokens, slowly
        texts = [text[sent.start_char:sent.end_char] for sent in self.sentences]
        # screened set by set in one batch, as section detection's sentences (``ScreenedGroup.batch``)
        with _EEO_TABLES.batch(texts):
            return frozenset(sent.start_char for sent, sentence in zip(self.sentences, texts) if is_eeo_sentence(sentence))

    def opens_as_eeo(self, start: int, end: int) -> bool:
        """Strict, for the sentence text[start:end]: an equal-opportunity sentence that is one from
        its opening words ("Qualified applicants will receive consideration without regard to
        race, ..."), not a policy that ends on an accommodation clause ("... unless accommodated
        based on a ... prohibited ground") nor pieces glued together where a flattened posting lost
        its line breaks (the rest is the writer's)."""
        if start not in self.eeo_sentence_starts:
            return False
        piece = self.text[start:end]
        if RUN_TOGETHER_ITEM.search(piece) or GLUED_SENTENCES.search(piece):
            return False
        return EEO_PATTERNS.search(self.text, start, min(end, start + EEO_OPENING)) is not None

    def in_eeo(self, start: int, end: int) -> bool:
        """Loose: the span's sentence is an equal-opportunity / accommodation statement, or the
        span lies in an ``eeo`` section."""
        sent = self.sentence(start)
        if sent is not None and sent.start_char in self.eeo_sentence_starts:
            return True
        sections = self.memo("eeo-section-spans", lambda: span_index(
            (sec.start, sec.end) for sec in self.document.sections_of("eeo")))
        if not sections[0]:
            return False
        s, _ = self.document.to_source(start, end)
        return overlaps_any(sections, s, s + 1)  # a section holds s (a bisect, not a loop per match)

    def is_negated(self, start: int, end: int) -> bool:
        """"no degree required", "regardless of age", "you don't need to be a native speaker"."""
        sent = self.sentence(start)
        if sent is None:
            return False
        return negated_in(self.text, sent.start_char, sent.end_char, start, end)

    def is_eeo_block(self, block) -> bool:
        """Strict: the whole block is equal-opportunity text (every sentence a statement, or the
        block under an ``eeo`` heading). Memoised per block in ``metrics``."""
        from .metrics import excluded_block

        return excluded_block(self, block, ("eeo",))

    def skipped(self, start: int, end: int, skip) -> bool:
        """Whether a rule whose ``skip`` option lists these contexts (``SKIP_CONTEXTS``) leaves
        the span alone: inside an equal-opportunity statement (loose), negated, quoted, or inside
        a capitalised name that is not the job title (``propernames.in_proper_name``)."""
        return (("eeo" in skip and self.in_eeo(start, end))
                or ("negated" in skip and self.is_negated(start, end))
                or ("quoted" in skip and self.is_quoted(start, end))
                or ("name" in skip and in_proper_name(self.document, start, end))
                or ("widening" in skip and self.widens_pool(start, end))
                or ("explained" in skip and self.is_explained(start, end))
                or ("literal" in skip and self.is_literal(start, end))
                or ("measured" in skip and self.is_measured(start, end))
                or ("duty" in skip and self.is_duty_object(start))
                or ("others" in skip and self.names_someone_else(start, end))
                or ("specified" in skip and self.is_specified(start, end))
                or ("answered" in skip and self.is_answered(start, end))
                or ("paired" in skip and self.names_both_sexes(start, end))
                or ("paced" in skip and self.is_paced(start, end)))

    def is_paced(self, start: int, end: int) -> bool:
        """A pace claim ("fast-paced", "high-pressure environment") with the pace itself counted in its span or the rest
        of its sentence: a figure or a count in words of the work that comes in ("a fast-paced kitchen doing about 300
        covers a night", "60 calls a shift"; ``paced-after`` in data/context.yaml). Unlike ``measured``, a figure of
        anything else does not count: pay, days, hours or a team's size say nothing of the pace ("a fast-paced
        kitchen, S$1,900 a month, 6 days a week"). Bounded window: linear in the posting."""
        if not PACE_CLAIM.search(self.text, start, end):
            # a variety claim ("The role is varied, with two days a week in the warehouse") is pinned down as any is
            return self.is_specified(start, end)
        after = self.text[start:end + PACE_REACH]
        stop = _SENTENCE_END.search(after, end - start)
        return bool(PACED_AFTER.search(after, 0, stop.start() if stop else len(after)))

    def names_both_sexes(self, start: int, end: int) -> bool:
        """The gendered word at ``[start, end)`` stands with its other-sex counterpart ("Waiter/waitress", "salesman or
        saleswoman", "barman & barmaid") or with a mark that the post is open to every sex ("Salesman (m/f/d)",
        "Verkäufer (m/w/d)", "hostess (all genders)"): both named, no one sex chosen (skip context ``paired``; the
        reading is the module's ``names_both_sexes``)."""
        return names_both_sexes(self.text, start, end)

    def names_someone_else(self, start: int, end: int) -> bool:
        """The span names someone other than the hire: the people the job serves ("most of our guests are
        businessmen", "we cater for sportsmen"), a colleague the hire reports to or assists ("reports to the
        foreman", "PA to the Chairman") or the owner of what the hire looks after ("the Chairman's diary"). Reads the
        60 characters before the span and a few after it (``others-before``, ``others-after`` in data/context.yaml)."""
        return bool(OTHERS_BEFORE.search(self.text, max(0, start - 60), start)
                    or OTHERS_OF.search(self.text, max(0, start - 60), start)
                    or OTHERS_AFTER.match(self.text, end, min(len(self.text), end + 40)))

    def is_duty_object(self, start: int) -> bool:
        """The phrase is the object of a duty verb right before it ("create an inspiring environment
        for children", "build an exceptional team"): the hire's task, not praise of the employer.
        Reads the 40 characters before the phrase (``duty-object-before`` in data/context.yaml)."""
        return bool(DUTY_OBJECT_BEFORE.search(self.text, max(0, start - 40), start))

    def is_measured(self, start: int, end: int) -> bool:
        """A hype word with the measure it stands for in the same phrase: a figure in the span or
        after it before its clause ends (at most ``MEASURE_REACH`` characters): "a fast-paced
        production line running 1,200 units an hour", "an exciting role running a 40-bed ward".
        The claim is then checkable, so not vague. Bounded window: linear in the posting."""
        if _FIGURE.search(self.text, start, end):
            return True
        after = self.text[end:end + MEASURE_REACH]
        stop = _CLAUSE_END.search(after)
        return bool(_FIGURE.search(after, 0, stop.start() if stop else len(after)))

    def is_specified(self, start: int, end: int) -> bool:
        """A vague amount, frequency or catch-all made concrete by what follows it: named right after
        (``is_explained``), a figure in its clause (``is_measured``), a count or frequency in words or a task
        named by how it is done in the rest of its clause ("some travel, about two nights a month", "help out
        in the kitchen by washing up"), or a question the next words answer ("Team player? In practice that
        means ..."; "Wear many hats? No, ..."). Word lists in data/context.yaml (``specified-*``). The one home
        of this test for the vague rules (skip context ``specified``). Bounded windows: linear in the posting."""
        after = self.text[end:end + SPECIFY_REACH]
        if SPECIFIED_BY_NAME.search(self.text, start, end):
            # an open set of places is named, not counted: a figure after it is pay or hours (``specified-by-name``)
            return self.is_explained(start, end)
        if SPECIFIED_ANSWER.match(after) or self.is_measured(start, end):
            return True
        stop = SPECIFIED_BREAK.search(after)
        if SPECIFIED_AFTER.search(after[:stop.start()] if stop else after):
            return True
        # examples only ("other duties as assigned - including early college classes") leave a catch-all open
        return not SPECIFIED_PARTIAL.match(after) and self.is_explained(start, end)

    def is_answered(self, start: int, end: int) -> bool:
        """The phrase ends a question the next words answer ("Team player? In practice that means covering one shift
        a month"; "Wear many hats? No, this is a focused role"): ``is_specified``'s answer alone, for a trait or an
        idiom, which a figure after it does not pin down ("gives 110% every single shift"). Skip context ``answered``."""
        return bool(SPECIFIED_ANSWER.match(self.text[end:end + SPECIFY_REACH]))

    def is_literal(self, start: int, end: int) -> bool:
        """A borrowed cliché used in its literal sense: the span holds a word of a domain in
        ``jdlint/data/literal_senses.yaml`` ("low-hanging fruit", "ninja", "guru") and that domain is
        the job's subject, named by a cue outside the span in its sentence or in the posting's first
        block (its title): "picking the low-hanging fruit from the dwarf apple trees"."""
        flagged = self.text[start:end]
        domains = [d for d in literal_domains() if d[1].search(flagged)]
        if not domains:
            return False
        sent = self.sentence(start)
        lo, hi = (sent.start_char, sent.end_char) if sent is not None else (max(0, start - 200), end + 200)
        return any(self._cue_outside(name, cues, lo, hi, start, end) or self._title_names(name, cues, lo)
                   for name, _, cues in domains)

    def _cue_outside(self, domain: str, cues: re.Pattern, lo: int, hi: int, start: int, end: int) -> bool:
        """Whether a cue of ``domain`` in text[lo:hi] lies wholly before ``start`` or after ``end``.
        The cues of a sentence are found once per domain: searched again for every flagged phrase, a
        long sentence of clichés took time quadratic in its length (80,000 characters: 12 s)."""
        spans = self.memo(("literal-cues", domain, lo, hi),
                          lambda: [m.span() for m in cues.finditer(self.text, lo, hi) if m.end() > m.start()])
        return bool(spans) and (spans[0][1] <= start or spans[-1][0] >= end)

    def _title_names(self, domain: str, cues: re.Pattern, before: int) -> bool:
        """Whether the posting's first block (its title: at most ``TITLE_REACH`` characters, so a
        posting flattened into one block is not read whole at every match), ending before ``before``,
        names a cue of ``domain``. Once per domain per file."""
        def compute() -> int:
            first = self.document.blocks[0] if self.document.blocks else None
            if first is None:
                return -1
            stop = min(first.text_end, first.text_start + TITLE_REACH)
            return stop if cues.search(self.text, first.text_start, stop) else -1

        stop = self.memo(("literal-title", domain), compute)
        return 0 <= stop <= before

    def widens_pool(self, start: int, end: int) -> bool:
        """The span names a group invited in addition to everyone else, not a screen: "recent graduates
        are encouraged to apply", "we also welcome applications from career changers" (``widening-*``
        in ``jdlint/data/context.yaml``), unless its clause narrows the pool ("only", "must"). Reads a
        bounded window on each side."""
        sent = self.sentence(start)
        if sent is None:
            return False
        text = self.text
        before = text[max(sent.start_char, start - 80):start]
        breaks = list(_WIDENING_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        after = text[end:min(sent.end_char, end + 80)]
        stop = _WIDENING_BREAK.search(after)
        if stop:
            after = after[:stop.start()]
        if not (WIDENING_AFTER.match(after) or WIDENING_BEFORE.search(before)
                or self._welcomes_newcomers(before, after)
                or names_whole_range(before + text[start:end] + after)):
            return False
        if SINGLING_WELCOME.search(before) or SINGLING_WELCOME.search(after):
            return False  # "Women are especially welcome to apply": one group singled out, not added
        return not (EXCLUSIVE.search(before) or EXCLUSIVE.search(after))

    @staticmethod
    def _welcomes_newcomers(before: str, after: str) -> bool:
        """A bare welcome after the span whose welcomed list also names newcomers by what they lack ("Fresh grads
        and first-timers are welcome!"): no experience needed, not an age wanted (``welcomed-newcomers``)."""
        welcome = BARE_WELCOME.search(after)
        return bool(welcome) and bool(WELCOMED_NEWCOMERS.search(before + " " + after[:welcome.start()]))

    def is_explained(self, start: int, end: int) -> bool:
        """The sentence explains the term right after it: a colon and a list, or "such as ..."."""
        sent = self.sentence(start)
        stop = sent.end_char if sent is not None else min(len(self.text), end + 200)
        return bool(EXPLAINED_AFTER.match(self.text, end, min(stop, end + 200)))

    def _paragraph_search(self, kind: str, regex: re.Pattern, offset: int) -> str | None:
        block = self.document.block_at(offset)
        if block is None:
            return None

        def compute():
            found = regex.search(self.text, block.text_start, block.text_end)
            return found.group().strip() if found else None

        return self.memo((kind, block.text_start, block.text_end), compute)

    def lawful_basis(self, offset: int) -> str | None:
        """The words of a lawful basis (a named law, regulation or occupational requirement)
        stated in the sentence holding ``offset`` or the next one in its paragraph (where the
        reason for a requirement is given), or None, within the labelled part holding ``offset`` when a flattened
        ad runs its parts on in one sentence (``sentences.LABELLED_PART``). Once per sentence (part) per file. Not
        the whole paragraph: a long one names laws about other things ("... under the Bank Secrecy Act")."""
        sent = self.sentence(offset)
        if sent is None:
            return None

        def compute():
            starts, sents = self._sent_starts
            i = bisect.bisect_right(starts, sent.start_char) - 1
            end = sent.end_char
            block = self.document.block_at(offset)
            if i + 1 < len(sents) and block is not None and sents[i + 1].start_char < block.text_end:
                end = min(sents[i + 1].end_char, block.text_end)
            # a flattened ad's labelled parts run on in one sentence ("... — Candidate Requirements: ... licence
            # preferred ... — What We Offer: ... medical insurance as per Qatar labour law"): the basis is read in
            # the requirement's own part
            next_part = LABELLED_PART.search(self.text, offset, end)
            found = LAWFUL_BASIS.search(self.text, part, next_part.start() if next_part else end)
            return found.group().strip() if found else None

        part = self._part_start(sent, offset)
        return self.memo(("lawful-basis", sent.start_char, part), compute)

    def _part_start(self, sent, offset: int) -> int:
        """Where the labelled part holding ``offset`` starts in its sentence (``sentences.LABELLED_PART``): the end of
        the last label before ``offset``, or the sentence's start. A sentence of ordinary length is searched up to
        ``offset`` at each call; a longer one (a flattened posting with no stops, one finding every few words) reads
        its labels once and bisects them, since searching again from the sentence's start for every finding made the
        cost grow with the square of its length (scripts/hostile_battery.py's 490 kB line: 30 s). There a label
        that crosses ``offset`` is left out, where the search cut at ``offset`` could have matched it shorter."""
        if sent.end_char - sent.start_char <= LONG_SENTENCE_CHARS:
            part = sent.start_char
            for label in LABELLED_PART.finditer(self.text, sent.start_char, offset):
                part = label.end()
            return part
        ends = self.memo(("labelled-part-ends", sent.start_char),
                         lambda: [m.end() for m in LABELLED_PART.finditer(self.text, sent.start_char, sent.end_char)])
        i = bisect.bisect_right(ends, offset) - 1
        return ends[i] if i >= 0 else sent.start_char

    def safety_reason(self, offset: int) -> str | None:
        """The safety or hygiene reason stated in the sentence holding ``offset`` (``safety-reason``
        in ``jdlint/data/context.yaml``), or None. The sentence, not the paragraph: a hygiene rule
        beside a looks requirement does not excuse it."""
        return self._words_in_sentence("safety-reason", SAFETY_REASON, offset)

    def ministerial_role(self, offset: int) -> str | None:
        """The minister of religion (pastor, priest, rabbi, imam ...) named in the sentence holding ``offset``
        (``ministerial-role`` in ``jdlint/data/context.yaml``), or None: a faith required of a minister is the
        ministerial exception, not a screen. The sentence, not the posting: a church's other jobs stay screens
        unless the posting shows a religious employer (the religion rules' own basis). Only as the sentence's subject
        or title, before ``offset`` ("Youth pastor: must be ..."), not a minister the staff meet ("attend prayers led
        by the imam") or one asked for a reference ("a reference from their pastor")."""
        sent = self.sentence(offset)
        if sent is None:
            return None
        found = MINISTERIAL_ROLE.match(self.text, sent.start_char, max(sent.start_char, offset))
        return found.group().strip() if found else None

    def duty_described(self, offset: int) -> str | None:
        """The words that tell a physical demand as what the job involves ("the job requires standing for long
        periods", "duties include lifting stock") in the sentence holding ``offset``, or None. A duty stated
        neutrally names an essential function, which the law asks for; only a test put to the applicant
        without an accommodation offer is a screen (D403)."""
        return self._words_in_sentence("duty-described", DUTY_DESCRIBED, offset)

    def _words_in_sentence(self, key: str, pattern: re.Pattern, offset: int) -> str | None:
        """The first words ``pattern`` (a ``context.yaml`` table) finds in the sentence holding
        ``offset``, stripped, or None; once per sentence."""
        sent = self.sentence(offset)
        if sent is None:
            return None

        def compute():
            found = pattern.search(self.text, sent.start_char, sent.end_char)
            return found.group().strip() if found else None

        return self.memo((key, sent.start_char), compute)

    def offers_accommodation(self, offset: int) -> str | None:
        """The accommodation or adjustment offer in the paragraph holding ``offset``, or None."""
        return self._paragraph_search("accommodation", ACCOMMODATION, offset)

    def is_accommodation_sentence(self, offset: int) -> bool:
        """The sentence holding ``offset`` offers accommodation or adjustments."""
        sent = self.sentence(offset)
        if sent is None:
            return False
        return self.memo(("accommodation-sentence", sent.start_char), lambda: bool(
            ACCOMMODATION.search(self.text, sent.start_char, sent.end_char)))

    def accommodation_offered_in_sentence(self, offset: int) -> str | None:
        """The offer of reasonable accommodation or adjustments in the sentence holding ``offset``, a
        refusal before it excepted ("No reasonable accommodation will be provided"), or None. A
        requirement stated with it is an essential function the employer says it will adapt: the
        rules that lower such a finding to info (``lower-with-accommodation`` in a phrase or regex rule,
        D402, D404) all ask here."""
        sent = self.sentence(offset)
        if sent is None or not self.is_accommodation_sentence(offset):
            return None

        def compute():
            text = self.text
            for a in ACCOMMODATION.finditer(text, sent.start_char, sent.end_char):
                if not REFUSAL_BEFORE.search(text[max(sent.start_char, a.start() - 30):a.start()]):
                    return a.group().strip()
            return None

        return self.memo(("accommodation-offered", sent.start_char), compute)

    def is_quoted(self, start: int, end: int) -> bool:
        """Inside a block quote, or between double quotes in its block (a testimonial, a title)."""
        block = self.document.block_at(start)
        if block is None:
            return False
        if block.quoted or block.kind == "blockquote":
            return True
        # the block's quote marks found once, then counted by bisection: slicing the block at
        # every match was quadratic in a long paragraph (a posting of one word per line)
        quotes = self.memo(("quote-marks", block.text_start, block.text_end), lambda: [
            q.start() for q in _QUOTE_MARK.finditer(self.text, block.text_start, block.text_end)])
        before = bisect.bisect_left(quotes, start)  # marks in [text_start, start)
        if before % 2 == 1 and bisect.bisect_left(quotes, end) < len(quotes):  # and one in [end, text_end)
            return True
        # a few words in single quotes, the term mentioned rather than used: "ask whether
        # 'fast-paced' means anything". An apostrophe cannot open (it follows a letter) or close
        # (a letter follows it: "don't"), and the quote stays within a short reach of the span.
        reach = max(block.text_start, start - _SINGLE_REACH), min(block.text_end, end + _SINGLE_REACH)
        if _SINGLE_OPEN.search(self.text, reach[0], start) and _SINGLE_CLOSE.match(self.text, end, reach[1]):
            return True
        opened = _NAMING_OPEN.search(self.text, reach[0], start)
        closed = opened and _NAMING_CLOSE.match(self.text, end, reach[1] + 2)
        if not closed:
            return False
        quoted = self.text[opened.end(1):closed.end(1)].strip()
        return quoted[:1].isupper()


class RuleContext:
    """One rule's view of one file."""

    def __init__(self, rule: "Rule", analysis: FileAnalysis, options: dict[str, Any],
                 severity: Severity) -> None:
        self.rule = rule
        self.analysis = analysis
        self.options = options
        self.severity = severity
        self.diagnostics: list[Diagnostic] = []

    # -- shortcuts --------------------------------------------------------------------------
    @property
    def document(self) -> "Document":
        return self.analysis.document

    @property
    def doc(self) -> "Doc":
        return self.analysis.doc

    @property
    def text(self) -> str:
        return self.analysis.document.text

    @property
    def path(self) -> str:
        return self.analysis.document.source.path

    @property
    def config(self) -> Any:
        return self.analysis.config

    @property
    def metrics(self) -> dict[str, Any]:
        return self.analysis.metrics

    def matches(self) -> list["Match"]:
        return self.analysis.matches.get(self.rule.code, [])

    def sentence(self, offset: int):
        return self.analysis.sentence(offset)

    def in_eeo(self, start: int, end: int) -> bool:
        return self.analysis.in_eeo(start, end)

    def is_negated(self, start: int, end: int) -> bool:
        return self.analysis.is_negated(start, end)

    def is_quoted(self, start: int, end: int) -> bool:
        return self.analysis.is_quoted(start, end)

    def skipped(self, start: int, end: int, skip=None) -> bool:
        """``FileAnalysis.skipped`` with this rule's ``skip`` option (or ``skip``)."""
        return self.analysis.skipped(start, end, self.options.get("skip", ()) if skip is None else skip)

    def lawful_basis(self, offset: int) -> str | None:
        return self.analysis.lawful_basis(offset)

    # -- reporting --------------------------------------------------------------------------
    def report(self, start: int, end: int, message: str | None = None, *,
               severity: Severity | str | None = None, suggestions: tuple[str, ...] | list[str] = (),
               replacement: str | None = None, data: dict | None = None, **fmt: Any) -> Diagnostic:
        """A finding at [start, end) of the prose text (``Document.text``). A selection finding
        (``reaches_sentence_end``) runs on to the end of its sentence; its message still quotes the words
        that triggered it."""
        src_start, src_end = self.document.to_source(start, end)
        diag = self.report_source(src_start, src_end, message, severity=severity,
                                  suggestions=suggestions, replacement=replacement,
                                  prose=self.text[start:end], data=data, **fmt)
        if not self.rule.fixable and reaches_sentence_end(self.rule.category, diag.severity):
            reach = self._sentence_end(start, end)
            if reach > end:
                src_end = self.document.to_source(start, reach)[1]
                diag = replace(diag, end=src_end, match=self.document.source.text[src_start:src_end],
                               trigger_end=diag.end)
        return diag

    def _sentence_end(self, start: int, end: int) -> int:
        """Where the sentence holding ``start`` ends (its trailing spaces left out), within its block,
        at most ``REACH_WORDS`` words on, and before a point where a flattened list glued two items
        ("years of age or older Must live in", "periods of time.2.Ability to"): the sentence splitter
        keeps such a line whole, but the statement ends there."""
        sent = self.analysis.sentence(start)
        block = self.document.block_at(start)
        if sent is None or block is None:
            return end
        stop = min(sent.end_char, block.text_end)
        words = _WORD_AFTER.finditer(self.text, end, stop)
        for n, m in enumerate(words):
            if n == REACH_WORDS:
                stop = m.start()
                break
        glue = ITEM_GLUE_POINT.search(self.text, end, stop)
        if glue is not None:
            stop = glue.start()
        while stop > end and self.text[stop - 1].isspace():
            stop -= 1
        return stop

    def report_source(self, start: int, end: int, message: str | None = None, *,
                      severity: Severity | str | None = None,
                      suggestions: tuple[str, ...] | list[str] = (),
                      replacement: str | None = None, prose: str | None = None,
                      data: dict | None = None, **fmt: Any) -> Diagnostic:
        """A finding at [start, end) of the source file itself."""
        source_text = self.document.source.text
        matched = source_text[start:end]
        fmt.setdefault("match", prose if prose is not None else matched)
        if suggestions:
            fmt.setdefault("suggestion", suggestions[0])
        text = _format(message if message is not None else self.rule.message, fmt)
        if isinstance(severity, str):
            severity = Severity.parse(severity)
        fix = None
        # Only offer an edit when the source holds exactly the matched words (no markup inside),
        # so applying it can never damage formatting around them.
        if replacement is not None and prose is not None and _same_words(matched, prose):
            replaced = _match_case(matched, replacement)
            article = _article_to_agree(source_text, start, replaced)
            fix = Fix(((article,) if article else ()) + (Edit(start, end, replaced),), "unsafe",
                      f"Replace with '{replacement}'")
        diag = Diagnostic(
            code=self.rule.code, name=self.rule.name, category=self.rule.category,
            severity=severity or self.severity, message=text, path=self.path,
            start=start, end=end, match=matched, suggestions=tuple(suggestions), fix=fix,
            url=self.rule.url, source=self.rule.source, data=data or {},
        )
        return diag

    def report_document(self, message: str | None = None, **fmt: Any) -> Diagnostic:
        """A finding about the posting as a whole, placed at its first line."""
        return self.report_source(0, 0, message, **fmt)


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, values: dict[str, Any]) -> str:
    try:
        return string.Formatter().vformat(template, (), _SafeDict(values))
    except (ValueError, IndexError):
        return template


def _same_words(source: str, prose: str) -> bool:
    norm = lambda s: re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2013", "-")).strip().lower()
    return norm(source) == norm(prose)


# "a" or "an" just before a replaced word, with the spaces and emphasis between ("a **rockstar**",
# "a <strong>rockstar")
_ARTICLE_BEFORE = regex_programs.compile(r"(?<![\w'\u2019-])(an?|An?|AN)(\s{1,3}(?:[*_]{1,2}|<[A-Za-z][^<>]{0,60}>)?)$")
# initialisms said letter by letter take "an" where the letter's name starts with a vowel sound
_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
# spellings whose first letter misleads: a vowel said as "y"/"w" ("a unique", "a one-off"), a silent h
_A_DESPITE_VOWEL = ("eu", "ewe", "one", "once", "uni", "use", "usu", "uti", "ure", "uro", "ubi")
_AN_DESPITE_UNI = ("unim", "unin", "unid", "unil", "unint")
_AN_DESPITE_H = ("hour", "honest", "honor", "honour", "heir")


def indefinite_article(phrase: str) -> str:
    """"a" or "an" for the phrase that follows, by how its first word is said."""
    word = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    lower = word.lower()
    if not word:
        return "a"
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in _VOWEL_LETTER_NAMES else "a"
    if lower.startswith(_AN_DESPITE_H) or (lower.startswith(_AN_DESPITE_UNI)):
        return "an"
    if lower.startswith(_A_DESPITE_VOWEL):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


def _article_to_agree(source_text: str, start: int, replacement: str) -> Edit | None:
    """The edit that makes an "a"/"an" just before ``start`` agree with ``replacement``:
    "a rockstar" fixed to "a expert" would be a new mistake. None when there is no article or it
    agrees already. A capital "A" counts only where a sentence or item starts ("Plan A rockstar"),
    or in capitals ("HIRE A ROCKSTAR")."""
    window_start = max(0, start - 72)
    found = _ARTICLE_BEFORE.search(source_text, window_start, start)
    if found is None:
        return None
    article = found.group(1)
    shouted = replacement.isupper()
    if article[0] == "A" and not shouted and source_text[:found.start()].rstrip()[-1:].isalnum():
        return None
    wanted = indefinite_article(replacement)
    if article.lower() == wanted:
        return None
    if article.isupper() and (len(article) > 1 or shouted):
        wanted = wanted.upper()
    elif article[0].isupper():
        wanted = wanted.capitalize()
    return Edit(found.start(1), found.end(1), wanted)


def _match_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
