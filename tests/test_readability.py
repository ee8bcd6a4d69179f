"""Readability family (R codes) and the readability metrics in the report.

Fixture text is written for these tests unless noted; excerpts marked "tts_join 0586" are from
/work/shared/corpus/dev/0586.md (join.tts.gsa.gov, US public domain / CC0).
"""
from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from jdlint import metrics

# tts_join 0586 (public domain): a dense federal-style paragraph.
TTS_DENSE = (
    "As an Innovation Specialist, the team member serves the government and makes an impact on a massive "
    "scale. The position requires that fellows perform work of an exceptional degree of difficulty across a "
    "wide range of topics at the convergence of technology, policy, and delivery. The incumbent leverages "
    "their experience deploying high quality, user centric platforms and services to lead major initiatives, "
    "consult on systems and policy proposal, and provide technical, policy, and programmatic guidance to "
    "government."
)
PLAIN = (
    "You will help teams work together. You will write down how we do things. You will find what slows us "
    "down and fix it with the team. You will keep the notes up to date so new people can learn fast. You will "
    "meet each team once a week and plan the next week with them. You will tell us what got in the way. We "
    "will train you in your first two weeks. You will have a mentor for your first month."
)


def codes(report, prefix=""):
    return [d.code for d in report.diagnostics if d.code.startswith(prefix)]


def only(code, **config):
    return {"select": (code,), **config}


# -- metrics -------------------------------------------------------------------------------
OFFLINE_SCRIPT = r"""
import socket
from pathlib import Path

def refuse(*args, **kwargs):
    raise OSError("network disabled")


class NoNetwork(socket.socket):  # a class, so libraries that subclass socket.socket still import
    connect = connect_ex = sendto = refuse


socket.socket = NoNetwork
socket.create_connection = refuse
socket.getaddrinfo = refuse

import jdlint
from jdlint import metrics

assert metrics.flesch_reading_ease(metrics.as_sentences(["Apply today", "Send us your CV"])) > 60
report = jdlint.lint_text("# Analyst\n\n" + DENSE + "\n", path="t.md")
print(report.metrics["readability"]["flesch_kincaid_grade"])
"""


def test_metrics_work_with_the_network_unavailable():
    """textstat 0.7.7-0.7.8 read syllables from shipped data; 0.7.9+ download an NLTK corpus on first use.

    A fresh interpreter with every socket call refused, so nothing is cached from earlier tests.
    """
    import subprocess
    import sys

    script = "DENSE = " + repr(TTS_DENSE) + "\n" + OFFLINE_SCRIPT
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert float(proc.stdout.strip()) > 12


def test_metrics_in_process_with_sockets_blocked(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert metrics.flesch_kincaid_grade(TTS_DENSE) > 12
    assert metrics.flesch_reading_ease(metrics.as_sentences(["Apply today", "Send us your CV"])) > 60


EDGE_CASES = [
    "", " ", "\n", "a", "Hello", "Hello.", "1", "3.14", "2,000 dollars", "$85,000 - $95,000 a year.",
    "...", "?!", "-", "'", "''", "Hi. Yo. Ok.", "a b. c d e. f g h i!", "1 2 3. 4 5 6. 7",
    "well-known, fast-paced, self-motivated e-mail", "a - b -- c", "don't won't it's o'clock rock'n'roll",
    "'quoted' words and 'tis the season", "DON'T SHOUT. IT'S LOUD.", "the ads' budget", "rock 'n' roll",
    "it\u2019s curly \u2018quoted\u2019", "naïve café ÉCOLE façade", "ﬁnance ﬂow", "Straße İstanbul",
    "ΣΟΦΟΣ σοφός. Ελληνικά κείμενα εδώ.", "日本語のテキストです。 もう一つ。", "emoji 🎉 party 🎉🎉 time",
    "e.g. i.e. U.S. Ph.D. etc.", "Mr. Smith went to Washington. He said hi!", "snake_case __init__ _",
    "tab\tseparated\u00a0no-break\u2003em space\u200bzero width", "line\nbreaks\r\nand\x0bvertical\x1cfs",
    "x" * 60, "selfmotivatedforwardthinkingteamplayer", "C++ C# .NET Node.js", "#hashtag @mention",
    "(parenthesised) [bracketed] {braced}", "ends with apostrophe' and 'starts", "'s 't 'd 've 'll 're",
    "Requirements. Python. Five years of SQL.", "a " + "- " * 500 + "b " + "-- " * 500 + "c", "- - a - - b -",
    "x" * 3000 + " --" * 300, "one two", "one two.", "one, two, 3", "' ' ' a b", "a\u00a0b\u2003c",
]


def _fuzz_texts(n: int = 400) -> list[str]:
    """Random strings over letters, digits, apostrophes, sentence ends, other punctuation and
    several kinds of whitespace: the corners where counting rules could differ."""
    import random

    rng = random.Random(20240517)
    alphabet = (list("abcdefghijklmnopqrstuvwxyzTSDVELR") * 3 + list("0123456789") + list("'''.!?.-,;:()\"&/_")
                + [" "] * 12 + ["\n", "\t", "\u00a0", "\u2019", "é", "ß", "Σ", "日", "🎉", "\x1c"])
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120))) for _ in range(n)]


