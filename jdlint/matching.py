"""All rules' patterns compiled into one index and matched in one pass per file.

Phrase and lemma patterns go into two spaCy PhraseMatchers (``LOWER`` and ``NORM``, where
``NORM`` holds the lower-case lemma), stems into a prefix table, regexes run on the prose text.
Hyphen and space variants are generated here, once, so every rule gets "fast-paced",
"fast paced" and "fastpaced" without listing them.
"""
from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER
from spacy.matcher import PhraseMatcher

from .rules import EXCEPTION, Match, Pattern, Rule


def variants(term: str) -> set[str]:
    """Spelling variants that tokenise differently: hyphen vs space vs closed compound."""
    term = " ".join(term.split())
    out = {term}
    if "-" in term:
        out.add(term.replace("-", " "))
        out.add(term.replace("-", ""))
    if " " in term and len(term.split()) == 2:
        out.add(term.replace(" ", "-"))
    return out


_MIN_LITERAL = 3  # shorter literals occur in almost every posting: no point checking for them


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which must occur in any text the regex matches, or None.

    Derived from the regex's parse tree: a run of literal characters is required; a group or a
    repeat with a minimum of one requires what its content requires; an alternation requires one
    of what each branch requires. Used to skip a regex for a posting that cannot match it, which
    is most postings for most rules (scanning every position costs more than a substring test).
    """
    import re._parser as sre_parse

    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    found = _required(list(tree))
    if found and _selectivity(found) >= _MIN_LITERAL:
        return frozenset(found)
    return None


_DIGITS = frozenset("0123456789")


def _selectivity(literals: set[str]) -> int:
    """How rarely a posting holds one of ``literals``, roughly: the shortest literal's length.
    A required digit counts as a three-letter word: most lines of prose hold no number."""
    return min(_MIN_LITERAL if literal in _DIGITS else len(literal) for literal in literals)


def _required(items: list) -> set[str] | None:
    from re._constants import (ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)

    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or _selectivity(candidate) > _selectivity(best)):
            best = candidate

    run: list[str] = []
    for op, arg in items + [(None, None)]:
        if op is LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is SUBPATTERN:
            consider(_required(list(arg[3])))
        elif op is ATOMIC_GROUP:
            consider(_required(list(arg)))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            consider(_required(list(arg[2])))
        elif op is IN:
            consider(_digits_in(arg))
        elif op is BRANCH:
            union: set[str] = set()
            for alternative in arg[1]:
                need = _required(list(alternative))
                if not need:
                    union = set()
                    break
                union |= need
            consider(union or None)
    return best


def _digits_in(items: list) -> set[str] | None:
    """The digits a character class like ``[2-9]`` or ``\\d`` matches, if it matches only digits."""
    from re._constants import CATEGORY, CATEGORY_DIGIT, LITERAL, RANGE

    digits: set[str] = set()
    for op, arg in items:
        if op is LITERAL and chr(arg) in _DIGITS:
            digits.add(chr(arg))
        elif op is RANGE and chr(arg[0]) in _DIGITS and chr(arg[1]) in _DIGITS:
            digits.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            digits.update(_DIGITS)
        else:
            return None
    return digits or None


_MAX_FIRST_CHARS = 10  # a wider set than this filters too few positions to pay for the check


def first_chars(pattern: str) -> str | None:
    """The lower-case characters any match must start with, or None if too many or unknown.

    Python's ``re`` tries a pattern at every position; a pattern that opens with ``\\b`` and an
    alternation pays for the whole attempt each time. A lookahead on the first character lets
    most positions fail at once (about 1.6x over the built-in rules' patterns).
    """
    import re._parser as sre_parse

    try:
        chars, nullable = _first(list(sre_parse.parse(pattern)))
    except re.error:
        return None
    if chars is None or nullable:
        return None
    lower = {c.lower() for c in chars}
    return "".join(sorted(lower)) if len(lower) <= _MAX_FIRST_CHARS else None


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(characters a match of ``items`` can start with, whether it can be empty)."""
    from re._constants import (ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL,
                               MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN)

    found: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            return found | {chr(arg)}, False
        if op is IN:
            chars = _class_chars(arg)
            return (found | chars if chars is not None else None), False
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero width: the next item supplies the first character
        if op is BRANCH:
            nullable = False
            for alternative in arg[1]:
                chars, empty = _first(list(alternative))
                if chars is None:
                    return None, False
                found |= chars
                nullable |= empty
            if not nullable:
                return found, False
            continue
        if op is SUBPATTERN:
            chars, nullable = _first(list(arg[3]))
        elif op is ATOMIC_GROUP:
            chars, nullable = _first(list(arg))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            chars, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            return None, False  # any character, back-references, conditionals: no filter
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _class_chars(items: list) -> set[str] | None:
    from re._constants import CATEGORY, CATEGORY_DIGIT, CATEGORY_SPACE, LITERAL, RANGE

    chars: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            chars.add(chr(arg))
        elif op is RANGE and arg[1] - arg[0] < 64:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            chars.update(_DIGITS)
        elif op is CATEGORY and arg is CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:
            return None  # negated or wide classes
    return chars


class PatternIndex:
    def __init__(self, nlp, rules: Iterable[Rule]) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.norm = PhraseMatcher(nlp.vocab, attr="NORM")
        self.prefix: dict[str, list[tuple[str, object]]] = defaultdict(list)
        self.prefix_lengths: set[int] = set()
        self.regex: list[_Regex] = []
        self._prefix_cache: dict[int, tuple[tuple[str, object], ...]] = {}
        self._ids: dict[int, tuple[str, object]] = {}
        lower_terms: dict[str, list[str]] = defaultdict(list)
        norm_terms: dict[str, list[str]] = defaultdict(list)
        for rule in rules:
            for pattern in rule.patterns():
                self._add(rule.code, pattern, lower_terms, norm_terms)
        self._compile(lower_terms, self.lower, lemmatize=False)
        self._compile(norm_terms, self.norm, lemmatize=True)
        _analyse(self.regex)

    def _add(self, code: str, pattern: Pattern, lower_terms, norm_terms) -> None:
        key_id = f"{code}\x1f{len(self._ids)}"
        self._ids[self.nlp.vocab.strings.add(key_id)] = (code, pattern.key)
        if pattern.kind == "lower":
            lower_terms[key_id].extend(variants(pattern.value))
        elif pattern.kind == "lemma":
            norm_terms[key_id].extend(variants(pattern.value))
        elif pattern.kind == "prefix":
            stem = pattern.value.lower()
            self.prefix[stem].append((code, pattern.key))
            self.prefix_lengths.add(len(stem))
        elif pattern.kind == "regex":
            self.regex.append(_Regex(code, pattern.key, pattern.value))
        else:
            raise ValueError(f"unknown pattern kind {pattern.kind!r}")

    def _compile(self, terms: dict[str, list[str]], matcher: PhraseMatcher, lemmatize: bool) -> None:
        norm = self.nlp.get_pipe("jdlint_lemma_norm") if lemmatize else None
        for key_id, values in terms.items():
            docs = []
            for doc in self.nlp.tokenizer.pipe(values):
                docs.append(norm(doc) if norm else doc)
            matcher.add(key_id, docs)

    def _prefix_hits(self, lower: str) -> tuple[tuple[str, object], ...]:
        hits = []
        for n in sorted(self.prefix_lengths):
            if n > len(lower):
                break
            hits.extend(self.prefix.get(lower[:n], ()))
        return tuple(hits)

    def run(self, doc, blocks: list[tuple[int, int]] | None = None,
            text: str | None = None) -> dict[str, list[Match]]:
        """Matches by rule code; per rule, overlapping matches keep the longest.

        ``blocks`` are the (start, end) prose spans of the document's blocks, in order: a regex
        match never crosses one (a phrase cannot either), so each regex runs only on the blocks
        that hold one of its required literals. Without them the text is one block. ``text`` is
        the text the Doc was made from, when the caller has it (``doc.text`` rebuilds it from
        every token).
        """
        found: dict[str, list[Match]] = defaultdict(list)
        text = doc.text if text is None else text
        for matcher in (self.lower, self.norm):
            if len(matcher):
                for match_id, start, end in matcher(doc):
                    code, key = self._ids[match_id]
                    span = doc[start:end]
                    found[code].append(Match(span.start_char, span.end_char, key, span.text))
        if self.prefix:
            # One pass over a token array (no Token objects); each distinct word is looked up once.
            strings = doc.vocab.strings
            cache = self._prefix_cache
            for lower, idx, length, space, punct in doc.to_array([LOWER, IDX, LENGTH, IS_SPACE, IS_PUNCT]).tolist():
                if space or punct:
                    continue
                hits = cache.get(lower)
                if hits is None:
                    hits = cache[lower] = self._prefix_hits(strings[lower])
                for code, key in hits:
                    found[code].append(Match(idx, idx + length, key, text[idx:idx + length]))
        if self.regex:
            segments = _Segments(text, text.lower(), blocks or [(0, len(text))])
            for entry in self.regex:
                if entry.literals is None:
                    spans = segments.spans
                else:
                    spans = segments.containing(entry.literals)
                    if not spans:
                        continue  # the regex needs one of these words and the posting has none
                regex, code, key = entry.compiled, entry.code, entry.key
                for start, end in spans:
                    for m in regex.finditer(text, start, end):
                        if m.end() > m.start():
                            groups = {k: v for k, v in m.groupdict().items() if v is not None}
                            span = m.span("flag") if "flag" in groups else m.span()
                            found[code].append(Match(span[0], span[1], key, text[span[0]:span[1]], groups))
        return {code: _resolve(matches) for code, matches in found.items()}


class _Regex:
    """One regex pattern of a rule, compiled on first use: most postings need only a few."""

    __slots__ = ("code", "key", "source", "literals", "first", "_compiled")

    def __init__(self, code: str, key: object, source: str) -> None:
        self.code, self.key, self.source = code, key, source
        self.literals: frozenset[str] | None = None
        self.first: str | None = None
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, re.I)
            if self.first:
                try:
                    self._compiled = re.compile(f"(?=[{re.escape(self.first)}])(?:{self.source})", re.I)
                except re.error:  # e.g. a global flag such as (?x) must stay at the start
                    pass
        return self._compiled


