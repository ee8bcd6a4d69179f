"""All rules' patterns compiled into one index and matched in one pass per file.

Phrase and lemma patterns go into two spaCy PhraseMatchers (``LOWER`` and ``NORM``, where
``NORM`` holds the lower-case lemma), stems into a prefix table, regexes run on the prose text,
block by block and only where all their required literals occur (see ``regexes.py``). Hyphen and
space variants are generated here, once, so every rule gets "fast-paced", "fast paced" and
"fastpaced" without listing them.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import Iterable

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, NORM
from spacy.matcher import PhraseMatcher

from . import regex_programs
from .arrays import column, token_columns
from .cache import WORD_MEMO_LIMIT
from .bitmasks import mask_of, positions_of
from .regex_screen import RegexScreen, SplitScreen
from .regexes import can_fold, first_chars, required_literal_sets, safe_lower, with_lookahead
from .rule import EXCEPTION, Match, Pattern, Rule


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


#: where a word glued to what stands before it starts, which spaCy keeps inside one token: after a bullet with no
#: space ("•Team player", at a line's start or after a space) or after a sentence's mark that follows a closing bracket
#: or quote, before a capitalised word ("(preferred).Self-starter"). spaCy splits "destinations.We" itself.
GLUED_WORD = regex_programs.compile(r"(?:(?<=\s)|^)[•·●▪◦‣](?=[^\W\d_])|(?<=[)\]\"'’”])[.!?](?=[A-Z][a-z])", re.M)
#: how many tokens from a glued word are matched again on their own: longer than any phrase term
GLUED_WORD_WINDOW = 10


class PatternIndex:
    def __init__(self, nlp, rules: Iterable[Rule]) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.norm = PhraseMatcher(nlp.vocab, attr="NORM")
        self.prefix: dict[str, list[tuple[str, object]]] = defaultdict(list)
        self.prefix_lengths: set[int] = set()
        self.regex: list[_Regex] = []
        self._prefix_cache: dict[int, tuple[tuple[str, object], ...]] = {}
        #: (rule code, pattern key) of each phrase pattern, in the order declared: its rank
        self._ids: list[tuple[str, object]] = []
        #: per matcher, a term variant's token values -> the ranks of the patterns it is a variant of
        self._by_keyword: tuple[dict[tuple[int, ...], list[int]], dict[tuple[int, ...], list[int]]] = ({}, {})
        lower_terms: dict[int, list[str]] = defaultdict(list)
        norm_terms: dict[int, list[str]] = defaultdict(list)
        for rule in rules:
            for pattern in rule.patterns():
                self._add(rule.code, pattern, lower_terms, norm_terms)
        self._compile(lower_terms, norm_terms)
        _analyse(self.regex)
        self._literals = _LiteralFinder(lit for entry in self.regex for need in entry.needs or ()
                                        for lit in need)
        self._screen: RegexScreen | SplitScreen | None | bool = False  # False: not built yet (see ``screen``)
        self._runs_before_screen = SCREEN_AFTER_POSTINGS

    def _add(self, code: str, pattern: Pattern, lower_terms, norm_terms) -> None:
        if pattern.kind in ("lower", "lemma"):
            rank = len(self._ids)
            self._ids.append((code, pattern.key))
            (lower_terms if pattern.kind == "lower" else norm_terms)[rank].extend(variants(pattern.value))
        elif pattern.kind == "prefix":
            stem = pattern.value.lower()
            self.prefix[stem].append((code, pattern.key))
            self.prefix_lengths.add(len(stem))
        elif pattern.kind == "regex":
            self.regex.append(_Regex(code, pattern.key, pattern.value))
        elif pattern.kind == "linear-regex":  # a user pack's pattern: RE2, see linear_regex.py
            self.regex.append(_LinearRegex(code, pattern.key, pattern.value))
        else:
            raise ValueError(f"unknown pattern kind {pattern.kind!r}")

    def _compile(self, lower_terms: dict[int, list[str]], norm_terms: dict[int, list[str]]) -> None:
        """Add every term variant to its PhraseMatcher as the attribute values of its tokens.

        A PhraseMatcher keeps only those values (``LOWER`` or ``NORM`` hashes), which it also
        takes directly. Tokenising the ~3,000 variants and finding their lemma norms costs about
        30-60 ms of every cold start, so the values are kept in the user cache
        (``_phrase_keywords``); only variants it lacks are tokenised.

        Each matcher holds all its variants under one match key, and ``run`` finds the patterns
        a match stands for from its tokens' values (``_by_keyword``): spaCy makes a vocabulary
        entry (a Lexeme, its attributes computed) for every match key, 15-20 ms for one key per
        pattern."""
        known = _phrase_keywords(self.nlp)
        missing = [(lemmatize, value) for lemmatize, terms in ((False, lower_terms), (True, norm_terms))
                   for values in terms.values() for value in values
                   if _keyword_key(lemmatize, value) not in known]
        if missing:
            fresh = dict(known)
            for lemmatize in (False, True):
                values = [value for lem, value in missing if lem is lemmatize]
                fresh.update(zip((_keyword_key(lemmatize, v) for v in values), self._keywords(values, lemmatize)))
            _store_phrase_keywords(self.nlp, fresh)
            known = fresh
        for terms, matcher, by_keyword, lemmatize in ((lower_terms, self.lower, self._by_keyword[0], False),
                                                      (norm_terms, self.norm, self._by_keyword[1], True)):
            for rank, values in terms.items():  # in rank order
                for value in values:
                    keyword = known[_keyword_key(lemmatize, value)]
                    ranks = by_keyword.setdefault(keyword, [])
                    if not ranks or ranks[-1] != rank:
                        ranks.append(rank)
            if by_keyword:
                matcher.add(_MATCH_KEY, list(by_keyword))

    def _keywords(self, values: list[str], lemmatize: bool) -> list[tuple[int, ...]]:
        """Each value's token attribute values, ``LOWER`` or (``lemmatize``) ``NORM``: what
        ``PhraseMatcher.add`` reads from a Doc."""
        norm = self.nlp.get_pipe("jdlint_lemma_norm") if lemmatize else None
        attr = NORM if lemmatize else LOWER
        out = []
        for doc in self.nlp.tokenizer.pipe(values):
            if norm:
                doc = norm(doc)
            out.append(tuple(token.norm if attr == NORM else token.lower for token in doc))
        return out

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
        that hold a string of each of its required literal sets. Without them the text is one
        block. ``text`` is the text the Doc was made from, when the caller has it (``doc.text``
        rebuilds it from every token).
        """
        found: dict[str, list[Match]] = defaultdict(list)
        text = doc.text if text is None else text
        for matcher, by_keyword, attr in ((self.lower, self._by_keyword[0], LOWER),
                                          (self.norm, self._by_keyword[1], NORM)):
            if not len(matcher):
                continue
            hits = matcher(doc)
            if not hits:
                continue
            values = token_columns(doc)[LOWER] if attr == LOWER else column(doc, NORM)
            # Two terms of one rule can match the same words ("detail-oriented" and "detail
            # oriented" share their variants); the one declared first wins (the lower rank).
            for start, end, rank in sorted((start, end, rank) for _, start, end in hits
                                           for rank in by_keyword[tuple(values[start:end].tolist())]):
                code, key = self._ids[rank]
                span = doc[start:end]
                found[code].append(Match(span.start_char, span.end_char, key, span.text))
        if len(self.lower) or len(self.norm):
            for match_code, match in self._glued_phrases(doc, text):
                found[match_code].append(match)
        if self.prefix:
            # One pass over a token array (no Token objects); each distinct word is looked up once.
            strings = doc.vocab.strings
            cache = self._prefix_cache
            if len(cache) > WORD_MEMO_LIMIT:
                cache.clear()
            columns = token_columns(doc)
            for lower, idx, length, space, punct in zip(*(columns[a].tolist() for a in (LOWER, IDX, LENGTH, IS_SPACE, IS_PUNCT))):
                if space or punct:
                    continue
                hits = cache.get(lower)
                if hits is None:
                    hits = cache[lower] = self._prefix_hits(strings[lower])
                for code, key in hits:
                    found[code].append(Match(idx, idx + length, key, text[idx:idx + length]))
        if self.regex:
            spans_all = blocks or [(0, len(text))]
            lower = safe_lower(text)
            everywhere = (1 << len(spans_all)) - 1  # bit i: spans_all[i]
            screen = self._screen_for_run() if lower is not None else None
            # A screened block needs no literal test: the screen rules out more. The literals
            # are found only in the blocks it cannot read, unless a regex is not in it.
            if screen is not None:
                screened, unscreened = screen.block_bits(text, spans_all)
                literal_blocks = everywhere if screen.partial else unscreened
            else:
                screened, unscreened, literal_blocks = None, everywhere, everywhere
            masks = (self._literals.block_masks(lower, spans_all, literal_blocks)
                     if lower is not None else None)
            for entry in self.regex:
                if masks is None:  # dotless i and the like: every block, with re.I itself
                    spans, regex, subject = spans_all, entry.compiled, text
                else:
                    if screened is not None and entry.screen_id is not None:
                        # the screen's answer, and the literal test only where it could not read
                        # (most postings: nowhere, so the test is skipped)
                        bits = screened.get(entry.screen_id, 0)
                        if unscreened:
                            bits |= unscreened & (everywhere if entry.needs is None
                                                  else _bits_holding(entry.needs, masks))
                    else:
                        bits = everywhere if entry.needs is None else _bits_holding(entry.needs, masks)
                    if not bits:
                        continue  # no block holds every word the regex needs, or can match it
                    spans = spans_all if bits == everywhere else [
                        spans_all[i] for i in positions_of(bits)]
                    regex, subject = (entry.folded, lower) if entry.folded else (entry.compiled, text)
                code, key = entry.code, entry.key
                for start, end in spans:
                    for m in regex.finditer(subject, start, end):
                        if m.end() > m.start():
                            # groups from the posting itself, not from the lower-cased copy
                            groups = {k: text[m.start(k):m.end(k)] for k, v in m.groupdict().items()
                                      if v is not None}
                            span = m.span("flag") if "flag" in groups else m.span()
                            found[code].append(Match(span[0], span[1], key, text[span[0]:span[1]], groups))
        return {code: _resolve(matches) for code, matches in found.items()}

    def _glued_phrases(self, doc, text: str) -> list[tuple[str, Match]]:
        """Phrases that start at a word glued to what stands before it, which spaCy keeps in one token:
        a bullet with no space ("•Team player") or a sentence's end after a bracket ("(preferred).Self-starter",
        an EMSCAD list run together). The regexes read the text and find them; the PhraseMatchers read tokens
        and did not. The words from the glued word on (``GLUED_WORD_WINDOW`` tokens) are tokenised again on their
        own and matched; a phrase that starts at the glued word is kept, at its exact offsets in ``text``."""
        starts = [m.end() for m in GLUED_WORD.finditer(text)]
        if not starts:
            return []
        out: list[tuple[str, Match]] = []
        idx = token_columns(doc)[IDX].tolist()
        lemma = self.nlp.get_pipe("jdlint_lemma_norm") if "jdlint_lemma_norm" in self.nlp.pipe_names else None
        for at in starts:
            i = bisect.bisect_right(idx, at) - 1  # the token holding the glued word
            if i < 0 or idx[i] == at:
                continue  # the tokenizer split there: the main pass read it
            last = doc[min(len(doc), i + GLUED_WORD_WINDOW) - 1]
            stop = last.idx + len(last)
            window = self.nlp.make_doc(text[at:stop])
            if lemma is not None:
                window = lemma(window)
            for matcher, by_keyword, attr in ((self.lower, self._by_keyword[0], LOWER),
                                              (self.norm, self._by_keyword[1], NORM)):
                if not len(matcher):
                    continue
                values = window.to_array([attr]).tolist() if len(window) else []
                for _, start, end in matcher(window):
                    if start != 0:
                        continue  # a phrase later in the window is the main pass's
                    for rank in by_keyword.get(tuple(values[start:end]), ()):
                        code, key = self._ids[rank]
                        span = window[start:end]
                        out.append((code, Match(at + span.start_char, at + span.end_char, key, text[at + span.start_char:at + span.end_char])))
        return out

    def screen(self) -> "RegexScreen | SplitScreen | None":
        """The RE2 screen of the rule regexes (``regex_screen``), built on first use; None
        without google-re2. Each entry's ``screen_id`` is its position in the screen, None when
        the screen cannot rule it out (a user pack's RE2 pattern, one RE2 refuses): it then runs
        on every block its literals allow."""
        if self._screen is False:
            # every rule regex runs with re.I; a user pack's RE2 pattern stays out
            self._screen = RegexScreen.build([None if isinstance(entry, _LinearRegex) else (entry.source, True)
                                              for entry in self.regex],
                                             sets=_neighbours(len(self.regex), SCREEN_SET_SIZE))
            for i, entry in enumerate(self.regex):
                entry.screen_id = i if self._screen is not None and self._screen.ids[i] is not None else None
        return self._screen

    def _screen_for_run(self) -> "RegexScreen | SplitScreen | None":
        """The screen once this index has matched ``SCREEN_AFTER_POSTINGS`` postings (or once
        ``screen()`` built it), before that None: the literal pre-test path, same matches."""
        if self._screen is False and self._runs_before_screen > 0:
            self._runs_before_screen -= 1
            return None
        return self.screen()