def _corpus_texts(corpus: Path) -> list[str]:
    """Corpus excerpts as jdlint scores them: whole ads, paragraphs, lines, joined by ``as_sentences``."""
    texts = []
    for path in sorted(corpus.glob("*.md"))[::9]:
        raw = path.read_text(encoding="utf-8")
        paragraphs = [p for p in raw.split("\n\n") if p.strip()]
        texts += [raw, metrics.as_sentences(raw.split("\n")), *paragraphs[:6], *raw.splitlines()[:20]]
    return texts


def test_textstat_constants_are_textstats():
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg
    from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

    assert metrics._NONCONTRACTION_APOSTROPHE == RE_NONCONTRACTION_APOSTROPHE
    assert (metrics._FRE_BASE, metrics._FRE_SENTENCE_LENGTH, metrics._FRE_SYLLABLES_PER_WORD) == tuple(
        get_lang_cfg("en_US", key) for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word"))


def test_scoring_a_posting_does_not_import_textstat():
    """The formulas run on jdlint's counts and copies of textstat's constants (checked above)."""
    import subprocess
    import sys

    script = ("import sys, jdlint\n"
              "report = jdlint.lint_text('# Clerk\\n\\n' + " + repr(PLAIN) + " + '\\n', path='t.md')\n"
              "assert report.metrics['readability']['flesch_reading_ease'] > 60\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textstat'))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def _plain_counts(text: str) -> tuple[int, int, int]:
    """The Flesch inputs counted the long way: the sentences ``sentences.py`` splits ``text`` into
    with three words (``word_count``) or more, their words, and textstat's own syllable count of
    each of those words."""
    from textstat.backend import counts

    from jdlint import sentences

    pieces = [text[s:e] for s, e in sentences.split_sentences(text, 0, len(text))]
    kept = [piece for piece in pieces if metrics.word_count(piece) >= 3]
    words = [word for piece in kept for word in metrics._WORD.findall(piece)]
    return len(kept), len(words), sum(counts.count_syllables(word, "en_US") for word in words)


def test_flesch_scores_read_jdlints_sentences_and_words(corpus_too):
    """The scores' counts are jdlint's sentences and words (syllables as textstat counts a word),
    counted once per text: the same as counted the long way, on corpus texts, edge cases and
    random strings; the scores are the formulas on them."""
    texts = EDGE_CASES + _fuzz_texts() + (_corpus_texts(corpus_too) if corpus_too else [])
    for text in texts:
        sentences, words, syllables = _plain_counts(text)
        assert tuple(metrics._counts(text)) == (sentences, words, syllables), text
        if sentences:
            ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
            grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
            assert metrics.flesch_reading_ease(text) == round(ease, 1), text
            assert metrics.flesch_kincaid_grade(text) == round(grade, 1), text
        else:
            assert metrics.flesch_reading_ease(text) is None and metrics.flesch_kincaid_grade(text) is None, text
    assert len(texts) > (1000 if corpus_too else 450)


def _line_structured_texts(n: int = 400) -> list[str]:
    """Random lines as ``as_sentences`` joins them and worse: lines ending in abbreviations
    ("Inc.", "e.g.", "Ph.D.)"), closing brackets and quotes, blank and space-only lines, next
    lines opening with capitals, digits, quotes, bullets or lower case."""
    import random

    rng = random.Random(20261203)
    ends = ["Inc.", "e.g.", "Ph.D.)", "Mr.", "Co.\"", "team.", "now!", "why?", "ok;", "a.m.", "etc.", "x", "Calif. "]
    opens = ["Apple", "apple", "(Apple", "\"Quote", "• item", "* star", "42 people", "$50", " Apple", "#1", ""]
    words = "we hire people who build tools for the team and you will own reports".split()
    lines = []
    for _ in range(n):
        body = []
        for _ in range(rng.randint(1, 8)):
            middle = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
            body.append(" ".join(filter(None, [rng.choice(opens), middle, rng.choice(ends)])))
            if rng.random() < 0.15:
                body.append(rng.choice(["", " ", "\t"]))
        lines.append("\n".join(body))
    return lines


def test_counts_per_line_stretch_add_up_to_the_whole_texts():
    """``_counts`` sums the counts of stretches of lines (``_independent_lines``), each counted
    once for every text it is in: the same as counting the whole text at once, where a line
    ending in an abbreviation runs on into the next and where it does not."""
    assert metrics._counts("We work with Acme Inc.\nApple builds the phones we sell.").sentences == 1
    assert metrics._counts("We work with Acme today.\nApple builds the phones we sell.").sentences == 2
    texts = EDGE_CASES + _fuzz_texts() + _line_structured_texts()
    merged = 0
    for text in texts:
        pieces = metrics._independent_lines(text)
        assert "\n".join(pieces) == text
        merged += len(pieces) < text.count("\n") + 1
        assert metrics._counts(text) == metrics._lines_counts.__wrapped__(text), text
        assert tuple(metrics._counts(text)) == _plain_counts(text), text
    assert merged > 50  # the run-on case is exercised, not only the plain one


def test_as_sentences_adds_or_drops_no_word(corpus_too):
    """The word counts of the report, the readability metrics and the word-count metric rules
    (R104, R105) count a unit's pieces where they lie in the posting (``metrics.WordIndex``),
    without joining them by ``as_sentences``: the same count, since the join changes only
    whitespace, a label's final colon or semicolon and a line's final mark."""
    import random

    texts = EDGE_CASES + _fuzz_texts() + _line_structured_texts() + (_corpus_texts(corpus_too) if corpus_too else [])
    rng = random.Random(7)
    units = [[t] for t in texts] + [rng.sample(texts, rng.randint(2, 5)) for _ in range(300)]
    units += [["Requirements:", "Python;", "3:", "1,;", "a-;", "x\u00a0y\u2003z:", ""]]
    for pieces in units:
        text, spans = "", []
        for piece in pieces:  # as a posting's blocks lie in its prose: one per line
            spans.append((len(text), len(text) + len(piece)))
            text += piece + "\n"
        assert metrics.WordIndex(text).count_spans(spans) == metrics.word_count(metrics.as_sentences(pieces)), pieces

def test_plain_prose_scores_as_textstat_scores_it():
    """Where the two agree on sentences and words (sentences of three words or more, ending in
    a mark, words without digits or stray punctuation), the scores are textstat's."""
    textstat = metrics._textstat()
    for text in (TTS_DENSE, PLAIN, metrics.as_sentences(["Send us your CV today", "We reply within a week"])):
        assert metrics.flesch_reading_ease(text) == round(float(textstat.flesch_reading_ease(text)), 1), text
        assert metrics.flesch_kincaid_grade(text) == round(float(textstat.flesch_kincaid_grade(text)), 1), text


def test_an_abbreviation_is_no_sentence_end_for_the_scores():
    """textstat ends a sentence at every full stop ("e.g." makes two fragments); jdlint's sentences
    are the ones its rules read."""
    text = "Use tools such as e.g. Python and SQL to build reports for the team. Call Mr. Smith for more."
    assert metrics._counts(text).sentences == 2
    # 15 + 5 words ("e.g." is two, as word_count counts it everywhere)
    assert metrics.words_per_sentence(text) == 10.0 == metrics.word_count(text) / 2


# tts_join 0583 (public domain): the table of contents that opens each TTS posting.
TTS_QUICK_LINKS = ["Quick Links to Posting Sections", "Role summary", "Basic information", "Requirements",
                   "Duties", "Qualifications", "How to apply", "Other information", "What to expect"]


def test_list_items_under_three_words_do_not_change_the_scores():
    """textstat drops a sentence of one or two words from its sentence count but keeps its words, so
    each one-word bullet used to lengthen the sentences around it: headings and skills lists made
    prose score harder than it is."""
    prose = metrics.as_sentences([TTS_DENSE])
    with_links = metrics.as_sentences(TTS_QUICK_LINKS + [TTS_DENSE])
    kept = metrics.as_sentences(["Quick Links to Posting Sections", "How to apply", "What to expect", TTS_DENSE])
    for score in (metrics.flesch_reading_ease, metrics.flesch_kincaid_grade):
        assert score(with_links) == score(kept) != score(prose)
    textstat = metrics._textstat()
    # what textstat alone says of the same text: the five short items count as words only, and harder
    assert textstat.flesch_reading_ease(with_links) < metrics.flesch_reading_ease(with_links) - 5
    skills = metrics.as_sentences([TTS_DENSE, "Python", "SQL", "Docker", "Kubernetes", "Git"])
    assert metrics.flesch_reading_ease(skills) == metrics.flesch_reading_ease(prose)


def test_no_sentence_to_score_gives_no_score(lint):
    assert metrics.flesch_reading_ease(metrics.as_sentences(["Python", "SQL", "Git"])) is None
    assert metrics.flesch_reading_ease("") is None
    skills = ["Python", "SQL", "Docker", "Kubernetes", "Terraform", "Ansible", "Linux", "Bash", "Git", "Jenkins",
              "AWS", "Azure", "GCP", "Kafka", "Redis", "Postgres", "MySQL", "MongoDB", "React", "TypeScript"]
    posting = "# Engineer\n\n## Skills\n\n" + "".join(f"- {s}\n- {s} scripting\n- Advanced {s}\n" for s in skills)
    report = lint(posting, select=("R101", "R102", "R103"))
    readability = report.metrics["readability"]
    assert "flesch_reading_ease" not in readability and "flesch_kincaid_grade" not in readability
    assert readability["words"] > 60  # enough words for R103's min-words, but no sentence among them
    assert codes(report, "R") == []


def test_you_we_counts_are_the_tokens_on_the_lists():
    """The array count agrees with reading the tokens one by one, on any subset of sentences."""
    from jdlint import nlp

    doc = nlp.load(None)("You'll join us. We, US citizens and Us Weekly fans, value YOUR time. Our team "
                         "thanks you.\nyourself ourselves we're you're. Nothing here. Us.")
    sents = list(doc.sents)

    def by_token(sentences):
        you = sum(t.lower_ in metrics._YOU for s in sentences for t in s)
        we = sum(t.lower_ not in metrics._YOU and (t.lower_ in metrics._WE or t.text in ("us", "Us"))
                 for s in sentences for t in s)
        return you, we

    for subset in (sents, sents[::2], sents[1:2], sents[-1:]):
        assert metrics.sentence_you_we_counts(subset) == by_token(subset)
    assert metrics.sentence_you_we_counts(sents) == (5, 7)  # "US" is not "us"
    assert metrics.sentence_you_we_counts([]) == (0, 0)


def test_eeo_blocks_are_found_the_same_without_the_sentence_walk(monkeypatch, corpus_too):
    """``_all_eeo`` skips its span and sentence walk for a block where no EEO sentence can start;
    with that shortcut switched off every block of corpus ads and mixed layouts gets the same answer."""
    from jdlint.context import FileAnalysis
    from jdlint.engine import parse_document
    from jdlint.matching import PatternIndex
    from jdlint import nlp as nlp_module
    from jdlint.config import Config
    from jdlint.source import SourceFile

    eeo = ("We are an equal opportunity employer and do not discriminate on the basis of race, religion, "
           "sex, age or disability.")
    texts = [("t.md", f"# Job\n\nYou write code. {eeo} Apply today.\n\n{eeo}\n\n- {eeo}\n- Short item\n\n"
                      f"Closing line.\n{eeo}\n"),
             ("t.txt", f"Job\n\nYou write code.\n{eeo}\nApply today. {eeo}\n\n\n{eeo}\n"),
             ("t.md", f"{eeo}\n\n{eeo} {eeo}\n"), ("t.md", "# Job\n\nNo statement here.\n")]
    if corpus_too:
        texts += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(corpus_too.glob("*.md"))[::6]]
    nlp = nlp_module.load(None)
    analyses = []
    for name, text in texts:
        document = parse_document(SourceFile(name, text, "text" if name.endswith(".txt") else "markdown"))
        doc = nlp(document.text)
        analyses.append(FileAnalysis(document, doc, PatternIndex(nlp, []).run(doc), Config()))
    fast = [[metrics._all_eeo(a, b) for b in a.document.blocks] for a in analyses]
    monkeypatch.setattr(metrics, "_eeo_sentence_starts_in", lambda analysis, block: True)
    assert [[metrics._all_eeo(a, b) for b in a.document.blocks] for a in analyses] == fast
    assert sum(map(sum, fast)) >= 5


def test_word_index_counts_any_stretch_as_word_count_counts_it(corpus_too):
    """``WordIndex.count(start, end)`` is ``word_count(text[start:end])``, also where the stretch
    cuts a word, a number or an anonymised link ("well-|known", "1.|5", "URL_|0f...")."""
    import random

    pieces = ["well-", "known", "1.", "5", "3", ",5", "it'", "s", "-", "", "\n", "2,000.50 a year", "e-mail",
              "URL_", "0123456789abcdef", " EMAIL_0123", "4567890a ", "x"]
    texts = ["".join(pieces), "".join(pieces[::-1]), "".join(pieces[1::2]), ""] + EDGE_CASES
    if corpus_too:
        texts += [p.read_text(encoding="utf-8") for p in sorted(corpus_too.glob("*.md"))[::25]]
    rng = random.Random(3)
    cut = 0
    for text in texts:
        index = metrics.WordIndex(text)
        edges = [0]
        for piece in pieces:
            edges.append(edges[-1] + len(piece))
        stretches = [(a, b) for a, b in zip(edges, edges[1:]) if b <= len(text)]
        stretches += [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(300)]
        for start, end in stretches:
            assert index.count(start, end) == metrics.word_count(text[start:end]), (text[start:end], text[:60])
            cut += any(s < start < e or s < end < e for s, e in zip(index.starts, index.ends))
        assert index.count(0, len(text)) == metrics.word_count(text)
    assert cut > 100  # stretches that cut a word are exercised, not only whole words


def test_acronym_patterns_match_their_plain_forms(corpus_too):
    """R109's patterns test what precedes an acronym after its first capital, so ``re`` can skip to
    capitals: they must find exactly what the plain forms (test first, capital after) find."""
    import re

    from jdlint.checks import readability as r

    plain = {
        r._ACRONYM: r"(?<![\w#/.-])([A-Z][A-Za-z0-9&]*[A-Z0-9](?:s)?)(?![\w#])",
        r._ACRONYM_THEN_BRACKETS: r"\b([A-Z][A-Za-z0-9&]{1,9})\s*\(([^()]{3,120})\)",
        r._ACRONYM_DEFINED: r"\b([A-Z][A-Z0-9&]{1,9})\s*(?:-|:|=|stands for|means)\s*([A-Za-z][^.;\n]{3,80})",
    }
    texts = ["ATS at the start", "xABC #ABC /ABC .ABC -ABC _ABC ÉABC 9ABC (ABC) AT&TBC AT&T SLAs GS15",
             "aATS (applicant tracking system) and ATS (applicant tracking system)", "CRM: customer relations",
             "KPIs stands for key performance indicators; SLA = service level agreement", "A", "AB", ""]
    if corpus_too:
        texts += [p.read_text(encoding="utf-8") for p in sorted(corpus_too.glob("*.md"))[::4]]
    for fast, slow in plain.items():
        slow = re.compile(slow)
        for text in texts:
            assert [m.span(1) + m.span(m.lastindex) for m in fast.finditer(text)] == \
                   [m.span(1) + m.span(m.lastindex) for m in slow.finditer(text)], text[:60]


def test_shouted_counts_letters_as_str_does(corpus_too):
    from jdlint.checks.readability import _shouted

    def by_str(text):
        letters = "".join(filter(str.isalpha, text))
        return bool(letters) and sum(map(str.isupper, letters)) / len(letters) > 0.6

    texts = ["", "123 !!", "SALARY: $50K", "Salary: $50K", "ABC def", "ABCD ef", "ÉCOLE DES BEAUX-ARTS",
             "Ünïcödé MOSTLY UPPER", "日本語 ABC", "a\tB\nC_D", "\x7f\x00AB"] + EDGE_CASES + _fuzz_texts(200)
    if corpus_too:
        texts += [line for p in sorted(corpus_too.glob("*.md"))[::10] for line in p.read_text(encoding="utf-8").splitlines()]
    assert [_shouted(t) for t in texts] == [by_str(t) for t in texts]
    assert any(map(_shouted, texts)) and not all(map(_shouted, texts))


def test_as_sentences_keeps_bullets_apart():
    joined = metrics.as_sentences(["Requirements", "Python", "Five years of SQL"])
    assert joined == "Requirements.\nPython.\nFive years of SQL."
    # three sentences, not one: the average sentence is short
    assert metrics.words_per_sentence(joined) == 2.0


def test_report_metrics_have_the_agreed_keys(lint):
    report = lint("# Clerk\n\n" + PLAIN + "\n\n## Duties\n\n- File records\n- Answer the phone\n")
    r = report.metrics["readability"]
    assert set(r) == {"flesch_reading_ease", "flesch_kincaid_grade", "words", "sentences", "bullet_share",
                      "you_we_ratio", "passive_share"}
    assert r["flesch_reading_ease"] > 60
    assert 0 < r["bullet_share"] < 0.2
    assert r["you_we_ratio"] > 1
    assert r["passive_share"] == 0


def test_metrics_leave_out_eeo_boilerplate(lint):
    eeo = ("We are an equal opportunity employer and all qualified applicants will receive consideration "
           "for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, "
           "national origin, disability or protected veteran status.")
    with_eeo = lint("# Clerk\n\n" + PLAIN + "\n\n" + eeo + "\n").metrics["readability"]
    without = lint("# Clerk\n\n" + PLAIN + "\n").metrics["readability"]
    assert with_eeo["words"] == without["words"]


def test_passive_detection_and_adjectival_exceptions(lint):
    report = lint("# Clerk\n\nAll applications will be reviewed by a panel. Reports are written weekly.\n")
    assert report.metrics["readability"]["passive_share"] == pytest.approx(2 / 3, abs=0.01)  # title + 2
    report = lint("# Clerk\n\nWe are located in Ottawa. We are excited to meet you. The role is based in Denver. "
                  "Experience is required.\n")
    assert report.metrics["readability"]["passive_share"] == 0


# -- R101 / R102 / R103 --------------------------------------------------------------------
def test_r101_flags_a_dense_posting_not_a_plain_one(lint):
    dense = "# Innovation Specialist\n\n" + TTS_DENSE + "\n\n" + TTS_DENSE.replace("Innovation", "Digital") + "\n"
    assert "R101" in codes(lint(dense, **only("R101")))
    assert "R101" not in codes(lint(dense))  # off by default: the summary line already shows the score
    assert "R101" not in codes(lint("# Clerk\n\n" + PLAIN + "\n", **only("R101")))


def test_r101_threshold_is_configurable(lint):
    plain = "# Clerk\n\n" + PLAIN + "\n\n" + PLAIN + "\n"  # over min-words (100)
    score = lint(plain).metrics["readability"]["flesch_reading_ease"]
    opts = (("R101", (("threshold", score + 1),)),)
    assert "R101" in codes(lint(plain, select=("R101",), rule_options=opts))


def test_r102_grade_level_when_enabled(lint):
    dense = "# Innovation Specialist\n\n" + TTS_DENSE + "\n\n" + TTS_DENSE + "\n"
    assert "R102" not in codes(lint(dense))  # off by default
    assert "R102" in codes(lint(dense, **only("R102")))
    assert "R102" not in codes(lint("# Clerk\n\n" + PLAIN + "\n", **only("R102")))


def test_r103_points_at_the_hard_section(lint):
    text = "# Specialist\n\n## Responsibilities\n\n" + TTS_DENSE + "\n\n## Benefits\n\n" + PLAIN + "\n"
    found = [d for d in lint(text, **only("R103")).diagnostics if d.code == "R103"]
    assert len(found) == 1
    assert found[0].line == 3 and "Responsibilities" in found[0].message


@pytest.mark.parametrize("heading,named", [
    # tts 0601 (US public domain): a sentence used as a heading is named by its label
    ("Key objective #1: You will lead cross-functional teams to help federal agencies define problems and "
     "create the vision for solutions.", "'Key objective #1' section"),
    ("Key objective number two for the senior innovation specialist on the team: You will lead teams to deliver.",
     "'Key objective number two for the senior innovation\u2026' section"),  # a long label: its first words
    ("Key Objectives", "'Key Objectives' section"),  # a short heading whole
])
def test_r103_names_a_sentence_heading_by_its_label(lint, heading, named):
    text = f"# Specialist\n\n## {heading}\n\n" + TTS_DENSE + "\n"
    found = [d for d in lint(text, **only("R103")).diagnostics if d.code == "R103"]
    assert len(found) == 1 and named in found[0].message and found[0].match.startswith("## " + heading[:20])


# -- R104 / R105 ---------------------------------------------------------------------------
LONG_SENTENCE = ("The successful candidate will be responsible for coordinating with internal and external "
                 "stakeholders to ensure that all project deliverables are completed on schedule and within "
                 "budget while maintaining the highest standards of quality and compliance with all applicable "
                 "regulations and policies.")


def test_r104_long_sentence_at_the_sentence(lint):
    report = lint("# Manager\n\nYou plan projects. " + LONG_SENTENCE + "\n", **only("R104"))
    found = [d for d in report.diagnostics if d.code == "R104"]
    assert len(found) == 1 and found[0].match.startswith("The successful candidate")
    # a list of short items is not one long sentence, even without full stops
    items = "".join(f"- Item number {i} of the list\n" for i in range(12))
    assert codes(lint("# Manager\n\n" + items, **only("R104"))) == []


def test_r104_leaves_an_equal_opportunity_sentence_alone(lint):
    # dev 0478 (Pearson): the statement shares its paragraph with other sentences, so the block is
    # not all boilerplate, but the sentence itself is, and its length is the list of grounds
    eeo = ("Qualified applicants will receive consideration for employment without regard to race, ethnicity, "
           "color, religion, sex, sexual orientation, gender identity, gender expression, age, national origin, "
           "protected veteran status, disability status or any other group protected by law.")
    text = "# Manager\n\nYou plan projects for our teams. " + eeo + " We review every application.\n"
    assert codes(lint(text, **only("R104"))) == []
    # the same paragraph with a long sentence of the writer's own still reports that one
    found = [d for d in lint(text.replace("You plan projects for our teams.", LONG_SENTENCE), **only("R104")).diagnostics]
    assert [d.match[:26] for d in found] == ["The successful candidate w"]


def test_r111_third_person_but_not_after_you_are(lint):
    assert codes(lint("# Job\n\nThe ideal candidate will have five years of sales experience.\n", **only("R111"))) == ["R111"]
    # dev 0308: already addressed to the reader
    for text in ("We have an awesome work culture, and if you're the right candidate, you'll fit right in.",
                 "You could be the perfect candidate for this role.", "You are the ideal candidate if you love data."):
        assert codes(lint("# Job\n\n" + text + "\n", **only("R111"))) == [], text


def test_r104_reports_at_most_max_findings(lint):
    text = "# Manager\n\n" + " ".join([LONG_SENTENCE] * 6) + "\n"
    assert len(codes(lint(text, **only("R104")))) == 3


def test_r105_long_paragraph(lint):
    wall = " ".join([PLAIN] * 3)
    assert "R105" in codes(lint("# Clerk\n\n" + wall + "\n", **only("R105")))
    assert "R105" not in codes(lint("# Clerk\n\n" + PLAIN + "\n\n" + PLAIN + "\n", **only("R105")))


# -- R106 / R107 ---------------------------------------------------------------------------
def test_r106_length_outside_the_range(lint):
    assert "R106" in codes(lint("# Barista\n\nBarista wanted. Apply in store.\n", **only("R106")))
    medium = "# Clerk\n\n" + "\n\n".join([PLAIN] * 5) + "\n"  # about 370 words
    assert "R106" not in codes(lint(medium, **only("R106")))
    long = "# Clerk\n\n" + "\n\n".join([PLAIN] * 16) + "\n"
    found = [d for d in lint(long, **only("R106")).diagnostics]
    assert found and "over 1000" in found[0].message


def test_r107_few_bullets_in_a_long_posting(lint):
    paras = "# Clerk\n\n" + "\n\n".join([PLAIN + " " + PLAIN] * 3) + "\n"
    assert "R107" in codes(lint(paras, **only("R107")))
    bullets = "".join(f"- {s.strip()}.\n" for s in (PLAIN + " " + PLAIN).split(".") if s.strip())
    listed = paras + "\n## Duties\n\n" + bullets * 2
    assert "R107" not in codes(lint(listed, **only("R107")))


# -- R108 passive --------------------------------------------------------------------------
def test_r108_passive_when_frequent(lint):
    # tts_join 0586 (public domain), first sentence; the rest written for the test
    text = ("# Lead\n\nAll applications will be reviewed by a panel of subject matter experts against a scoring "
            "rubric created for this role. Reports are prepared weekly. Budgets are approved by the board. "
            "Invoices are processed daily. You answer the phone.\n")
    found = [d for d in lint(text, **only("R108")).diagnostics]
    assert [d.match for d in found] == ["be reviewed", "are prepared", "are approved"]


def test_r108_adjectival_participles_are_not_passive(lint):
    text = ("# Lead\n\nWe are located in Ottawa. We are excited to grow. The role is based in Denver. "
            "We are committed to your growth. Experience is required. You are interested in maps.\n")
    assert codes(lint(text, **only("R108"))) == []


# -- R109 acronyms -------------------------------------------------------------------------
def test_r109_unexplained_acronym(lint):
    report = lint("# Analyst\n\nYou will own the SLA reporting for our CRM.\n", **only("R109"))
    assert sorted(d.match for d in report.diagnostics) == ["CRM", "SLA"]


def test_r109_expanded_anywhere_is_fine(lint):
    text = ("# Recruiter\n\nYou will run our ATS every day.\n\n"
            "## Tools\n\n- Applicant Tracking System (ATS) administration\n")
    assert codes(lint(text, **only("R109"))) == []
    text = "# Recruiter\n\nYou keep the ATS (applicant tracking system) up to date.\n"
    assert codes(lint(text, **only("R109"))) == []


def test_r109_acronym_with_a_number_is_the_same_acronym(lint):
    # tts_join 0590 (public domain): "TTS is hiring for GS-15 - Outreach Director GS15"
    text = "# Outreach Director GS15\n\nTTS is hiring for GS-15 - Outreach Director GS15.\n"
    assert sorted(d.match for d in lint(text, **only("R109")).diagnostics) == ["GS15", "TTS"]
    expanded = text + "\nPay is on the General Schedule (GS). Technology Transformation Services (TTS) is part of GSA.\n"
    assert [d.match for d in lint(expanded, **only("R109")).diagnostics] == ["GSA"]


def test_r109_plural_acronym_expanded_in_the_singular(lint):
    # tts_join 0601 (public domain): "The TTS Centers of Excellence (CoE) office"
    text = "# Specialist\n\nThe Centers of Excellence (CoE) office works with the other CoEs every week.\n"
    assert codes(lint(text, **only("R109"))) == []


def test_r109_common_abbreviations_and_shouting_are_not_flagged(lint):
    text = ("# HR Advisor\n\nYou hold a PhD or an MBA. US citizens only. Based in Richmond, VA.\n\n"
            "## APPLY NOW\n\nSend your CV. You must meet ALL of the following, and ONE of the options below.\n")
    assert codes(lint(text, **only("R109"))) == []
    opts = (("R109", (("allow", ("SLA",)),)),)
    assert codes(lint("# A\n\nYou own the SLA.\n", select=("R109",), rule_options=opts)) == []


def test_r109_words_shouted_inside_a_sentence_are_not_acronyms(lint):
    def flagged(sentence):
        report = lint("# Driver\n\n" + sentence + " You will deliver parcels across the city every day.\n",
                      **only("R109"))
        return [d.match for d in report.diagnostics if d.code == "R109"]

    assert flagged("You must have your OWN RELIABLE CAR and CAR INSURANCE.") == []
    assert flagged("PREVIOUS SALES EXPERIENCE A PLUS. Apply today.") == []
    # a list of real acronyms has no English words in capitals around it
    assert flagged("You know Kafka, AWS, GCP and ETL well.") == ["AWS", "GCP", "ETL"]
    assert flagged("You build ASP.NET apps with SSIS.") == ["ASP", "SSIS"]


# -- R110 / R111 ---------------------------------------------------------------------------
def test_r110_we_centred(lint):
    body = ("We are a leading firm. Our team builds our products and we value our culture. We offer our staff "
            "our support. You help us.\n")
    assert "R110" in codes(lint("# Firm\n\n" + body, **only("R110")))
    # the same words under "About us" are expected to be about the employer
    about = "# Firm\n\n## About us\n\n" + body + "\n## The role\n\nYou will answer the phone.\n"
    assert "R110" not in codes(lint(about, **only("R110")))
    assert "R110" not in codes(lint("# Clerk\n\n" + PLAIN + "\n", **only("R110")))


def test_r111_third_person_candidate(lint):
    assert "R111" in codes(lint("# Sales\n\nThe ideal candidate will have five years of sales experience.\n",
                                **only("R111")))
    assert "R111" not in codes(lint("# Sales\n\nYou have five years of sales experience.\n", **only("R111")))


def test_as_sentences_splits_kept_line_breaks():
    """Plain-text postings keep a line break where a line ends a sentence (an unmarked list line)."""
    assert metrics.as_sentences(["Requirements:\nBachelor's degree\nTwo years of experience"]) == (
        "Requirements.\nBachelor's degree.\nTwo years of experience.")
