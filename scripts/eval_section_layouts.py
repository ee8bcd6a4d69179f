#!/usr/bin/env python3
"""Layout robustness of section detection: every labelled ad rewritten into layout variants whose
section labels do not change, scored per kind per variant (presence F1, as eval_sections.py).

The labelled ads: every hand-labelled real dev ad (the six label files of ``eval_sections.py
--by-source``, an ad labelled twice counted once, by its first file) and the synthetic ads of
writers C, M and P (``tests/data/sections_synth11``, ``13``, ``14``). All of them were read while
tuning, so the figures show where *layout*, not wording, breaks detection: the ``given`` column is
the ad as written, every other column the same words in another shape.

Variants (Markdown ads; an HTML ad is scored as given, ``oneline`` and ``crlf`` only, as its
markup is its layout):

- ``oneline``: flattened into one line: heading and bold marks dropped, lines joined by a space
  (a scraped page that lost its line breaks);
- ``inline``: each heading turned into an inline label at the start of its first paragraph or
  first item ("Requirements: 3 years ...");
- ``caps``: each heading an ALL-CAPS label line with a colon ("REQUIREMENTS:");
- ``html``: the Markdown written as simple HTML (h2, p, ul/li);
- ``semicolons`` / ``commas``: every bullet list turned into one run-on paragraph, its items
  joined by "; " or ", " (duties and wants told in a sentence);
- ``crlf``: Windows line endings.

Each variant is built as a list of pieces, each either copied from the ad (with its offset there)
or new (a mark, a space, a tag), so a variant's text can be traced back to the ad character by
character: ``tests/test_section_layouts.py`` checks that every copied piece is the ad's text at its
offset, and that on ``crlf`` the sections found cover the same text as on the ad itself.

Usage::

    .venv/bin/python scripts/eval_section_layouts.py [--variants oneline,inline,...] [--verbose] [--sets real,synth11,...]
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_sections  # noqa: E402
from jdlint.config import Config  # noqa: E402
from jdlint.engine import make_plan  # noqa: E402

KINDS = ("intro", "responsibilities", "requirements", "pay", "benefits", "how-to-apply", "eeo")
VARIANTS = ("given", "oneline", "inline", "caps", "html", "semicolons", "commas", "crlf")
#: variants an HTML ad keeps (its markup is its layout: only the line breaks can change)
HTML_VARIANTS = ("given", "oneline", "crlf")

#: a Markdown heading, a bold label alone on its line ("**Perks**", "**What you'll do:**") and a
#: short label line ending in a colon ("Responsibilities:")
_ATX = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_BOLD = re.compile(r"^\*\*([^*\n]{1,80}?)[ \t]*:?[ \t]*\*\*[ \t]*:?[ \t]*$")
_COLON = re.compile(r"^([A-Z][^:\n.!?]{0,60}?)[ \t]*:[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*+•·▪]|\d{1,2}[.)])[ \t]+")


class Line(NamedTuple):
    kind: str  # "blank", "title", "heading", "item", "text"
    start: int  # offset of the line's content (after marks) in the ad
    content: str  # the line's content, marks stripped
    raw_start: int  # offset of the whole line in the ad
    raw: str  # the whole line as written (no line break)


def parse_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        line_start, pos = pos, pos + len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            lines.append(Line("blank", line_start, "", line_start, raw))
            continue
        match = _ATX.match(raw) or _BOLD.match(raw) or _COLON.match(raw)
        if match:
            group = match.lastindex or 0
            label = match.group(group)
            kind = "title" if raw.startswith("# ") and not any(k != "blank" for k, *_ in lines) else "heading"
            lines.append(Line(kind, line_start + match.start(group), label, line_start, raw))
            continue
        bullet = _BULLET.match(raw)
        offset = bullet.end() if bullet else len(raw) - len(raw.lstrip())
        content = raw[offset:].rstrip()
        lines.append(Line("item" if bullet else "text", line_start + offset, content, line_start, raw))
    return lines


class Built:
    """A variant's text as pieces: copied from the ad (``offset`` there) or new (``offset`` None)."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, int | None]] = []

    def new(self, text: str) -> None:
        if text:
            self.pieces.append((text, None))

    def copy(self, line: Line, text: str | None = None) -> None:
        """The line's content (or ``text``, its case changed) copied from the ad."""
        self.pieces.append((line.content if text is None else text, line.start))

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.pieces)


