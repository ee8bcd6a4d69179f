"""V119 vague-sentence: a trained model over words and their distributional classes reports vague sentences
no named rule catches, stands aside where a named vague or vague-pay finding is in the sentence, and keeps
the skip contexts. The model file is data written by scripts/train_vague_model.py."""
from __future__ import annotations

import json
from importlib.resources import files

import pytest

import jdlint
from jdlint.checks.vague_sentence import CLUSTER_SHIFTS, STOP_WORDS, features, model
from jdlint.config import Config


def codes(text: str, select=("V", "P101", "P102")) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Bar staff\n\n" + text + "\n", path="job.md", config=Config(select=select))
    return [(d.code, d.match) for d in report.diagnostics]


@pytest.mark.parametrize("text", [
    "Our people are the heart and soul of everything we do.",
    "Be ready for anything, because anything can happen.",
])
def test_a_vague_sentence_no_named_rule_catches(text):
    assert ("V119", text) in codes(text)


@pytest.mark.parametrize("text", [
    "You will clean 14 rooms a shift and restock the trolleys.",
    "The warehouse runs two shifts, 6am-2pm and 2pm-10pm.",
    "We repair and service forklifts for 120 warehouses in the North West.",
    # a skip context: equal-opportunity text, negation
    "We are an equal opportunity employer and value diversity at our company.",
    # a pointer, not a claim (dev 0114)
    "To get an idea of our business visit www.example.com and then have a look around the rest of the site.",
])
def test_concrete_or_skipped_sentences_are_silent(text):
    assert not [c for c, _ in codes(text) if c == "V119"]


def test_it_stands_aside_for_a_named_vague_finding_in_the_sentence():
    # the sentence's vague weight is the named phrase's: without 'good vibes' the rest is plain (a place, a time)
    text = "Expect good vibes in the bakery on Saturday mornings."
    assert model().score(text) > 2.0  # the model alone would report it
    assert [c for c, _ in codes(text, select=("V119",))] == ["V119"]
    found = codes(text)
    assert found and "V119" not in [c for c, _ in found]  # the named rule's phrase is reported instead


def test_it_stands_aside_for_vague_pay():
    text = "We offer competitive pay and a free staff meal on every shift."
    assert [c for c, _ in codes(text, select=("V119",))] == ["V119"]
    assert "V119" not in [c for c, _ in codes(text)] and "P101" in [c for c, _ in codes(text)]


@pytest.mark.parametrize("text, named", [
    # vague35 (session 35): the rest of the sentence is a claim the named rules missed, so V119 stays beside them
    ("Expect good vibes, big smiles and a manager who has your back.", "V113"),
    ("We offer competitive pay and flexible hours to build a team of the most trustworthy heroes.", "P101"),
    ("Salary as per the Enterprise Agreement, plus generous super.", "P101"),
])
def test_it_stays_beside_a_named_finding_when_the_rest_reads_as_vague(text, named):
    found = [c for c, _ in codes(text)]
    assert named in found and "V119" in found  # both: the named phrase keeps its own finding and advice


@pytest.mark.parametrize("text", [
    # what is left around phrases that fill the sentence is their frame (vague_sentence.REST_WORDS)
    "Join our dynamic team and enjoy a competitive salary.",
    "We want a motivated individual.",
    pytest.param("We offer competitive pay for the warehouse shift.", marks=pytest.mark.xfail(strict=True, reason=(
        "open: vague35: the rest 'We offer for the warehouse shift.' holds three words beyond the stop words and scores "
        "2.5 through the pair 'we offer' (+2.0, learned from 'we offer a competitive salary'): a pay frame, no claim"))),
])
def test_the_frame_left_around_named_phrases_is_no_claim_of_its_own(text):
    found = [c for c, _ in codes(text)]
    assert found and "V119" not in found
    assert "V119" in [c for c, _ in codes(text, select=("V119",))]  # the model alone reads the whole as vague


def test_it_stands_aside_for_a_bias_finding():
    text = "We need a young, energetic crew member who lives for the weekend rush."
    found = [c for c, _ in codes(text, select=("V119", "D"))]
    assert "V119" not in found and any(c.startswith("D3") for c in found)


def test_a_gender_coded_word_does_not_silence_it():
    # D201/D202 are off by default: --select ALL must report the sentence as the default report does
    text = "Our people are the heart and soul of everything we do, and we want a confident leader."
    assert "V119" in [c for c, _ in codes(text, select=("V119", "D201", "D202"))]
    assert "V119" in [c for c, _ in codes(text, select=("V119",))]


def test_headings_labels_and_fragments_are_not_read():
    # "Great team" as a label (no stop): since v119_36 a fragment set down as a sentence ("Great team.") is read
    # (tests/test_v119_fragments36.py), and at session 37's threshold (1.5) the model reads that one as vague (1.54)
    report = jdlint.lint_text("# Our people are the heart and soul of everything we do\n\nGreat team\n",
                              path="job.md", config=Config(select=("V119",)))
    assert report.diagnostics == []


