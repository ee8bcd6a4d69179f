"""Lint postings held in a Spark DataFrame, with the same findings as the command line.

    from jdlint.spark import lint_dataframe, posting_metrics
    ads = spark.read.parquet("postings/")            # columns such as job_id, body, state
    findings = lint_dataframe(ads, text_col="body", id_col="job_id")
    findings.groupBy("code").count().orderBy("count", ascending=False).show()
    metrics = posting_metrics(ads, text_col="body", id_col="job_id")

Install with ``pip install 'jdlint[spark]'`` (PySpark >= 3.5 with pyarrow). ``import jdlint``
never imports Spark, and executors run only the batch functions below, which need pyarrow and
jdlint but nothing from PySpark's DataFrame side.

How it runs. ``lint_postings`` is one ``mapInArrow`` over the input; ``lint_dataframe`` and
``posting_metrics`` are views of it (so a persisted ``lint_postings`` result answers both
from one pass, see ``explode_findings``). A Python worker builds one ``Linter`` (spaCy
pipeline, rule plan, pattern index) the first time it meets a configuration, keeps it in this
module for every later batch and task the worker runs, and streams each Arrow batch through
``Linter.lint_sources``, whose ``nlp.pipe`` holds 32 Docs at a time: a worker holds at most one
input batch of postings and never more than one batch of Docs. The configuration travels to
executors as data (a mapping of config-file keys, or a config file's name and text), never as a
pickled ``Linter``.

Same text, same findings: a row's text is encoded as UTF-8 and read exactly as a file with that
content would be (size limit, NUL bytes, byte-order mark), and ``path_col`` (else ``suffix``)
picks the parser as a file name does, so offsets, lines and columns are those of
``jdlint -f json`` on the same bytes. A posting that cannot be linted (no text, not UTF-8,
binary, too large, an internal error) gives a row with ``error`` set: one bad posting never
fails the job.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

#: One finding: the JSON report's fields that a table can hold (offsets are code points into the
#: posting's text, end exclusive; lines and columns 1-based, as in the JSON report).
FINDING_COLUMNS = (
    ("code", "string"), ("name", "string"), ("category", "string"), ("severity", "string"),
    ("message", "string"), ("line", "int"), ("column", "int"), ("end_line", "int"),
    ("end_column", "int"), ("start", "int"), ("end", "int"), ("match", "string"),
)
#: One posting's numbers. ``sections`` lists the kinds found, each once, in order of
#: appearance; ``pay_*`` come from the pay section's extracted figure when the engine gives
#: one; ``by_severity`` always has error, warning and info.
METRIC_COLUMNS = (
    ("words", "int"), ("sentences", "int"), ("reading_ease", "double"), ("grade", "double"),
    ("sections", "array<string>"), ("pay_min", "double"), ("pay_max", "double"),
    ("pay_currency", "string"), ("pay_period", "string"), ("gender_masculine", "int"),
    ("gender_feminine", "int"), ("gender_verdict", "string"), ("findings", "int"),
    ("by_severity", "map<string,int>"), ("by_category", "map<string,int>"),
)
#: Postings per output Arrow batch: small enough that a worker's output stays a few MB.
OUTPUT_POSTINGS = 256


# -- driver side ---------------------------------------------------------------------------------
def lint_postings(df, text_col: str = "text", id_col: str = "id", path_col: str | None = None,
                  config: "Mapping[str, Any] | str | os.PathLike | None" = None, suffix: str = ".md"):
    """One row per posting: ``id_col``, ``path``, ``error``, the columns of ``METRIC_COLUMNS``
    and ``diagnostics`` (an array of finding structs, ``FINDING_COLUMNS``).

    ``text_col`` holds the posting (string, or binary read as UTF-8 as a file would be);
    ``id_col`` is copied through with its type and name; ``path_col`` (optional) names each
    posting as a file would be named: its suffix picks the parser (``.txt`` plain text, ``.html``
    HTML, else Markdown) and per-file-ignores match it. Without it (or where it is null) every
    posting is read as ``suffix`` says. ``config`` is a mapping of config-file keys
    (``{"select": ["ALL"]}``), the path of a config file (read here, sent as text; rule packs it
    names must exist at the same path on executors), or None for the defaults."""
    payload = config_payload(config)
    check_config(payload)  # a bad selector fails here, once, not in every task
    names = [id_col, "path", "error", *(n for n, _ in METRIC_COLUMNS), "diagnostics"]
    if id_col in names[1:]:
        raise ValueError(f"id_col {id_col!r} clashes with an output column; rename it first")
    columns = [id_col, text_col] + ([path_col] if path_col else [])
    inputs = df.select(*columns)
    text_type = inputs.schema[text_col].dataType.typeName()
    if text_type not in ("string", "binary"):
        raise TypeError(f"text_col {text_col!r} is {text_type}; it must be string or binary")
    schema = _posting_schema(id_col, inputs.schema[id_col].dataType)
    return inputs.mapInArrow(_BatchLinter(payload, suffix, bool(path_col)), schema)


def lint_dataframe(df, text_col: str = "text", id_col: str = "id", path_col: str | None = None,
                   config: "Mapping[str, Any] | str | os.PathLike | None" = None, suffix: str = ".md"):
    """One row per finding: ``id_col``, ``path``, the columns of ``FINDING_COLUMNS`` and
    ``error``. A posting without findings has no row; a posting that could not be linted has
    one row with ``error`` set and every finding column null. Arguments as ``lint_postings``."""
    return explode_findings(lint_postings(df, text_col, id_col, path_col, config, suffix), id_col)


def posting_metrics(df, text_col: str = "text", id_col: str = "id", path_col: str | None = None,
                    config: "Mapping[str, Any] | str | os.PathLike | None" = None, suffix: str = ".md"):
    """One row per posting: ``id_col``, ``path``, ``error`` and ``METRIC_COLUMNS`` (all null
    where ``error`` is set). Arguments as ``lint_postings``."""
    return lint_postings(df, text_col, id_col, path_col, config, suffix).drop("diagnostics")


def explode_findings(postings, id_col: str = "id"):
    """``lint_dataframe``'s rows from a ``lint_postings`` result (persist that result to get
    findings and metrics from one linting pass)."""
    from pyspark.sql import functions as F

    struct = postings.schema["diagnostics"].dataType.elementType
    # an error row becomes one null finding, so explode keeps it
    rows = F.when(F.col("error").isNotNull(), F.array(F.lit(None).cast(struct))).otherwise(F.col("diagnostics"))
    return (postings.select(id_col, "path", F.explode(rows).alias("finding"), "error")
            .select(id_col, "path", *(F.col("finding." + name).alias(name) for name, _ in FINDING_COLUMNS), "error"))


def config_payload(config: "Mapping[str, Any] | str | os.PathLike | None") -> tuple:
    """The configuration as plain data to send to executors: ``("defaults",)``,
    ``("mapping", json)`` or ``("file", path, text)``."""
    if config is None:
        return ("defaults",)
    if isinstance(config, Mapping):
        try:
            return ("mapping", json.dumps(dict(config), sort_keys=True))
        except TypeError as exc:
            raise TypeError(f"config mapping must hold plain data (as a config file does): {exc}") from None
    if isinstance(config, (str, os.PathLike)):
        from .config import ConfigError

        path = Path(config)
        try:
            return ("file", str(path.resolve()), path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config ({exc})") from None
    raise TypeError("config must be a mapping of config-file keys, the path of a config file, or None "
                    f"(got {type(config).__name__})")


def config_from_payload(payload: tuple):
    from .config import Config, from_mapping, parse_config

    if payload[0] == "defaults":
        return Config()
    if payload[0] == "mapping":
        return from_mapping(json.loads(payload[1]), None)
    return parse_config(payload[2], payload[1])


def check_config(payload: tuple) -> None:
    """Raise ``ConfigError`` on the driver for a configuration the executors would reject."""
    from .engine import make_plan

    make_plan(config_from_payload(payload))


def _spark_type(name: str):
    from pyspark.sql import types as T

    return {"string": T.StringType(), "int": T.IntegerType(), "double": T.DoubleType(),
            "array<string>": T.ArrayType(T.StringType()),
            "map<string,int>": T.MapType(T.StringType(), T.IntegerType())}[name]


def _posting_schema(id_col: str, id_type):
    from pyspark.sql import types as T

    finding = T.StructType([T.StructField(n, _spark_type(t)) for n, t in FINDING_COLUMNS])
    return T.StructType([T.StructField(id_col, id_type), T.StructField("path", T.StringType()),
                         T.StructField("error", T.StringType()),
                         *(T.StructField(n, _spark_type(t)) for n, t in METRIC_COLUMNS),
                         T.StructField("diagnostics", T.ArrayType(finding))])


# -- executor side -------------------------------------------------------------------------------
#: One linter per configuration per Python worker, built at its first batch and kept for every
#: later batch and task (Spark reuses Python workers by default).
_LINTERS: dict[tuple, Any] = {}


def _linter(payload: tuple):
    if payload not in _LINTERS:
        from .cli import _start_up
        from .engine import Linter

        linter = Linter(config_from_payload(payload))
        _start_up(linter, "posting.md")  # the pipeline and plan, with the collector paused
        _LINTERS[payload] = linter
    return _LINTERS[payload]


class _BatchLinter:
    """The function ``mapInArrow`` runs: Arrow batches of (id, text[, path]) in, batches of
    posting rows out. A plain object holding only data (the configuration payload), so what
    Spark pickles is that data and a reference to this module."""

    def __init__(self, payload: tuple, suffix: str, has_path: bool) -> None:
        self.payload, self.suffix, self.has_path = payload, suffix, has_path

    def __call__(self, batches: Iterable) -> Iterator:
        linter = _linter(self.payload)
        for batch in batches:
            yield from lint_batch(linter, batch, self.suffix, self.has_path)


def lint_batch(linter, batch, suffix: str = ".md", has_path: bool = False) -> Iterator:
    """Posting rows (Arrow record batches of at most OUTPUT_POSTINGS rows) for one input batch
    whose columns are id, text and, with ``has_path``, path."""
    import pyarrow as pa

    ids = batch.column(0)
    texts = batch.column(1).to_pylist()
    paths = batch.column(2).to_pylist() if has_path else [None] * len(texts)
    names = [p if p is not None else f"{ids[i].as_py()}{suffix}" for i, p in enumerate(paths)]
    schema = _arrow_schema(batch.schema.field(0))
    for first in range(0, len(texts), OUTPUT_POSTINGS):
        last = min(first + OUTPUT_POSTINGS, len(texts))
        rows = [_posting_row(report) for report in
                _reports(linter, texts[first:last], names[first:last])]
        columns = {name: [row.get(name) for row in rows] for name in schema.names[1:]}
        columns["path"] = paths[first:last]
        arrays = [ids.slice(first, last - first)] + [pa.array(columns[n], type=schema.field(n).type)
                                                     for n in schema.names[1:]]
        yield pa.RecordBatch.from_arrays(arrays, schema=schema)


def _reports(linter, texts: list, names: list[str]) -> Iterator:
    """One report per posting, in order; never raises. Postings are read as files with that
    content would be, then streamed through the linter together; should the stream itself fail,
    the rest are linted one by one so only the posting at fault gets an error."""
    from .report import FileReport
    from .source import InputError, decode

    items: list = []
    for text, name in zip(texts, names):
        try:
            if text is None:
                raise InputError(f"{name}: no text (the posting is null)")
            data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
            items.append(decode(data, name, linter.max_bytes(linter.config_for(name))))
        except InputError as exc:
            items.append(FileReport(name, error=str(exc)))
    done = 0
    try:
        for report in linter.lint_sources(items):
            yield report
            done += 1
    except Exception:  # noqa: BLE001 - find the posting at fault below
        for item in items[done:]:
            try:
                yield next(iter(linter.lint_sources([item])))
            except Exception as exc:  # noqa: BLE001 - an error row, not a failed job
                yield FileReport(item.path, error=f"{item.path}: internal error: {type(exc).__name__}: {exc}")


def _posting_row(report) -> dict[str, Any]:
    from .diagnostics import Severity

    if report.error:
        return {"error": report.error}
    metrics = report.metrics
    readability = metrics.get("readability") or {}
    coded = metrics.get("gender_coded") or {}
    by_severity = {str(s): 0 for s in sorted(Severity, reverse=True)}  # error, warning, info
    by_category: dict[str, int] = {}
    findings = []
    for d in report.diagnostics:
        severity = str(d.severity)
        by_severity[severity] += 1
        by_category[d.category] = by_category.get(d.category, 0) + 1
        findings.append({"code": d.code, "name": d.name, "category": d.category, "severity": severity,
                         "message": d.message, "line": d.line, "column": d.column, "end_line": d.end_line,
                         "end_column": d.end_column, "start": d.start, "end": d.end, "match": d.match})
    pay_min, pay_max, currency, period = pay_figure(report.sections)
    return {
        "words": metrics.get("words"), "sentences": metrics.get("sentences"),
        "reading_ease": readability.get("flesch_reading_ease"), "grade": readability.get("flesch_kincaid_grade"),
        "sections": list(dict.fromkeys(s.kind for s in report.sections)),
        "pay_min": pay_min, "pay_max": pay_max, "pay_currency": currency, "pay_period": period,
        "gender_masculine": coded.get("masculine"), "gender_feminine": coded.get("feminine"),
        "gender_verdict": coded.get("verdict"), "findings": len(findings),
        "by_severity": list(by_severity.items()), "by_category": sorted(by_category.items()),
        "diagnostics": findings,
    }


#: Where a pay section may carry its extracted figure, and the keys the figure may use: read
#: defensively, so a report without one (or an older engine) gives nulls, not a failed task.
def pay_figure(sections) -> tuple[float | None, float | None, str | None, str | None]:
    """(min, max, currency, period) of the first pay section's figure (``Section.pay``, which is
    ``extract.pay.PayFigure.to_json()``), or four Nones."""
    for section in sections:
        figure = getattr(section, "pay", None) if getattr(section, "kind", None) == "pay" else None
        if figure:
            return (_number(figure.get("min")), _number(figure.get("max")),
                    figure.get("currency") or None, figure.get("period") or None)
    return None, None, None, None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _arrow_type(name: str):
    import pyarrow as pa

    return {"string": pa.string(), "int": pa.int32(), "double": pa.float64(),
            "array<string>": pa.list_(pa.string()), "map<string,int>": pa.map_(pa.string(), pa.int32())}[name]


def _arrow_schema(id_field):
    import pyarrow as pa

    finding = pa.struct([(n, _arrow_type(t)) for n, t in FINDING_COLUMNS])
    return pa.schema([id_field, ("path", pa.string()), ("error", pa.string()),
                      *((n, _arrow_type(t)) for n, t in METRIC_COLUMNS), ("diagnostics", pa.list_(finding))])
