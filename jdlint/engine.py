"""The one data flow: read -> parse -> one spaCy Doc -> rules -> filters -> report.

``Linter`` resolves configuration per file (nearest config file, then command-line overrides),
builds one plan per distinct configuration (selected rules, compiled pattern index), and streams
every file of a run through a single ``nlp.pipe``.
"""
from __future__ import annotations

import bisect
import fnmatch
import itertools
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .config import Config, ConfigError, find_config, load_config
from .diagnostics import Diagnostic, Severity
from .document import Document
from .parse import parse_document
from .report import FileReport
from .source import DEFAULT_MAX_BYTES, InputError, SourceFile, decode, read_path, read_stdin
from .spans import overlapping, overlaps_any, position_index, span_index
from . import regex_programs

if TYPE_CHECKING:
    from .registry import Registry
    from .rule import Rule

# The rules' side (the registry and rule packs, the rule context, inline directives) is imported where
# a plan is made or a posting checked: a rerun whose every report comes from the result cache needs only
# the configuration, and importing the rule packs' modules (frames, context, regexes) cost it about a
# tenth of its time.

@dataclass
class Plan:
    """What to run for one configuration."""

    config: Config
    registry: Registry
    rules: list[Rule]
    severities: dict[str, Severity]
    options: dict[str, dict[str, Any]]
    synonyms: dict[str, list[str]]
    _index: Any = None

    def pattern_index(self, nlp):
        """The rules' patterns compiled for ``nlp``'s vocabulary (again for a new pipeline)."""
        if self._index is None or self._index.nlp is not nlp:
            from .matching import PatternIndex

            self._index = PatternIndex(nlp, self.rules)
        return self._index


def make_plan(config: Config) -> Plan:
    from .rule_packs import PackError
    from .registry import RegistryError, load_registry, select_rules, selector_score

    try:
        registry = load_registry(tuple(config.rule_packs))
    except (PackError, RegistryError) as exc:
        raise ConfigError(str(exc)) from None
    _check_selectors(config, registry)
    _check_options(config, registry)
    rules = select_rules(registry, config.select, config.extend_select, config.ignore)
    severities: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}
    for rule in rules:
        sev = rule.severity
        best = 0
        for selector, value in config.severity:
            score = selector_score(selector, rule)
            if score > best:
                best, sev = score, value
        severities[rule.code] = sev
        options[rule.code] = options_for(config, rule)
    synonyms = {k: list(v) for k, v in registry.section_synonyms.items()}
    for kind, phrases in config.section_headings:
        synonyms.setdefault(kind, []).extend(p.lower() for p in phrases)
    return Plan(config, registry, rules, severities, options, synonyms)


