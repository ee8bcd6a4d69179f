"""formatters.indented_json: orjson's bytes where they are json.dumps(indent=2, ensure_ascii=False)'s,
the standard library's everywhere else (so JSON, SARIF and GitLab reports never change)."""
from __future__ import annotations

import json
import math

import pytest

from jdlint import formatters
from jdlint.formatters import indented_json

orjson = pytest.importorskip("orjson")


def _plain(data):
    return json.dumps(data, indent=2, ensure_ascii=False)


# what postings put in messages and metrics: controls, quotes, non-ASCII, line separators, empty
# containers, large and negative numbers, tuples
ORDINARY = [
    {"path": "ads/é😀.md", "message": 'Say "you"\tnot\n"he"\x01\x1f\x7f\u2028\\/', "line": 3, "fix": None,
     "ok": True, "score": 61.25, "zero": 0.0, "minus": -0.0, "tiny_enough": 0.0001, "big": 1e16,
     "huge": 1.5e300, "int64": -(2 ** 63), "items": [], "meta": {}, "span": (1, 2), "nested": [[{"a": []}]]},
    [],
    {},
    "text",
]


@pytest.mark.parametrize("data", ORDINARY)
def test_ordinary_reports_take_orjson_and_give_the_same_bytes(data):
    assert formatters._orjson_writes_as_json_does(data)
    assert indented_json(data) == _plain(data)


# orjson writes these otherwise (or refuses them): "0.00001" for 1e-05, null for NaN, an error for
# an int past 64 bits, a non-str key or a lone surrogate
DIFFERENT = [{"ratio": 1e-05}, [5e-324], {"x": math.nan}, [math.inf, -math.inf], {"n": 2 ** 64},
             {1: "int key"}, ["\ud800"], {"deep": [[{"v": 3.2e-7}]]}]


@pytest.mark.parametrize("data", DIFFERENT)
def test_what_orjson_writes_otherwise_goes_to_the_standard_library(data):
    assert indented_json(data) == _plain(data)


def test_a_small_float_anywhere_sends_the_whole_report_to_the_standard_library():
    data = {"files": [{"metrics": {"share": 1e-05}}]}
    assert not formatters._orjson_writes_as_json_does(data)
    assert orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() != _plain(data)  # why it must
    assert indented_json(data) == _plain(data)


def test_types_beyond_plain_json_go_to_the_standard_library():
    import enum

    class Level(enum.IntEnum):
        HIGH = 2

    assert not formatters._orjson_writes_as_json_does({"level": Level.HIGH})
    assert indented_json({"level": Level.HIGH}) == _plain({"level": Level.HIGH})


def test_without_orjson_the_standard_library_writes_it(monkeypatch):
    monkeypatch.setattr(formatters, "_orjson", None)
    assert indented_json(ORDINARY[0]) == _plain(ORDINARY[0])


def test_a_real_report_is_byte_identical(tmp_path):
    from jdlint import lint_text
    from jdlint.config import Config
    from jdlint.report import report_json

    posting = ("# Rockstar ninja wanted\n\nWe're hiring a young, energetic salesman. He must lift 50 lbs.\n\n"
               "## Pay\n\n$20-$25 an hour.\n")
    report = lint_text(posting, path="ad.md", config=Config(select=("ALL",)))
    data = report_json([report])
    assert formatters._orjson_writes_as_json_does(data)
    assert indented_json(data) == _plain(data)