def _analysis_cache_name() -> str:
    """Named after this module's source, so a change to how patterns are analysed starts afresh."""
    try:
        digest = zlib.crc32(Path(__file__).read_bytes())
    except OSError:
        digest = 0
    return f"regex-analysis-{digest:08x}.marshal"


_ANALYSIS_CACHE_LIMIT = 20_000  # patterns; beyond this (many packs over time) start afresh


def _analyse(entries: list[_Regex]) -> None:
    """Set each entry's required literals and first characters, reading what earlier runs
    derived from the cache: parsing a regex costs about as much as compiling it, and the packs
    rarely change."""
    from . import cache

    name = _analysis_cache_name()
    known = cache.load(name)
    if not isinstance(known, dict):
        known = {}
    missing = False
    for entry in entries:
        if entry.source not in known:
            missing = True
            found = required_literals(entry.source)
            known[entry.source] = (sorted(found) if found is not None else None,
                                   first_chars(entry.source))
        literals, entry.first = known[entry.source]
        entry.literals = frozenset(literals) if literals is not None else None
    if missing:
        if len(known) > _ANALYSIS_CACHE_LIMIT:
            known = {e.source: known[e.source] for e in entries}
        cache.store(name, known, replaces="regex-analysis-")


class _Segments:
    """A text's blocks, to run a regex only on the blocks that hold one of its literals."""

    def __init__(self, text: str, lower: str, spans: list[tuple[int, int]]) -> None:
        self.lower, self.spans = lower, spans
        self.starts = [start for start, _ in spans]
        if len(lower) != len(text):  # lower-casing changed the length ("İ"): search the original
            self.lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)

    def containing(self, literals: frozenset[str]) -> list[tuple[int, int]]:
        """The spans that hold one of ``literals``, in order."""
        lower, starts, spans = self.lower, self.starts, self.spans
        hit: set[int] = set()
        for literal in literals:
            at = lower.find(literal)
            while at != -1:
                i = bisect_right(starts, at) - 1
                if i >= 0 and at < spans[i][1]:
                    hit.add(i)
                if i + 1 == len(spans):
                    break
                at = lower.find(literal, spans[i + 1][0])  # the rest of this block is scanned anyway
        return [spans[i] for i in sorted(hit)]


def _resolve(matches: list[Match]) -> list[Match]:
    """Drop matches inside an exception, then keep the longest of overlapping matches."""
    exceptions = [m for m in matches if m.key == EXCEPTION]
    kept = [m for m in matches if m.key != EXCEPTION
            and not any(e.start <= m.start and m.end <= e.end or (e.start < m.end and m.start < e.end)
                        for e in exceptions)]
    kept.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Match] = []
    for m in kept:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
