"""All rules' patterns compiled into one index and matched in one pass per file.

Phrase and lemma patterns go into two spaCy PhraseMatchers (``LOWER`` and ``NORM``, where
``NORM`` holds the lower-case lemma), stems into a prefix table, regexes run on the prose text.
Hyphen and space variants are generated here, once, so every rule gets "fast-paced",
"fast paced" and "fastpaced" without listing them.
"""
from __future__ import annotations

import re
from collections import defaultdict
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
    if found and min(map(len, found)) >= _MIN_LITERAL:
        return frozenset(found)
    return None


def _required(items: list) -> set[str] | None:
    from re._constants import (ATOMIC_GROUP, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)

    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
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


class PatternIndex:
    def __init__(self, nlp, rules: Iterable[Rule]) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.norm = PhraseMatcher(nlp.vocab, attr="NORM")
        self.prefix: dict[str, list[tuple[str, object]]] = defaultdict(list)
        self.prefix_lengths: set[int] = set()
        self.regex: list[tuple[str, re.Pattern, object, frozenset[str] | None]] = []
        self._prefix_cache: dict[int, tuple[tuple[str, object], ...]] = {}
        self._ids: dict[int, tuple[str, object]] = {}
        lower_terms: dict[str, list[str]] = defaultdict(list)
        norm_terms: dict[str, list[str]] = defaultdict(list)
        for rule in rules:
            for pattern in rule.patterns():
                self._add(rule.code, pattern, lower_terms, norm_terms)
        self._compile(lower_terms, self.lower, lemmatize=False)
        self._compile(norm_terms, self.norm, lemmatize=True)

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
            self.regex.append((code, re.compile(pattern.value, re.I), pattern.key,
                               required_literals(pattern.value)))
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

    def run(self, doc) -> dict[str, list[Match]]:
        """Matches by rule code; per rule, overlapping matches keep the longest."""
        found: dict[str, list[Match]] = defaultdict(list)
        text = doc.text
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
        lower = text.lower() if self.regex else ""
        for code, regex, key, literals in self.regex:
            if literals is not None and not any(lit in lower for lit in literals):
                continue  # the regex needs one of these words and the posting has none
            for m in regex.finditer(text):
                if m.end() > m.start():
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    span = m.span("flag") if "flag" in groups else m.span()
                    found[code].append(Match(span[0], span[1], key, text[span[0]:span[1]], groups))
        return {code: _resolve(matches) for code, matches in found.items()}


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
