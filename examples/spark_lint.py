#!/usr/bin/env python3
"""Lint a data lake's job postings with Spark: findings and metrics as Parquet, and a summary.

    pip install 'jdlint[spark]'
    python examples/spark_lint.py jobs/ out/                      # a folder of .md/.txt/.html files
    python examples/spark_lint.py postings.parquet out/ --text-col body --id-col job_id --group-by state
    python examples/spark_lint.py postings.csv out/ --group-by source --config .jdlint.yaml
    spark-submit --master yarn examples/spark_lint.py s3a://lake/postings/ s3a://lake/jdlint/  # see docs/spark.md

Writes ``OUT/findings.parquet`` (one row per finding, ``jdlint.spark.lint_dataframe``) and
``OUT/metrics.parquet`` (one row per posting, ``posting_metrics``, plus the grouping column),
from one linting pass, then prints the most frequent rules, the share of postings without pay
and, with ``--group-by``, the same per group. Postings that could not be linted are counted
and listed in the metrics with ``error`` set; they never fail the job.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def read_postings(spark, source: str, args: argparse.Namespace):
    """A DataFrame with the id, text (and path) columns ``lint_postings`` reads, plus the
    grouping column: a folder of posting files, or a Parquet or CSV file or folder."""
    from pyspark.sql import functions as F

    from jdlint.source import POSTING_SUFFIXES

    kind = args.format
    if kind == "auto":
        lowered = source.rstrip("/").lower()
        local = Path(source)
        if lowered.endswith(".csv"):
            kind = "csv"
        elif lowered.endswith(".parquet") or (local.is_dir() and any(local.glob("*.parquet"))):
            kind = "parquet"
        else:
            kind = "files"
    if kind == "csv":
        # a posting spans lines: quoted fields with embedded newlines, as spreadsheet exports write them
        return spark.read.csv(source, header=True, multiLine=True, escape='"')
    if kind == "parquet":
        return spark.read.parquet(source)
    # a folder of postings: executors read the files, and each row's path picks the parser
    suffixes = ",".join(s.lstrip(".") for s in POSTING_SUFFIXES)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
             .option("pathGlobFilter", f"*.{{{suffixes}}}").load(source))
    # the file's URI is both its id and the name that picks its parser
    args.text_col, args.id_col, args.path_col = "content", "file", "path"
    return files.select(F.col("path").alias("file"), "path", "content")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", help="a folder of postings, or a Parquet or CSV file or folder")
    ap.add_argument("out", help="folder for findings.parquet and metrics.parquet")
    ap.add_argument("--format", choices=("auto", "files", "parquet", "csv"), default="auto",
                    help="what SOURCE is; auto: by its suffix, a local folder of .parquet files is Parquet, "
                         "any other folder holds posting files")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--id-col", default="id")
    ap.add_argument("--path-col", help="a file name per posting: its suffix picks the parser")
    ap.add_argument("--suffix", default=".md", help="parser for postings without a path (.md, .txt, .html)")
    ap.add_argument("--group-by", help="a column of the input to summarise by (state, source, employer...)")
    ap.add_argument("--config", help="a jdlint config file (.jdlint.yaml); default: the built-in defaults")
    ap.add_argument("--select", help="rules to run, comma-separated (as jdlint --select), e.g. ALL")
    ap.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    ap.add_argument("--top", type=int, default=10, help="rules in the summary table")
    args = ap.parse_args(argv)
    if args.config and args.select:
        ap.error("give --config or --select, not both (put select: in the config file)")

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    from jdlint.spark import explode_findings, lint_postings

    builder = SparkSession.builder.appName("jdlint")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    df = read_postings(spark, args.source, args)
    for column in filter(None, (args.text_col, args.id_col, args.path_col, args.group_by)):
        if column not in df.columns:
            ap.error(f"no column {column!r} in {args.source} (columns: {', '.join(df.columns)})")
    config = args.config or ({"select": args.select.split(",")} if args.select else None)
    # a multi-line CSV (or one small file) is one partition: one core would lint it all
    cores = spark.sparkContext.defaultParallelism
    if df.rdd.getNumPartitions() < cores:
        df = df.repartition(cores)

    # one linting pass, kept for both tables and the summary
    postings = lint_postings(df, args.text_col, args.id_col, args.path_col, config, args.suffix).persist()
    metrics = postings.drop("diagnostics")
    if args.group_by:
        metrics = metrics.join(df.select(args.id_col, args.group_by), args.id_col, "left")
    findings = explode_findings(postings, args.id_col).where(F.col("error").isNull()).drop("error")
    out = args.out.rstrip("/")
    findings.write.mode("overwrite").parquet(f"{out}/findings.parquet")
    metrics.write.mode("overwrite").parquet(f"{out}/metrics.parquet")

    metrics = spark.read.parquet(f"{out}/metrics.parquet")
    findings = spark.read.parquet(f"{out}/findings.parquet")
    print_summary(metrics, findings, args)
    postings.unpersist()
    spark.stop()
    return 0


def print_summary(metrics, findings, args: argparse.Namespace) -> None:
    from pyspark.sql import functions as F

    linted = metrics.where(F.col("error").isNull())
    no_pay = ~F.coalesce(F.array_contains("sections", "pay"), F.lit(False))
    totals = linted.agg(F.count("*").alias("postings"), F.sum("findings").alias("findings"),
                        F.avg(no_pay.cast("int")).alias("no_pay")).first()
    failed = metrics.where(F.col("error").isNotNull()).count()
    print(f"\n{totals['postings']:,} postings linted, {failed:,} could not be (see 'error' in metrics), "
          f"{totals['findings'] or 0:,} findings; {100 * (totals['no_pay'] or 0):.1f}% give no pay")
    print(f"written: {args.out.rstrip('/')}/findings.parquet, {args.out.rstrip('/')}/metrics.parquet\n")

    top = (findings.groupBy("code", "name", "severity")
           .agg(F.count("*").alias("findings"), F.countDistinct(args.id_col).alias("postings"))
           .orderBy(F.desc("findings"), "code").limit(args.top).collect())
    print(_table(["code", "rule", "severity", "findings", "% postings"],
                 [[r["code"], r["name"], r["severity"], f"{r['findings']:,}",
                   f"{100 * r['postings'] / max(totals['postings'], 1):.1f}"] for r in top]))
    if args.group_by:
        groups = (linted.groupBy(args.group_by)
                  .agg(F.count("*").alias("postings"), F.avg(no_pay.cast("int")).alias("no_pay"),
                       F.avg("findings").alias("per_posting"),
                       F.avg(F.col("by_severity")["warning"]).alias("warnings"), F.avg("grade").alias("grade"))
                  .orderBy(F.desc("postings"), args.group_by).collect())
        print()
        print(_table([args.group_by, "postings", "% no pay", "findings/posting", "warnings/posting", "grade"],
                     [[str(g[args.group_by]), f"{g['postings']:,}", f"{100 * g['no_pay']:.1f}",
                       f"{g['per_posting']:.1f}", f"{g['warnings']:.1f}",
                       "" if g["grade"] is None else f"{g['grade']:.1f}"] for g in groups]))


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.rjust(w) if c[:1].isdigit() else c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