def _items_joined(run: list[Line], joiner: str, out: Built) -> None:
    for n, line in enumerate(run):
        if n:
            out.new(joiner)
        content = line.content.rstrip(";,.")
        out.pieces.append((content, line.start))
    out.new(".")


def build(text: str, variant: str) -> Built:
    """The ad's Markdown ``text`` rewritten into ``variant``, as traceable pieces."""
    out = Built()
    if variant == "given":
        out.pieces.append((text, 0))
        return out
    if variant == "crlf":
        for n, part in enumerate(text.split("\n")):
            if n:
                out.new("\r\n")
            out.pieces.append((part, sum(len(p) + 1 for p in text.split("\n")[:n])))
        return out
    lines = parse_lines(text)
    if variant == "oneline":
        for line in lines:
            if line.kind == "blank":
                continue
            if out.pieces:
                out.new(" ")
            if line.kind == "item":
                out.new("• ")
            out.copy(line)
        return out
    if variant == "html":
        open_list = False
        for line in lines:
            if line.kind != "item" and open_list:
                out.new("</ul>\n")
                open_list = False
            if line.kind == "blank":
                continue
            tag = {"title": "h1", "heading": "h2", "item": "li", "text": "p"}[line.kind]
            if line.kind == "item" and not open_list:
                out.new("<ul>\n")
                open_list = True
            out.new(f"<{tag}>")
            if html.escape(line.content, quote=False) == line.content:
                out.copy(line)
            else:
                out.new(html.escape(line.content, quote=False))
            out.new(f"</{tag}>\n")
        if open_list:
            out.new("</ul>\n")
        return out
    if variant in ("semicolons", "commas"):
        joiner = "; " if variant == "semicolons" else ", "
        run: list[Line] = []
        for n, line in enumerate(lines):
            if line.kind == "item":
                run.append(line)
                continue
            if run:
                _items_joined(run, joiner, out)
                out.new("\n")
                run = []
                if line.kind == "blank" and n + 1 < len(lines) and lines[n + 1].kind == "item":
                    continue  # items parted by a blank line stay one run-on paragraph's neighbours
            _plain_line(line, out)
        if run:
            _items_joined(run, joiner, out)
            out.new("\n")
        return out
    if variant == "caps":
        for line in lines:
            if line.kind == "heading":
                out.copy(line, line.content.upper())
                out.new(":\n")
            else:
                _plain_line(line, out)
        return out
    if variant == "inline":
        label: Line | None = None
        for line in lines:
            if line.kind == "heading":
                if label is not None:  # a heading straight over another: keep it a line of its own
                    out.copy(label)
                    out.new(":\n\n")
                label = line
                continue
            if line.kind == "blank":
                if label is None:
                    out.new("\n")
                continue
            if label is not None:
                out.new("" if out.text.endswith("\n\n") or not out.pieces else "\n" if out.text.endswith("\n") else "\n\n")
                out.copy(label)
                out.new(": ")
                out.copy(line)
                out.new("\n")
                label = None
                continue
            _plain_line(line, out)
        if label is not None:
            out.copy(label)
            out.new(":\n")
        return out
    raise ValueError(f"unknown variant {variant!r}")


def _plain_line(line: Line, out: Built) -> None:
    """A line as the ad wrote it."""
    out.pieces.append((line.raw, line.raw_start))
    out.new("\n")


class Ad(NamedTuple):
    ident: str
    text: str
    format: str  # "markdown" or "html"
    labels: dict[str, bool]