#: RE2 sets the rule regexes are screened with (``regex_screen.SplitScreen``), at most this many
#: regexes a set. History: one set until session 27 (over the dev corpus, cold (one CLI run) / warm,
#: one set 0.86 / 0.03 s, two 0.57-0.62 / 0.05 s); four in session 27 (each set's lazy DFA keeps
#: every state it built, and states combine the partial matches of a set's patterns, so smaller sets
#: hold fewer: 3,000 ads' peak RSS 304 -> 288 MB); eight in session 37 (the DFAs were the largest
#: thing a long run keeps: 47 -> 32 MB after one pass over the dev corpus); since session 37's merge
#: a bound on a set's size, not a count of sets, so more rules get more sets; 20 since session 40
#: (10,000 ads 385 -> 377 MB at 50d1113). Each set is one more RE2 call per block.
#: Session 46 (mem46): which regexes share a set matters as much as how many. Sets of neighbours in
#: the rules' order (``_neighbours``) hold a rule's patterns together, and one rule's patterns share
#: words and frames (the bias rules' person slot), so their partial matches coincide rather than
#: multiply; dealt in turn, every set held a bit of every rule. Replaying the RE2 calls of 1,000
#: bench postings at 6f123c9 (426 regexes, 22 sets, 7,603 distinct blocks; malloc'd bytes after the
#: pass, CPU of one pass): dealt 68.9 MB, cold 2.69 s, warm 0.66 s; neighbours 44.1 MB, 2.40 s, 0.61 s
#: (sets of 15: 38.6 MB, 2.23 s, 0.75 s; of 30: 49.8 MB; of 40: 66.6 MB). 15 since then: 0.14 s more
#: per 1,000 postings warm (about 0.2% of a full-rule run's CPU) for 5.5 MB less.
SCREEN_SET_SIZE = 15


