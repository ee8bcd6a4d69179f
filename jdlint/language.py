"""Which language a posting is written in: jdlint's rules read English.

A posting in German or Japanese linted as English gets a report of noise: every phrase rule misfires or
stays silent, every section is "missing", every readability figure is meaningless. Job boards and data teams
lint whatever they are sent, so a posting that is plainly in another language gets one finding (J003
not-english) and nothing else.

Two signals, both one pass over the text:
- letters of a non-Latin script (Cyrillic, Arabic, CJK, Hangul, Devanagari...) outnumbering Latin letters;
- in Latin script, another language's function words (``data/language_words.yaml``) outnumbering English
  ones ``FOREIGN_RATIO`` times over. Function words make up a third or more of any prose, so a skills list or
  an ad full of product names, which has few function words of any language, is never called foreign, and a
  bilingual English/French posting (about as many of each) is read as English.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib.resources import files

#: Runs of letters: the words whose function words are counted.
WORD = re.compile(r"[^\W\d_]+")
#: Characters outside ASCII: the only ones whose script is looked up.
NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: ASCII bytes that are not letters, deleted to count the Latin letters of the ASCII part.
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
#: Fewer function words than this (of any language) say too little to tell: a title, a skills list.
MIN_FUNCTION_WORDS = 12
#: Another language's function words must outnumber English ones this many times over.
FOREIGN_RATIO = 2
#: Letters of a non-Latin script that must outnumber the Latin ones, and be at least this many.
MIN_SCRIPT_LETTERS = 40
#: Unicode script (the first word of a character's name) -> the language named in the message.
SCRIPT_LANGUAGES = {
    "CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
    "ARABIC": "Arabic", "HEBREW": "Hebrew", "GREEK": "Greek", "THAI": "Thai", "CYRILLIC": "a Cyrillic-script language",
    "DEVANAGARI": "a Devanagari-script language", "BENGALI": "Bengali", "TAMIL": "Tamil", "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian",
}


@lru_cache(maxsize=1)
def function_words() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The English function words, and each other language's function word -> the languages that use it."""
    from .yamlio import load_fast

    data = load_fast((files("jdlint.data") / "language_words.yaml").read_text("utf-8"))
    languages: dict[str, list[str]] = {}
    for language, words in data["other"].items():
        for word in words:
            languages.setdefault(word, []).append(language)
    return frozenset(data["english"]), {word: tuple(names) for word, names in languages.items()}


def _script_language(text: str) -> str | None:
    """The language of a non-Latin script whose letters outnumber the Latin ones, if any."""
    scripts: Counter[str] = Counter()
    for char in NON_ASCII.findall(text):
        if char.isalpha():
            scripts[unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]] += 1
    if not scripts:
        return None
    script, letters = max((s for s in scripts.items() if s[0] != "LATIN"), key=lambda s: s[1], default=("", 0))
    latin = scripts["LATIN"] + len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if letters >= MIN_SCRIPT_LETTERS and letters > latin:
        return SCRIPT_LANGUAGES.get(script, f"a {script.title()}-script language")
    return None


def foreign_language(text: str) -> tuple[str, int, int] | None:
    """(the language, its function words, English function words) when ``text`` is plainly not English;
    None when it is English or too short to tell."""
    script = _script_language(text)
    if script:
        return script, 0, 0
    english_words, other_words = function_words()
    english, other = 0, Counter()
    for word in WORD.findall(text.lower()):
        if word in english_words:
            english += 1
        else:
            for language in other_words.get(word, ()):
                other[language] += 1
    if not other:
        return None
    language, hits = other.most_common(1)[0]
    if hits >= MIN_FUNCTION_WORDS and hits > FOREIGN_RATIO * english:
        return language, hits, english
    return None


def posting_language(analysis) -> tuple[str, int, int] | None:
    """``foreign_language`` of a posting's text, once per posting (the engine's gate and J003 ask)."""
    return analysis.memo("foreign-language", lambda: foreign_language(analysis.document.text))
