"""jdlint.spark: postings in a DataFrame get the findings the command line gives the same bytes.

The executor side (``lint_batch``: Arrow batch in, posting rows out) is tested with pyarrow
alone; one local Spark session per module (``local[2]``, no UI, bound to 127.0.0.1) checks the
whole dev corpus (``../shared/corpus/dev``, tts_join and cds_digital_canada ads) plus a plain-text
and an HTML posting against ``jdlint -f json``, and bad input giving error rows.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import EXAMPLES, run_cli

import jdlint
from jdlint.config import ConfigError
from jdlint.spark import (FINDING_COLUMNS, METRIC_COLUMNS, check_config, config_from_payload,
                          config_payload, lint_batch, pay_figure)

ALL = {"select": ["ALL"]}
FIELDS = [name for name, _ in FINDING_COLUMNS]
# Written for these tests: an HTML export (entities, a label line) with findings of several families.
HTML_POSTING = (
    "<html><head><title>Sales</title></head><body>\n"
    "<h2>About the role</h2>\n"
    "<p>We want a young, energetic rockstar&nbsp;salesman who is a digital native.</p>\n"
    "<p><strong>Pay</strong><br>Competitive salary, DOE.</p>\n"
    "<ul><li>Must be able to lift 50 lbs</li><li>Native English speaker</li></ul>\n"
    "</body></html>\n"
)


def finding_tuple(d: dict) -> tuple:
    """A CLI JSON diagnostic as the columns of a lint_dataframe row."""
    return (d["code"], d["name"], d["category"], d["severity"], d["message"], d["location"]["line"],
            d["location"]["column"], d["end_location"]["line"], d["end_location"]["column"],
            d["offset"]["start"], d["offset"]["end"], d["match"])


# -- without Spark ---------------------------------------------------------------------------------
def test_import_jdlint_loads_nothing_from_spark():
    code = ("import sys, jdlint, jdlint.spark\n"
            "jdlint.lint_text('We need a rockstar.', path='a.md')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyspark', 'py4j')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pay_figure_read_from_the_pay_section_when_the_engine_gives_one():
    intro = SimpleNamespace(kind="intro", pay={"min": 1, "max": 2})
    ranged = SimpleNamespace(kind="pay", pay={"min": 52000, "max": "60000", "currency": "USD", "period": "year"})
    assert pay_figure([intro, ranged]) == (52000.0, 60000.0, "USD", "year")
    hourly = SimpleNamespace(kind="pay", pay={"min": 24.5, "max": 24.5, "currency": "CAD", "period": "hour"})
    assert pay_figure([hourly]) == (24.5, 24.5, "CAD", "hour")


def test_no_pay_figure_gives_nulls_not_an_error():
    assert pay_figure([]) == (None, None, None, None)
    assert pay_figure([SimpleNamespace(kind="pay", heading="Salary")]) == (None, None, None, None)
    junk = SimpleNamespace(kind="pay", pay={"min": "competitive", "max": True, "currency": None})
    assert pay_figure([junk]) == (None, None, None, None)
    # a real report: the pay section carries the figure the engine extracted
    report = jdlint.lint_text("# Pay\n\n$52,000 to $60,000 a year.\n", path="a.md")
    low, high, _currency, period = pay_figure(report.sections)
    assert (low, high, period) == (52000.0, 60000.0, "year")
    assert len(pay_figure(report.sections)) == 4


def test_config_travels_as_data(tmp_path: Path):
    assert config_from_payload(config_payload(None)) == jdlint.config.Config()
    payload = config_payload(ALL)
    assert payload == ("mapping", '{"select": ["ALL"]}')
    assert config_from_payload(payload).select == ("ALL",)
    config_file = tmp_path / ".jdlint.yaml"
    config_file.write_text("select: [D3]\nignore: [D302]\n", encoding="utf-8")
    payload = config_payload(str(config_file))
    assert payload[0] == "file" and "D302" in payload[2]
    config_file.unlink()  # the executor reads the text it was sent, not the file
    config = config_from_payload(payload)
    assert (config.select, config.ignore) == (("D3",), ("D302",))


def test_a_bad_config_fails_on_the_driver(tmp_path: Path):
    with pytest.raises(ConfigError, match="D999"):
        check_config(config_payload({"select": ["D999"]}))
    with pytest.raises(ConfigError, match="unknown key"):
        check_config(config_payload({"selct": ["D3"]}))
    with pytest.raises(ConfigError, match="cannot read"):
        config_payload(str(tmp_path / "missing.yaml"))
    with pytest.raises(TypeError, match="mapping"):
        config_payload(42)


@pytest.fixture(scope="module")
def linter():
    from jdlint.spark import _linter

    return _linter(config_payload(ALL))


def _batch(ids, texts, paths=None, text_type=None):
    import pyarrow as pa

    arrays = [pa.array(ids), pa.array(texts, type=text_type or pa.string())]
    names = ["id", "text"]
    if paths is not None:
        arrays.append(pa.array(paths, type=pa.string()))
        names.append("path")
    return pa.RecordBatch.from_arrays(arrays, names=names)


def _rows(batches) -> list[dict]:
    return [row for batch in batches for row in batch.to_pylist()]


def test_lint_batch_matches_lint_text(linter):
    plain = (EXAMPLES / "case-manager.txt").read_text(encoding="utf-8")
    texts = ["\ufeff# Sales Rockstar\n\nWe want a young digital native.\n", plain, HTML_POSTING]
    paths = [None, "jobs/case-manager.txt", "jobs/ad.html"]
    rows = _rows(lint_batch(linter, _batch([1, 2, 3], texts, paths), ".md", has_path=True))
    assert [r["id"] for r in rows] == [1, 2, 3] and [r["path"] for r in rows] == paths
    config = config_from_payload(config_payload(ALL))
    for row, text, name in zip(rows, texts, ["1.md", *paths[1:]]):
        report = jdlint.lint_text(text, path=name, config=config)
        expected = [finding_tuple(d.to_json()) for d in report.diagnostics]
        assert expected and [tuple(f[k] for k in FIELDS) for f in row["diagnostics"]] == expected
        assert row["error"] is None and row["words"] == report.metrics["words"]
        assert row["findings"] == len(expected)
        assert dict(row["by_severity"]) == {s: sum(e[3] == s for e in expected) for s in ("error", "warning", "info")}
    # the parser follows the path: the plain-text posting read as Markdown reads differently
    as_markdown = _rows(lint_batch(linter, _batch([2], [plain]), ".md"))[0]
    assert as_markdown["sections"] != rows[1]["sections"] or as_markdown["diagnostics"] != rows[1]["diagnostics"]


def test_bad_input_gives_error_rows_and_the_rest_is_linted(linter):
    import pyarrow as pa

    texts = [b"# Ad\n\nWe want a rockstar.\n", None, b"caf\xe9 au lait", b"\x00\x01binary", b"# Ad\n\nFine.\n"]
    rows = _rows(lint_batch(linter, _batch(list("abcde"), texts, text_type=pa.binary()), ".md"))
    assert [r["id"] for r in rows] == list("abcde")
    errors = [r["error"] for r in rows]
    assert errors[0] is None and errors[4] is None
    assert "no text" in errors[1] and "not valid UTF-8" in errors[2] and "binary file" in errors[3]
    assert errors[2].startswith("c.md:1:4:")  # the file name a posting gets from its id and suffix
    for row in rows[1:4]:
        assert row["diagnostics"] is None and row["words"] is None and row["sections"] is None
    assert any(f["code"] == "V101" or f["match"] == "rockstar" for f in rows[0]["diagnostics"])


def test_a_posting_that_breaks_the_stream_gets_the_error_alone(linter, monkeypatch):
    real = type(linter).lint_sources

    def fragile(self, sources):
        for report in real(self, sources):
            if report.source is not None and "BOOM" in report.source.text:
                raise RuntimeError("pipeline failed")
            yield report

    monkeypatch.setattr(type(linter), "lint_sources", fragile)
    texts = ["We want a rockstar.", "BOOM", "We want a ninja."]
    rows = _rows(lint_batch(linter, _batch([1, 2, 3], texts), ".md"))
    assert [r["error"] is None for r in rows] == [True, False, True]
    assert "internal error: RuntimeError: pipeline failed" in rows[1]["error"]
    assert rows[2]["findings"] and rows[0]["findings"]


def test_oversized_posting_is_refused_as_the_cli_refuses_it():
    from jdlint.spark import _linter

    small = _linter(config_payload({"max-file-size": 100}))
    rows = _rows(lint_batch(small, _batch([7], ["word " * 50]), ".txt"))
    assert "over the" in rows[0]["error"] and rows[0]["error"].startswith("7.txt:")


# -- with a local Spark session --------------------------------------------------------------------
@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Spark needs a Java runtime (17 or later)")
    from pyspark.sql import SparkSession

    saved = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers run this interpreter, with jdlint
    session = (SparkSession.builder.master("local[2]").appName("jdlint-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2")
               # several Arrow batches per task, so batches really stream through one linter
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = saved


@pytest.fixture(scope="module")
def postings(tmp_path_factory, dev_corpus) -> list[Path]:
    extra = tmp_path_factory.mktemp("spark-postings")
    (extra / "ad.html").write_text(HTML_POSTING, encoding="utf-8")
    shutil.copy(EXAMPLES / "case-manager.txt", extra / "case-manager.txt")
    return sorted(dev_corpus.glob("*.md")) + [extra / "ad.html", extra / "case-manager.txt"]


def test_every_finding_equals_the_cli_json_report(spark, postings):
    from jdlint.spark import lint_dataframe, posting_metrics

    proc = run_cli("--no-cache", "--isolated", "--select", "ALL", "--jobs", "2", "-f", "json",
                   *map(str, postings))
    assert proc.returncode == 1, proc.stderr
    cli = {f["path"]: f for f in json.loads(proc.stdout)["files"]}
    assert set(cli) == set(map(str, postings))
    df = spark.createDataFrame([(f"ad-{i}", p.read_text(encoding="utf-8"), str(p)) for i, p in enumerate(postings)],
                               "posting_id string, body string, file string")
    findings = lint_dataframe(df, text_col="body", id_col="posting_id", path_col="file", config=ALL)
    assert findings.columns == ["posting_id", "path", *FIELDS, "error"]
    got: dict[str, list[tuple]] = {}
    for row in findings.collect():
        assert row["error"] is None
        got.setdefault(row["path"], []).append(tuple(row[k] for k in FIELDS))
    for path, report in cli.items():
        expected = [finding_tuple(d) for d in report["diagnostics"]]
        assert sorted(got.get(path, [])) == sorted(expected), path
    assert sum(map(len, got.values())) == sum(len(f["diagnostics"]) for f in cli.values()) > 2 * len(postings)

    metrics = {r["path"]: r for r in posting_metrics(df, text_col="body", id_col="posting_id",
                                                      path_col="file", config=ALL).collect()}
    assert set(metrics) == set(cli)
    for path, report in cli.items():
        row = metrics[path]
        assert row["error"] is None and row["words"] == report["metrics"]["words"]
        assert row["sections"] == list(dict.fromkeys(s["kind"] for s in report["sections"]))
        assert row["findings"] == len(report["diagnostics"])
        assert row["reading_ease"] == report["metrics"]["readability"].get("flesch_reading_ease")
        assert row["gender_verdict"] == report["metrics"]["gender_coded"]["verdict"]
        by_category: dict[str, int] = {}
        for d in report["diagnostics"]:
            by_category[d["category"]] = by_category.get(d["category"], 0) + 1
        assert row["by_category"] == by_category


def test_bad_postings_give_error_rows_not_a_failed_job(spark):
    from pyspark.sql import functions as F

    from jdlint.spark import lint_dataframe, posting_metrics

    rows = [(1, bytearray(b"# Sales\n\nWe want a rockstar salesman.\n")), (2, None),
            (3, bytearray(b"caf\xe9 au lait, not UTF-8")), (4, bytearray(b"PK\x03\x04\x00\x00zip"))]
    df = spark.createDataFrame(rows, "id long, text binary")
    findings = lint_dataframe(df)
    errors = {r["id"]: r["error"] for r in findings.where(F.col("error").isNotNull()).collect()}
    assert sorted(errors) == [2, 3, 4]
    assert "no text" in errors[2] and "not valid UTF-8" in errors[3] and "binary file" in errors[4]
    good = findings.where("id = 1").collect()
    assert {r["match"] for r in good} >= {"rockstar", "salesman"} and all(r["error"] is None for r in good)
    metrics = {r["id"]: r for r in posting_metrics(df).collect()}
    assert metrics[1]["error"] is None and metrics[1]["words"] > 0 and metrics[1]["by_severity"]["warning"] >= 1
    assert all(metrics[i]["error"] and metrics[i]["words"] is None for i in (2, 3, 4))
    assert set(posting_metrics(df).columns) >= {n for n, _ in METRIC_COLUMNS}


def test_unusable_columns_are_refused_on_the_driver(spark):
    from jdlint.spark import lint_dataframe

    df = spark.createDataFrame([(1, 2, "a.md")], "id long, text long, path string")
    with pytest.raises(TypeError, match="string or binary"):
        lint_dataframe(df)
    with pytest.raises(ValueError, match="clashes"):
        lint_dataframe(df.selectExpr("path", "cast(text as string) as text"), id_col="path")
    with pytest.raises(ConfigError, match="D999"):
        lint_dataframe(df.selectExpr("id", "cast(text as string) as text"), config={"select": ["D999"]})
