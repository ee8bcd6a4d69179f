"""Reading files and mapping offsets to lines and columns."""
from __future__ import annotations

import pytest

from jdlint.source import InputError, LineIndex, decode, discover, read_path


@pytest.mark.parametrize("text", ["ab\ncd\n", "ab\r\ncd\r\n", "ab\rcd\r"])
def test_line_endings_give_the_same_positions(text):
    index = LineIndex(text)
    c = text.index("c")
    assert index.position(0) == (1, 1)
    assert index.position(1) == (1, 2)
    assert index.position(c) == (2, 1)
    assert index.position(c + 1) == (2, 2)
    assert index.line_count == 3


def test_end_of_text_is_a_valid_position():
    index = LineIndex("one\ntwo")
    assert index.position(7) == (2, 4)
    assert index.position(99) == (2, 4)


def test_mixed_line_endings_and_line_span():
    text = "a\r\nbb\rccc\ndddd"
    index = LineIndex(text)
    assert [index.line_span(n, text) for n in range(1, 5)] == [(0, 1), (3, 5), (6, 9), (10, 14)]


def test_columns_count_code_points_not_bytes():
    text = "caf\u00e9 \U0001f600 x"
    assert LineIndex(text).position(text.index("x")) == (1, 8)


def test_bom_is_removed_and_remembered():
    src = decode("\ufeffHello".encode("utf-8"), "a.md")
    assert src.text == "Hello" and src.had_bom


def test_invalid_utf8_says_where():
    with pytest.raises(InputError, match=r"a\.md:2:4: not valid UTF-8 \(byte 0xE9\)"):
        decode(b"ok\nCaf\xe9\n", "a.md")


def test_binary_and_size_limits():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02", "a.md")
    with pytest.raises(InputError, match="over the"):
        decode(b"x" * 2000, "a.md", max_bytes=1000)


def test_read_path_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(str(tmp_path / "missing.md"))
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))


def test_discover_recurses_and_skips_hidden(tmp_path):
    (tmp_path / "a.md").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "sub" / "c.py").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.md").write_text("x")
    files, errors = discover([str(tmp_path)])
    assert [f.replace(str(tmp_path), "") for f in files] == ["/a.md", "/sub/b.txt"]
    assert not errors
    empty = tmp_path / "empty"
    empty.mkdir()
    files, errors = discover([str(empty)])
    assert files == [] and "no postings found" in errors[0]