def _neighbours(count: int, size: int) -> list[int]:
    """The set of each of ``count`` patterns, in order, cut into as few runs of neighbours as hold
    at most ``size`` each (sizes differing by at most one)."""
    sets = max(1, -(-count // size))
    return [i * sets // count for i in range(count)]

#: Postings an index matches on the literal pre-test path before it builds the RE2 screen.
#: Building it and filling its DFA on the first blocks cost about 0.1 s of process time, and it
#: saves 1-2 ms a posting: one cold posting ran 30-50 ms faster without it, and a screen built
#: at once came out even with the literal path after about 64 postings. Over the whole dev
#: corpus in a fresh process (a CLI run; with two RE2 sets at the time) the matching
#: stage took 1.01-1.16 s with the screen at once, 1.12-1.17 s after 16 postings, 1.31-1.38 s
#: after 32, 1.41-1.49 s after 64 and 1.88 s without it.
SCREEN_AFTER_POSTINGS = 16


class _Regex:
    """One regex pattern of a rule, compiled on first use: most postings need only a few.

    ``compiled`` is the pattern with re.I; ``folded``, when the pattern allows it, the same
    pattern without re.I for the lower-cased posting, which finds the same matches several
    times faster. Both start with a lookahead on the first character when that is selective.
    """

    __slots__ = ("code", "key", "source", "needs", "first", "foldable", "screen_id", "_compiled", "_folded")

    def __init__(self, code: str, key: object, source: str) -> None:
        self.code, self.key, self.source = code, key, source
        self.needs: tuple[frozenset[str], ...] | None = None  # one string of each set must occur
        self.first: str | None = None
        self.foldable = False
        self.screen_id: int | None = None  # its position in the RE2 screen, when it can join it
        self._compiled: re.Pattern | None = None
        self._folded: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = self._compile(re.I)
        return self._compiled

    @property
    def folded(self) -> re.Pattern | None:
        if self._folded is None and self.foldable:
            self._folded = self._compile(0)
        return self._folded

    def _compile(self, flags: int) -> re.Pattern:
        try:
            return regex_programs.compile(with_lookahead(self.source, self.first), flags)
        except re.error:  # e.g. a global flag such as (?x) must stay at the start
            return regex_programs.compile(self.source, flags)


#: The one match key each PhraseMatcher holds its variants under (see ``PatternIndex._compile``).
_MATCH_KEY = "jdlint\x1fterm"


def _keyword_key(lemmatize: bool, value: str) -> str:
    return ("n\x1f" if lemmatize else "l\x1f") + value


#: The term variants' attribute values, per pipeline (``_phrase_keywords``).
_KEYWORDS: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}
_KEYWORD_CACHE_LIMIT = 50_000  # variants; beyond this (many packs over time) start afresh
#: Variants tokenised again at every start to check the cached values (see ``_phrase_keywords``).
_KEYWORD_SPOT_CHECKS = 8


def _keyword_cache_name(nlp) -> str | None:
    """Named after what the values derive from: this module, the pipeline's (``nlp.py``, where
    the built-in pipeline's class is defined), spaCy's version (its tokenizer rules) and the
    lemma table. Only the built-in pipeline's are cached; a trained pipeline named in the config
    (a spaCy class) tokenises its own way."""
    import sys
    from importlib.resources import files

    import spacy.about

    from . import cache

    if type(nlp).__module__ != f"{__package__}.nlp":  # not ``nlp.load(None)``'s own class
        return None
    return cache.versioned_name("phrase-keywords-", __file__, sys.modules[type(nlp).__module__].__file__,
                                spacy.about.__file__,
                                str(files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"))


def _phrase_keywords(nlp) -> dict[str, tuple[int, ...]]:
    """The cached attribute values of term variants (``_keyword_key`` -> values), for ``nlp``.

    A few entries are tokenised again and compared (``_KEYWORD_SPOT_CHECKS``): should the
    pipeline ever tokenise another way under the same name (a patched spaCy), the whole table is
    dropped and made again, never used wrong."""
    from . import cache

    held = _KEYWORDS.get(id(nlp))
    if held is not None and held[0] is nlp:
        return held[1]
    known = cache.load(_keyword_cache_name(nlp))
    if not isinstance(known, dict) or not _spot_checked(nlp, known):
        known = {}
    _KEYWORDS.clear()
    _KEYWORDS[id(nlp)] = (nlp, known)
    return known


def _spot_checked(nlp, known: dict) -> bool:
    if not known:
        return True
    keys = sorted(known)
    step = max(1, len(keys) // _KEYWORD_SPOT_CHECKS)
    probe = PatternIndex.__new__(PatternIndex)
    probe.nlp = nlp
    for key in keys[::step]:
        lemmatize, value = key.startswith("n"), key[2:]
        if probe._keywords([value], lemmatize) != [known[key]]:
            return False
    return True


def _store_phrase_keywords(nlp, known: dict[str, tuple[int, ...]]) -> None:
    from . import cache

    _KEYWORDS.clear()
    _KEYWORDS[id(nlp)] = (nlp, known)
    if len(known) <= _KEYWORD_CACHE_LIMIT:
        cache.store(_keyword_cache_name(nlp), known, replaces="phrase-keywords-")


def _analysis_cache_name() -> str | None:
    """Named after the source of the analysis, so a change to it starts afresh."""
    from . import cache, regexes

    return cache.versioned_name("regex-analysis-", __file__, regexes.__file__)


_ANALYSIS_CACHE_LIMIT = 20_000  # patterns; beyond this (many packs over time) start afresh


def _analyse(entries: list[_Regex]) -> None:
    """Set each entry's required literals, first characters and whether it can run on the
    lower-cased text, reading what earlier runs
    derived from the cache: parsing a regex costs about as much as compiling it, and the packs
    rarely change."""
    from . import cache

    name = _analysis_cache_name()
    known = cache.load(name)
    if not isinstance(known, dict):
        known = {}
    missing = False
    for entry in entries:
        if isinstance(entry, _LinearRegex):
            continue  # read with Python's parser, which need not agree with RE2: every block
        if entry.source not in known:
            missing = True
            found = required_literal_sets(entry.source)
            known[entry.source] = ([sorted(need) for need in found] if found is not None else None,
                                   first_chars(entry.source), can_fold(entry.source, re.I))
        needs, entry.first, entry.foldable = known[entry.source]
        entry.needs = tuple(frozenset(need) for need in needs) if needs is not None else None
    if missing:
        if len(known) > _ANALYSIS_CACHE_LIMIT:
            known = {e.source: known[e.source] for e in entries}
        cache.store(name, known, replaces="regex-analysis-")


class _LinearRegex(_Regex):
    """A user pack's regex on RE2 (linear time): run on every block, without the shortcuts
    derived from Python's reading of the pattern."""

    __slots__ = ()

    def _compile(self, flags: int):
        from . import linear_regex

        return linear_regex.compile(self.source)


class _LiteralFinder:
    """Which blocks of a posting hold which of the regexes' required literals.

    Nearly all literals are words or parts of words. A literal made of letters can only occur
    inside a run of letters, so each distinct run ("otherwise") is checked once per process for
    the literals inside it ("other", "her", "wise"), and a block holds the union of its runs'
    literals. That replaces one scan of the whole posting per literal (about 400 of them) with
    one scan of the posting for runs. The few literals with other characters ("s/he", digits)
    are still searched for directly.
    """

    _RUN = re.compile(r"[^\W\d_]+")

    def __init__(self, literals: Iterable[str]) -> None:
        literals = set(literals)
        self.other = sorted(lit for lit in literals if not lit.isalpha())
        self.by_prefix: dict[str, list[str]] = defaultdict(list)  # first two letters -> literals
        self.single = frozenset(lit for lit in literals if lit.isalpha() and len(lit) == 1)
        for lit in literals:
            if lit.isalpha() and len(lit) > 1:
                self.by_prefix[lit[:2]].append(lit)
        self._in_run: dict[str, frozenset[str]] = {}

    def _literals_in(self, run: str) -> frozenset[str]:
        found = set(self.single.intersection(run)) if self.single else set()
        by_prefix = self.by_prefix
        for i in range(len(run) - 1):
            candidates = by_prefix.get(run[i:i + 2])
            if candidates:
                found.update(lit for lit in candidates if run.startswith(lit, i))
        return frozenset(found)

    def block_masks(self, lower: str, spans: list[tuple[int, int]], which: int = -1) -> dict[str, int]:
        """For each literal present, a bit mask of the spans that hold it (bit i: span i),
        looking only at the spans in ``which`` (a bit mask too)."""
        in_run = self._in_run
        if len(in_run) > WORD_MEMO_LIMIT:
            in_run.clear()
        findall = self._RUN.findall
        held: dict[str, list[int]] = defaultdict(list)  # literal -> the spans holding it
        for i in range(len(spans)) if which == -1 else positions_of(which & ((1 << len(spans)) - 1)):
            start, end = spans[i]
            present: set[str] = set()
            for run in set(findall(lower, start, end)):
                literals = in_run.get(run)
                if literals is None:
                    literals = in_run[run] = self._literals_in(run)
                present |= literals
            if self.other:
                block = lower[start:end]
                present.update(lit for lit in self.other if lit in block)
            for literal in present:
                held[literal].append(i)
        return {literal: mask_of(at) for literal, at in held.items()}


def _bits_holding(needs: tuple[frozenset[str], ...], masks: dict[str, int]) -> int:
    """The spans (bit i: span i) that hold a string of every set in ``needs``."""
    get = masks.get
    hit = -1
    for need in needs:
        either = 0
        for literal in need:
            either |= get(literal, 0)
        hit &= either
        if not hit:
            return 0
    return hit


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
