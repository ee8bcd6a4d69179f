"""Gender-coded wording (D201/D202) and the per-file ``gender_coded`` metric, after Gaucher,
Friesen & Kay (2011) Appendix A with the paper's prefix/whole-word semantics.

Fixture text is written for these tests unless marked "tts 06xx" (U.S. GSA TTS posting in
/work/shared/corpus/dev, public domain).
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.checks.gender_coded import verdict
from jdlint.config import Config


def lint(text: str, select=("D2",)):
    return jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=select))


def words(text: str) -> list[str]:
    return [d.match for d in lint(text).diagnostics if d.code in ("D201", "D202")]


def test_prefix_stems_match_inflections_and_whole_words_do_not():
    assert words("We want an aggressive, ambitious and assertive closer.") == ["aggressive", "ambitious", "assertive"]
    assert words("You are confident.") == ["confident"]
    assert words("You will handle confidential files.") == []                  # Confident is whole-word only
    assert words("Be kind to customers.") == ["kind"]
    assert words("Kindly reply by Friday.") == []
    assert words("You are sensitive to the needs of others.") == ["sensitive"]  # the trait stays                                # Kind is whole-word only
    assert words("You are self-confident and self-reliant.") == ["self-confident", "self-reliant"]


@pytest.mark.parametrize("text", [
    "Responsibilities include payroll and you will be responsible for billing.",
    "Health insurance for you and your dependents.",
    "Our office is in Hartford, Connecticut.",
    "We offer a competitive salary.",
    "The customer support team answers tickets.",
    "We are a data-driven team of analysts.",
    "Experience with Nagios and dependency management.",
    "You have an understanding of SQL.",
    "The market is highly competitive.",
    "The role suits someone not sensitive to loud noises.",  # dev 0284: tolerance of a stimulus
    "Store the light-sensitive samples in the dark.",
])
def test_known_false_positives_are_excluded(text):
    assert words(text) == []


def test_equal_opportunity_text_headings_and_quotes_are_skipped():
    assert words("We are an equal opportunity employer committed to a supportive, inclusive workplace "
                 "regardless of race, sex or age.") == []
    report = lint("## Leadership\n\nYou will write reports.")
    assert [d.match for d in report.diagnostics] == []
    assert words('"Our team is warm and supportive," says Ana.') == []


def test_metric_counts_words_and_gives_a_verdict():
    report = lint("We want an aggressive, competitive, decisive and ambitious self-starter who is warm.")
    gc = report.metrics["gender_coded"]
    assert gc["masculine"] == 4 and gc["feminine"] == 1
    assert gc["verdict"] == "masculine-coded"
    assert gc["masculine_words"] == ["aggressive", "competitive", "decisive", "ambitious"]
    assert gc["feminine_words"] == ["warm"]


def test_metric_is_computed_even_when_the_rules_are_not_selected():
    report = lint("You are warm, kind, gentle, polite and loyal.", select=("S",))
    gc = report.metrics["gender_coded"]
    assert gc["feminine"] == 5 and gc["verdict"] == "strongly feminine-coded"
    assert not [d for d in report.diagnostics if d.code.startswith("D2")]


def test_verdict_thresholds_follow_gender_decoder():
    assert verdict(0, 0) == "empty"
    assert verdict(2, 2) == "neutral"
    assert verdict(1, 3) == "feminine-coded"
    assert verdict(0, 4) == "strongly feminine-coded"
    assert verdict(3, 0) == "masculine-coded"
    assert verdict(5, 1) == "strongly masculine-coded"


def test_findings_are_info_with_a_neutral_alternative():
    (d,) = lint("We want an aggressive negotiator.", select=("D201",)).diagnostics
    assert str(d.severity) == "info" and d.suggestions and "masculine-coded" in d.message


def test_federal_boilerplate_stays_quiet():
    # tts 0583-style federal text (public domain): appointment and clearance wording is functional
    text = ("**Appointment Type:** Competitive Service. This position requires an active Secret clearance. "
            "Salary will depend on qualifications.")
    assert words(text) == []


def test_no_functional_phrase_can_contain_a_cut_character():
    """coded_words scans only the stretches of text between characters of _NOT_IN_PHRASES, which is
    exact only if no match of FUNCTIONAL_PHRASES can contain one: check every character the pattern
    can consume (lookarounds consume none)."""
    from re import _constants as c, _parser

    from jdlint.checks.gender_coded import _NOT_IN_PHRASES, _PHRASE_START, FUNCTIONAL_PHRASES

    def allowed(char: int) -> bool:
        return _NOT_IN_PHRASES.match(chr(char)) is None

    def check(items) -> None:
        items = list(items)
        for k, (op, av) in enumerate(items):
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue
            if op is c.LITERAL and chr(av) == ".":  # only a dot before "com" is read
                assert [chr(v) for o, v in items[k + 1:k + 4] if o is c.LITERAL] == ["c", "o", "m"]
            elif op is c.LITERAL:
                assert allowed(av), chr(av)
            elif op is c.IN:
                for item, value in av:
                    if item is c.LITERAL:
                        assert allowed(value), chr(value)
                    elif item is c.RANGE:
                        assert all(allowed(ch) for ch in range(value[0], value[1] + 1)), value
                    else:  # \w \s \d only; a negated set or class could take anything
                        assert item is c.CATEGORY and value in (c.CATEGORY_WORD, c.CATEGORY_SPACE,
                                                                c.CATEGORY_DIGIT), (item, value)
            elif op is c.BRANCH:
                for branch in av[1]:
                    check(branch)
            elif op is c.SUBPATTERN:
                check(av[3])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                check(av[2])
            else:
                raise AssertionError(f"unexpected {op} in FUNCTIONAL_PHRASES")

    check(_parser.parse(FUNCTIONAL_PHRASES.pattern, FUNCTIONAL_PHRASES.flags))
    assert FUNCTIONAL_PHRASES.pattern.startswith(_PHRASE_START)  # matches start only where it does


def test_functional_phrases_are_found_as_a_whole_text_scan_finds_them():
    from jdlint.checks.gender_coded import FUNCTIONAL_PHRASES, _functional_phrases

    text = ("Customer support: team lead (data-driven) - leading change: our sales force.com; "
            "competitive base salary! Leading people * individual contributors, decision making. "
            "Sales force. Competitive salary.Decision making.com")
    everywhere = [m.span() for m in FUNCTIONAL_PHRASES.finditer(text)]
    assert len(everywhere) >= 7
    for pos in range(len(text)):
        inside = any(a <= pos < b for a, b in _functional_phrases(text, [pos]))
        assert inside == any(a <= pos < b for a, b in everywhere), pos


def test_functional_phrases_scan_lower_cased_text_where_it_is_safe():
    """The scan runs its patterns without re.I on ``safe_lower`` text: exact only while none of them
    names a capital. Text holding a case trap ("İ") is scanned as it is, and finds the same."""
    from jdlint.checks.gender_coded import (_NOT_IN_PHRASES, _PHRASE_STARTS, FUNCTIONAL_PHRASES,
                                            _functional_phrases)
    from jdlint.regexes import can_fold

    for pattern in (_NOT_IN_PHRASES, _PHRASE_STARTS, FUNCTIONAL_PHRASES):
        assert can_fold(pattern.pattern, pattern.flags), pattern.pattern[:40]
    base = ("CUSTOMER SUPPORT: Team Lead (Data-Driven) - our SALES FORCE.COM; Competitive Base Salary! "
            "İstanbul office, DECISION MAKING. Understanding Of SQL")
    for text in (base, base.replace("İ", "I")):
        everywhere = [m.span() for m in FUNCTIONAL_PHRASES.finditer(text)]
        assert len(everywhere) >= 6
        assert _functional_phrases(text, list(range(len(text)))) == everywhere


def test_words_that_begin_like_no_entry_are_rejected_first(monkeypatch, corpus_too):
    """``_classify`` stops at once for a word whose first letters begin no entry of either list;
    with that shortcut switched off it gives the same answer for every word."""
    from jdlint.checks import gender_coded as gc

    vocabulary = set()
    if corpus_too:  # the words of real ads, beside the made-up edge cases below
        vocabulary = {w.lower() for p in sorted(corpus_too.glob("*.md"))[::5] for w in p.read_text("utf-8").split()}
    stems = list(gc.MASCULINE) + list(gc.FEMININE)
    vocabulary |= {s for s in stems} | {s + "ing" for s in stems} | {s[:-1] for s in stems}
    vocabulary |= {"data-driven", "self-confident", "inter-personal", "lead-in", "-lead", "ab", "", "42", "co-op"}
    words = sorted(vocabulary)
    gc._classify.cache_clear()
    fast = [gc._classify(w) for w in words]
    monkeypatch.setattr(gc, "_START", 0)
    monkeypatch.setattr(gc, "_STARTS", frozenset({""}))
    gc._classify.cache_clear()
    try:
        assert [gc._classify(w) for w in words] == fast
    finally:
        gc._classify.cache_clear()
    assert sum(hit is not None for hit in fast) > len(stems)


# -- sense filters: the trait sense only (issue 13 item 5) -----------------------------------
@pytest.mark.parametrize("thing,trait", [
    ("We offer aggressive pricing on bulk orders.", "We want an aggressive closer who never gives up."),
    ("The company holds a dominant market share.", "A dominant personality suits this role."),
    ("Our charity provides supportive housing for care leavers.", "You'll be a supportive colleague."),
    ("The audit committee commissions an independent external review.", "You are independent and self-motivated."),
    ("You will nurse patients through surgery for aggressive tumours.", "Be aggressive with prospects."),
    ("The ward cares for patients in active treatment.", "Applicants should be active and outgoing."),
    ("Warm and cold calling to book appointments.", "We value a warm, caring manner."),
    ("Tender preparation: you will write bids.", "You are tender with the animals in our care."),
    ("What kind of work will you do?", "Be kind to colleagues."),
    ("We are the market leader in coatings.", "You are a natural leader."),
    ("Ours is an ambitious expansion strategy.", "You are ambitious and hungry to grow."),
    ("You will handle commercially sensitive financial information.", "You are sensitive to the needs of tenants."),
    # someone else's behaviour, feedback or the conditions of the work (bias3)
    ("You will work with children with challenging behaviour.", "You are challenging and direct."),
    ("Give objective feedback on design reviews.", "You stay objective under pressure."),
    ("Flexible in challenging situations.", "You are challenging and direct."),
    # the employer describing itself
    ("We are a leading UK provider of home care.", "You are a natural leader."),
    ("Anderson Associates, an independent insurance agency, is hiring.", "You are independent and self-motivated."),
    # adjectives for the work itself, while "lead" with no object is the hire's manner ("lead projects" is a task of
    # the post since session 33, "lead a team" since session 35: the real-ad judges)
    ("You will work on varied, challenging assignments.", "Lead by example from start to finish."),
    ("Juggle multiple, competing tasks and demands.", "You are competitive and hate to lose."),
    ("You will support ambitious cloud migration projects.", "You are ambitious and hungry to grow."),
    ("Our leadership team meets monthly.", "You will show leadership under pressure."),
    # seed 7 (precision5): the employer's market place with a longer noun phrase after a determiner,
    # the people who founded or back the employer, a time-critical task, a language skill
    ("Lockjoy is the leading lock screen advertising platform in Japan.",
     "You are a natural leader for a team of researchers."),  # "leading a team" is a duty (session 35)
    ("Founded in 2012 by leaders in the South Korean startup scene, we now serve millions.",
     "We want leaders in the South Korean startup scene to apply."),
    ("The firm is backed by seasoned leaders and two venture funds.", "We want seasoned leaders who coach others."),
    ("Entering date sensitive cost and retail adjustments.", "You are sensitive to the needs of tenants."),
    ("Work on time-sensitive orders every day.", "A sensitive, caring manner with residents."),
    ("Be able to read, understand, and write the English language.", "You understand people and listen well."),
    ("You must speak and understand Spanish.", "You understand people and listen well."),
    # seed 8 (precision5): the employer's or clients' market place, a PR service, a product's merit,
    # a contract status
    ("United Med Force has become the trusted leader in medical device distribution.", "You are a natural leader."),
    ("Clients include leaders in entertainment, tech and media.", "We want leaders in our stores."),
    # ("thought leadership" is a function of the post or a service sold wherever it stands, session 35)
    ("We offer media coaching, press strategy, thought leadership, social channels.",
     "You will show leadership with agency partners."),
    ("Our cream is clinically superior to the competition.", "You have superior people skills."),
    ("Ability to work successfully as an independent 1099 representative.", "You are independent and self-motivated."),
    ("Premier Brands Group is a leading, global apparel group of iconic brands.", "You will be leading by example in a team of six."),
    ("Active participation in the fit approval process.", "Applicants should be active and outgoing."),
    # a vetting level or a kind of post (lead7; the US "Public Trust" investigation in 27 dev-corpus findings)
    ("You must be able to obtain and maintain a Public Trust background investigation.",
     "Colleagues trust you to keep your word."),
    ("This is a position of trust: an enhanced DBS check is required.", "Colleagues trust you to keep your word."),

    # seed 15 (precision7): a ranking after a possessive, however long the noun phrase before its head
    # (tts_join-like 0058: "established as the world's leading research-led insights, branding and
    # marketing strategy consultancy"), while the hire's own leading keeps counting
    ("We are now established as the world’s leading research-led insights, branding and marketing "
     "strategy consultancy for the wine sector.", "You will be leading from the front in a research-led insight team."),
    ("Join the UK's leading competitive intelligence service for Google Shopping.",
     "Our clients' leading brands rely on you to lead by example."),
    # seed 14, open until seed 16 (precision7): the last of the groups the hire works with (dev 0393,
    # "Work with Loyalty360 web development, marketing, and leadership to develop ... SEO plan"), not
    # the hire's leadership, whether skills follow or a verb of its own comes between
    ("Work with web development, marketing, and leadership to develop an SEO plan.",
     "Work with the team to build leadership skills."),
    ("Collaborate closely with product, design and leadership on the roadmap.",
     "You will work with leadership skills and a calm manner."),
    ("Report weekly to finance and leadership on the pipeline.",
     "You will show leadership across the two teams."),
])
def test_coded_word_about_a_thing_is_silent_and_about_the_person_fires(thing, trait):
    assert words(thing) == []
    assert len(words(trait)) >= 1


def test_sense_filters_are_data():
    from jdlint.checks.gender_coded import coded_data, other_sense
    from jdlint.checks import gender_coded as gc

    senses = coded_data()["senses"]
    assert "pricing" in senses["thing_nouns"] and "market" in senses["thing_modifiers"]
    # the filters read the data, not lists in code: a person noun listed as a thing turns silent ...
    text = "a competitive team"
    assert not other_sense(text, 2, 13, "compet")
    senses["thing_nouns"].append("team")
    gc._senses.cache_clear()
    try:
        assert other_sense(text, 2, 13, "compet")
    finally:
        senses["thing_nouns"].remove("team")
        gc._senses.cache_clear()
    # ... and an unlisted head noun is a thing until the data names it a person or trait
    text = "a competitive gizmo"
    assert other_sense(text, 2, 13, "compet")
    senses["person_or_trait_nouns"].append("gizmo")
    gc._senses.cache_clear()
    try:
        assert not other_sense(text, 2, 13, "compet")
    finally:
        senses["person_or_trait_nouns"].remove("gizmo")
        gc._senses.cache_clear()


def test_a_thing_noun_past_the_noun_phrase_does_not_count():
    # "to" ends the phrase: the person is competitive, the pricing comes later
    assert words("You are competitive to the core and set pricing.") == ["competitive"]


# -- D203: one posting-level finding (issue 14 item 1) ----------------------------------------
def test_posting_level_finding_gives_the_balance_lists_the_words_and_relates_each_range():
    text = "We want an aggressive, competitive closer. You are competitive and warm."
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md")  # the default set
    coded = [d for d in report.diagnostics if d.category == "bias.gender-coded"]
    assert [d.code for d in coded] == ["D203"]  # D201/D202 are off by default
    (d,) = coded
    # placed on the first coded word, so a tool that reads only a finding's own range still sees it
    assert (d.line, d.column, d.match, str(d.severity)) == (3, 12, "aggressive", "info")
    assert "masculine-coded" in d.message and "3 masculine: aggressive, competitive (x2)" in d.message
    assert "1 feminine: warm" in d.message
    source = "# Job\n\n" + text + "\n"
    assert [source[s:e] for s, e, _m in d.related] == ["aggressive", "competitive", "competitive", "warm"]
    assert "consider 'proactive'" in d.related[0][2]
    # the per-word findings stay available, at the same ranges
    per_word = jdlint.lint_text(source, path="t.md", config=Config(extend_select=("D201", "D202")))
    assert sorted((x.start, x.end) for x in per_word.diagnostics if x.code in ("D201", "D202")) == \
        sorted((s, e) for s, e, _m in d.related)


def test_posting_level_finding_counts_what_the_per_word_rules_count():
    assert [d.code for d in lint("We offer aggressive pricing and a competitive salary.").diagnostics] == []
    assert [d.code for d in lint('"Our team is warm and supportive," says Ana.').diagnostics] == []
    many = lint(" ".join(["You are ambitious, assertive, decisive, dominant, brave, forceful, headstrong, "
                          "outspoken, stubborn and analytical."])).diagnostics
    balance = next(d for d in many if d.code == "D203")
    assert "and 1 more" in balance.message and len(balance.related) == 9  # "brave" is not on the list


def test_related_locations_reach_json_sarif_and_the_cache(tmp_path):
    import io
    import json

    from jdlint.formatters import render

    report = jdlint.lint_text("# Job\n\nYou are assertive and decisive.\n", path="t.md")
    out = io.StringIO()
    render("json", [report], out, rules=[])
    (d,) = [x for x in json.loads(out.getvalue())["files"][0]["diagnostics"] if x["code"] == "D203"]
    assert d["related"][0]["location"] == {"line": 3, "column": 9} and d["related"][0]["offset"] == {"start": 15, "end": 24}
    out = io.StringIO()
    render("sarif", [report], out, rules=[])
    (r,) = [x for x in json.loads(out.getvalue())["runs"][0]["results"] if x["ruleId"] == "D203"]
    region = r["relatedLocations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["charOffset"], region["charLength"]) == (3, 9, 15, 9)


def test_an_adverb_is_not_the_modifier_of_the_nouns_after_it():
    """'work independently and solve problems': the coded adverb qualifies the verb (a trait of the
    person); 'problems' is not its head noun as in 'challenging problems'."""
    from jdlint.checks.gender_coded import other_sense
    text = "Can work independently and solve problems creatively."
    i = text.index("independently")
    assert not other_sense(text, i, i + len("independently"), "independen")
    text = "Tackle challenging problems every day."
    i = text.index("challenging")
    assert other_sense(text, i, i + len("challenging"), "challeng")


def test_a_comma_ends_a_list_item_unless_a_determiner_opens_the_noun_phrase():
    """seed 8 (precision5): 'a leading, global apparel group' is the employer; after a verb the comma
    ends an item of the hire's duties (tts 0567 'Lead digitisation, strategy and roadmap development')."""
    assert words("Premier Brands is a leading, global apparel group.") == []
    # since session 33 work led is a task of the post (writer O, real ads), and since session 35 people led too
    assert words("You will lead digitisation, strategy and roadmap development.") == []
    assert words("You will lead designers, researchers and roadmap owners.") == []
    assert words("We value a supportive teammate, inclusion, growth and flexibility.") == ["supportive"]
    # the culture is the employer's (session 29: an adjective's head noun that is no person or trait)
    assert words("We value a supportive culture, inclusion, growth and flexibility.") == []


