"""Vague phrasing by composition (issue 14 item 4, helper vague6).

A hiring cliché is usually a hype qualifier (or an intensifier and a mild praise word) joined to a
noun the ad talks about (opportunity, team, culture, journey, candidate ...): V113's word classes
``hype-qualifier``, ``mild-praise``, ``offer-noun-modifier`` and ``offer-noun`` in rules/vague.yaml.
A catch-all duty is a helping verb with no task named (V201). Precision comes from mechanisms:
skip ``measured`` (a figure in the phrase makes the claim checkable), skip ``name``, negation, and
one finding per phrase across the vague rules (``engine.one_finding_per_phrase``). Fixture text is
written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.diagnostics import Diagnostic, Severity
from jdlint.engine import each_phrase, one_finding_per_phrase

VAGUE_PAY = ("P101", "P102")


def vague(text: str) -> list:
    report = jdlint.lint_text(text + "\n", "t.md")
    return [d for d in report.diagnostics if d.category == "vague" or d.code in VAGUE_PAY]


def codes_on(text: str, span: str) -> list[str]:
    at = text.index(span)
    return [d.code for d in vague(text) if d.start < at + len(span) and at < d.end]


# -- composition: hype qualifier x a noun the ad talks about ----------------------------------------
@pytest.mark.parametrize("text, span", [
    ("This is a really exciting role in a growing practice.", "really exciting role"),
    ("Be with us on this amazing journey.", "amazing journey"),
    ("A super exciting future lies ahead for our Leeds store.", "super exciting future"),
    ("The exceptional candidate will have worked in retail.", "exceptional candidate"),
    ("We are looking for outstanding individuals to join the kitchen.", "outstanding individuals"),
    ("Start a fantastic career in logistics.", "fantastic career"),
    ("We have enjoyed amazing growth this year.", "amazing growth"),
    ("Join an incredible team of volunteers.", "incredible team"),
    ("Work with remarkable people every day.", "remarkable people"),
    ("Build a brilliant future with our bank.", "brilliant future"),
    ("You'll join an extraordinary team.", "extraordinary team"),
    ("Work for an awesome company.", "awesome company"),
    ("We are entering an exciting new chapter.", "exciting new chapter"),
    ("You will meet really amazing people.", "really amazing people"),
    ("Join an exciting and dynamic organisation.", "exciting and dynamic organisation"),
    ("It is a truly special place to work.", "truly special place"),
    ("Enjoy a phenomenal company culture in Pune.", "phenomenal company culture"),
    # either order: the noun, then the praise as what it is
    ("Our team is incredible.", "Our team is incredible"),
    ("The opportunity is truly unique.", "The opportunity is truly unique"),
    ("This role is super exciting.", "This role is super exciting"),
    ("The culture here is amazing.", "The culture here is amazing"),
    # the employer's own claim, not the hire's duty (dev 0381)
    ("We provide a dynamic learning environment that pushes our students.", "dynamic learning environment"),
    # a digit inside a name is no measure
    ("Join an amazing team in K-12 education.", "amazing team"),
    # the place the work happens, praised
    ("Pickers work in a high-energy warehouse where the day flies by.", "high-energy warehouse"),
    ("Join our buzzing kitchen in Galway.", "buzzing kitchen"),
    # an opportunity praised by its size alone
    ("Huge opportunity for the right person.", "Huge opportunity"),
    ("Endless opportunities to learn.", "Endless opportunities"),
    # attitude and personality with a hype word
    ("Must have a great personality.", "great personality"),
    ("An exceptional attitude is a must.", "exceptional attitude"),
    # idioms and sets (from the blind5 set's misses, now development data)
    ("The post holder will undertake a varied portfolio of responsibilities.", "varied portfolio of responsibilities"),
    ("Seeking a hands-on, roll-up-your-sleeves operator.", "roll-up-your-sleeves"),
    ("Do you have a heart of gold?", "heart of gold"),
    ("Fantastic prospects for career progression.", "Fantastic prospects"),
    ("Become part of a winning team.", "winning team"),
    ("We are a leading light in the sector.", "leading light"),
    ("Be willing to turn your hand to anything.", "turn your hand to anything"),
    ("Good all-rounder needed.", "Good all-rounder"),
    ("You'll need a great work ethic.", "great work ethic"),
    ("Bags of enthusiasm.", "Bags of enthusiasm"),
    ("Finding people with the right attitude is just as essential as a great CV.", "the right attitude"),  # 0084
    # dev-corpus lines (ids of ../shared/corpus/dev)
    ("We believe that this would be a very interesting role with a wide scope.", "very interesting role"),  # 0197
    ("If you are looking for a long-term fit with a best in class organization then you should apply now.",
     "best in class organization"),  # 0356
])
def test_composed_hype_fires(text, span):
    assert codes_on(text, span), [(d.code, d.match) for d in vague(text)]


@pytest.mark.parametrize("text", [
    # a figure in the phrase: the claim is checkable (skip `measured`)
    "A fast-paced assembly line producing 600 chairs a week.",
    "An exciting role running a 40-bed surgical ward.",
    # the noun continues into something else: the noun praised is not the ad's
    pytest.param("Deliver exceptional candidate experience for every applicant.",  # after dev 0527
                 marks=pytest.mark.xfail(strict=True, reason="open (lead, session 28): V119 retrained on four more "
                                         "writers reads the whole duty as vague (3.1; the real-ad cross-validation "
                                         "judged 0527's 'Deliver exceptional candidate experience and have a passion "
                                         "for building teams' right); the composition rule stays silent as meant")),
    "Doximity is in a unique position to assist doctors in their careers.",  # dev 0671
    "Plan the amazing team events calendar for the year.",
    # other word senses and plain statements
    "Each sample gets a unique identifier.",
    "Dynamic positioning operators needed for offshore vessels.",
    "Measure the growth of seedlings twice a week.",
    "Outstanding invoices must be chased every Monday.",
    "Explain the exciting science of volcanoes to school groups.",
    "Patients with unique dietary needs are supported by our dietitians.",
    "Revenue growth of 30% in 2024 lets us open two sites.",
    # a mild praise word alone is plain English; only an intensifier makes it hype
    "You will join a friendly team of six.",
    "The special educational needs team supports 40 pupils.",
    # either order: what follows says what the praise is about
    "The team is great at spotting errors.",
    "The role is exciting to some people and dull to others.",
    "Our office is in Leeds.",
    # a market opportunity is the business's; a figure measures the opportunity
    "A huge opportunity exists to expand the client base in Europe.",  # after dev 0014
    "A massive opportunity to cut waste by 30% this year.",
    "This is a big opportunity for the charity to expand.",
    # a set of duties named right after; ranges of things
    "A wide range of duties including filing, scanning and answering the phone.",
    "We stock a wide range of work boots.",
    "Our care home offers a varied range of activities for residents.",
    # a personality welcomed, not asked for (dev 0055)
    "It's your opportunity to let us get to know your unique personality!",
    # an inspector's rating, not praise
    "We are an Outstanding rated school.",
    # what a duty verb makes or keeps: the hire's task (skip `duty`)
    "We need someone who can create an inspiring environment for children.",
    pytest.param("Maintain an inspiring atmosphere for every guest.",
                 marks=pytest.mark.xfail(strict=True, reason="open (vague12, session 29): V119 with the evaluative word "
                                         "classes reads the duty as vague (2.33: 'inspiring' counts as praise); the "
                                         "composition rule stays silent as meant")),
    "AirTight Management creates a high-performance culture and teams for its clients.",  # dev 0378
    # a competition's winners, a cricketer, a bid
    "The winning team receives a £500 bonus.",
    "The all-rounder batted at number six.",
    # negation and names
    "We are not an exciting company, just a reliable one.",
    "Exciting Events Ltd is hiring a coordinator.",
    "Remarkable Pens Ltd needs a warehouse operative.",
])
def test_composed_hype_near_misses_stay_silent(text):
    assert vague(text) == [], [(d.code, d.match) for d in vague(text)]


# -- catch-all duties with no task named -----------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Support the manager as required.", "Support the manager as required"),
    ("Assist colleagues where needed on the shop floor.", "Assist colleagues where needed"),
    ("Carry out general duties around the yard.", "Carry out general duties"),
    ("Handle assorted tasks for the practice.", "Handle assorted tasks"),
    ("Provide general support as required to the site manager.", "general support as required"),
    ("Help the chefs with whatever is needed during service.", "with whatever is needed"),
    ("You will also assist with general administrative duties.", "general administrative duties"),  # 0209
    ("Provide cover and assistance where required.", "Provide cover and assistance where required"),
    ("Be flexible and help with other tasks when asked.", "other tasks when asked"),
    ("Take on any tasks asked of you by the manager.", "any tasks asked of you"),
    ("Carry out reasonable requests from senior staff.", "Carry out reasonable requests"),
])
def test_catch_all_duties_fire(text, span):
    assert "V201" in codes_on(text, span), [(d.code, d.match) for d in vague(text)]


@pytest.mark.parametrize("text", [
    "Support the manager with rota planning and payroll.",
    "Assist the surgeon with wound closure and instrument counts.",
    "Cover the reception desk on Fridays from 1pm to 5pm.",
    "General duties include cleaning the grill and restocking the fridges.",
    "Performs other general administrative duties, including document filing and copying.",  # after 0420
    "Provide support to families where needed.",
])
def test_catch_all_near_misses_stay_silent(text):
    assert not [d for d in vague(text) if d.code == "V201"]


# -- skip `measured` ---------------------------------------------------------------------------------
def test_measure_is_read_in_the_phrase_only():
    # the figure after a comma measures something else: the pace claim stays a finding
    assert codes_on("Join our fast-paced team, and enjoy 25 days of leave.", "fast-paced")
    assert not codes_on("Work on a fast-paced line packing 1,200 units an hour.", "fast-paced")


# -- one finding per phrase --------------------------------------------------------------------------
def _d(code: str, start: int, end: int, category: str = "vague") -> Diagnostic:
    return Diagnostic(code=code, name=code.lower(), category=category, severity=Severity.info,
                      message="m", path="t.md", start=start, end=end)


def test_one_finding_per_phrase_keeps_the_longest_then_the_lower_code():
    kept = one_finding_per_phrase([_d("V107", 0, 10), _d("V113", 0, 15), _d("V114", 20, 30),
                                   _d("V105", 20, 30), _d("D201", 0, 10, "inclusive")])
    assert sorted((d.code, d.start, d.end) for d in kept) == [("D201", 0, 10), ("V105", 20, 30), ("V113", 0, 15)]


def test_one_finding_per_phrase_resolves_chains_like_a_plain_greedy_pass():
    # plain version: longest first, then lower code, keep what overlaps nothing kept
    found = [_d("V101", 0, 5), _d("V102", 4, 9), _d("V103", 8, 20), _d("V104", 19, 22), _d("V105", 30, 33)]
    plain = []
    for d in sorted(found, key=lambda d: (d.start - d.end, d.code, d.start)):
        if all(d.end <= k.start or k.end <= d.start for k in plain):
            plain.append(d)
    assert sorted(one_finding_per_phrase(found), key=lambda d: d.start) == sorted(plain, key=lambda d: d.start)


def test_one_phrase_two_rules_is_one_finding_and_a_suppressed_rule_leaves_the_other():
    text = "This is an exciting opportunity for a payroll clerk."
    assert len(codes_on(text, "exciting opportunity")) == 1
    # (vague9) V117 reads the same praise by its grammar: three rules, one phrase
    both = jdlint.lint_text(text + " <!-- jdlint-disable-line V107 V113 V117 -->\n", "t.md")
    assert [d.code for d in both.diagnostics if d.category == "vague"] == []
    alone = jdlint.lint_text(text + " <!-- jdlint-disable-line V107 V117 -->\n", "t.md")
    assert [d.code for d in alone.diagnostics if d.category == "vague"] == ["V113"]


# -- one finding per run of stock phrases in a sentence ------------------------------------------------
def test_a_run_of_stock_phrases_is_one_finding_with_each_phrase_related():
    text = "Exciting opportunity for a motivated individual to join a growing firm of surveyors.\n"
    report = jdlint.lint_text(text, "t.md")
    found = [d for d in report.diagnostics if d.category == "vague"]
    assert len(found) == 1
    run = found[0]
    assert run.match == "Exciting opportunity for a motivated individual"
    assert "'motivated individual' (V114)" in run.message
    assert [text[s:e] for s, e, _ in run.related] == ["Exciting opportunity", "motivated individual"]
    # taken apart again, each phrase keeps its own rule and advice
    phrases = each_phrase(report.diagnostics, text)
    assert [(d.code, d.match) for d in phrases if d.category == "vague"] == [
        ("V107", "Exciting opportunity"), ("V114", "motivated individual")]
    assert all(not d.related and d.line == 1 for d in phrases if d.category == "vague")


@pytest.mark.parametrize("text, count", [
    # two sentences: two findings
    ("Join our amazing team. We want a motivated individual.", 2),
    # far apart in one sentence (more than engine.PHRASE_RUN_GAP characters between)
    ("Join our amazing team, where you will plan routes for 30 vans across the county and the city, "
     "as a motivated individual.", 2),
    # an item ends between them in an ad flattened into one line
    ("Bring contagious energy around peopleMust be a team player", 2),
])
def test_phrases_apart_stay_apart(text, count):
    assert len([d for d in jdlint.lint_text(text + "\n", "t.md").diagnostics if d.category == "vague"]) == count


def test_a_finding_with_a_fix_keeps_its_own_line():
    # V108 offers an edit ('leverage' -> 'use'); merged, the edit would be lost
    text = "Leverage synergies and best-in-class tools.\n"
    found = [d for d in jdlint.lint_text(text, "t.md").diagnostics if d.category == "vague"]
    assert any(d.fix is not None for d in found)
    assert all(not d.related for d in found if d.fix is not None)
