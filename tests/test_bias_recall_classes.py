"""Issue 14's recall classes (bias4): the mechanisms behind them, tested directly on real-ad wording.
The case files (tests/data/bias_cases_frames2.yaml 'f2-b5-', bias_cases_indep3.yaml) score the classes;
these tests pin what each piece of code promises: one finding per word between D103 and D110, the one
home of 'accommodation offered in this sentence', and a safety reason read in the sentence only."""
from __future__ import annotations

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import Severity


def findings(text: str, *select: str):
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=select or ("D",)))
    return [(d.code, d.severity, d.trigger) for d in report.diagnostics]


def test_a_group_word_in_a_frame_is_d110s_and_d103_leaves_it():
    assert findings("Would suit a strong lad for lifting sacks of feed.") == [
        ("D110", Severity.warning, "Would suit a strong lad")]
    # the same word with no frame stays D103's wording note
    assert findings("The lads in the yard will show you the forklift.") == [("D103", Severity.info, "lads")]


def test_d103_alone_still_reports_a_framed_word():
    """D103 leaves a word only to a D110 that runs: selected alone it reports as before."""
    assert findings("Would suit a strong lad for lifting sacks of feed.", "D103") == [
        ("D103", Severity.info, "lad")]


def test_a_possessive_group_word_names_whose_thing_it_is():
    """'our ladies' fashion range ... we need' was a D103 warning: the hiring frame read the sentence,
    but the word is a modifier of the range, not the people wanted."""
    assert findings("Our ladies' fashion range is growing, so we need a merchandiser.") == [
        ("D103", Severity.info, "ladies")]
    assert findings("Two more lads needed for the packing line.", "D103") == [("D103", Severity.warning, "lads")]


def test_accommodation_offered_in_the_sentence_lowers_a_phrase_rule():
    assert findings("Must be able-bodied, with or without reasonable accommodation.", "D401") == [
        ("D401", Severity.info, "able-bodied")]
    assert findings("Must be able-bodied, as the work is heavy.", "D401") == [
        ("D401", Severity.warning, "able-bodied")]
    # a refusal is no offer: the sentence stays a warning (D406 reports the refusal itself)
    assert any(s == Severity.warning for _, s, _ in findings("Must be able-bodied; no reasonable adjustments can be made."))


def test_accommodation_offered_in_sentence_is_one_home_and_refusals_are_no_offer():
    from jdlint.context import FileAnalysis
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile
    from jdlint import nlp as nlp_module

    nlp = nlp_module.load(None)

    def offer(text: str):
        document = parse_document(SourceFile("job.md", text, "markdown"))
        return FileAnalysis(document, nlp(document.text), {}, Config()).accommodation_offered_in_sentence(0)

    assert offer("Lift 20 kg, with or without reasonable accommodation.") == "with or without reasonable accommodation"
    assert offer("Lift 20 kg; no reasonable accommodation will be provided.") is None
    assert offer("Lift 20 kg every day.") is None


def test_a_safety_reason_lowers_only_in_its_own_sentence():
    assert findings("Hair must be tied back or covered in the food preparation area.", "D810")[0][1] == Severity.info
    assert findings("For safety, no loose religious items or jewellery may be worn near the dough mixers.",
                    "D710")[0][1] == Severity.info
    # a hygiene rule in the paragraph does not excuse a ban in the next sentence
    assert findings("Hairnets are worn in the bakery. Staff may not wear headscarves at the counter.", "D710") == [
        ("D710", Severity.warning, "may not wear headscarves")]


def test_fit_frames_need_a_protected_term_and_a_team_description_needs_a_fit():
    # D310 alone (with every D rule on, D303 reports 'young team' and D310 defers to it)
    assert findings("You'd fit right in with our young team.", "D310") == [
        ("D310", Severity.warning, "fit right in with our young team")]
    assert findings("A Muslim would fit in best with our team.", "D710")[0][:2] == ("D710", Severity.warning)
    assert findings("Anyone who loves a good puzzle will fit right in.") == []
    assert findings("Join our young, friendly team in Bristol.", "D310") == []


def test_both_sexes_named_together_are_no_hiring_frame():
    """'lads and lasses' widens: D103 keeps its note at info, and D110 reads the pair as another sense."""
    assert findings("We are looking for lads and lasses to join the warehouse.") == [("D103", Severity.info, "lads")]


def test_a_list_running_into_a_deferred_rules_match_is_that_rules_one_finding():
    """'presentable' (D810) listed before 'pretty faces' (D801's): one finding, D801's, not two."""
    assert findings("We want presentable, pretty faces at reception.") == [("D801", Severity.warning, "pretty faces")]
    # alone, the looks word in its frame is still D810's
    assert findings("Applicants should be presentable and easy on the eye.")[0][:2] == ("D810", Severity.warning)


def test_an_exclusion_of_d104s_words_is_d110s():
    """D104 (sex preference) skips a negated match and D110 defers to D104, so "we can't hire female
    drivers" fell between them; D110 declares that D104 skips negated matches (defer-skips-negated)."""
    assert findings("Sorry, we can't take on female drivers for the night routes.") == [
        ("D110", Severity.warning, "can't take on female")]
    assert findings("We do not take on female staff.") == [("D110", Severity.warning, "do not take on female")]
    # not an exclusion: a denial of discrimination, and D104's own preference stays D104's
    assert findings("We do not discriminate against female applicants.") == []
    assert findings("Female candidates preferred.") == [("D104", Severity.error, "Female candidates")]


def test_a_however_aside_does_not_end_the_clause():
    """"however" ends a clause ("no hats, however religious head coverings are fine"), but "however" and
    one word between commas is an aside that widens the screen: the frame reaches across it."""
    # (the finding holds the whole person since frame45's person slot: "anyone with a conviction")
    assert findings("Anyone with a conviction, however old, will not be considered.", "D910") == [
        ("D910", Severity.warning, "Anyone with a conviction, however old, will not be considered")]
    assert findings("We prefer men, however, all are welcome.", "D110") == [("D110", Severity.warning, "prefer men")]


def test_fitting_in_made_a_condition_on_the_hire():
    assert findings("We feel the new trainee would settle in best if they were a practising Muslim too.", "D710") == [
        ("D710", Severity.warning, "settle in best if they were a practising Muslim")]
    assert findings("New starters settle in quickly with our buddy scheme, whatever their faith.", "D710") == []


def test_a_possessive_pronoun_taking_a_duty_after_a_relation_is_the_hire():
    """'reports to the contracts manager, and his first job will be ...': the subject carries over to
    a possessive whose noun takes the duty, as to 'and he must hold'."""
    text = ("The new site supervisor will report to the contracts manager, and his first job will be "
            "to get the snagging list under control.")
    assert findings(text, "D102") == [("D102", Severity.warning, "his")]
    assert findings("You will report to the head chef, and his kitchen will be your classroom.", "D102") == []


def test_nobody_with_a_characteristic_and_the_job_needing_one_kind_of_person():
    assert findings("Nobody with a criminal record need apply.", "D910") == [
        ("D910", Severity.warning, "Nobody with a criminal record")]
    assert findings("No one over 50 will be considered.", "D310") == [("D310", Severity.warning, "No one over 50")]
    assert findings("The role needs a man who can handle heavy lifting.", "D110") == [
        ("D110", Severity.warning, "role needs a man")]
    # "nobody" with no qualifier excludes no one; a job needing a kind of worker names no characteristic
    assert findings("Nobody is expected to work weekends, whatever their age.") == []
    assert findings("Our team needs a chef who loves cooking for older customers.") == []