def test_a_feminine_lean_is_reported_only_when_strong():
    """Feminine wording is not known to put anyone off: of the judged feminine leans none was right
    (seeds 1-9), so D203 reports one only from four words (min-feminine-lean); a masculine lean of two
    is reported as before."""
    mild = "You bring empathy, patience and a warm, supportive manner to every family."  # 3 to 0
    assert "D203" not in [d.code for d in jdlint.lint_text("# Carer\n\n" + mild + "\n", path="t.md").diagnostics]
    strong = mild + " You are kind, gentle and compassionate."  # 6 to 0
    assert "D203" in [d.code for d in jdlint.lint_text("# Carer\n\n" + strong + "\n", path="t.md").diagnostics]
    masculine = "You are ambitious and competitive."
    assert "D203" in [d.code for d in jdlint.lint_text("# Sales\n\n" + masculine + "\n", path="t.md").diagnostics]
    configured = Config(rule_options=(("D203", {"min-feminine-lean": 2}),))
    assert "D203" in [d.code for d in jdlint.lint_text("# Carer\n\n" + mild + "\n", path="t.md",
                                                        config=configured).diagnostics]


def test_a_long_clause_that_is_no_list_of_partners_is_read_once():
    """The clause before 'leadership' is read back by a plain scan: a pattern anchored at the word,
    with nested repeats, backtracked without end where a run of words ended in a character no list
    holds, a bracket or a dash right before the word (a run of one posting took minutes); this text
    hangs that version."""
    from jdlint.checks.gender_coded import other_sense

    text = "Apply now. " + "We value growth and learning across every team here " * 2 + "(leadership skills)."
    at = text.index("leadership")
    assert not other_sense(text, at, at + len("leadership"), "lead")