def test_the_threshold_option_makes_it_stricter():
    text = "Our people are the heart and soul of everything we do."
    score = model().score(text)
    assert jdlint.lint_text(text + "\n", path="a.md", config=Config(select=("V119",))).diagnostics
    strict = Config(select=("V119",), rule_options=(("V119", (("threshold", score + 0.01),)),))
    assert jdlint.lint_text(text + "\n", path="a.md", config=strict).diagnostics == []


def test_the_model_file_is_what_the_rule_reads():
    raw = json.loads((files("jdlint.data") / "vague_model.json").read_text("utf-8"))
    assert set(raw) >= {"weights", "bias", "clusters", "training_data"}
    # every cluster feature the table can produce is one the rule builds (the same shifts), and the table
    # holds no stop word (they count by their own weight only)
    assert not STOP_WORDS & set(raw["clusters"])
    word, cluster = next(iter(raw["clusters"].items()))
    assert {f"c{k}:{cluster >> k}" for k in CLUSTER_SHIFTS} <= features(word, raw["clusters"].get)


def test_the_fast_score_is_the_plain_score():
    # every sentence of the dev corpus's first ads and the rule's own examples, scored both ways
    from pathlib import Path

    from conftest import CORPUS
    from jdlint.sentences import sentence_spans

    texts = ["Our people are the heart and soul of everything we do.", "You’ll need it during the exam.",
             "great great team team", ""]
    if not Path(CORPUS).is_dir():
        pytest.skip("the dev corpus is not here (JDLINT_DEV_CORPUS)")
    for path in sorted(Path(CORPUS).glob("*.md"))[:40]:
        text = path.read_text(encoding="utf-8")
        texts += [text[s:e] for s, e in sentence_spans(text, 0, len(text))]
    m = model()
    assert len(texts) > 500
    for text in texts:
        assert m.score(text) == pytest.approx(m.plain_score(text), abs=1e-9), text


def test_scoring_is_linear_in_the_sentence():
    # features are a set: one pass over the words; a long run of words scores without blowing up
    text = "great team " * 5000
    assert isinstance(model().score(text), float)


def test_a_lead_in_that_ends_in_a_colon_is_not_read():
    """A lead-in to a list says nothing itself: the list after it does (real-ad cross-validation, dev 0621:
    'These roles will be a great fit for you if you are a:')."""
    lead_in = "You will be a great fit for our amazing family if you are:"
    assert model().score(lead_in) > 2.0  # the model alone would report it
    text = lead_in + "\n\n- a licensed electrician\n- a forklift driver with a counterbalance ticket"
    assert not [c for c, _ in codes(text) if c == "V119"]
    claim = "You will be a great fit for our amazing family."
    assert [c for c, _ in codes(claim) if c.startswith("V")]  # the same words as a claim are still read


@pytest.mark.parametrize("line, source_line, heading", [
    # set as headings without markup: job-board titles, social posts, wrapped in bold (writers C, M and P's ads)
    ("Commis Chef – All Day Dining", "", True),
    ("📣 WAITRONS WANTED 📣", "", True),
    ("SHOULD BE COMFORTABLE WITH NIGHT SHIFTS", "", True),
    ("🚛 Drivers wanted out of our Joplin, MO terminal", "🚛 **Drivers wanted out of our Joplin, MO terminal**", True),
    # near-misses: list items and sentences are prose, whatever their capitals
    ("Friendly, confident and happy to chat to anyone", "- Friendly, confident and happy to chat to anyone", False),
    ("Our people are the heart and soul of everything we do.", "", False),
    ("We Are A Family.", "", False),
    ("Great team", "**Great** team", False),
    ("Visit London", "", True),
    ("A genuine warmth for working with older people", "", False),
])
def test_a_line_set_as_a_heading(line, source_line, heading):
    from jdlint.sentence_model import heading_line

    assert heading_line(line, source_line) is heading


def test_lines_set_as_headings_and_words_without_letters_are_not_read():
    # a bold line and a Title Case line are headings; an emoji or a dot is no word ("🌱 The good stuff" has three)
    for text in ("🚛 **Our people are the heart and soul of everything**", "Our People Are The Heart And Soul Of Everything",
                 "🌱 The good stuff ·"):
        assert not [c for c, _ in codes(text) if c == "V119"], text
    # the same words as a sentence of a paragraph are read
    assert ("V119", "Our people are the heart and soul of everything we do.") in codes(
        "Our people are the heart and soul of everything we do.")


@pytest.mark.parametrize("text, named", [
    ("The job: You'll be the first conversation many small-business owners have with Tallyworks.", True),
    ("Most days you'll be on a site in the CBD or Fortitude Valley.", True),
    ("A regional centre for thrombectomy, rated Outstanding for responsiveness.", True),
    # near-misses: a capital that opens a sentence or a clause after a colon, and "I", name nothing
    ("We roast our own beans out the back. Everything is made from scratch.", False),
    ("I'm looking for a cleaner; I'll pay weekly.", False),
    ("The package: Base salary is competitive.", False),
])
def test_a_name_inside_the_sentence_is_a_feature(text, named):
    from jdlint.sentence_model import extra_features, names_inside

    assert names_inside(text) is named
    assert ("k:name" in extra_features(text, [], frozenset({"names"}), {})) is named
    assert "k:name" not in extra_features(text, [], frozenset({"classes"}), {})