def labelled_ads(corpus: Path, sets: tuple[str, ...]) -> dict[str, list[Ad]]:
    """Every labelled ad, per set: ``real`` (the six real-ad label files, each ad once) and the
    synthetic sets by folder name."""
    out: dict[str, list[Ad]] = {}
    if "real" in sets:
        seen: set[str] = set()
        ads = out.setdefault("real", [])
        for labels in eval_sections.REAL_LABEL_SETS:
            for item in json.loads(labels.read_text(encoding="utf-8"))["ads"]:
                if item["id"] in seen:
                    continue
                seen.add(item["id"])
                text = (corpus / "dev" / f"{item['id']}.md").read_text(encoding="utf-8")
                if int(item["id"]) <= 200:  # EMSCAD: the field headings are the corpus builder's words
                    text, _ = eval_sections.strip_headings(text, {})
                ads.append(Ad(item["id"], text, "markdown", {k: bool(item[k]) for k in KINDS}))
    for name in ("sections_synth11", "sections_synth13", "sections_synth14"):
        key = name.replace("sections_", "")
        if key not in sets:
            continue
        folder = ROOT / "tests" / "data" / name
        data = json.loads((ROOT / "tests" / "data" / f"{name}_labels.json").read_text(encoding="utf-8"))
        ads = out.setdefault(key, [])
        for item in data["ads"]:
            path = next(p for p in (f / f"{item['id']}{ext}" for f in (folder / "dev", folder)
                                    for ext in (".md", ".html")) if p.exists())
            ads.append(Ad(item["id"], path.read_text(encoding="utf-8"),
                          "html" if path.suffix == ".html" else "markdown", {k: bool(item[k]) for k in KINDS}))
    return out


def variant_of(ad: Ad, variant: str) -> tuple[str, str] | None:
    """(text, format) of the ad in a variant, or None where the variant does not apply."""
    if ad.format == "html" and variant not in HTML_VARIANTS:
        return None
    text = build(ad.text, variant).text
    return text, "html" if variant == "html" else ad.format


def score(ads: list[Ad], variant: str, synonyms, verbose: bool = False) -> tuple[int, dict[str, list[int]]]:
    counts = {k: [0, 0, 0, 0] for k in KINDS}
    n = 0
    for ad in ads:
        shaped = variant_of(ad, variant)
        if shaped is None:
            continue
        n += 1
        found = {s.kind for s in eval_sections.detect(shaped[0], synonyms, shaped[1]) if not s.empty}
        for kind in KINDS:
            gold, has = ad.labels[kind], kind in found
            counts[kind][0 if gold and has else 1 if has else 2 if gold else 3] += 1
            if verbose and gold != has:
                print(f"  {variant:<10} {ad.ident} {kind}: label={gold} found={has}")
    return n, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--sets", default="real,synth11,synth13,synth14")
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    ap.add_argument("--show", metavar="ID:VARIANT", help="print one ad's variant text and exit")
    args = ap.parse_args(argv)
    sets = tuple(args.sets.split(","))
    ads_by_set = labelled_ads(Path(args.corpus), sets)
    if args.show:
        ident, variant = args.show.split(":")
        ad = next(a for ads in ads_by_set.values() for a in ads if a.ident == ident)
        print(variant_of(ad, variant)[0])
        return 0
    synonyms = make_plan(Config()).synonyms
    variants = args.variants.split(",")
    pooled = [ad for ads in ads_by_set.values() for ad in ads]
    groups = list(ads_by_set.items()) + ([("pooled", pooled)] if len(ads_by_set) > 1 else [])
    for name, ads in groups:
        results = {v: score(ads, v, synonyms, args.verbose and name != "pooled") for v in variants}
        print(f"{name}: presence F1 per kind per variant (ads scored per variant: "
              + ", ".join(f"{v} {results[v][0]}" for v in variants) + ")")
        print(f"  {'kind':<17}" + "".join(f"{v:>11}" for v in variants))
        for kind in KINDS:
            cells = []
            for v in variants:
                tp, fp, fn, _ = results[v][1][kind]
                f1 = eval_sections.prf(tp, fp, fn)[2]
                cells.append(f"{f1:.3f}{'*' if f1 < 0.9 else ' '}")
            print(f"  {kind:<17}" + "".join(f"{c:>11}" for c in cells))
        worst = [(eval_sections.prf(*results[v][1][k][:3])[2], k, v) for v in variants for k in KINDS]
        print("  below .9: " + (", ".join(f"{k}/{v} {f:.3f}" for f, k, v in sorted(worst) if f < 0.9) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