def _check_selectors(config: Config, registry: Registry) -> None:
    from .registry import is_known_selector

    groups = [("select", config.select or ()), ("extend-select", config.extend_select),
              ("ignore", config.ignore), ("severity", [k for k, _ in config.severity]),
              ("rules", [k for k, _ in config.rule_options])]
    groups += [("per-file-ignores", sels) for _, sels in config.per_file_ignores]
    for key, selectors in groups:
        for selector in selectors:
            if not is_known_selector(selector, registry):
                import difflib

                names = [r.code for r in registry.rules] + [r.name for r in registry.rules]
                close = difflib.get_close_matches(selector, names, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ConfigError(f"{config.where(key)}: unknown rule or selector {selector!r} in {key}{hint}")


def options_for(config: Config, rule: Rule) -> dict[str, Any]:
    """``rule``'s options: its defaults, then config ``rules:`` entries whose selector names it
    (a code, prefix, name or ``category:``, matched as in ``select``), the most specific last so
    it wins. An entry sets only the options this rule accepts (``R1: {max-findings: 5}`` leaves
    R1 rules without that option alone); ``_check_options`` made sure some rule accepts each."""
    from .registry import selector_score

    out = dict(rule.options)
    types = rule.option_types()
    scored = [(selector_score(key, rule), i, items) for i, (key, items) in enumerate(config.rule_options)]
    for score, _, items in sorted(s for s in scored if s[0]):
        out.update((name, value) for name, value in items if name in types)
    return out


def _check_options(config: Config, registry: Registry) -> None:
    """Every option in config ``rules:`` is one that a rule it names accepts, of the right type:
    a ``file:line:col`` error before any posting is read, not a failure inside the rule."""
    from .registry import selector_score

    for key, items in config.rule_options:
        named = [r for r in registry.rules if selector_score(key, r)]
        for name, value in items:
            where = config.where(f"rules/{key}/{name}")
            takers = [r for r in named if name in r.option_types()]
            if not takers:
                import difflib

                known = sorted({o for r in named for o in r.option_types()})
                close = difflib.get_close_matches(name, known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                listed = f"; it takes {', '.join(known)}" if known else "; it takes no options"
                raise ConfigError(f"{where}: unknown option {name!r} for {key}{hint}{listed}")
            for rule in takers:
                try:
                    rule.option_types()[name].check(value)
                except ValueError as exc:
                    raise ConfigError(f"{where}: option {name!r} of {rule.code} {exc}") from None


class Linter:
    def __init__(self, config: Config | None = None, *, config_path: str | None = None,
                 isolated: bool = False, overrides: dict[str, Any] | None = None,
                 max_bytes: int | None = None) -> None:
        self._fixed = config
        self._config_path = config_path
        self._isolated = isolated
        self._overrides = overrides or {}
        self._max_bytes = max_bytes
        self._configs: dict[str, Config] = {}
        self._found: dict[str, str] = {}
        self._plans: dict[Config, Plan] = {}
        self._strings_at_load: dict[int, int] = {}  # pipeline -> its vocabulary's size when first used

    # -- configuration ----------------------------------------------------------------------
    def config_for(self, path: str) -> Config:
        from .config import with_overrides

        if self._fixed is not None:
            base = self._fixed
            key = "<fixed>"
        elif self._isolated:
            key = "<isolated>"
            base = None
        elif self._config_path:
            key = self._config_path
            base = None
        else:
            start = Path(path if path != "-" else os.getcwd())
            folder = str(start if start.is_dir() else start.parent) if start.exists() else os.getcwd()
            if folder not in self._found:  # one walk up per folder, not per file
                found = find_config(Path(folder))
                self._found[folder] = str(found) if found else "<default>"
            key = self._found[folder]
            base = None
        if key not in self._configs:
            if base is None:
                if key in ("<isolated>", "<default>"):
                    base = Config()
                else:
                    base = load_config(key)
            self._configs[key] = with_overrides(base, **self._overrides)
        return self._configs[key]

    def plan_for(self, config: Config) -> Plan:
        if config not in self._plans:
            self._plans[config] = make_plan(config)
        return self._plans[config]

    def max_bytes(self, config: Config) -> int:
        return self._max_bytes or config.max_file_size or DEFAULT_MAX_BYTES

    # -- running ----------------------------------------------------------------------------
    def warm_up(self, path: str) -> None:
        """Load the pipeline and compile the plan that ``path`` needs, ahead of the first file."""
        from . import nlp as nlp_module

        nlp = nlp_module.load(self._model())
        self.plan_for(self.config_for(path)).pattern_index(nlp)

    def read(self, path: str, stdin_name: str | None = None) -> SourceFile:
        config = self.config_for(stdin_name or path)
        if path == "-":  # read with a bound: ``yes | jdlint -`` must not fill the memory
            return read_stdin(stdin_name or "-", self.max_bytes(config))
        return read_path(path, self.max_bytes(config))

    def lint_paths(self, paths: Iterable[str], stdin_name: str | None = None,
                   jobs: int = 1) -> Iterator[FileReport]:
        """Reports for ``paths`` in the order given. With ``jobs`` > 1 and enough files, chunks of
        files go to worker processes, each with its own pipeline; output order is unchanged."""
        paths = list(paths)
        if jobs > 1 and len(paths) >= PARALLEL_MIN_FILES and "-" not in paths:
            yield from self._lint_parallel(paths, jobs)
            return

        def sources():
            for path in paths:
                try:
                    yield self.read(path, stdin_name)
                except InputError as exc:
                    yield FileReport(path if path != "-" else (stdin_name or "-"), error=str(exc))

        yield from self.lint_sources(sources())

    def _settings(self) -> dict[str, Any]:
        return {"config": self._fixed, "config_path": self._config_path, "isolated": self._isolated,
                "overrides": self._overrides, "max_bytes": self._max_bytes}

    def _lint_parallel(self, paths: list[str], jobs: int) -> Iterator[FileReport]:
        import multiprocessing as mp

        from . import regex_screen

        self.warm_up(paths[0])  # before forking, so workers start warm
        # The first file is linted here, before forking too: what a posting first touches (the
        # syllable and hyphenation tables, the regexes compiled on first use, the RE2 screens
        # and wording analyses) is then loaded once for every worker instead of once in each.
        # Over the dev corpus each worker spent 0.2-0.45 s of CPU on it (its first task took
        # 0.55-0.81 s warm_up alone, 0.32-0.36 s after one posting in the parent, which costs 0.2 s).
        yield from self.lint_paths(paths[:1])
        # The rule regexes' RE2 screen too, which an index builds only after its first
        # matching.SCREEN_AFTER_POSTINGS postings (a one-posting run is faster without it): built
        # here once, every worker screens from its first posting instead of building its own.
        for plan in self._plans.values():
            if plan._index is not None:
                plan._index.screen()
        # and the wording tables' screens, which wait for SCREEN_AFTER_TEXTS texts each
        regex_screen.build_all()
        paths = paths[1:]
        size = chunk_size(len(paths), jobs)
        chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        global _WORKER_LINTER
        _WORKER_LINTER = self
        ctx = mp.get_context(method)
        with ctx.Pool(jobs, initializer=_init_worker, initargs=(self._settings(),)) as pool:
            for reports in pool.imap(_lint_chunk, chunks):
                yield from reports

    def lint_sources(self, sources: Iterable[SourceFile | FileReport]) -> Iterator[FileReport]:
        from . import nlp as nlp_module

        def parsed():
            for item in sources:
                if isinstance(item, FileReport):
                    yield "", (item, None, None)
                    continue
                config = self.config_for(item.path)
                plan = self.plan_for(config)
                # the prose text is at most about as long as the file: refuse before a parse of minutes
                # (the check after parsing stays exact for the rest)
                if len(item.text) > nlp.max_length:
                    yield "", (FileReport(item.path, error=too_long(item.path, len(item.text), nlp.max_length)),
                               None, None)
                    continue
                try:
                    document = parse_document(item)
                except InputError as exc:  # a file the parser refuses, with its reason
                    yield "", (FileReport(item.path, error=str(exc)), None, None)
                    continue
                except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
                    yield "", (_internal_error(item.path, "parsing", exc), None, None)
                    continue
                if len(document.text) > nlp.max_length:  # spaCy would raise for the whole batch
                    yield "", (FileReport(item.path, error=too_long(item.path, len(document.text), nlp.max_length)),
                               None, None)
                    continue
                yield document.text, (None, document, plan)

        model = self._model()
        nlp = nlp_module.load(model)
        self._strings_at_load.setdefault(id(nlp), len(nlp.vocab.strings))
        items = parsed()
        while (first := next(items, None)) is not None:
            chunk = itertools.chain((first,), itertools.islice(items, RECYCLE_CHECK_POSTINGS - 1))
            for doc, (failed, document, plan) in nlp.pipe(chunk, as_tuples=True, batch_size=32):
                if failed is not None:
                    yield failed
                    continue
                try:
                    yield self._check(document, doc, plan, nlp)
                except Exception as exc:  # noqa: BLE001 - report, never a traceback
                    yield _internal_error(document.source.path, getattr(exc, "jdlint_stage", "checking"), exc)
            nlp = self._recycled(nlp, model)

    def _recycled(self, nlp, model: str | None):
        """``nlp``, or a fresh pipeline once it has taken in RECYCLE_STRINGS new strings.

        spaCy keeps every string and word it has seen, so a long-running process (a job board
        streaming postings) would grow with every new name, typo and URL. A fresh pipeline costs
        about 0.2 s, a few hundred thousand postings apart. spaCy's memory zones would avoid the
        rebuild, but inside a zone the tokenizer caches nothing, which cost 5-10% of throughput
        at 20x the dev corpus."""
        from . import nlp as nlp_module

        if len(nlp.vocab.strings) - self._strings_at_load[id(nlp)] < RECYCLE_STRINGS:
            return nlp
        from .cache import forget_words

        fresh = nlp_module.reload(model)  # each plan builds its pattern index again for it
        forget_words()  # jdlint's own memos of the old words start afresh with it
        self._strings_at_load = {id(fresh): len(fresh.vocab.strings)}
        return fresh

    def _model(self) -> str | None:
        """The spaCy pipeline for the run: --model, else the config's ``model`` (one pipeline
        per process, so the config that applies to the current folder decides)."""
        if self._overrides.get("model"):
            return self._overrides["model"]
        return self.config_for(os.getcwd()).model

    def _check(self, document: Document, doc, plan: Plan, nlp) -> FileReport:
        from . import sections as sections_module
        from .context import FileAnalysis, RuleContext
        from .language import posting_language
        from .sentence_memo import new_posting

        source = document.source
        config = plan.config
        new_posting()  # per-sentence memos keep this posting's answers, not the last one's (sentence_memo)
        document.sections = sections_module.detect(document, plan.synonyms, doc)
        blocks = [(b.text_start, b.text_end) for b in document.blocks]
        matches = plan.pattern_index(nlp).run(doc, blocks, document.text)
        analysis = FileAnalysis(document, doc, matches, config, plan.synonyms)
        analysis.metrics.update(base_metrics(doc, document.text))
        for provider in _metric_providers():
            analysis.metrics.update(provider(analysis))
        rules = plan.rules
        if not document.blocks:  # nothing to read: only rules about the file itself apply
            rules = [r for r in rules if r.category == "meta"]
        elif NOT_ENGLISH in plan.options and posting_language(analysis):  # the rules read English: noise otherwise
            rules = [r for r in rules if r.category == "meta"]
        found: list[Diagnostic] = []
        for rule in rules:
            ctx = RuleContext(rule, analysis, plan.options[rule.code], plan.severities[rule.code])
            try:
                found.extend(rule.check(ctx))
            except Exception as exc:
                exc.jdlint_stage = f"rule {rule.code} {rule.name}"  # type: ignore[attr-defined]
                raise
        diagnostics = finish(found, source, config, plan, lambda: _sentence_starts(document, doc))
        return FileReport(source.path, diagnostics, document.sections, analysis.metrics, source=source)


#: How often a run checks its pipeline's vocabulary, and how many new strings make it start
#: afresh (about 30 MB of spaCy's memory; several hundred thousand distinct postings).
RECYCLE_CHECK_POSTINGS = 256
RECYCLE_STRINGS = 300_000

#: Below this many files, starting workers costs more than it saves.
PARALLEL_MIN_FILES = 16
_WORKER_LINTER: "Linter | None" = None


def _init_worker(settings: dict[str, Any]) -> None:
    global _WORKER_LINTER
    if _WORKER_LINTER is None or _WORKER_LINTER._settings() != settings:  # spawn: build our own
        _WORKER_LINTER = Linter(settings["config"], config_path=settings["config_path"],
                                isolated=settings["isolated"], overrides=settings["overrides"],
                                max_bytes=settings["max_bytes"])


def _lint_chunk(paths: list[str]) -> list[FileReport]:
    assert _WORKER_LINTER is not None
    return list(_WORKER_LINTER.lint_paths(paths))


def chunk_size(files: int, jobs: int) -> int:
    """Files per task sent to a worker: about 16 tasks per worker, at most 16 files each.

    A worker takes its next task when it finishes one, so the run ends at most one task after the
    ideal split, and the last task is the one to keep short. Files differ in cost several-fold:
    with 4 tasks per worker (34 files each over the dev corpus) the slower worker finished 4% after
    the ideal on average and 7% at the 90th percentile; with 8 files per task, 2.6% and 3.9%
    (each file's measured CPU time, 300 file orders, 2 ms per task; ``--jobs 2``). A task costs
    a pickle of its reports either way, and the worker's warm pipeline stays between tasks.
    """
    return max(1, min(16, files // (jobs * 16)))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def too_long(path: str, length: int, limit: int) -> str:
    return (f"{path}: {length:,} characters, over the language pipeline's limit of {limit:,}; "
            "split the file (a job ad is a few thousand characters)")


def _internal_error(path: str, stage: str, exc: Exception) -> FileReport:
    where = ""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
    return FileReport(path, error=f"{path}: internal error while {stage}: {type(exc).__name__}: {exc}{where} "
                                  "(please report this with the posting)")


def _metric_providers():
    from .checks import METRIC_PROVIDERS

    return METRIC_PROVIDERS


def base_metrics(doc, text: str) -> dict[str, Any]:
    """Words (``metrics.word_count``'s, the one definition of a word, which the readability scores
    use too) and sentences with any content (spaCy's sentences, as every rule reads them), the
    sentences counted on attribute arrays: one spaCy Token object per token cost more than the count."""
    import numpy as np
    from spacy.attrs import IS_SPACE, SENT_START

    from .arrays import column, token_columns
    from .metrics import word_index

    words = word_index(text).count(0, len(text))  # the index the metric rules count from too
    if not len(doc) or not words:
        return {"words": words, "sentences": 0}
    space, start = token_columns(doc)[IS_SPACE], column(doc, SENT_START)  # set by the pipeline
    sentence_of = np.cumsum(start == 1)  # tokens before the first marked start share sentence 0
    with_content = sentence_of[space == 0]  # non-decreasing: count where it steps up
    sentences = int(np.count_nonzero(with_content[1:] != with_content[:-1])) + 1 if len(with_content) else 0
    return {"words": words, "sentences": sentences}


def _sentence_starts(document: Document, doc) -> list[int]:
    """Where each of the Doc's sentences starts in the source file, in order."""
    return [document.to_source(s.start_char, s.start_char)[0] for s in doc.sents]


def finish(found: list[Diagnostic], source: SourceFile, config: Config, plan: Plan,
           sentence_starts: Callable[[], list[int]] | None = None) -> list[Diagnostic]:
    """Model findings beside named ones dropped (``without_fallbacks_beside_named``), filters (per-file
    ignores, inline directives, severity), then positions, dedupe, one
    finding per phrase and per sentence (``ONE_FINDING_PER_PHRASE``), sort."""
    from . import directives
    from .registry import matches_any

    index = source.index
    found = without_fallbacks_beside_named(_frames_yield_their_object(found), _vague_rest(config, plan))
    ignored = _per_file_ignores(source.path, config)
    sup = directives.parse(source.text, index, plain_text=source.kind == "text")
    by_code = plan.registry.by_code
    out: dict[tuple, Diagnostic] = {}
    for d in found:
        rule = by_code.get(d.code)
        if rule is not None and ignored and matches_any(ignored, rule):
            continue
        line, column = index.position(d.start)
        end_line, end_column = index.position(d.end)
        if sup.suppresses(d.code, d.name, d.category, line):
            continue
        severity = plan.severities.get(d.code, d.severity) if _overridden(config, rule) else d.severity
        if severity < config.min_severity:
            continue
        d = replace(d, severity=severity, line=line, column=column, end_line=end_line,
                    end_column=end_column)
        out.setdefault((d.code, d.start, d.end), d)
    kept = one_finding_per_phrase(_titles_beside_requirements(list(out.values()), sentence_starts, config, plan))
    if sentence_starts is not None:
        kept = one_finding_per_sentence(kept, source, sentence_starts)
    return sorted(kept, key=lambda d: d.sort_key)


#: A gendered job title (D101) beside another bias finding in its sentence ("Housemaid needed, not older than 35",
#: "Hostess with a slim build preferred", "The new foreman ... and he will oversee two crews") is that sentence's
#: second finding: the age cap, the build, the pronoun says whom the ad would choose, and is what the writers of
#: the read case sets mark (17 of 19 D101 false alarms over 13 read sets, session 42). The title stays, as info with
#: its fix, so the sentence reads as one finding to act on first; alone in its sentence it is the finding.
TITLE_BESIDE_REQUIREMENT = "D101"


def _titles_beside_requirements(found: list[Diagnostic], sentence_starts, config: Config, plan: Plan) -> list[Diagnostic]:
    """``found`` with each D101 title lowered to info where another bias warning (not a gender-coded word, not
    another title) shares its sentence; dropped instead when info is below ``min-severity``. After the filters, so a
    suppressed finding leaves the title a warning; a configured severity for D101 is kept. Linear: one sort of the
    few bias findings, sentences found by bisection."""
    titles = [d for d in found if d.code == TITLE_BESIDE_REQUIREMENT and d.severity > Severity.info]
    if not titles or sentence_starts is None:
        return found
    others = [d for d in found if d.category.startswith("bias.") and d.category != GENDER_CODED
              and d.code != TITLE_BESIDE_REQUIREMENT and d.severity >= Severity.warning]
    if not others or _overridden(config, plan.registry.by_code.get(TITLE_BESIDE_REQUIREMENT)):
        return found
    starts = sentence_starts()
    beside = {bisect.bisect_right(starts, d.start) for d in others}
    out = []
    for d in found:
        if d.code == TITLE_BESIDE_REQUIREMENT and d.severity > Severity.info and bisect.bisect_right(starts, d.start) in beside:
            if Severity.info < config.min_severity:
                continue
            d = replace(d, severity=Severity.info,
                        message=d.message + " (noted beside the sentence's other bias finding, which says whom it would choose)")
        out.append(d)
    return out


def _vague_rest(config: Config, plan: Plan):
    """V119's test of a sentence's rest (its rule's ``reads_rest``: ``vague_sentence.reads_vague_without``) at its
    configured threshold, or None when V119 is not registered. Read off the rule object: the engine imports no rule
    family (tests/test_layout.py)."""
    rule = plan.registry.by_code.get(VAGUE_FALLBACK)
    reads_rest = getattr(rule, "reads_rest", None)
    if reads_rest is None:
        return None
    threshold = float(options_for(config, rule)["threshold"])
    return lambda sentence, phrases: reads_rest(sentence, phrases, threshold)


#: Categories whose rules share word classes, so one phrase can be two rules' finding ("an exciting
#: opportunity" is a V107 term and a V113 composition): a reader wants it once. Applied after the
#: filters, so a suppressed rule leaves the phrase to the other.
ONE_FINDING_PER_PHRASE = frozenset({"vague"})
#: The finding that stands for a posting in another language (jdlint/language.py): with this rule on, such a posting
#: is checked by the file rules only, since every other rule reads English.
NOT_ENGLISH = "J003"

#: Sentence-long findings of a model that stand aside for named findings in the sentence: V119 for any bias finding
#: (the bias-selection model's included), and for any other finding of its category or vague pay unless the sentence
#: reads as vague without their phrases (``_vague_beyond_named``); the
#: bias-selection rules (``BIAS_FALLBACK``) for any named bias finding. The named rules say what is wrong
#: and how to fix it; the models only add sentences they all missed.
VAGUE_FALLBACK = "V119"
BIAS_FALLBACK = frozenset({"D119", "D319", "D419", "D519", "D619", "D719", "D819", "D919"})
SENTENCE_FALLBACK = frozenset({VAGUE_FALLBACK}) | BIAS_FALLBACK
#: Pay said vaguely: vague wording of the pay category, which a fallback also yields to.
VAGUE_PAY = frozenset({"P101", "P102"})
#: Gender-coded words are counted, not judged (D201, D202 are off by default): a fallback does not yield
#: to them, or the model's findings would differ between the default report and --select ALL.
GENDER_CODED = "bias.gender-coded"


def _frames_yield_their_object(found: list[Diagnostic]) -> list[Diagnostic]:
    """A frame's finding that runs on over its object (phrase-rule key ``object-after``: its trigger ends before its
    range) goes back to the frame alone when another finding of its kind starts inside that object: "we pride
    ourselves on an environment of excellence" keeps V107's frame and V113's own phrase (then one run of phrases,
    ``one_finding_per_sentence``), rather than the longer span hiding V113 (``one_finding_per_phrase``). Each frame
    looks only at the findings that start inside its own object (a few words): linear in the findings."""
    shared = sorted((d for d in found if d.category in ONE_FINDING_PER_PHRASE and d.code != VAGUE_FALLBACK),
                    key=lambda d: d.start)
    starts = [d.start for d in shared]
    cut = {}
    for d in shared:
        if 0 <= d.trigger_end < d.end and any(
                o is not d and d.trigger_end <= o.start < d.end
                for o in shared[bisect.bisect_left(starts, d.trigger_end):bisect.bisect_left(starts, d.end)]):
            cut[id(d)] = replace(d, end=d.trigger_end, match=d.match[:d.trigger_end - d.start], trigger_end=-1)
    return [cut.get(id(d), d) for d in found] if cut else found


def one_finding_per_phrase(found: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Of overlapping findings in ``ONE_FINDING_PER_PHRASE`` categories, keep the longest span (as
    overlapping matches of one rule resolve), then the lower code. One sweep over the findings
    sorted by start; each run of overlapping spans is resolved on its own (a phrase's few)."""
    found = list(found)
    # V119 covers a sentence and stands beside named phrases only where the rest reads as vague without them
    # (``without_fallbacks_beside_named``): it is no rival phrase
    out = [d for d in found if d.category not in ONE_FINDING_PER_PHRASE or d.code == VAGUE_FALLBACK]
    shared = sorted((d for d in found if d.category in ONE_FINDING_PER_PHRASE and d.code != VAGUE_FALLBACK),
                    key=lambda d: (d.start, d.end))
    run: list[Diagnostic] = []
    reach = -1
    for d in [*shared, None]:
        if d is not None and d.start < reach:
            run.append(d)
            reach = max(reach, d.end)
            continue
        kept: list[Diagnostic] = []
        for r in sorted(run, key=lambda r: (r.start - r.end, r.code, r.start)):
            if all(r.end <= k.start or k.end <= r.start for k in kept):
                kept.append(r)
        out.extend(kept)
        if d is not None:
            run, reach = [d], d.end
    return out


def without_fallbacks_beside_named(found: list[Diagnostic], vague_rest=None) -> list[Diagnostic]:
    """``found`` without the ``SENTENCE_FALLBACK`` findings that a named finding overlaps: a bias-selection
    finding beside a named bias finding (not a gender-coded word); then V119 beside a vague, vague-pay or
    bias finding, the bias model's remaining findings included (a sentence with a bias warning in it needs
    that, not a note that it reads as vague).
    Before the filters: a named finding the user suppressed on that line still means the sentence was
    seen, and the model does not speak up in its place. V119 stays beside named vague and vague-pay phrases when
    its sentence reads as vague without them (``vague_rest``, ``_vague_beyond_named``): the named rules said what
    they know, and the rest of the sentence is a claim they missed (session 35: 43 of 197 misses of the writers
    held out in turn were such sentences)."""
    if not any(d.code in SENTENCE_FALLBACK for d in found):
        return found
    if any(d.code in BIAS_FALLBACK for d in found):
        named_bias = span_index((d.start, d.end) for d in found
                                if d.category.startswith("bias.") and d.category != GENDER_CODED
                                and d.code not in SENTENCE_FALLBACK and d.end > d.start)
        found = [d for d in found if d.code not in BIAS_FALLBACK or not overlaps_any(named_bias, d.start, d.end)]
    named = span_index((d.start, d.end) for d in found
                       if (d.category in ONE_FINDING_PER_PHRASE or d.code in VAGUE_PAY
                           or (d.category.startswith("bias.") and d.category != GENDER_CODED))
                       and d.code != VAGUE_FALLBACK and d.end > d.start)
    beside = [d for d in found if d.code == VAGUE_FALLBACK and overlaps_any(named, d.start, d.end)]
    if not beside:
        return found
    # each V119 beside a named phrase reads the findings inside its sentence from an index, not a
    # scan of every finding (a dense 1 MB posting: 2,000 such sentences times 60,000 findings)
    index = position_index([(d.start, d.end) for d in found] if vague_rest is not None else [])
    return [d for d in found if d.code != VAGUE_FALLBACK or not overlaps_any(named, d.start, d.end)
            or (vague_rest is not None and _vague_beyond_named(
                d, [found[i] for i in overlapping(index, d.start, d.end)], vague_rest))]


def _vague_beyond_named(fallback: Diagnostic, found: list[Diagnostic], vague_rest) -> bool:
    """Whether V119's sentence ``fallback`` reads as vague beyond the named vague and vague-pay phrases in it
    (``vague_rest(sentence, phrases)``: ``vague_sentence.reads_vague_without``): "Weekly pay with generous commissions
    and bonuses!" holds a vague-pay finding on "Weekly pay", and the rest ("generous commissions") is vague on its own.
    Never beside a bias finding (named or the model's): the sentence needs that first."""
    inside = [d for d in found if d is not fallback and d.end > d.start
              and d.start < fallback.end and fallback.start < d.end]
    if any(d.category.startswith("bias.") and d.category != GENDER_CODED for d in inside):
        return False
    phrases = [d.trigger for d in inside if d.category in ONE_FINDING_PER_PHRASE or d.code in VAGUE_PAY]
    return bool(phrases) and vague_rest(fallback.match, phrases)


#: How far apart (characters between one phrase's end and the next one's start) two stock phrases
#: of a sentence may stand and still be one finding: a run such as "Exciting opportunity for a
#: motivated individual", not two ends of a long sentence (or of an ad flattened into one line).
PHRASE_RUN_GAP = 40
#: Between two phrases, what ends an item even where the Doc saw no sentence break: a line break,
#: a bullet, or words run together where an item ended in an ad flattened into one line
#: ("around peopleMust be detailed oriented").
_ITEM_BREAK = regex_programs.compile(r"[\n•·|]|[a-z][A-Z]")


def _runs(groups, text: str) -> Iterator[list[Diagnostic]]:
    """Each group's findings in order, cut where two stand more than ``PHRASE_RUN_GAP`` apart or
    an item ends between them (``_ITEM_BREAK``)."""
    for group in groups:
        group.sort(key=lambda d: (d.start, d.end))
        run = [group[0]]
        for d in group[1:]:
            reach = max(r.end for r in run)
            if d.start - reach > PHRASE_RUN_GAP or _ITEM_BREAK.search(text, reach, max(reach, d.start)):
                yield run
                run = []
            run.append(d)
        yield run


def each_phrase(found: Iterable[Diagnostic], source_text: str) -> list[Diagnostic]:
    """The findings with each run ``one_finding_per_sentence`` made taken apart again: one
    finding per phrase, each with its own rule, words and advice (for tools and tests that ask
    "did rule X report these words")."""
    out: list[Diagnostic] = []
    for d in found:
        if d.category not in ONE_FINDING_PER_PHRASE or not d.related:
            out.append(d)
            continue
        for start, end, message in d.related:
            code, name, advice = (message.split(" ", 1)[0], *message.split(" ", 1)[1].split(": ", 1))
            line = source_text.count("\n", 0, start) + 1
            end_line = line + source_text.count("\n", start, end)
            out.append(replace(d, code=code, name=name, start=start, end=end, match=source_text[start:end],
                               message=advice, related=(), line=line, trigger_end=-1,
                               column=start - source_text.rfind("\n", 0, start),
                               end_line=end_line, end_column=end - source_text.rfind("\n", 0, end)))
    return out


def one_finding_per_sentence(found: list[Diagnostic], source: SourceFile,
                             sentence_starts: Callable[[], list[int]]) -> list[Diagnostic]:
    """Findings of an ``ONE_FINDING_PER_PHRASE`` category that share a sentence (and a severity) and
    stand close together (``PHRASE_RUN_GAP``) are one finding: a run of stock phrases, rewritten as
    a whole ("Exciting opportunity for a motivated individual", "a real go-getter with bags of
    energy"). It runs from
    the first phrase to the last, keeps the first phrase's rule, names the others in its message,
    and lists every phrase with its own rule and advice as related ranges (JSON "related", SARIF
    relatedLocations, the HTML report). A finding with a fix stays on its own, so its edit does.
    The sentences are read only when two such findings could share one."""
    shared = [d for d in found if d.category in ONE_FINDING_PER_PHRASE and d.fix is None and d.code != VAGUE_FALLBACK]
    if len(shared) < 2:
        return found
    starts = sentence_starts()
    groups: dict[tuple, list[Diagnostic]] = {}
    for d in shared:
        groups.setdefault((bisect.bisect_right(starts, d.start), d.severity), []).append(d)
    if all(len(g) == 1 for g in groups.values()):
        return found
    merged = [d for d in found if d.category not in ONE_FINDING_PER_PHRASE or d.fix is not None]
    index = source.index
    for group in _runs(groups.values(), source.text):
        first = group[0]
        if len(group) == 1:
            merged.append(first)
            continue
        end = max(d.end for d in group)
        end_line, end_column = index.position(end)
        others = ", ".join(f"'{d.match}' ({d.code})" for d in group[1:])
        merged.append(replace(
            first, end=end, end_line=end_line, end_column=end_column, match=source.text[first.start:end], trigger_end=-1,
            message=f"{first.message} (in the same sentence: {others})",
            related=first.related + tuple((d.start, d.end, f"{d.code} {d.name}: {d.message}") for d in group)))
    return merged


def _overridden(config: Config, rule: Rule | None) -> bool:
    from .registry import matches_any

    return rule is not None and any(matches_any([s], rule) for s, _ in config.severity)


def _per_file_ignores(path: str, config: Config) -> list[str]:
    if not config.per_file_ignores:
        return []
    p = Path(path)
    try:
        rel = p.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        rel = p.as_posix()
    out: list[str] = []
    for glob, selectors in config.per_file_ignores:
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(p.name, glob) or fnmatch.fnmatch(p.as_posix(), glob):
            out.extend(selectors)
    return out
