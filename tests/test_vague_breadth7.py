"""Vague phrasing in wording no list holds (helper vague7): classes, not phrases.

Strangers write vague text in fresh idioms, so recall comes from composition: a verb or qualifier
class joined to a head class in rules/vague.yaml. V115 (stock-metaphor) holds the machine, magic,
hero, vital-organ, sport and war families; V116 (hollow-superlative) a superlative x a noun the ad
is about x a boundless scope, and the stock forms of "unrivalled"; V114 gains energy and vibes as a
quantity, the undefinable quality and the hire who "just gets it"; V201 gains help offered
"wherever the store needs it", catch-alls with a place between them and "as directed", and work
known only by how it arrives. Each class has near-misses that must stay silent: the literal trade,
a proper name, negation, quoted copy, a list that names the work, energy as a trade. Fixture text is
written for these tests (none of it is in the held-out file tests/data/vague_cases_heldout7.yaml).
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.engine import each_phrase


def vague(text: str) -> list:
    report = jdlint.lint_text(text + "\n", "t.md")
    return [d for d in each_phrase(report.diagnostics, report.source.text) if d.category == "vague"]


def codes_on(text: str, phrase: str) -> set[str]:
    """Codes of the vague findings that overlap ``phrase`` in ``text``."""
    at = text.index(phrase)
    return {d.code for d in vague(text) if d.start < at + len(phrase) and at < d.end}


@pytest.mark.parametrize("text, phrase, code", [
    # the team as a machine
    ("Our kitchen is a well-tuned machine.", "well-tuned machine", "V115"),
    ("The dispatch office runs like clockwork.", "runs like clockwork", "V115"),
    ("You'll be a vital cog in our sales machine.", "cog in our sales machine", "V115"),
    # work as magic
    ("Sprinkle some magic on every booking.", "Sprinkle some magic", "V115"),
    ("Our florists bring their own special magic to each bouquet.", "bring their own special magic", "V115"),
    ("Good service is our secret sauce.", "our secret sauce", "V115"),
    # staff as heroes
    ("Our chefs are the unsung heroes of the hotel.", "unsung heroes", "V115"),
    ("Be the hero your tenants need.", "Be the hero", "V115"),
    # a role as the workplace's vital organ
    ("You will be the heart and soul of the bar.", "heart and soul of the bar", "V115"),
    ("Our receptionists are the backbone of the surgery.", "backbone of the surgery", "V115"),
    ("Pour your heart into every cup.", "Pour your heart into", "V115"),
    # sport
    ("Leave it all on the pitch each week.", "Leave it all on the pitch", "V115"),
    ("Our engineers are at the top of their game.", "top of their game", "V115"),
    ("Raise your game in our academy.", "Raise your game", "V107"),  # V107's list has it
    ("She never drops the ball with a client.", "never drops the ball", "V115"),
    ("Join a team of champions on the tools.", "team of champions", "V115"),
    # war
    ("Ready to go into battle for our clients?", "go into battle", "V115"),
    ("We are on the front line of the fight against fraud.", "front line of the fight", "V115"),
    ("Our sales team conquers new markets every year.", "conquers new markets", "V115"),
    # hollow superlatives
    ("The finest team in Yorkshire is looking for a sous chef.", "finest team in Yorkshire", "V116"),
    ("We have the friendliest team in town.", "friendliest team in town", "V116"),
    ("They are the nicest people you'll ever work with.", "nicest people you'll ever work with", "V116"),
    ("This is an opportunity like nothing you've seen.", "like nothing you've seen", "V116"),
    ("Our shop is one of a kind.", "one of a kind", "V116"),
    ("Grab this once-in-a-blue-moon chance.", "once-in-a-blue-moon", "V116"),
    ("Our stylists are a cut above the rest.", "a cut above the rest", "V116"),
    # praise of a group or a chance (V113's offer nouns)
    ("A really lovely bunch of people.", "really lovely bunch", "V113"),
    # energy and vibes, the undefinable quality, fitting in, personality (V114)
    ("We need someone with heaps of energy.", "heaps of energy", "V114"),
    ("You have tons of enthusiasm.", "tons of enthusiasm", "V114"),
    ("Our café runs on great vibes.", "great vibes", "V113"),  # V113's atmosphere class
    ("Do you have the X-factor?", "the X-factor", "V114"),
    ("You have that special something.", "that special something", "V114"),
    ("We want someone who just gets it.", "just gets it", "V114"),
    ("The ideal candidate just clicks with the team.", "just clicks with the team", "V114"),
    ("You bring a sparkling personality to the front desk.", "sparkling personality", "V114"),
    # vague duties (V201)
    ("Lend a hand wherever it's needed.", "Lend a hand wherever it's needed", "V201"),
    ("Help out wherever the practice needs you.", "Help out wherever the practice needs you", "V201"),
    ("Cover general duties in the yard as directed.", "general duties in the yard as directed", "V201"),
    ("Assist with sundry admin when asked.", "sundry admin", "V201"),
    ("Provide cover for other roles when required.", "cover for other roles when required", "V201"),
    ("Jump in on anything that lands on your desk.", "anything that lands on your desk", "V201"),
    ("Keep things ticking over when the manager is away.", "Keep things ticking over", "V201"),
    ("Support the smooth running of the site.", "smooth running of", "V201"),
    ("Take on a range of tasks to support the team.", "a range of tasks to support", "V201"),
    # idioms of belonging, reliability and sharpness (V107's lists)
    ("Someone who is always on the ball.", "on the ball", "V107"),
    ("You are quick off the mark and sharp as a tack.", "sharp as a tack", "V107"),
    ("Nothing is too much trouble for you.", "Nothing is too much trouble", "V107"),
    ("You will be on top of everything.", "on top of everything", "V107"),
    ("Keep the show on the road when the manager is away.", "Keep the show on the road", "V107"),
    ("We've got your back.", "got your back", "V107"),
    ("An exciting, fast-moving world awaits.", "world awaits", "V113"),
    # third batch: slang praise, hyphenated attitudes, legends sought, growth figures, more catch-alls
    ("We're a cracking little team.", "cracking little team", "V113"),
    ("This is a ripper of a role.", "ripper of a role", "V116"),
    ("Looking for a legend behind the bar.", "legend", "V115"),
    ("Candidates with a never-say-die attitude are preferred.", "never-say-die attitude", "V114"),
    ("A bubbly and outgoing nature is a must.", "bubbly and outgoing nature", "V114"),
    ("You must be a hardworking and sincere candidate.", "hardworking and sincere candidate", "V114"),
    ("Our growth has been off the charts.", "off the charts", "V107"),
    ("Cover duties as and when.", "as and when", "V201"),
    ("You may be asked to do other things from time to time.", "other things from time to time", "V201"),
    ("Deal with anything that pops up.", "anything that pops up", "V201"),
    ("Sort out whatever needs sorting.", "whatever needs sorting", "V201"),
    ("Assist in all areas of the business as required.", "all areas of the business as required", "V201"),
    # fourth batch: the hire's share of the success, stock forms, quantities of common sense
    ("You'll be a key part of our success.", "key part of our success", "V113"),
    ("An opportunity not to be missed.", "opportunity not to be missed", "V116"),
    ("We're the number one choice for families in Perth.", "number one choice", "V116"),
    ("A company with a difference.", "company with a difference", "V116"),
    ("Our engineers are the best of the bunch.", "best of the bunch", "V116"),
    ("We want a happy, smiley person on reception.", "happy, smiley person", "V114"),
    ("Plenty of common sense required.", "Plenty of common sense", "V114"),
    ("You'll be a breath of fresh air on the ward.", "breath of fresh air", "V107"),
    ("Help out with a bit of this and a bit of that.", "a bit of this and a bit of that", "V201"),
    ("Assist with general housekeeping as directed.", "general housekeeping as directed", "V201"),
    ("Support the team in any way you can.", "Support the team in any way you can", "V201"),
    ("Pitch in when things get busy.", "Pitch in when things get busy", "V201"),
    # fifth batch: nowhere else like it, the ship and the storm, the impossible made possible
    ("It's a workplace unlike anywhere else.", "unlike anywhere else", "V116"),
    ("You won't find a better team anywhere.", "find a better team anywhere", "V116"),
    ("We need a captain to steer the ship.", "steer the ship", "V115"),
    ("Be the calm in the storm for our guests.", "calm in the storm", "V115"),
    ("You'll make the impossible possible.", "make the impossible possible", "V115"),
    ("Our porters are the real MVPs.", "real MVPs", "V115"),
    ("You'll be at the coalface of customer service.", "coalface of", "V115"),
])
def test_each_class_fires(text, phrase, code):
    assert code in codes_on(text, phrase)


@pytest.mark.parametrize("text", [
    # the literal trade, or the words in another sense
    "Oil the machine on the packing line every Monday.",
    "Our magicians perform card tricks and magic shows at children's parties.",
    "Heart surgery patients recover on Ward 5.",
    # 'our' alone weighed +1.9 until models15 capped function words (1.81 then); the lead's retrain with vague15's rules
    # (other real-ad negatives) put it at 2.21 on 'back' and 'clinic'; vague16's retrain (V113's contrast class) is below
    "Back pain is the commonest complaint in our physio clinic.",
    "Replace the backbone of the network with fibre switches.",
    "Our engine room crew maintain two diesel generators.",
    "Our front line staff answer 200 calls a day.",
    "Take a seat at the reception desk and greet visitors.",
    "Train pilots to read the attitude indicator.",
    "The best before date must be checked on every pallet.",
    "We follow best practice in infection control.",
    # energy as a trade, not a trait
    "Our heat pumps cut energy bills by 30%.",
    "Customers who use lots of energy get a free smart meter.",
    "Energy efficiency audits of 20 homes a week.",
    # proper names
    "Hero Motors is recruiting a mechanic.",
    "The Good Vibes Cafe in Brighton is hiring baristas.",
    # negation
    "We are not a well-oiled machine: our processes are new.",
    "You don't need to be a hero: shifts are shared and covered.",
    # a superlative backed by evidence in the sentence
    "We were voted the best employer in the county by the 2025 staff survey.",
    "GSA was named one of the Best Places to Work in the federal government.",
    # quoted copy in a marketing duty
    "Write ad copy such as 'a taste like no other' for the client.",
    # duties a list or a time names
    "Cover the front desk when the receptionist is at lunch, 1pm to 2pm.",
    "Other duties include stock counts on Fridays.",
    "Provide general admin support: filing, post and diaries.",
    "Flexible hours: choose any four days.",
    "Take on a range of tasks, such as filing, to support the team.",
    pytest.param("Are you passionate about keeping things running? Service the packing machines on our night shift.",
                 marks=pytest.mark.xfail(strict=True, reason="open (lead, session 28): V119 retrained on four more "
                                         "writers reads the hook question alone as vague (2.6); the named rules stay silent")),
    # "on top of everything" as "besides" (dev 0337), a ball in a sports job
    "On top of everything we offer, you get a free gym pass.",
    "Coach the under-12s to keep their eyes on the ball.",
    "Coach the under-10s to drop the ball and kick it.",
    # heroes and legends in other senses, things that come up, a list after "from time to time"
    "We need a hero image for every product page.",
    "Play League of Legends with our esports team.",
    "Read the map legend before planning the route.",
    # models15's xfail (writer Q lifted anything/whatever) cleared by vague35's retrain with writers W and X (1.7),
    # back at session 36's merge retrain, cleared again by session 37's (v119_37's if-then-duty class)
    "Call the duty manager if anything comes up overnight.",
    "We take a flexible approach to work: choose your hours.",
    "You will also lead other projects from time to time, such as the annual stock take.",
    # open in session 49 (v119_49 read 'as and when' as hours left open, 1.70); silent again with session 50's plain
    # classes (tests/data/vague_plain_classes50.yaml)
    "Cover shifts as and when staff are off sick.",
    "You will be a key member of the finance team, reporting to the CFO.",
    "Ranked the number one employer in the 2024 Sunday Times survey.",
    "A happy, healthy workforce is our aim.",
    "Do your bit of the rota by Friday.",
    "Use common sense when lifting and follow the manual handling guide.",
    "Pitch in when the delivery truck is late.",
    # the ship and the storm aboard a vessel
    "Take the helm of the ferry on the Portsmouth crossing.",
    "Steer the ship through the harbour under the skipper's direction.",
    # a group of people, counted and described
    "A bunch of six volunteers helps on Saturdays.",
    "Everyone fits in the van: it seats nine.",
])
def test_near_misses_stay_silent(text):
    assert [d.match for d in vague(text)] == []
