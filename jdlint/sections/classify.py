"""Wording classification of sentences and blocks: which section kinds a sentence shows
outright (pay, how-to-apply, eeo, location, schedule) and how much a block reads like duties,
requirements, preferred qualifications, benefits or an employer intro (scores the sequence decoder
weighs). Verb lists are data (``jdlint/data/section_terms.yaml``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..context import EEO_TABLE_READERS, PROTECTED_CLASSES, eeo_statement, negated_in
from ..extract.pay import shows_pay_figure
from ..propernames import is_role_noun, organisation_nouns
from ..sentences import has_words, sentence_spans
from ..regex_screen import EVERYTHING, MatchStarts, ScreenedGroup
from ..regexes import LazyPattern, LowerCaseRegex, contains_any, guarded, required_literals, safe_lower
from . import terms
from .. import regex_programs, verbforms
from ..sentence_memo import sentence_memo

_DUTY_VERBS = terms.duty_verbs()
_DUTY_PHRASES = LowerCaseRegex(LazyPattern(terms.wording("duty_phrases"), re.I), guard=True)
_ANYWHERE_VERBS = terms.anywhere_verbs()


#: duty verbs anywhere in a sentence (verb forms only: "manages", not "manager")
_DUTY_ANYWHERE = LowerCaseRegex(LazyPattern(
    r"\b(?:" + verbforms.alternation(f for v in _ANYWHERE_VERBS for f in verbforms.inflections(v)) + r")\b", re.I))
#: duty verbs in their -ing form anywhere in a sentence (``duty_gerunds``), for a run of them
_DUTY_GERUNDS = LowerCaseRegex(LazyPattern(terms.wording("duty_gerunds"), re.I), literal_test=True)
#: different duty verbs in the -ing form that make a sentence a run of duties, and what it adds
DUTY_RUN_VERBS = 3
DUTY_RUN_SCORE = 1.0
#: a sentence's intro score (``_intro_score``) from which a run of -ing verbs in it is the employer's work
RUN_INTRO = 1.0
_REQ_STRONG = LowerCaseRegex(LazyPattern(terms.wording("requirement_strong"), re.I), guard=True, starts=MatchStarts)
_REQ_WEAK = LowerCaseRegex(LazyPattern(terms.wording("requirement_weak"), re.I), literal_test=True, guard=True)
_PREF_PHRASES = LowerCaseRegex(LazyPattern(terms.wording("preferred"), re.I), literal_test=True, guard=True)
#: wording tables (jdlint/data/section_terms.yaml, `wording`); benefit terms: strong ones name a
#: benefit outright, weak ones are softer perks and phrasing
_BENEFIT_STRONG = LowerCaseRegex(LazyPattern(terms.wording("benefit_strong") + "|" + terms.wording("benefit_given"), re.I),
                                 guard=True, starts=MatchStarts)
_BENEFIT_GIVEN = LowerCaseRegex(LazyPattern(terms.wording("benefit_given"), re.I), literal_test=True)
#: the gift grammar (``benefit_gift``): read as strong benefit terms that are their own offer, as
#: ``benefit_given`` is, but kept out of the RE2 screen (``_TABLES``), where its open noun phrase
#: grew the automaton (peak RSS +11 MB over the dev corpus' sentences); its literal test (the
#: giving words) rules most sentences out instead (``_Sentence.strong_spans``)
_BENEFIT_GIFT = LowerCaseRegex(LazyPattern(terms.wording("benefit_gift"), re.I), literal_test=True, branch_test=True)
_BENEFIT_WEAK = LowerCaseRegex(LazyPattern(terms.wording("benefit_weak"), re.I), guard=True, starts=MatchStarts)
#: benefit words that name no perk of the hire (section_terms.yaml): a leave the hire stands in
#: for, employment decisions a policy applies to, the work's own inputs as what a gift gives
_LEAVE_COVERED = LazyPattern(terms.wording("leave_covered"), re.I)
_EMPLOYMENT_DECISIONS = LazyPattern(terms.wording("employment_decisions"), re.I)
#: employment decisions that make a sentence a policy's scope (``employment_decisions``)
POLICY_SCOPE_DECISIONS = 2
_WORK_INPUTS = LazyPattern(terms.wording("work_inputs"), re.I)
#: the head of a longer noun phrase before the gift grammar's match: "Documentation for a sample
#: operation is provided" (the grammar matched from "a"); searched in the few words before it
_HEAD_BEFORE_GIFT = LazyPattern(r"([A-Za-z][\w-]*)\s+(?:for|of|on|about|from|with|in)\s+$")
#: how far before a gift its noun phrase's head is looked for
_HEAD_WINDOW = 40
#: the last break of a clause before a gift (what follows it is the gift's clause)
_CLAUSE_START = LazyPattern(r".*[,;:()!?]|.*\.\s")
_INTRO_STRONG = LowerCaseRegex(LazyPattern(terms.wording("intro_strong"), re.I), starts=MatchStarts)


def _organisation_verb_forms() -> frozenset[str]:
    """What a named organisation is said to do: ``organisation_verbs`` as written ("is", "makes",
    "supplies", "runs") and every duty verb in the third person ("manages", "oversees")."""
    return (frozenset(terms.organisation_verbs()) | {verbforms.third_person(v) for v in _DUTY_VERBS}) - _HIRING_VERBS


#: an organisation that "seeks", "hires" or "recruits" is announcing the job, not saying what it is
_HIRING_VERBS = frozenset({"seeks", "hires", "recruits", "invites", "wants", "needs", "requires"})


#: "Acme makes ...", "90 Seconds is the world's ...", "Brightwater Housing manages 4,000 homes": a
#: sentence whose subject is a named organisation (``_named_organisation_subject``). The pattern
#: finds the capitalised name and its verb; the function decides whether the name is a job title
#: instead.
_NAMED_SUBJECT = LazyPattern(
    r"^\W*"
    # an opening frame of time or place before the name: "For over 30 years, Maple Homes has
    # built ...", "Since 1990, Acme has ...", "Today, Acme employs ..."
    r"(?:(?:For (?:over |more than |almost |nearly |the (?:last|past) )?(?:\d+|decades|generations|years|a century)"
    r"|(?:Since|In) (?:\d{4}|its|it was)|Today|Founded|Established|Headquartered)\b[^,.;:!?]{0,50},\s+)?"
    r"(?:The\s+(?=[A-Z]))?"  # "The Canadian Digital Service (CDS) is changing ...": a name, not "The role is"
    r"(?!(?:You|We|The|This|Our|As|In|If|It|They|He|She|Candidates?|Applicants?|Responsibilities|Requirements|Duties|Must|Ability|Experience|Strong|Excellent|Work|Please|Apply|Successful|Ideal|Selected|Role|Position|Job"
    # the job's terms, not an organisation: "Pay is commensurate with experience", "Travel is required"
    r"|Pay|Salary|Compensation|Wages?|Bonus|Commission|Travel|Training|Hours|Benefits|Overtime|Relocation|Housing"
    r"|Parking|Attendance|Education|Location|Schedule|Employment|Onboarding|Interviews?|Shifts?"
    # the hiring's own terms: "Posts are subject to an enhanced DBS check", "Details are based upon
    # current membership criteria" (sections18i, real ads)
    r"|Details|Posts?"
    # perks as a sentence's subject: "Mileage is paid at 45p a mile", "Uniform is provided"
    r"|Mileage|Breaks|Holidays?|Leave|Uniforms?|Lunch|Meals?|Expenses|Pensions?|Insurance|Tips|Discounts?)\b)"
    # "Centers of Excellence (CoE) work with ...": a name may join its words with of / and / for
    # and may spell itself out in brackets: "CAMS (Community Association Management Services)"
    r"(?:[A-Z0-9][\w&.'’-]*\s(?:(?:of|and|for|&)\s(?=[A-Z]))?){0,6}?(?P<head>[A-Z][\w&.'’-]*)(?:\s\([A-Z][^()]{1,60}\))?"
    # "Esri's GIS technology inspires ...", "Leepfrog Technologies' CourseLeaf software is used by ...":
    # the organisation's product or team as the subject
    r"(?:(?<=['’])\s(?:[A-Z][\w-]*\s){0,2}[a-z]+(?:\s[a-z]+)?|(?<=['’]s)\s(?:[A-Z][\w-]*\s){0,2}[a-z]+(?:\s[a-z]+)?)?"
    # an apposition between the name and its verb: "The Centers of Excellence (CoE), part of
    # GSA/TTS works directly with ...", "Acme, a family firm since 1950, makes ...", "CAMS (...), one
    # of the fastest-growing HOA management companies in the southeastern US, was founded on ..."
    r"(?:,\s(?:part of|an?|the|one of)\s[^,.;:!?]{1,90}?,?)?"
    # a centre, lab or department placed in its parent body: "The Center for High Throughput
    # Computing (CHTC) at the University of Wisconsin-Madison provides ...", "The Smith Lab at
    # Stanford University studies ..." (sections15, real ads)
    r"(?:\s(?:at|of|within)\s(?:the\s)?(?:[A-Z][\w&.'’-]*\s(?:(?:of|and|for|&)\s(?=[A-Z]))?){0,5}[A-Z][\w&.'’-]*,?)?"
    r"\s(?P<verb>" + "|".join(sorted(_organisation_verb_forms(), key=lambda v: (-len(v), v))) + r")\b"
    # a verb takes an object or a complement; a plural noun in a list does not: "Empathetic
    # coaches, mentors, and advocates who ..."
    r"(?!\s*(?:[,;&]|and\b|or\b))"
    # the hire, not the organisation: "Ledgent is partnering with our client ... to hire",
    # "Hyatt Place is currently seeking"
    r"(?!\s+(?:currently\s+|now\s+|actively\s+)?(?:seeking|hiring|looking for|looking to (?:hire|recruit|appoint|employ|add|fill|find|bring)|recruiting|searching for|partnering with (?:our|a|an) client))"
    # (sections19, real ads) nor the post it has: "Oxfordshire Community Land Trust has a vacancy for a
    # Project Officer", "Acme has two new positions" ("Acme has 40 staff", "Acme has grown" stay its own)
    r"(?!(?<=has|ave)\s+(?:an?\s+|\w+\s+)?(?:(?:new|exciting|excellent|immediate|great|rare|fantastic|unique|part[- ]time|full[- ]time)\s+)?"
    r"(?:vacanc(?:y|ies)|openings?|positions?|posts?|jobs?|roles?)\b)")
_ORGANISATION_NOUNS = organisation_nouns()


def _organisation_name_head(s: str) -> str | None:
    """The last word of the named organisation the sentence opens with, doing something: a
    capitalised name whose last word is not a job title's noun ("The Store Manager is
    responsible for ..." is the job), then one of ``_organisation_verb_forms``, and not saying
    whom it hires. None when the sentence does not open so."""
    m = _NAMED_SUBJECT.match(s)
    if m is None:
        return None
    head = m.group("head")
    if head.lower() not in _ORGANISATION_NOUNS and is_role_noun(head):
        return None
    return head


def _named_organisation_subject(s: str) -> bool:
    return _organisation_name_head(s) is not None


_EMPLOYER_KINDS = "(?:" + "|".join(sorted(map(re.escape, terms.employer_kind_nouns()), key=lambda n: (-len(n), n))) + ")"
#: the employer told by its kind, as the subject of what it does: "In addition to treatment, the
#: practice offers psychological assessments", "The firm has advised family businesses since
#: 1990" (at the start, or after one opening clause); not what it offers the hire ("the company
#: offers you ..."), whom it seeks, where it is, nor a list ("the company and its partners")
_EMPLOYER_KIND_SUBJECT = LazyPattern(
    r"^\W*(?:[^,.;:!?]{1,60},\s*)?(?:the|our) " + _EMPLOYER_KINDS
    + r"\s(?:" + "|".join(sorted(_organisation_verb_forms(), key=lambda v: (-len(v), v))) + r")\b"
    r"(?!\s*(?:[,;&]|and\b|or\b))"
    r"(?!\s+(?:currently\s+|now\s+|actively\s+|also\s+)?(?:seeking|hiring|looking for|looking to (?:hire|recruit|appoint|employ|add|fill|find|bring)|recruiting|searching for|located|based|situated"
    r"|you|employees|staff|team members|a competitive|competitive|benefits|great benefits|an? (?:excellent|generous|attractive) )\b)",
    re.I)
#: the employer pointed at in one line: "This is bp south st gas station", "This is a family-run
#: bakery" (not "This is a full-time position", "This is a great opportunity to join a company"),
#: also after a break the sentence splitter does not take ("i need full or part time help...This is")
_EMPLOYER_POINTED = LazyPattern(
    r"(?:^|(?<=[\w)\]\x22'”’])[.!?…])\W*+(?:this|here) is (?:a |an |the )?(?:(?!(?:role|position|job|post|opportunit\w*|vacanc\w*|contract|chance|full|part)\b)"
    r"[\w&'’.-]+ ){0,4}" + _EMPLOYER_KINDS + r"\b(?!\s*(?:role|position|job|post)\b)", re.I)


def _employer_by_kind(s: str) -> bool:
    return _EMPLOYER_KIND_SUBJECT.search(s) is not None or _EMPLOYER_POINTED.search(s) is not None


#: words that may stand between "is a" and the employer's kind noun ("a physician-owned abortion
#: clinic", "an independent small-animal practice", "a Kirklees based UK Registered Charity"): any
#: word but one that starts a phrase of its own, so the noun is the predicate's head, not a noun
#: inside a phrase ("a key member of our practice", "a part-time post in a busy clinic" are not
#: the employer defined)
_KIND_MODIFIER = (r"(?:(?!(?:of|in|at|for|to|with|on|by|from|into|our|your|their|its|his|her|the|who|that|which|where"
                  r"|within|member|part|role|position|job|post|vacancy|opportunity|chance|place|candidate|person)\b)"
                  r"[\w&'’/-]+\s){0,6}?")
_EMPLOYER_KIND_HEAD = "(?i:" + _EMPLOYER_KINDS + r"(?:s|es)?)\b"  # "a UK Registered Charity"
#: the employer defined by what kind of body it is, whatever else the sentence says (it may also
#: announce the job, and it may sit under a heading of another kind): "Family Planning Associates is
#: a physician-owned clinic in Phoenix, seeking a Clinic Manager", "The New York Society Library is
#: an historic membership library founded in 1754", "We are a family-run bakery", "Colab, a 2 year
#: old worker-owned company based in NY, is looking for ...", "... join our team at Spotlight PA, an
#: award-winning independent newsroom". The subject is a capitalised name (not a job: "The Store
#: Manager is a ...", nor "This", "It", "You", the role or the candidate) or "we"; the noun is an
#: employer kind (section_terms.yaml employer_kind_nouns), never the job's ("position", "role").
_EMPLOYER_DEFINED = regex_programs.compile(
    # a fronted phrase of time or size may come first: "With 10 faculties and 25,000 students, the
    # University of Eastmoor is ..." (sections18i, real ads), after which the name's "the" is in lower case
    r"^\W*(?:(?:[A-Z][\w&.'’-]*:\s+)|(?:(?:Since|In|Founded in|Established in|With) (?:[^,.;:!?]|(?<=\d)[,.](?=\d)){1,60},\s+))?"
    r"(?:(?:[Tt]he\s+)?(?!(?:This|That|It|You|He|She|They|Our|Your|Their|The|A|An|As|If|In|At|For|With|Applicants?"
    r"|Candidates?|Successful|Ideal|Role|Position|Job|Post|Team|Work|Pay|Salary|Hours)\b)"
    # a name may open in lower case where a capital follows soon: "mLab", "eBay", "iFarm" (brands)
    r"(?P<name>(?:(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[\w&.'’-]*\s(?:(?:of|and|for|&|at|on|in)\s(?=[A-Z]))?){0,7}(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&.'’-]*)"
    r"(?:\s\([^()]{1,40}\))?(?:\s(?:is|are|has been|was founded as|was established as)|,)"
    r"|(?:[Ww]e are|[Ww]e['’]re|[Ww]e have been))"
    # the article, or a possessive in its place: "... is Canada's university", "... is the county's
    # largest building society" (the employer ranked within a place)
    r"\s(?:an?|the|one of the|one of|(?:the\s)?[A-Za-z][\w.-]*['’]s)\s" + _KIND_MODIFIER + _EMPLOYER_KIND_HEAD
    + r"|\b(?:at|join|with|for) (?:the )?(?P<joined>(?:[A-Z0-9][\w&.'’-]*\s){0,5}[A-Z][\w&.'’-]*), "
    r"(?:an?|one of the) " + _KIND_MODIFIER + _EMPLOYER_KIND_HEAD
    # the employer calling itself a team, a word as often the job's (employer_kind_nouns leaves it
    # out), said of "we" only: "We are a dynamic team that works from different places around the
    # world", "We're a small team of six" (not "a team player", "a team-first culture"); a team
    # that in the same breath seeks someone is named, not described ("We are a team of nurses
    # looking for a charge nurse")
    + r"|^\W*(?:[Ww]e are|[Ww]e['’]re) an?\s" + _KIND_MODIFIER + r"team\b(?![\s-]*(?:player|-))"
    r"(?![^.!?;]{0,80}\b(?:looking for|seeking|hiring|recruiting|searching for|in need of)\b)")


#: words that carry an apposition's definition on past its kind noun
_DEFINITION_GOES_ON = regex_programs.compile(
    r"\s+(?:in|at|on|near|across|throughout|based|located|headquartered|founded|established|since|with|for|of|from"
    r"|that|which|who|whose|where|covering|serving|offering|providing|specialising|specializing|working|making"
    r"|dedicated|committed|devoted|focused|focussed|run|owned|led)\b")


#: (sections19, real ads) an apposition that ranks the employer or places it by a possessive describes it
#: as a phrase after the kind noun does: "Edge Radio, Hobart's leading community radio station, is
#: looking for ...", "Acme, the region's largest independent builder, is hiring" ("Anderson Insurance
#: Associates, an independent agency, needs a clerk" only names its kind)
_APPOSITION_RANKS = regex_programs.compile(
    r"\b(?:leading|largest|biggest|oldest|newest|first|only|premier|foremost|best[- ]known|fastest[- ]growing"
    r"|most \w+|award[- ]winning|flagship|favou?rite|busiest|longest[- ]running)\b|\b[A-Za-z][\w.-]*['’]s\b", re.I)


def _employer_defined(s: str) -> bool:
    """Whether the sentence defines the employer by its kind (``_EMPLOYER_DEFINED``), with a name
    that is not a job title's ("The Clinic Manager is a ..." is the job)."""
    m = _EMPLOYER_DEFINED.search(s)
    if m is None:
        return False
    name = m.group("name") or m.group("joined")
    if name is None:
        return True  # "we are a ... company"
    if (m.group("joined") or s[m.end("name"):m.end("name") + 1] == ",") \
            and not _DEFINITION_GOES_ON.match(s, m.end()) \
            and not _APPOSITION_RANKS.search(s, m.end("name") if m.group("name") else m.end("joined"), m.end()):
        # an apposition that only names the kind names the employer ("Anderson Insurance
        # Associates, an independent agency, needs a clerk"); one that goes on to say where, since
        # when or what it does describes it ("Colab, a worker-owned company based in NY, ...")
        return False
    head = name.split()[-1]
    # a name whose head is a job's noun is the job ("The Assistant Manager is a ..."), unless the
    # name is longer than a job title usually is or is plural ("Serendipity Creative Writers is a
    # registered charity": a body named after the people it gathers)
    return not (head.lower() not in _ORGANISATION_NOUNS and is_role_noun(head) and not head.endswith("s"))


#: the employer placed: "Oxide is based in Emeryville, California", "The EcoEvoMatics lab is jointly
#: housed in the School of Biology", "The practice is located on the High Street" (sections18i, real
#: ads: where the organisation is, said of it at the end of the ad). The subject is a capitalised name
#: (a brand may open in lower case: "mLab"), a name with a lab's or group's noun after it, or the
#: employer by its kind ("the company", "our lab"); not the job ("The post is based in Hove", "This
#: role is located at ...", "The Store Manager is based in ..."), the hire, the team or the office.
_EMPLOYER_PLACED = regex_programs.compile(
    r"^\W*(?:(?:[Tt]he|[Oo]ur)\s+" + _EMPLOYER_KINDS.replace("(?:", "(?i:", 1)
    + r"|(?:[Tt]he\s+)?(?!(?:This|That|It|You|He|She|They|We|Our|Your|The|A|An|Position|Role|Job|Post|Vacancy|Work|Office"
    r"|Offices|Training|Interviews?|Shifts?|Candidates?|Applicants?|Successful|Ideal|Team|Department|Everyone|All"
    r"|Schedule|Pay|Salary|Hours|Location|Details|Posts?)\b)"
    r"(?P<name>(?:(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[\w&.'’-]*\s(?:(?:of|and|for|&|at)\s(?=[A-Z]))?){0,6}(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&.'’-]*)"
    r"(?:\s\([^()]{1,40}\))?(?:\s(?:lab|laboratory|group|centre|center|institute|unit|project))?)"
    # placed, not "based on" (what a thing depends on: "Schedule is based on the needs of the organization")
    r"\s(?:is|are)\s(?:[a-z]+ly\s)?(?:(?:based|headquartered|housed)\s(?:in|at|within|out of)|(?:located|situated)\s(?:in|at|within|on))\b")


#: the employer growing (sections18i, real ads): "As the Church continues to grow we are seeking ...",
#: "From a process perspective, Mama Money has been growing rapidly, which means ...", "Since 2019 the
#: practice has doubled", "We have grown to 40 people". The subject is a capitalised name, the
#: employer by its kind ("the company", "our church") or "we" (in the perfect or with a pace only:
#: "we are growing fast", not "as we grow, you grow"); not the role, the hire, the team or a
#: figure ("Sales have grown", "Your responsibilities will grow").
_EMPLOYER_GROWING = regex_programs.compile(
    r"^\W*(?:(?:Since|In)\s\d{4},?\s+|(?:As|Since|While|Now that)\s+)?(?:[^,.;:!?]{1,40},\s+)?"
    r"(?:(?:[Tt]he|[Oo]ur)\s+" + _EMPLOYER_KINDS.replace("(?:", "(?i:", 1)
    + r"|(?:[Tt]he\s+)?(?!(?:This|That|It|You|He|She|They|We|Our|Your|The|A|An|As|Since|While|Position|Role|Job|Post|Work"
    r"|Team|Department|Sales|Revenues?|Profits?|Demand|Numbers|Traffic|Responsibilities|Salary|Pay)\b)"
    r"(?P<name>(?:(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[\w&.'’-]*\s(?:(?:of|and|for|&)\s(?=[A-Z]))?){0,5}(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&.'’-]*))"
    r"\s(?:continues? to (?:grow|expand)|(?:is|are) (?:growing|expanding) (?:rapidly|fast|quickly|steadily)"
    r"|(?:has|have) been (?:growing|expanding)|(?:has|have) (?:grown|doubled|tripled)|grows|expands)\b"
    r"|^\W*(?:(?:Since|In)\s\d{4},?\s+|(?:As|Since|While|Now that)\s+)?(?:[^,.;:!?]{1,40},\s+)?[Ww]e(?:['’]ve| have| are|['’]re)"
    r" (?:been (?:growing|expanding)|grown|doubled|tripled|(?:growing|expanding) (?:rapidly|fast|quickly|steadily))\b")


#: the team the hire joins, told by its size (sections18i, real ads): "The successful applicant will work in
#: a large and growing NLP team of 15+ postdoctoral researchers", "you'll join a team of 12 engineers";
#: only a team the hire works in or joins, not one the hire leads ("You will manage a team of 10
#: technicians" is a duty)
_TEAM_JOINED_SIZED = regex_programs.compile(
    r"\b(?:work(?:ing)?|join(?:ing)?|be(?:come|coming)? part of|part of)\s(?:in\s|with\s|within\s|alongside\s)?(?:a|an|our|the)\s"
    r"(?:[\w-]+\s){0,4}?team\sof\s(?:over\s|more\sthan\s|around\s|about\s|some\s|nearly\s)?\d+\+?\s", re.I)


#: the employer's people and what they work toward (sections18i, real ads): "Our teams are working to
#: improve a wide range of city services", "Our volunteers work to keep older people out of hospital",
#: "Our engineers strive to ...": the organisation told by its staff's mission; not its customers' or
#: the hire's ("Our customers are working to cut costs", "You will work to deadlines")
_STAFF_MISSION = regex_programs.compile(
    r"^\W*[Oo]ur (?:[\w-]+ )?(?:teams?|people|staff|employees|engineers|scientists|researchers|designers|developers"
    r"|volunteers|colleagues|experts|nurses|teachers|lawyers|members of staff|crews?) (?:are |have been )?"
    r"(?:working|work|strive|striving|dedicated|committed|here) to\b")


#: (sections19, real ads) the employer told by who runs it: "Our school is led by a team of dedicated and passionate
#: educators", "The nursery is owned and run by two local mums", "Our practice was founded by ..." (the employer
#: by its kind, "our" or "the"; not the job or the team: "The role is led by ...", "The project is funded by")
_EMPLOYER_RUN_BY = regex_programs.compile(
    r"^\W*(?:[Oo]ur|[Tt]he) (?:[\w-]+ )?" + _EMPLOYER_KINDS.replace("(?:", "(?i:", 1)
    + r" (?:is|are|was|has been) (?:(?:proudly|independently|jointly|still) )?(?:led|run|owned|founded|staffed|managed|established)"
    r"(?: and (?:led|run|owned|managed|staffed))? by\b")

#: (sections19, real ads) the employer told by its registration or rating: "We are registered to take children from
#: two years old", "We are registered with Ofsted and rated Good", "We are a CQC-regulated service" is defined already
#: (not the hire: "You must be registered with the NMC")
_EMPLOYER_REGISTERED = regex_programs.compile(
    r"^\W*(?:[Ww]e(?:['’]re| are)|[Oo]ur (?:[\w-]+ )?" + _EMPLOYER_KINDS.replace("(?:", "(?i:", 1) + r" is)"
    r" (?:(?:fully|proudly|currently) )?(?:registered|accredited|licensed|regulated|rated|inspected) (?:with|by|to|as|for|outstanding|good)\b")


#: The employer's growing, placing, institution, sought-in-place and sized-team patterns run on every
#: sentence, and each holds words few sentences hold ("grow", "based", a named institution's noun,
#: "hiring" ...): searched only where the lower-cased sentence holds one of the literals any match
#: holds (``LowerCaseRegex`` with ``literal_test``), as the first match of ``finditer`` or ``found``:
#: the same answers as the plain patterns (tests/test_speed43.py compares them on the dev corpus),
#: a tenth of their cost over it.
_EMPLOYER_GROWING_READ = LowerCaseRegex(_EMPLOYER_GROWING, literal_test=True)
_EMPLOYER_PLACED_READ = LowerCaseRegex(_EMPLOYER_PLACED, literal_test=True)
_TEAM_JOINED_SIZED_READ = LowerCaseRegex(_TEAM_JOINED_SIZED, literal_test=True)


def _employer_growing(s: str, lowered: str | None = None) -> bool:
    """Whether the sentence tells the employer growing (``_EMPLOYER_GROWING``), with a name that is not a
    job title's ("The Sales Manager has grown the region" is the job). ``lowered``: ``safe_lower(s)``, to
    skip the search where it cannot match (None: search)."""
    m = next(_EMPLOYER_GROWING_READ.finditer(s, lowered), None)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True
    head = name.split()[-1]
    return not (head.lower() not in _ORGANISATION_NOUNS and is_role_noun(head) and not head.endswith("s"))


def _employer_placed(s: str, lowered: str | None = None) -> bool:
    """Whether the sentence places the employer (``_EMPLOYER_PLACED``), with a name that is not a job
    title's ("The Clinic Manager is based in ..." is the job). ``lowered``: as for ``_employer_growing``."""
    m = next(_EMPLOYER_PLACED_READ.finditer(s, lowered), None)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True  # "the company is based in ..."
    head = name.split()[-1]
    return not (head.lower() not in _ORGANISATION_NOUNS and is_role_noun(head) and not head.endswith("s"))


#: a safeguarding or vetting statement (``safeguarding_statement``): policy, not the employer described
_SAFEGUARDING = LazyPattern(terms.wording("safeguarding_statement"), re.I)
#: the hire addressed or named, or a must: a sentence that asks something of the hire
_ASKS_THE_HIRE = regex_programs.compile(
    r"\b(?:you|your|candidates?|applicants?|the (?:successful )?(?:person|individual|hire|post-?holder)|must|required to"
    r"|willing|able to|prepared to)\b", re.I)
_INTRO_EXTRA = LowerCaseRegex(LazyPattern(terms.wording("intro_extra"), re.I))
_INTRO_WEAK = LowerCaseRegex(LazyPattern(terms.wording("intro_weak"), re.I))
#: a sentence about the employer rather than the job ("We're here to improve people's lives"):
#: an employer opener or a named organisation as subject, and no job_focus word. It scores as
#: much as a named-organisation subject does, so an opening pitch of several such sentences
#: reads as an intro even when few of them use the words intro_strong lists.
_EMPLOYER_OPENER = LazyPattern(terms.wording("employer_opener"), re.I)
#: a sentence that states the duties outright (``duty_statement``): a sentence-level kind
_DUTY_STATEMENT = LowerCaseRegex(LazyPattern(terms.wording("duty_statement"), re.I), literal_test=True)
_JOB_FOCUS = LowerCaseRegex(LazyPattern(terms.wording("job_focus"), re.I), literal_test=True)
#: a sentence in which the employer says what it is while saying whom it seeks
#: (``employer_statement``): a sentence-level intro
_EMPLOYER_STATEMENT = LowerCaseRegex(LazyPattern(terms.wording("employer_statement"), re.I), literal_test=True)
HOW_TO_APPLY = LazyPattern(
    r"\b(to apply|apply (now|today|online|here|at|via|by|through|on|in person|directly|with)|how to apply|click (on )?(the )?\W?(apply|here)|\b(apply|submit)\W? button"
    r"|send (us )?(your|a|an) (resume|résumé|cv|application|portfolio|cover letter)|submit (your|a|an) (resume|résumé|cv|application|cover letter|portfolio)"
    r"|(email|e-mail|mail) (your|us your|a) (resume|résumé|cv|application)|(resume|résumé|cv)s? (to|at) \S+@|interested (candidates|applicants|individuals|parties)"
    r"|please (send|submit|apply|email|forward)|applications? (will be accepted|close|closes|are due|deadline|must be (received|submitted))"
    r"|(closing|application) date|apply by\b|deadline (to|for) apply|cover letter|if (you are|you're) interested|ready to apply|we'd love to hear from you"
    r"|to be considered(?![^.]{0,60}\b(you|applicants|candidates) must\b)|application process|we('ll| will) (be in touch|contact you))\b"
    r"|^\W*apply(\s+(now|today|online|here|anyway|via|at|through|by|for (this|the)|to (this|the|us)|with|on|in)\b|\s*[!.:]|\s*$)|\bapply (anyway|today|now)\b|\b(encourage|invite)s? you to apply\b|\b(you should|feel free to|don't hesitate to|do not hesitate to|please) apply\b|\bapply (for|to) this (role|position|job|opening)\b|(^\W*|\b(all|the|your|job|online|completed|written|formal|full) )applications? (can|may|should) be (sent|submitted|made)\b", re.I)
#: location wording ("based in", "fully remote", "on-site", "Location:", a college's "Campus:" or a
#: "Worksite:" label, seed 27), in any case, and a
#: "City, ST" place, whose capitals say it is a place
_LOCATION_WORDING = (
    r"(?i:\b(?:located (in|at)|based (somewhere )?(in|out of)|(fully|100%) remote|remote[- ](first|friendly|position|role|work|eligible|ok)|this (is a )?(remote|hybrid|on-?site) (role|position|job)"
    r"|\bhybrid\b|on-?site\b|in[- ]office|work from (home|anywhere)|relocat|(location|campus|work ?site)\s*:\s*(?=\w)|(our|the) (office|offices|headquarters) (is|are|in)"
    # the workplace named by its place before the noun: "in our Central London offices", "at our
    # Leeds office" (sections18i, real ads; the place's capitals say it is a place)
    r"|\b(at|in|from) our (?-i:[A-Z][a-z]+)( (?-i:[A-Z][a-z]+))? (office|offices|headquarters|studio|campus|site)\b"
    r"|(office|headquarters) in|within commuting distance|work location|duty station|telework|(from )?anywhere in (the )?(?-i:[A-Z][a-z]+)"
    r"|(fully )?distributed team|remote (within|in|from) "
    # the work's premises with their place (precision11, seed 34 and the precision10 held-out miss): a street
    # and its town ("at our warehouse on Dock Street, Hull", "14 High Street, Totnes"); a workplace noun and
    # the capitalised place it is in ("our new ... locations in San Francisco", "our depot in Penrith", "our home
    # base is in Ottawa"; not "our client base in Australia", a market), the employer's own (our, the, its: not
    # "experience in a plant in the Midwest"); a remote job in other words ("we are completely remote")
    r"|(?-i:[A-Z][a-z]+) (?-i:Street|Road|Lane|Avenue|Way|Drive|Close|Square|Quay|Wharf|Boulevard|Crescent|Terrace"
    r"|Trading Estate|Industrial Estate|Business Park|Retail Park), (?-i:[A-Z][a-z]+)"
    # (judge52) a facility or campus too: "our manufacturing facility in Limerick", "the college's main campus in
    # Galway" (dev 0673 says "in our facility in the NewBo district of Cedar Rapids", whose camel-cased name this
    # still misses)
    r"|(our|the|its)( [\w&'’-]+){0,5}? (office|offices|branch|branches|studio|depot|warehouse|workshop|factory|plant"
    r"|premises|locations|home base|hub|yard|facility|facilities|campus) (is |are )?(located |based )?(in|at) (the )?"
    r"(?-i:[A-Z][a-z]+)"
    r"|home base is (?-i:[A-Z][a-z]+)|(completely|entirely|totally) remote"
    # the post placed at named premises (sections16, real ads: "It will be based at Ipswich County
    # Library", "The post is based at the Fitzwilliam Museum"); not a pay point ("based at Grade 6")
    r"|based at (the )?(?!(?-i:Grade|Band|Level|Step|Scale|Point|Spine)\b)(?-i:[A-Z][a-z]+)"
    # where and when left to the hire: "hours and location are highly flexible"
    r"|(hours and )?location (is|are) (highly |very |fully |entirely )?flexible"
    # a remote job told as what the hire may do (session 33, a real ad's wants list: "Able to work fully remotely");
    # not colleagues who work remotely ("support staff who work remotely" says nothing of this job)
    r"|(you|you'll|you’ll|you will|you can|you may|able to|option to|free to|allowed to|welcome to) work (fully |entirely "
    r"|completely |100% )?remotely"
    # (mend35, dev 0476, 0577) the remote job in other words: "on a fully virtual/remote platform", "this is a fully
    # virtual role" (virtual with remote or a workplace's noun after it: not "a fully virtual data room", a product);
    # the employer's own way of working ("we largely work distributedly", "we work remotely"); its workplaces
    # listed with their place ("While we have locations in Ottawa, Montreal, Toronto, and Kitchener"; a
    # workplace's noun, not "we have clients in London", a market)
    r"|(fully|100%|entirely|completely|totally) virtual(?=\s*(/\s*remote|and remote|or remote|(role|position|job|team"
    r"|company|organi[sz]ation|office|workplace|environment|setting|employer|work|working)\b))"
    r"|\bwe (?:(largely|mostly|primarily|mainly|all|fully|entirely|currently) )?work (distributedly|remotely)"
    r"|\b(we|we've|we’ve)( also)? (have|operate|run) ([\w-]+ ){0,2}?(offices|locations|studios|sites|branches|hubs"
    r"|campuses) (in|across|throughout) (the )?(?-i:[A-Z][a-z]+))\b)")
#: the region codes a place is written with after its name: US states and DC, Canadian provinces and territories,
#: Australian states and territories. One list for the ", ST" of a sentence (_STATE_CODE) and a header part's tail
#: (_PLACE_TAIL), which had drifted apart (the tail had no ME, the sentence no MB, SK or the Australian codes).
REGION_CODES = tuple("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC AB MB SK NS NB NL PE NSW QLD VIC TAS ACT NT SA""".split())
_REGION_CODE = "(?:" + "|".join(sorted(REGION_CODES, key=lambda c: (-len(c), c))) + ")"
_STATE_CODE = r", " + _REGION_CODE + r"\b"
_CITY_STATE = r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?" + _STATE_CODE
LOCATION = LazyPattern(_LOCATION_WORDING + "|" + _CITY_STATE)
SCHEDULE = LazyPattern(
    r"\b(full[- ]time|part[- ]time|monday (through|to|-) friday|mon(day)?\s*-\s*fri(day)?|\d{1,2}\s*(hours|hrs) ?(per|a|/) ?(week|wk)|\bshifts?\b|weekends?"
    r"|\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.)|overtime|on-call|on call|work schedule|working hours|hours of work|flexible hours"
    r"|(day|night|evening|morning|afternoon) shift|\d+-hour (day|week|shift)|per diem|seasonal|temporary|contract (role|position)|term length|appointment type|term position|time commitment|(\d+|one|two|three)[- ]year[- ]term|permanent (role|position))\b"
    # a label "Hours:" before what it gives ("HOURS: 40hrs/week", seed 27): the closing \b above
    # needed a letter right after the colon, so the label had no effect; the hours written short
    # ("40hrs/week", "40 hours/week", "37.5 hrs/wk") are the figure's own shapes
    r"|\bhours[ \t]*:[ \t]*(?=\w)"
    # (sections18i, real ads) the days of the week the job takes: "5 days a week", "3-5 days a week",
    # "4 or 5 days per week" (not "a response within 3-5 days": a week must be named; nor where the days
    # are spent: "1 day a week remote", "3-4 days a week in office" is the arrangement); a "Schedule:"
    # label before what it gives ("Schedule: 4 or 5 days"), as "Hours:"; the hours said to be
    # flexible ("hours and location are highly flexible")
    r"|\b\d(?:\s?(?:-|–|to|or)\s?\d)?\s?days?\s?(?:a|per|each|every|/)\s?week\b"
    r"(?!\s*(?:remote|remotely|from home|at home|in (?:the )?office|in-office|on-?site|in person|wfh|hybrid))"
    r"|\bschedule[ \t]*:[ \t]*(?=\w)"
    r"|\bhours(?: and [a-z]+)? (?:are|is) (?:highly |very |fully |completely |quite )?flexible\b"
    # the hours left to the hire are the schedule's answer, not its absence ("Set your own hours and tutor
    # as much as you'd like", "the advantages of setting your own hours": judged wrong S110s, dev 0480, 0378);
    # the same words section_terms reads as a perk
    r"|\b(?:set|setting|sets|choose|choosing|pick|picking|make|making) your own (?:hours|schedule|working hours|timetable|shifts)\b",
    re.I)
#: "a diverse team of engineers": who the employer is, even beside equal-opportunity wording
_DIVERSE_GROUP = regex_programs.compile(r"\bdiverse (team|group) of\b", re.I)
#: diversity or inclusion as the employer's culture or value, with nothing of equal opportunity in
#: the sentence: "We celebrate diversity and inclusion, fostering a culture where all perspectives
#: are valued", "We value diversity and belonging" (sections16: both real-ad labellers count only
#: equal-opportunity, non-discrimination, accommodation and outreach statements as eeo; a culture
#: line is not one). The bias context still reads it as eeo context (context.eeo_statement): this
#: only keeps it from being the posting's eeo section.
_CULTURE_VALUE = regex_programs.compile(
    r"\b(?:celebrat\w*|valu(?:e|es|ing)|embrac\w*|champion\w*|promot\w*|foster\w*|nurtur\w*|committed to|commitment to)"
    r" (?:[a-z]+ ){0,2}(?:diversity|inclusion|inclusivity|belonging)\b", re.I)
#: what makes such a sentence an equal-opportunity statement after all: equality, non-discrimination,
#: applicants or hiring, adjustments, a protected ground, the employer as such
_EEO_SUBSTANCE = regex_programs.compile(
    r"\b(?:equal\w*|equit\w*|opportunit\w*|discriminat\w*|regardless|applica\w*|applicants?|candidates?|apply|hir\w*"
    r"|recruit\w*|accommodat\w*|adjustments?|disab\w*|race|racial|gender|sex|sexual|religio\w*|veterans?|orientation"
    r"|ethnic\w*|protected|employer|affirmative|under-?represented|minorit\w*|women|age)\b", re.I)


_HOW_TO_APPLY = LowerCaseRegex(HOW_TO_APPLY, literal_test=True)
_APPLY_EXTRA = LowerCaseRegex(LazyPattern(terms.wording("apply_extra"), re.I), literal_test=True, starts=MatchStarts)
#: how-to-apply lines and calls the word-group wrapper cannot hold, read only outside eeo (``apply_lines``)
_APPLY_LINE = LowerCaseRegex(LazyPattern(terms.wording("apply_lines"), re.I), literal_test=True)
_SCHEDULE = LowerCaseRegex(SCHEDULE, literal_test=True, guard=True)
#: LOCATION, searched as its two halves. The place is case-sensitive, so it has no lower-case twin;
#: first-character lookaheads still let most positions fail at once (the wording's, compiled with
#: re.I, in either case: a guard does not read a scoped (?i:) flag). The wording is searched
#: only where one of its literals is; a place only where ", ST" is, which a search for its
#: literal start (", ") finds fast. Together three times faster on the dev corpus' sentences.
_LOCATION_WORDING_RE = LazyPattern(guarded(_LOCATION_WORDING, 0, limit=None), re.I)
_CITY_STATE_RE = LazyPattern(guarded(_CITY_STATE, 0, limit=None))
_STATE_CODE_RE = regex_programs.compile(_STATE_CODE)


@lru_cache(maxsize=1)  # worked out on first use, like LowerCaseRegex's needles
def _location_literals() -> tuple[str, ...]:
    literals = required_literals(_LOCATION_WORDING, min_length=1) or ()
    return tuple(n for n in literals if not any(o != n and o in n for o in literals))


def _shows_location(sent: str, lowered: str | None, may=EVERYTHING) -> bool:
    """Whether ``sent`` gives the work's place: LOCATION's wording (``_location_wording``), a header
    line that names a place (``_header_place``) or a sentence about the premises that names theirs
    (``_premises_place``)."""
    return _location_wording(sent, lowered, may) or _header_place(sent) or _premises_place(sent) \
        or _institution_place(sent, lowered) or _sought_in_place(sent, lowered) or _named_place(sent)


#: the job at a named institution, whose name is its place (sections18i, real ads: "advisors at Ipswich
#: County Library", "in the School of Computing at Dublin City University", "a post at the University of
#: Ottawa"): one to four capitalised words before an institution's noun, or "the University of X"; not
#: "at a primary school" or "at the museum", which name no place
_INSTITUTION_PLACE = regex_programs.compile(
    rf"\b(?:at|in) (?:the )?(?:[A-Z][a-z]+ ){{1,4}}(?:{terms.named_institution_nouns()})\b"
    r"|\b(?:at|in) the (?:University|College|Museum|Library|Hospital|Institute) of [A-Z][a-z]+")
#: where the hire studied or trained, not where the job is: "You will have studied law at the University of
#: Edinburgh", "a degree from ...", "a PhD at a Russell Group University"
_STUDIED = regex_programs.compile(
    r"\b(?:stud(?:y|ied|ying|ies)|graduat\w*|degrees?|qualifi\w*|educated|alumn\w*|phd|doctor\w*|trained|training"
    r"|diploma|masters?|bachelor\w*|enrolled)\b", re.I)


#: searched only where the lower-cased sentence holds an institution's noun (see ``_EMPLOYER_GROWING_READ``)
_INSTITUTION_PLACE_READ = LowerCaseRegex(_INSTITUTION_PLACE, literal_test=True)


def _institution_place(sent: str, lowered: str | None = None) -> bool:
    return _INSTITUTION_PLACE_READ.found(sent, lowered) and _STUDIED.search(sent) is None


#: whom the employer seeks, and in what place (sections18i, real ads: "A Fortune 500 Tech company is looking to
#: hire a talented team of Mobile Gurus in Cape Town", "We're recruiting carers in Harrogate"): a capitalised
#: name after "in" that jdlint/data/place_names.yaml knows (not "experience in Python", "hiring in Marketing")
_SOUGHT_IN_PLACE = regex_programs.compile(
    r"\b(?:hire|hiring|recruit|recruiting|seeking|seeks|looking for|needed|wanted|required)\b[^.;!?]{0,80}?"
    r"\bin ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)")


#: searched only where the lower-cased sentence holds "hiring", "looking for" ... (see ``_EMPLOYER_GROWING_READ``)
_SOUGHT_IN_PLACE_READ = LowerCaseRegex(_SOUGHT_IN_PLACE, literal_test=True)


def _sought_in_place(sent: str, lowered: str | None = None) -> bool:
    return any(_known_place(m.group(1)) for m in _SOUGHT_IN_PLACE_READ.finditer(sent, lowered))


#: (judge52, dev 0160, 0448) the hire's team named by its place, joined ("to join our Auckland team", "be part of the
#: New York team"): a name place_names.yaml knows before "team", after a verb of joining only (not "work with our
#: London team", whose members may be elsewhere; not "join our Marketing team", no place)
_JOINED_PLACE_TEAM = regex_programs.compile(
    r"\b(?:join|joins|joining|part of|into) (?:our|the) ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)(?:-based)? (?:team|teams|crew)\b")
#: a town and the state, province or country it is in, written out ("a weekly paper in Savannah, Georgia",
#: "our studio in Hamilton, New Zealand"), as "City, ST" is with the region's code (_CITY_STATE): the second a name
#: place_names.yaml knows; not a list of places ("a footprint across Florida, Alabama, and Georgia", "offices in
#: London, Paris and Berlin": more names or "and" follow), nor the customers' or a school's place ("clients in
#: Austin, Texas", "a degree from a university in Boston, Massachusetts": _MARKET_BEFORE, _STUDIED)
_TOWN_REGION = regex_programs.compile(
    r"\b(?:in|at|near|outside) [A-Z][a-z]+(?: [A-Z][a-z]+)?, ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b"
    r"(?!,? (?:and|or|&)\b|, ?[A-Z]|\s?/)")
#: whose place a town after "in" is when it is not the employer's: its customers, markets or suppliers
_MARKET_BEFORE = regex_programs.compile(
    r"\b(?:clients?|customers?|markets?|buyers|consumers|retailers|partners|users|patients|students|suppliers|sales)"
    r"\s*$", re.I)


#: (judge52, dev 0390) the post itself said to be in a place: "The position is in sunny San Diego", "The job is in
#: Manchester city centre" (a place adjective before the name, or a name place_names.yaml knows); "based in",
#: "located in" and "at our Leeds office" are LOCATION's already. Not "The role in Finance reports to the CFO", "This position is in the IT team".
_POST_IN_PLACE = regex_programs.compile(
    r"\b(?:[Tt]he|[Tt]his) (?:position|role|job|post|vacancy|opening)(?: is| will be)? (?:in|at) "
    r"((?:sunny|beautiful|downtown|central|historic|vibrant|lovely|picturesque) )?((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)")


def _named_place(sent: str) -> bool:
    """The work's place as a joined team's place, a town with its region written out, the post said to be in a place,
    or the employer that seeks the hire introduced with its place (see above and _SEEKER_IN_PLACE)."""
    if _SEEKER_IN_PLACE.search(sent):
        return True
    if (" in " in sent or " at " in sent) \
            and any(m.group(1) or _known_place(m.group(2)) for m in _POST_IN_PLACE.finditer(sent)):
        return True
    if (" team" in sent or " crew" in sent) and any(_known_place(m.group(1)) for m in _JOINED_PLACE_TEAM.finditer(sent)):
        return True
    return ", " in sent and any(_known_place(m.group(1)) and not _MARKET_BEFORE.search(sent, 0, m.start())
                                and _STUDIED.search(sent) is None for m in _TOWN_REGION.finditer(sent))


def _location_wording(sent: str, lowered: str | None, may=EVERYTHING) -> bool:
    """Whether LOCATION finds anything in ``sent`` (``lowered``: as for LowerCaseRegex; ``may``:
    as ``_Sentence.may``)."""
    if _LOCATION_WORDING_RE in may and (lowered is None or contains_any(lowered, _location_literals())) \
            and any(not _remote_of_others(sent, m) for m in _LOCATION_WORDING_RE.finditer(sent)):
        return True
    return _STATE_CODE_RE.search(sent) is not None and _CITY_STATE_RE.search(sent) is not None


#: (mend35) remote as what the employer's customers are, not where this job is: "Our software helps fully
#: remote teams collaborate", "tools for remote-first companies", "we serve 100% remote businesses"; remote
#: before the people or firms a product or service is for (a verb of serving or "for" just before it).
#: "Join our fully remote team" and "we are a remote-first company" stay the job's.
_OTHERS_AFTER_REMOTE = regex_programs.compile(
    r"\s*(?:[\w-]+\s+)?(?:teams|companies|workers|workforces|employees|organi[sz]ations|businesses|employers|startups"
    r"|start-ups|customers|clients|communities|learners|students|professionals|staff)\b", re.I)
_FOR_OTHERS_BEFORE = regex_programs.compile(
    r"\b(?:for|helps?|helping|serves?|serving|supports?|supporting|empowers?|empowering|enables?|enabling|connects?"
    r"|connecting|equips?|equipping|sells? to|selling to|built for|designed for)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _remote_of_others(sent: str, m: re.Match) -> bool:
    return "remote" in m.group().lower() and _OTHERS_AFTER_REMOTE.match(sent, m.end()) is not None \
        and _FOR_OTHERS_BEFORE.search(sent[max(0, m.start() - 60):m.start()]) is not None


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """jdlint/data/place_names.yaml (scripts/gen_place_names.py), casefolded: one set lookup a part."""
    from importlib import resources

    from ..yamlio import load_fast

    table = load_fast(resources.files("jdlint.data").joinpath("place_names.yaml").read_text(encoding="utf-8"))
    return frozenset(name.casefold() for name in table["places"]) | frozenset(
        code.casefold() for code in table["country_codes"])


def _known_place(name: str) -> bool:
    """Whether a capitalised name is one jdlint/data/place_names.yaml knows (letter case aside)."""
    return name.casefold() in _place_names()


#: a header line's longest length in words: "Galway, Ireland · Permanent · Hybrid (3 days on site)"
HEADER_WORDS = 16
#: where a header line's parts meet: a pipe, a middle dot or bullet, a spaced dash or slash, a
#: comma, a bracket, a label's colon ("Centre: Johannesburg", "Leeds LS1 · Permanent · Part-time")
_HEADER_SPLIT = regex_programs.compile(r"\s+[-–—/]\s+|\s*[|·•,()\[\]:;]\s*|\s+[–—]|[–—]\s+")
#: a place's tail that is no name but says it is a place: a UK outward code with or without its
#: inward half ('LS1', 'AB12', 'SW1A 1AA'), an Australian, US or Canadian region code with or without
#: a postcode ('QLD 4000', 'TX'), a bare four-digit postcode after a code
_PLACE_TAIL = regex_programs.compile(
    r"\s+(?:[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s\d[A-Z]{2})?"
    r"|" + _REGION_CODE + r"(?:\s+\d{4,5})?)$")
_QUALIFIER = r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Inner|Outer|Downtown|Metro)"
_QUALIFIED = regex_programs.compile(_QUALIFIER + r" ([A-Z][\w .'-]+)|([A-Z][\w .'-]+?) (?:" + _QUALIFIER[3:-1]
                                    + r"|CBD|City|Centre|Center|Region|Area|Metro)")
_COUNTY = regex_programs.compile(r"(?:Co\.|County) [A-Z][a-z]+$")
#: a remote job in a header's words ("Remote", "Remote (US)", "Fully remote", "Work from home")
_REMOTE_PART = frozenset({"remote", "fully remote", "remote only", "work from home", "wfh", "home-based",
                          "home based", "anywhere"})
#: capitalised words before a code that name a grade, not a place ('Support Engineer L2', 'Band 5')
_NOT_PLACE_WORDS = frozenset({"level", "grade", "band", "tier", "step", "year", "phase", "class", "type", "ref",
                              "job", "role", "team", "unit", "floor", "suite", "room"})


def _is_place_part(part: str) -> bool:
    """One part of a header line that is a place and nothing else: a listed name ('Whanganui',
    'New South Wales', 'LAREDO'), or capitalised words before a postcode or region code ('Leeds LS1',
    'Brisbane QLD 4000')."""
    names = _place_names()
    if part.casefold() in names:
        return True
    # a listed place with a compass or extent qualifier ('Western Sydney', 'Brisbane North', 'Greater London')
    qualified = _QUALIFIED.fullmatch(part)
    if qualified is not None and (qualified.group(1) or qualified.group(2) or "").casefold() in names:
        return True
    county = _COUNTY.match(part)  # an Irish or British county as written ('Co. Cork', 'County Durham')
    if county is not None:
        return True
    tail = _PLACE_TAIL.search(part)
    if tail is None:
        return False
    words = part[:tail.start()].split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return " ".join(words).casefold() in names or not (
        words[-1].casefold() in _NOT_PLACE_WORDS or is_role_noun(words[-1].lower()))


def _header_place(sent: str) -> bool:
    """A header line (or the title) that names where the work is: a short line without a full stop
    whose parts, split at its separators, include a place alone ('Sydney or Melbourne – hybrid',
    'Fort Collins, Colorado', 'Remote (US)', 'Pune (Hinjewadi Phase 2)'); a place inside a longer part
    ('Boston Scientific Products', 'clients in Chicago') is not read, nor a line of prose. A line
    that has no separator but a comma is a place only when all of it is ('Hamilton, New Zealand')."""
    text = sent.strip()
    if not text or text[-1] in ".!?" or text.count(" ") >= HEADER_WORDS:
        return False
    parts = [p for p in _HEADER_SPLIT.split(text) if p and not p.isspace()]
    spaced = len(parts) > 1 and any(c in text for c in "|·•–—:(") or " - " in text or " / " in text
    found = False
    for part in parts:
        part = part.strip()
        folded = part.casefold()
        if folded in _REMOTE_PART or " or " in part and all(_is_place_part(p) for p in part.split(" or ")):
            found = True
        elif "/" in part and all(p.strip().casefold() in _REMOTE_PART or _is_place_part(p.strip())
                                 for p in part.split("/")):
            found = True  # a place and remote, slashed ("Mortgage Loan Officer - Texas/Remote", dev 0337)
        elif _is_place_part(part):
            found = True
        elif not spaced:
            return _address_line(parts)
    return found


def _address_line(parts: list[str]) -> bool:
    """A comma-only line that is a place: all of it ('Hamilton, New Zealand'), or a venue's name and
    the towns it is in, the last of them a place ('The Ferryman's Rest, Kinsale, Co. Cork'); not
    'Boston, Chicago and other markets'."""
    if len(parts) > 5 or not _is_place_part(parts[-1].strip()):
        return False
    return all(w[:1].isupper() or w in ("&", "and", "of", "the", "on", "upon") for part in parts for w in part.split())


#: a sentence about the employer's premises that names their place: a premises noun after a
#: capitalised name ('Our Briggate store', 'our Fitzroy café'), or a locative phrase that only a
#: workplace takes ('on the edge of Harrogate', 'on the outskirts of Huddersfield', 'in the heart of
#: Leeds', 'just outside Limerick', 'on the waterfront in Hobart'); not 'experience in London',
#: 'clients in Chicago', 'the London market'
_PREMISES_PLACE = regex_programs.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts) ((?:[A-Z][\w'’-]+ ){1,2})(?:store|shop|café|cafe|office|branch|site|clinic|restaurant"
    r"|hotel|depot|warehouse|studio|kitchen|bakery|salon|practice|surgery|showroom|factory|plant|campus|centre|center"
    r"|premises|location|venue|bar|pub|workshop|yard|hub|gym|pharmacy|home|school|nursery)s?\b"
    r"|\b(?:on the (?:edge|outskirts|fringes?) of|in the (?:heart|centre|center) of|(?:just|right) (?:outside|off)"
    r"|(?:waterfront|seafront|harbour|harbor|high street|main street|town centre|city centre) (?:in|of)"
    r"|(?:located|based|situated|sits?) (?:near|close to|outside|just outside|in central)) (?:central |downtown )?[A-Z]")
#: capitalised words before a premises noun that name no place ('our Head office', 'the Sales team')
_NOT_PREMISES_PLACE = frozenset({"head", "main", "new", "flagship", "sales", "support", "central", "regional", "local",
                                 "global", "corporate", "group", "company", "our", "the", "this", "care", "family",
                                 "nursing", "primary", "secondary", "high", "retail", "service", "customer", "home",
                                 "dental", "medical", "community", "day", "private", "public", "national", "state",
                                 "county", "city", "town", "district", "area", "general", "hr", "it", "finance",
                                 "marketing", "operations", "design", "engineering", "production", "distribution"})


#: the kinds of employer and workplace a sentence describing the employer names ('is a community
#: non-profit in Minneapolis', 'a Louisville non-profit'): one home for the frames below, the kinds of employer
#: (data/section_terms.yaml employer_kind_nouns) and, said with a place, a team or a contractor
_EMPLOYER_NOUNS = ("(?:" + "|".join(sorted((re.escape(n) for n in terms.employer_kind_nouns() + ("contractor", "team")),
                                           key=lambda n: (-len(n), n))) + ")")
#: the employer described with its place: 'X is a small café in Brunswick', 'we're a design studio
#: based in Leeds' (a place after the noun, capitalised; not 'with three stores in Beaverton, Gresham
#: and Lake Oswego', which leaves open which store the job is at); 'a Louisville non-profit', 'a Doha-based contractor' (a listed place before it, read in _premises_place)
_EMPLOYER_PLACE = regex_programs.compile(
    r"(?:\b(?:is|are|we're|we’re|as)|,) (?:a|an|one of the)\b[^.;:!?]{0,80}? " + _EMPLOYER_NOUNS
    + r" (?:(?:based|located|situated) )?(?:in|on) (?:the )?[A-Z]")
#: (judge52, dev 0057) the employer that seeks the hire, named with its place as the sentence's subject: "A
#: well-known hospital in Dubai is looking for a full-time ...", "A busy dental practice in Leeds seeks a nurse",
#: "Our client, a family firm in Cork, is hiring"; the seeking verb says the place is the employer's, not where
#: the hire has worked ("A year in a hospital in Leeds is essential" names no seeker)
_SEEKER_IN_PLACE = regex_programs.compile(
    r"^\W*(?:[Aa]n?|[Oo]ur client,? an?)\b[^.;:!?]{0,60}? " + _EMPLOYER_NOUNS
    + r" (?:(?:based|located|situated) )?in (?:central |downtown )?[A-Z][^.;:!?]{0,40}?"
    r"\b(?:(?:is|are) (?:looking|seeking|hiring|recruiting)|seeks|requires|needs|wants|has (?:an|a) (?:opening|vacancy))\b")
_PLACE_BEFORE_EMPLOYER = regex_programs.compile(
    r"\b(?:is|are|we're|we’re|as) an? ((?:[A-Z][\w'’]+ ){0,2}[A-Z][\w'’]+)(?:-based| based)?(?: [a-z-]+){0,2} "
    + _EMPLOYER_NOUNS + r"\b|\b([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)-based\b")


def _premises_place(sent: str) -> bool:
    for m in _PREMISES_PLACE.finditer(sent):
        if m.group(1) is None:
            return True
        words = m.group(1).split()
        if not any(w.casefold() in _NOT_PREMISES_PLACE or is_role_noun(w.lower()) for w in words):
            return True
    if _EMPLOYER_PLACE.search(sent):
        return True
    names = _place_names()
    return any((m.group(1) or m.group(2)).casefold() in names for m in _PLACE_BEFORE_EMPLOYER.finditer(sent))


#: cues of how to apply by kind (``apply_cues`` in section_terms.yaml: applying, documents, channel,
#: timing, process, call, action), each a table of its own so the screen below rules most out at once
_APPLY_CUES = {kind: LowerCaseRegex(LazyPattern(pattern, re.I))
               for kind, pattern in terms.apply_cues().items()}
#: cues of a requirement by kind (``requirement_cues`` in section_terms.yaml: credential, experience,
#: trait, means, ability, availability, frame), each a table of its own, as the apply cues
_REQUIREMENT_CUES = {kind: LowerCaseRegex(LazyPattern(pattern, re.I))
                     for kind, pattern in terms.requirement_cues().items()}
#: a condition put to the reader ("if you hold", "as long as you can"): ``requirement_condition``
_REQUIREMENT_CONDITION = LowerCaseRegex(LazyPattern(terms.requirement_condition(), re.I))

#: the wording tables a sentence is read with, screened together: one RE2 pass over a sentence
#: tells which of them can match it at all (most match few sentences: the benefit tables, the
#: slowest, one in twenty), and only those run (``regex_screen``; the same answers as running
#: them all, which is what happens without google-re2 and for non-ASCII sentences)
_TABLES = ScreenedGroup((_HOW_TO_APPLY, _APPLY_EXTRA, _APPLY_LINE, *EEO_TABLE_READERS, _LOCATION_WORDING_RE, _BENEFIT_STRONG,
                         _BENEFIT_GIVEN, _BENEFIT_WEAK, _SCHEDULE, _DUTY_STATEMENT, _DUTY_PHRASES, _DUTY_ANYWHERE,
                         _REQ_STRONG, _REQ_WEAK, _PREF_PHRASES, _INTRO_STRONG, _INTRO_EXTRA, _INTRO_WEAK, _JOB_FOCUS,
                         *_APPLY_CUES.values(), *_REQUIREMENT_CUES.values(), _REQUIREMENT_CONDITION),
                        # the duty statements (two fifths of the tables' length) in a set of their own:
                        # a first pass over the dev corpus 0.30 -> 0.17 s, a warm one 0.03 -> 0.05 s;
                        # the other 34 tables in four sets: in one, their DFA outgrew its 64 MB and was
                        # rebuilt sentence after sentence (0.78 s every pass over the dev corpus' 8,541
                        # sentences, warm or cold; in four 0.19 s cold, 0.05 s warm, 37 MB less); in eight
                        # (speed37) their states after one pass over the dev corpus 48 -> 30 MB, the
                        # largest part of a long run's memory, for one more RE2 call per sentence and set:
                        # warm, the sections stage 3.81-3.84 -> 4.01-4.07 s (profile_stages, same-run A/B);
                        # twelve since mem46 (three tables a set): replaying 1,000 bench postings' 16,455
                        # distinct sentences, the sets' DFAs 31.1 -> 23.8 MB, a cold pass 0.81 s either way,
                        # a warm one 0.39 -> 0.52 s (sixteen: 23.2 MB, 0.67 s; one a set: 18.1 MB, 1.34 s)
                        alone=(_DUTY_STATEMENT,), parts=12)


class _Sentence:
    """A sentence as the wording tables read it: lower-cased once, screened once, and a table
    the screen rules out answers "no match" without running."""

    __slots__ = ("text", "lowered", "may", "_gifts", "_spans", "_found", "_strong", "_offers")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = safe_lower(text)
        self.may = _TABLES.may_match(text)
        self._gifts: list[tuple[int, int]] | None = None
        #: each table's spans, found once: a sentence's kinds and its scores ask for the strong
        #: benefit terms up to four times, and that table is the slowest to search (about 0.4 ms a
        #: sentence that may hold one; callers read these lists and never change them)
        self._spans: dict[LowerCaseRegex, list[tuple[int, int]]] = {}
        self._found: dict[LowerCaseRegex, bool] = {}
        self._strong: list[tuple[int, int]] | None = None
        self._offers = None  # what the offers' screen (``_OFFER_SCREEN``) answers, asked on first use

    def gifts(self) -> list[tuple[int, int]]:
        """Spans of the gift grammar (``_BENEFIT_GIFT``), found once."""
        if self._gifts is None:
            self._gifts = [(a, b) for a, b in _BENEFIT_GIFT.spans(self.text, self.lowered)
                           if not self._gives_work_input(a, b)]
        return self._gifts

    def _gives_work_input(self, start: int, end: int) -> bool:
        """Whether the gift at ``start:end`` gives the work's own inputs or paperwork
        (``work_inputs``): a noun of them anywhere in its phrase ("Shipping materials and costs
        provided") or as the head before a preposition that opens it ("Documentation for a sample
        operation is provided as an example")."""
        before = self.text[max(0, start - _HEAD_WINDOW):start]
        head = _HEAD_BEFORE_GIFT.search(before)
        if head is not None and _WORK_INPUTS.fullmatch(head.group(1)):
            return True
        # the phrase's own words, and those of its clause before it when the gift is its giver
        # alone ("Packing materials and postage provided by the company")
        clause = _CLAUSE_START.search(before)
        return _WORK_INPUTS.search(self.text, start - len(before) + (clause.end() if clause else 0), end) is not None

    def strong_spans(self) -> list[tuple[int, int]]:
        """Strong benefit terms (``_BENEFIT_STRONG``) and gifts, in order (found once)."""
        if self._strong is None:
            self._strong = self._strong_spans()
        return self._strong

    def _strong_spans(self) -> list[tuple[int, int]]:
        gifts = self.gifts()
        strong = self.spans(_BENEFIT_STRONG)
        if strong:
            strong = [(a, b) for a, b in strong if not _names_the_trade(self.text, a, b)]
            # a leave the hire stands in for is the post's reason, not its perk: "a temporary
            # teacher to cover maternity leave" ("enhanced maternity pay" stays)
            covered = [m.span() for m in _LEAVE_COVERED.finditer(self.text)] if strong else []
            if covered:
                strong = [(a, b) for a, b in strong if not any(c <= a and b <= d for c, d in covered)]
        if not gifts:
            return strong
        # a gift that overlaps a strong term is that term ("Housing provided" is one benefit); both
        # lists run in order, so one pass tells (linear in a long sentence's matches)
        kept, i = [], 0
        for a, b in gifts:
            while i < len(strong) and strong[i][1] <= a:
                i += 1
            if i == len(strong) or strong[i][0] >= b:
                kept.append((a, b))
        return sorted(strong + kept)

    def offer(self, pattern: LazyPattern) -> bool:
        """Whether ``pattern`` (``_OFFERS`` or ``_BENEFIT_OFFER``) is found in the sentence, searched only
        where their RE2 screen allows (``_OFFER_SCREEN``)."""
        if self._offers is None:
            self._offers = _OFFER_SCREEN.may_match(self.text)
        return pattern in self._offers and pattern.search(self.text) is not None

    def given(self) -> bool:
        """Something given outright (``benefit_given`` or a gift): its own offer."""
        return self.found(_BENEFIT_GIVEN) or bool(self.gifts())

    def found(self, table: LowerCaseRegex) -> bool:
        """Whether ``table`` matches (answered once per table: the kinds and the scores ask again;
        from its spans when they are known, which hold a match exactly when a search finds one)."""
        if table not in self.may:
            return False
        known = self._found.get(table)
        if known is None:
            spans = self._spans.get(table)
            known = self._found[table] = bool(spans) if spans is not None else table.found(self.text, self.lowered)
        return known

    def count(self, table: LowerCaseRegex) -> int:
        """Number of matches, as ``table.count``: the length of its spans (``finditer`` and ``findall``
        walk the same matches), found once and shared with ``spans``."""
        return len(self.spans(table))

    def spans(self, table: LowerCaseRegex) -> list[tuple[int, int]]:
        if table not in self.may:
            return []
        found = self._spans.get(table)
        if found is None:
            found = self._spans[table] = table.spans(self.text, self.lowered)
        return found


@sentence_memo  # a sentence's kinds and its scores both read it
def _read(sent: str) -> _Sentence:
    return _Sentence(sent)


#: different benefit terms one sentence needs to be a benefits statement wherever it stands
BENEFIT_TERMS = 2
#: strong benefit terms that are offering words, not benefits: they do not count as a term here
_OFFER_TERMS = frozenset({"we offer", "what we offer", "reward you"})
#: an offer whose object is pay and nothing else ("We offer a competitive salary.", "We offer
#: £24,000 a year"): no perk in it
#: a benefit table's term that is pay ("competitive salary")
_PAY_TERM = regex_programs.compile(r"competitive (?:salary|pay|compensation)", re.I)
#: (sections18p) the mood of the workplace ("a relaxed and casual working environment") and the pay as a
#: package ("a competitive compensation package"), benefit terms that offer no perk by themselves
_SETTING_WORDS = (r"(?:great|positive|supportive|collaborative|friendly|fun|relaxed|dynamic|welcoming|pleasant|excellent|amazing"
                  r"|rewarding|stimulating|creative|casual|family[- ]oriented|team[- ]oriented)(?: and \w+)? work(?:ing)? environment")
_SETTING = regex_programs.compile(_SETTING_WORDS, re.I)
_PAY_PACKAGE_OR_SETTING = regex_programs.compile(r"(?:salary|compensation|remuneration) package|" + _SETTING_WORDS, re.I)
#: (sections18p) the benefits as the topic of information given elsewhere: "detailed compensation and
#: benefits", "details of salary and benefits", "more information on benefits"
_BENEFITS_DESCRIBED_ELSEWHERE = regex_programs.compile(
    r"\b(?:details?|detailed|information|info|more|full|further)(?: (?:of|on|about|regarding))?(?: (?:the|our|its))?"
    r"(?: (?:salary|pay|compensation|remuneration|terms|conditions)(?:,? (?:and|&) (?:terms|conditions))?)?(?:,? (?:and|&))? benefits\b", re.I)
#: where that information is: a page, a document, a link ("find ... here", "see the job description")
_POINTER = regex_programs.compile(
    r"\b(?:see|find|found|visit|view|read|download|refer|attached|link|here|website|page|posting|advert|job description"
    r"|pdf|document|pack|brochure|below|above|portal)\b", re.I)
#: (sections19, real ads) the benefits as the subject of what another document tells: "Compensation,
#: benefits and general employment policies are detailed in the Employee Handbook", "Benefits are set
#: out in the staff handbook" (a passive of telling, then where)
_BENEFITS_TOLD_IN = regex_programs.compile(
    r"\bbenefits\b[^.;!?]{0,80}? (?:are|is|will be) (?:fully |all )?(?:detailed|described|outlined|set out|explained|listed"
    r"|covered|found) (?:in|on|within)\b", re.I)


def _benefits_told_elsewhere(s: str, spans: list[tuple[int, int]]) -> bool:
    """The benefits as what another page or document tells, with nothing said of them (``spans``: the
    sentence's benefit words): "You can find the current job posting here with detailed compensation and
    benefits", "See the job description for details of pay and benefits" (sections18p; "details of our
    generous benefits" says some), "Compensation, benefits ... are detailed in the Employee Handbook"
    (sections19)."""
    words = [s[a:b].lower() for a, b in spans]
    if _BENEFITS_DESCRIBED_ELSEWHERE.search(s) and _POINTER.search(s) \
            and all(_BENEFITS_DESCRIBED_ELSEWHERE.search(s, max(0, a - 60), b + 1) and word in ("benefit", "benefits")
                    for (a, b), word in zip(spans, words)):
        return True
    return _BENEFITS_TOLD_IN.search(s) is not None \
        and all(word in ("benefit", "benefits", "holiday", "holiday pay") for word in words)


#: (sections19, real ads) holiday pay as part of the pay, not a perk beside it: "Salary: To be discussed
#: at interview (will include holiday pay)", "£11.44 an hour inclusive of holiday pay" (rolled-up holiday pay;
#: "£11.44 an hour plus holiday pay" offers it)
_HOLIDAY_PAY_IN_PAY = regex_programs.compile(
    r"\b(?:salary|pay|rate|wages?|hour|hr|week|annum|year|day)\b[^.;!?]{0,60}?\b(?:will |does )?(?:includes?|including|inclusive of|incl\.?) (?:statutory |accrued |your )?holiday pay\b",
    re.I)
#: a remote-work benefit term ("remote work", "we support remote work", "open to remote working")
_REMOTE_TERM = regex_programs.compile(r"\b(?:remote|remotely|hybrid|from home|telework\w*)\b", re.I)
#: remote work said beside where the employer is based, or conceded: "X is based in Y, but we support
#: remote work", "While we are open to remote work, ..."
_REMOTE_CONCEDED = regex_programs.compile(
    r"\b(?:based|located|headquartered|situated) (?:in|at|out of)\b[^.;!?]{1,80}?\b(?:but|though|although|however)\b"
    r"|^\W*(?:while|although|though|whilst)\b[^.;!?]{0,60}?\b(?:remote|remotely|hybrid|from home)\b", re.I)
#: a bonus, the one strong benefit term that is pay (``_sentence_scores``), and the benefit score
#: of a sentence whose only benefit term it is (half a softer perk's: at 0.8 a lone bonus bullet was a
#: benefits section on a real ad, at 0.2 a flattened perks list lost its weight, writer P 9525)
_BONUS = regex_programs.compile(r"bonus(?:es)?", re.I)
BONUS_ALONE = 0.4
_PAY_OFFER_SEP = r"(?:[\s:;–-]|,(?=\s))+"
_ONLY_PAY_OFFERED = regex_programs.compile(
    r"\b(?:we offer|what we offer)" + _PAY_OFFER_SEP
    + r"(?:(?:a|an|the|very|highly|competitive|attractive|good|great|excellent|market|starting|base|basic|annual|hourly"
      r"|negotiable|up|to|per|hour|year|annum|[£$€]?\d+(?:[,.]\d+)*k?)" + _PAY_OFFER_SEP + r")*"
    r"(?:salary|pay|wages?|compensation|remuneration|rate of pay|day rate)\b"
    r"(?:" + _PAY_OFFER_SEP + r"(?:depending|dependent|based|commensurate|doe|of|a|an|per|hour|year|annum|on|with|experience|and"
    r"|negotiable|[£$€]?\d+(?:[,.]\d+)*k?)\b)*\W*$", re.I)
#: or one, offered to the reader
_OFFERS = LazyPattern(r"\b(?:we|the company|[A-Z]\w+) (?:also )?(?:offers?|provides?)\b|\boffering\b"
                     # (the hire's family with them: "You and your family will have access to ...")
                     r"|\byou(?: and your (?:family|families|dependants|dependents))?(?:'ll| will) (?:also )?(?:get|receive|enjoy|have access to|be entitled to|be eligible for)\b"
                     # the job offering it: "The job comes with free meals on shift" (a product that
                     # comes with something is its trade, which the benefit score already leaves out)
                     # (or the hire's shift, contract or package: "Every shift comes with a free staff meal")
                     r"|\b(?:job|role|position|post|it|this|shifts?|contract|package) (?:also )?comes? with\b"
                     r"|\beligible for\b|\b(?:benefits|perks) include\b"
                     # the post eligible for benefits in a compound ("This is a benefits-eligible
                     # position", "This position is benefits eligible") and a plan the hire may join
                     # ("Opportunity to enroll in the state retirement plan")
                     r"|\bbenefits?[- ]eligible (?:position|role|post|job|appointment)\b|\b(?:position|role|post|job|appointment) is benefits?[- ]eligible\b|\b(?:opportunity|eligible|able|chance) to (?:enroll|enrol|participate|join) in\b"
                     # a benefit added to the pay or the job in passing: "£24,000 plus 25 days' holiday",
                     # "£12.50 an hour plus holiday pay", "a permanent role plus a pension"
                     r"|(?:\d|\b(?:hour|hr|year|annum|week|month|day|shift|salary|pay|rate|wage|basic|ote|role|position|job"
                     r"|contract|permanent|full[- ]time|part[- ]time))[)%]?,? (?:plus\b|\+(?= ))", re.I)


#: the job's own terms including a perk, also after what the job is ("The position is paid, full
#: time, and includes on-site housing", "This job is full-time and includes benefits"; sections16,
#: real ads). Not one of ``_OFFERS``: it must not rescue a perk word from a duty ("The role includes
#: processing pension transfers" stays the duty's subject matter, as ``_sentence_scores`` reads it)
_JOB_INCLUDES = regex_programs.compile(
    r"\b(?:job|role|position|post|contract|package|appointment|fellowship|studentship|internship|placement)"
    r"(?: is [^.;!?]{1,50}?,? and)? (?:also )?includes?\b", re.I)
#: offered to the reader or the staff, in running text: "You'll get flexible hours and a learning
#: budget", "our staff enjoy free parking and discounts"
#: (or earn it as they work: "Employees accrue 8 hours of sick leave per month")
_OFFERED_TO_STAFF = regex_programs.compile(r"\b(?:staff|employees|team members|colleagues|you)(?:'ll|’ll| will)? (?:also )?"
                                           r"(?:get|gets|receive|enjoy|have access to|accrue|accrues|earn|earns)\b", re.I)
#: a benefit said to be there for the hire: "Relocation assistance is available for this role", "A
#: pension is also included" (whom it is for is read by ``_sentence_scores``: "Parking is available
#: for visitors" is the customers')
_MADE_AVAILABLE = regex_programs.compile(r"\b(?:is|are) (?:also )?(?:available|offered|included)\b", re.I)
#: benefit words that also name what a business sells or does (insurance, dental or health care, a gym,
#: holidays, childcare, pensions): one such word alone may be its trade
_TRADE_WORD = regex_programs.compile(r"insurance|dental|vision|health|medical|care\b|wellness|gym|childcare|pension|retirement"
                         r"|vacation|holiday|tuition|equity|education|commuter|relocation", re.I)


#: a benefit word standing for a trade as one word, or as "<word> care" ("health care", "dental care")
_TRADE_MODIFIER = regex_programs.compile(r"(?:" + _TRADE_WORD.pattern + r"|healthcare)(?: care)?", re.I)
#: the words after a benefit word, up to the noun it may modify: "dental practice", "dental surgery
#: nurse", "medical sales rep" (one word between at most, a word of a noun phrase, not a
#: preposition or a determiner: "a pension for workers" is given to them)
_HEAD_AFTER = regex_programs.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")
_NOT_IN_NOUN_PHRASE = frozenset("for to and or with from of at in on by the a an your our all every each after plus".split())
_TRADE_HEADS = terms.trade_heads() | frozenset(terms.employer_kind_nouns())


def _names_the_trade(s: str, start: int, end: int) -> bool:
    """Whether the benefit word at ``start:end`` modifies a noun naming a business, a field or a job
    ("Our dental practice in Hove", "join our dental team as a dental nurse", "a health care
    assistant", "gym instructors"): the employer's trade or the job's, not a perk given to the hire
    ("dental cover for you and your family", "a pension for all workers" stay perks)."""
    if not _TRADE_MODIFIER.fullmatch(s, start, end):
        return False
    after = _HEAD_AFTER.match(s, end)
    if after is None:
        return False
    first, second = after.groups()
    if _is_trade_head(first):
        return True
    return second is not None and first not in _NOT_IN_NOUN_PHRASE and _is_trade_head(second)


def _is_trade_head(word: str) -> bool:
    """Whether ``word`` names a business, a field or a job, singular or plural (sections19: "other
    relevant childcare providers", "dental surgeries", as "a childcare provider" already was)."""
    return (word in _TRADE_HEADS or is_role_noun(word)
            or (word.endswith("s") and (word[:-1] in _TRADE_HEADS or word[:-2] in _TRADE_HEADS and word.endswith("es")
                                        or word.endswith("ies") and word[:-3] + "y" in _TRADE_HEADS)))


def _only_trade_words(s: str, read: "_Sentence") -> bool:
    """Whether every benefit term of the sentence may name a trade, and there is one of them."""
    found = {s[a:b].lower() for a, b in read.strong_spans()}
    return len(found) < BENEFIT_TERMS and all(_TRADE_WORD.search(t) for t in found)


#: the staff or the reader named in a sentence: a perk the employer gives goes to them
_TO_STAFF = regex_programs.compile(r"\b(?:you|your|staff|employees|team members|colleagues|workers|associates|hires?)\b", re.I)
#: those a business serves, named as the ones a benefit word goes to (``_sentence_scores``)
_TO_OTHERS = regex_programs.compile(r"\b(?:customers?|clients?|guests?|visitors?|patients?|members|children|pupils|families"
                        r"|residents|tenants|shoppers|diners|walkers|travell?ers|passengers|users|the public|pensioners|claimants|students?"
                        r"|(?:those|people|individuals) (?:who|in need)|the (?:uninsured|needy|elderly|homeless|community))\b", re.I)
#: the employer's product as the sentence's subject, saying what it holds: benefit words after it are
#: what customers buy ("Our policies cover dental treatment and vet fees", "The Gold membership
#: includes a sauna and free towels", "Our app gives users cashback"), when no staff or reader is
#: named ("Our health insurance covers you and your family" is a perk); not a plan or package,
#: which is as often the staff's ("Our pension plan includes employer matching")
_PRODUCT_SUBJECT = regex_programs.compile(
    r"^\W*(?:our|the|each|every|all|this|their)\s+(?:[\w'’-]+\s+){0,2}?(?:products?|bundles?|tariffs?|subscriptions?|apps?"
    r"|platform|software|tours?|cruises?|courses?|classes|menus?|rooms?|suites?|memberships?|treatments?)"
    r"\s+(?:covers?|includes?|offers?|gives?|provides?|comes? with|features?|boasts?)\b"
    # an insurance policy covers; a workplace policy includes or offers ("Our policies include flexible working")
    r"|^\W*(?:our|the|each|every|all|this|their)\s+(?:[\w'’-]+\s+){0,2}?(?:polic(?:y|ies)|insurance)\s+covers?\b", re.I)
#: what a business sells or serves, as a verb after its subject: a benefit word after it is its trade
#: ("The shop sells coffee and lunches"); not a noun that looks like one ("Stock options, a MacBook
#: ...", "office supplies"), which is why "stock" and "supplies" are left out and a word must come first
_TRADE_VERB = regex_programs.compile(r"(?<=\w )(?:sells?|selling|serves?|serving|bakes?|roasts?|brews?|retails?)\b", re.I)
#: an offer made to the employer's clients, not its staff: "Acme provides professional development
#: and training programmes to schools" says what the business sells
_FOR_CLIENTS = regex_programs.compile(r"\b(?:to|for) (?:our |their |its )?(?:clients|customers|schools|businesses|organi[sz]ations|companies"
                          r"|partners|members|students|patients|communities|users|teachers|families)\b", re.I)


#: (sections37) businesses as those a benefit word goes to, with the words that size or place them: "We provide health
#: insurance to small businesses across Ohio", "a leading provider of employee benefits and retirement plans for
#: mid-sized companies" (the employer's trade; "Discounts at 800 partner companies" names no one it goes to)
_TO_CLIENT_FIRMS = regex_programs.compile(
    r"\b(?:to|for) (?:our |their |its |other )?(?:(?:small|smaller|mid-sized|midsized|mid-size|medium-sized|large|larger|local"
    r"|regional|national|global|international|private|public|independent|professional|commercial|corporate|nonprofit"
    r"|non-profit|and|&|-) ){0,3}(?:businesses|companies|organi[sz]ations|employers|firms"
    r"|enterprises|corporations|brands|households|homeowners|consumers|policyholders|plan members|agencies|institutions)\b", re.I)


#: a gift phrase told as a clause ("... is provided", "... are supplied"): after a verb in the
#: imperative it is the duty's object ("Ensure PPE is provided to all staff"); without the
#: auxiliary the first word is a noun ("Work boots supplied", "Training provided")
_GIFT_CLAUSE = regex_programs.compile(r"\b(?:is|are|will be)\s+(?:provided|supplied|reimbursed|funded|paid for)\b", re.I)


def _compound_before_gift(s: str, read: "_Sentence") -> bool:
    """(sections36) Whether the sentence's first word is the first half of a compound noun the gift grammar left out:
    a verbless line that is all a gift after its first word, with no "is" or "are" ("Work boots and uniform
    supplied", probe t21: "Work" is no imperative there, as it is in "Ensure PPE is provided to all staff")."""
    gifts = read.gifts()
    if not gifts:
        return False
    a, b = gifts[0]
    first = _FIRST_WORD_SPAN.match(s)
    return first is not None and first.end() < a and not s[first.end():a].strip() \
        and not s[b:].strip(" .!;") and _GIFT_CLAUSE.search(s, a, b) is None


#: the sentence's first word (after bullets and marks)
_FIRST_WORD_SPAN = regex_programs.compile(r"\W*[A-Za-z][\w'’-]*")


def _third_person_duty_verb(word: str) -> bool:
    """(sections37) A duty verb in the third person, as a job description's list gives duties: "Ensures all visits are
    provided as ordered" (the gift grammar swallowed the verb, as it does the imperative's "Ensure")."""
    return word.endswith("s") and any(verb in _DUTY_VERBS for verb in verbforms.third_person_bases(word))


#: (sections37) benefit words in another sense than a perk (``_benefit_in_other_sense``; the tables' comments in
#: jdlint/data/section_terms.yaml)
_BENEFIT_FIELD_AFTER = regex_programs.compile(terms.wording("benefit_field_after"), re.I)
_JOB_METADATA = regex_programs.compile(terms.wording("job_metadata_label"), re.I)
_PRODUCT_MADE = regex_programs.compile(terms.wording("product_made"))
#: what a made thing is when it is the staff's: "We have built a benefits package", "we run a cycle-to-work scheme"
_MADE_FOR_STAFF = regex_programs.compile(r"[\w\s'’&/-]{0,25}?\b(?:package|plan|scheme|programm?e?|policy|policies|offering|perks?)\b",
                                         re.I)
#: how far before a benefit word the product's verb may stand, in its clause
_PRODUCT_REACH = 40
#: the words before an organisation's name that make it one: "to join INSPIRE Psychological Wellness", "Welcome to
#: Retirement Outfitters"
_BEFORE_NAME = regex_programs.compile(r"\b(?:join|joins|joining|welcome to|work at|working at|work for|working for|employed by)\s+$",
                                      re.I)
_NAME_WORD = regex_programs.compile(r"[A-Z][\w&'’.-]*")
_URL = regex_programs.compile(r"(?:https?://|www\.)[^\s)\]]+", re.I)


def _benefit_in_other_sense(s: str, read: "_Sentence") -> bool:
    """(sections37, the dev corpus's benefits false positives) Whether every benefit word of the sentence stands in
    another sense than a perk the hire gets:
    - a ground an equal-opportunity statement lists, after its first protected class ("... age, ancestry, colour, family
      or medical care leave, ...");
    - the field of what the applicant must have or know, the noun or call right after it ("Vision abilities required
      by this job", "Mental Health/Wellness/Health Care experience preferred");
    - a word of an organisation's name after "join" or "welcome to" ("to join INSPIRE Psychological Wellness as a
      part-time independent contractor"), told by its capitals and a word of the name no benefit word;
    - what the employer makes or publishes, no staff or reader named ("We built a COVID-19 benefits finder with
      Service Canada", "we publish discounts"), not a plan or a package for the staff;
    - the value of a job board's classification label ("Job: PROFESSIONAL DEVELOPMENT")."""
    spans = read.strong_spans() + read.spans(_BENEFIT_WEAK)
    if not spans:
        return False
    if _JOB_METADATA.match(s):
        return True
    # the grounds of an eeo statement (context.eeo_statement and context.PROTECTED_CLASSES: the one home of that
    # wording) run from its first protected class on, with no offer after it: "without regard to age, ..., family or
    # medical care leave, ...". "Regardless of your role, every employee gets 25 days of holiday" names no class; "We
    # are an equal opportunity employer and offer medical, dental and vision insurance" none before its perks
    grounds = PROTECTED_CLASSES.search(s) if eeo_statement(s, read.lowered, read.may) else None
    if grounds is not None and _OFFERS.search(s[grounds.end():]) is not None:
        grounds = None
    staff = _TO_STAFF.search(s) is not None
    urls = [m.span() for m in _URL.finditer(s)] if "://" in s or "www." in s else []
    for a, b in spans:
        if any(u <= a and b <= v for u, v in urls):
            continue  # a word of an address: "https://covid-benefits.alpha.canada.ca"
        if grounds is not None and a >= grounds.end():
            continue
        if _BENEFIT_FIELD_AFTER.match(s, b):
            continue
        if _in_organisation_name(s, a, b, spans):
            continue
        if not staff and _product_made_before(s, a, b):
            continue
        return False
    return True


def _product_made_before(s: str, start: int, end: int) -> bool:
    """Whether a verb of making or publishing (``product_made``) stands before the benefit word at ``start`` in its
    clause, and the word is no plan or package of the staff's."""
    window = s[max(0, start - _PRODUCT_REACH):start]
    stop = max(window.rfind("."), window.rfind(";"), window.rfind(":"))
    return _PRODUCT_MADE.search(window[stop + 1:]) is not None and _MADE_FOR_STAFF.match(s, end) is None


def _in_organisation_name(s: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the benefit word at ``start:end`` is part of a capitalised name after "join" or "welcome to", which
    holds a word outside every benefit word of the sentence ("INSPIRE Psychological Wellness", "Retirement
    Outfitters"; not "join our Health Insurance team", "access to Health Insurance")."""
    if not s[start:start + 1].isupper():
        return False
    words = [(m.start(), m.end()) for m in _NAME_WORD.finditer(s, max(0, start - 60), min(len(s), end + 40))]
    # the run of capitalised words, one space apart, that holds the benefit word
    run = [w for w in words if w[0] <= start < w[1] or start <= w[0] < end]
    if not run:
        return False
    i = words.index(run[0])
    while i > 0 and s[words[i - 1][1]:words[i][0]] == " ":
        i -= 1
    j = words.index(run[-1])
    while j + 1 < len(words) and s[words[j][1]:words[j + 1][0]] == " ":
        j += 1
    name = words[i:j + 1]
    if len(name) < 2 or not _BEFORE_NAME.search(s, max(0, name[0][0] - 30), name[0][0]):
        return False
    return any(not any(a <= w0 and w1 <= b for a, b in spans) for w0, w1 in name)


def _imperative_before_gift(s: str, read: "_Sentence") -> bool:
    """Whether the sentence opens with a gift phrase (``benefit_gift``) told as a clause, whose
    first word is then a verb in the imperative."""
    spans = read.gifts()
    return _opens_with(s, spans) and any(_GIFT_CLAUSE.search(s, a, b) for a, b in spans)


def _all_negated(s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every one of the sentence's benefit terms is negated (``context.negated_in``)."""
    return bool(spans) and all(negated_in(s, 0, len(s), a, b) for a, b in spans)


#: (sections36) a question putting a wish to the reader, which the job then grants: "Would you like to ...?", "Do you
#: want ...?", "Fancy ...?", "How does ... sound?"; the whole sentence is the question
_WISH_OFFERED = regex_programs.compile(
    r"^\W*(?:would you (?:like|love)|do you (?:want|fancy|like the (?:idea|sound) of)|fancy|want|how (?:does|would)|imagine)\b[^?.!]*\?\W*$",
    re.I)


def _offers_soft_perks(sent: str, read: "_Sentence") -> bool:
    """Two different softer perks (``benefit_weak``: flexible hours, career development, a
    learning budget, mentoring ...) offered in one sentence: "We offer flexible hours plus a
    training budget", "CDS provides mentorship, coaching and professional development
    opportunities". The offering words themselves ("we provide", "you'll get") are not perks."""
    # No soft perk at all (the screen's answer, 19 sentences in 20) settles it before the three
    # offer searches, which ran on every sentence: a fifth of section detection's regex time
    if _BENEFIT_WEAK not in read.may:
        return False
    wish = _WISH_OFFERED.match(sent) is not None
    if not (read.offer(_OFFERS) or _OFFERED_TO_STAFF.search(sent) or wish) or _FOR_CLIENTS.search(sent):
        return False
    perks = {sent[a:b].lower() for a, b in read.spans(_BENEFIT_WEAK) if not negated_in(sent, 0, len(sent), a, b)}
    if wish:
        # (sections36) the perk put to the reader as a wish the job grants: "Would you like to be able to work
        # flexible hours and from any location?" (real ad 9745), "Fancy a four-day week?"; one perk is enough
        return bool(perks - {"free"}) and _TO_OTHERS.search(sent) is None
    perks = {t for t in perks if not _BENEFIT_OFFER.fullmatch(t)}
    # one perk is enough when the sentence names the hire or the staff as who gets it ("Like
    # everyone here, you'll get a free lunch on Fridays", "Staff get discounts in every branch"),
    # no customer, and not as a duty's subject matter ("Ensure employees receive ... team events")
    # ("free" alone names no perk: "You'll receive a free trial account")
    return len(perks) >= BENEFIT_TERMS or (bool(perks - {"free"}) and _OFFERED_TO_STAFF.search(sent) is not None
                                           and _TO_OTHERS.search(sent) is None and _gives_perk_outright(sent))


def _gives_perk_outright(sent: str) -> bool:
    """A sentence whose perk survives ``_sentence_scores``' checks and which does not open with a
    duty verb (an offer in the object of a duty is the duty's: "Ensure employees receive ...")."""
    duty_verb, _, _, _, benefit, _ = _rule_scores(sent)
    return benefit > 0 and not duty_verb


def culture_value_only(sent: str) -> bool:
    """Diversity or inclusion as the employer's culture or value, with nothing of equal opportunity
    in the sentence (``_CULTURE_VALUE``, ``_EEO_SUBSTANCE``): the bias context's, not an eeo section."""
    return _CULTURE_VALUE.search(sent) is not None and _EEO_SUBSTANCE.search(sent) is None


#: (sections18p) the employer's equality policy named as a thing: "the Council's Equal Opportunities and
#: Customer Care policies", "our equality and diversity policy"
_POLICY_NAMED = regex_programs.compile(
    r"\b(?:equal(?:ity)?(?:[- ]opportunit(?:y|ies))?|eeo|diversity|inclusion)(?:,? (?:and|&) [\w ]{1,30}?)? polic(?:y|ies)\b", re.I)
_IRRESPECTIVE = regex_programs.compile(r"\birrespective of\b", re.I)
#: what a person is, after "irrespective of", which is no protected ground by name but says the same
#: ("considered irrespective of background")
_IRRESPECTIVE_STATEMENT = regex_programs.compile(
    r"\birrespective of (?:(?:their|your|one['’]s|any|personal) )?(?:backgrounds?|identity|origins?|characteristics|circumstances|who)\b"
    # or said of how people are judged or welcomed ("Applicants are assessed on merit, irrespective of where
    # they trained"): a statement of fair selection whatever the ground
    r"|\b(?:assess\w*|consider\w*|select\w*|appoint\w*|recruit\w*|treat\w*|judg\w*|evaluat\w*|merit|hir(?:e|es|ed|ing)"
    r"|employ\w*|welcom\w*|applicants?|candidates?|people|everyone|anyone)\b", re.I)


#: (sections18p) what the hire must bring, opening the sentence with no one to say it of: "Commitment to
#: equality, diversity and inclusion", "A demonstrable understanding of equal opportunities", "Awareness
#: of the Equality Act" (a person specification's criteria)
_CRITERION_OPENING = regex_programs.compile(
    r"^\W*(?:(?:an?|the|your|evidence of( an?)?)\s+)?(?:(?:demonstrable|demonstrated|demonstrably|proven|clear|strong|genuine|good"
    r"|sound|personal|full|working|excellent|real|active|an|and)\s+)*"
    r"(?:commitment|understanding|awareness|knowledge|appreciation|experience|ability|willingness|desire)"
    r"(?:\s+(?:of|to|in|and)){1,3}\b", re.I)


#: a verb or the employer after such an opening: the noun phrase is a clause's subject, said of someone
#: ("Commitment to diversity is at the heart of everything we do")
_SAID_OF_SOMEONE = regex_programs.compile(r"\b(?:is|are|was|were|will|we|our|us)\b", re.I)


def _eeo_words_elsewhere(sent: str) -> bool:
    """Equal-opportunity words that make no statement of the employer's (sections18p, real ads), the
    section's reading only (the bias context still reads them as eeo context):
    - "irrespective of" something that is no protected ground ("register your interest today
      (irrespective of the roles listed below)"): read as "regardless of", which needs one;
    - equal opportunity as what the hire must bring, a person specification's criterion opening the
      sentence with no one to say it of ("Commitment to equality, diversity and inclusion",
      "Understanding of equal opportunities"; ``_CRITERION_OPENING``);
    - the employer's equality policy as what a duty or a requirement names ("Undertake all duties with
      due regard to ... the Council's Equal Opportunities and Customer Care policies", "Understanding of
      and commitment to the Council's equal opportunities policies"), with nothing else of equal
      opportunity in the sentence ("We have an equal opportunities policy and welcome applications from
      all" stays a statement)."""
    # (only substrings are asked of it, so a text whose lower case changes length, "Ban The Box İ", reads as lower())
    lowered = safe_lower(sent) or sent.lower()
    if "irrespective of" in lowered and not _IRRESPECTIVE_STATEMENT.search(sent):
        replaced = _IRRESPECTIVE.sub("regardless of", sent)
        if not eeo_statement(replaced, safe_lower(replaced)):
            return True
    criterion = _CRITERION_OPENING.match(sent)
    if criterion is not None:
        # a label before the employer's own statement keeps it ("Commitment to equality: we do not
        # discriminate on ..."): the words after the colon are read alone
        colon = sent.find(":", criterion.end())
        rest = sent[colon + 1:] if colon >= 0 else ""
        if not (rest.strip() and eeo_statement(rest, safe_lower(rest))) and not _SAID_OF_SOMEONE.search(sent, criterion.end()):
            return True
    if "polic" in lowered and _POLICY_NAMED.search(sent):
        blanked = _POLICY_NAMED.sub(lambda m: " " * len(m.group()), sent)
        if not eeo_statement(blanked, safe_lower(blanked)):
            duty_verb, duty, req, _, _, _ = _rule_scores(sent)
            return bool(duty_verb or duty or req)
    return False


def sentence_kinds(sent: str) -> set[str]:
    """Kinds a single sentence shows by wording (pay, how-to-apply, eeo, benefits, location, schedule,
    and responsibilities for a sentence that states the duties outright)."""
    return set(_sentence_kinds(sent))


@sentence_memo  # a block's sentences are classified twice (_whole_block_kind, _content_sections)
def _sentence_kinds(sent: str) -> frozenset[str]:
    if not has_words(sent):
        return frozenset()  # no word, no figure: no kind (and a run of punctuation is not read through)
    kinds = set()
    read = _read(sent)
    lowered = read.lowered
    if shows_pay_figure(sent):  # pay without a figure is vague pay (P101), not a pay section
        kinds.add("pay")
    # equal-opportunity wording (its one home: the eeo tables of jdlint/data/context.yaml, read as the
    # bias context reads them); "Ensure compliance with EEO and affirmative action programs" is a duty,
    # not the employer's statement, and "a diverse team of engineers" says who the employer is
    eeo = eeo_statement(sent, lowered, read.may) and not _DIVERSE_GROUP.search(sent) and not _is_duty_verb(_first_word(sent)) \
        and not culture_value_only(sent) and not _eeo_words_elsewhere(sent)
    if eeo:
        kinds.add("eeo")
    # an equal-opportunity statement that names applicants and interviews ("we guarantee an interview
    # to disabled applicants who meet the essential criteria") is no instruction to apply: only a fixed
    # apply phrase makes it how-to-apply as well
    if _apply_wording(sent, read, eeo) \
            and not _in_other_sense(sent) and not _accommodation_contact(sent) and not enquiry_contact(sent) \
            and not _no_way_to_apply(sent, eeo):
        kinds.add("how-to-apply")
    if _shows_location(sent, lowered, read.may):
        kinds.add("location")
    terms = {sent[a:b].lower() for a, b in read.strong_spans()} - _OFFER_TERMS
    if terms and all(_BONUS.fullmatch(t) for t in terms):
        terms = set()  # a bonus alone is pay's variable part ("Salary: £31,000 + bonus")
    if ((len(terms) >= BENEFIT_TERMS or (terms and (read.offer(_OFFERS) or read.given() or _OFFERED_TO_STAFF.search(sent)
                                                     or _MADE_AVAILABLE.search(sent) or _JOB_INCLUDES.search(sent))))
            and _rule_scores(sent)[4] > 0) or _offers_soft_perks(sent, read):
        # "We offer medical, dental and a 401(k)", "... offering exceptional employee benefits",
        # even inside an EEO block; not the subject matter of a duty or a requirement ("You will
        # process pension transfers and answer questions about benefits"), as block_scores reads it
        kinds.add("benefits")
    if _requirement_condition(read):
        kinds.add("requirements")
    if read.found(_SCHEDULE):
        kinds.add("schedule")
    if (read.found(_DUTY_STATEMENT) or _role_does_duty(sent)) and not _SELECTION_STEP.match(sent):
        kinds.add("responsibilities")
    if _EMPLOYER_STATEMENT.found(sent, lowered) or _employer_defined(sent) or _employer_placed(sent, lowered) \
            or _employer_growing(sent, lowered) \
            or _TEAM_JOINED_SIZED_READ.found(sent, lowered) or _STAFF_MISSION.search(sent) is not None \
            or _EMPLOYER_RUN_BY.search(sent) is not None or _EMPLOYER_REGISTERED.search(sent) is not None:
        kinds.add("intro")
    return frozenset(kinds)



#: the job, named by its title, as the subject of what it will do: "The Dental Receptionist will greet
#: patients, schedule appointments ...", "The Warehouse Picker will also load trailers" (job boards'
#: "Role Description" paragraphs). The title's last word must be a job title's noun
#: (``propernames.is_role_noun``) and the verb a duty verb; verbs that as often say something else
#: are left out, as ``duty_statement`` leaves them ("will work in a team", "will report to")
_ROLE_SUBJECT = regex_programs.compile(
    r"^\W*the (?P<subject>(?:[A-Za-z][\w/&-]* ){0,3}?(?P<head>[A-Za-z][\w-]*)) (?:will "
    r"(?:also |primarily |mainly |be expected to |be asked to )?(?P<verb>[a-z]+)"
    # or in the present tense, as a job description's summary says it (sections14): "The
    # Maintenance Technician performs preventive maintenance on packaging lines"
    r"|(?:also |primarily |mainly )?(?P<present>(?-i:[a-z]+s)))\b", re.I)
_NOT_A_DUTY_AFTER_WILL = frozenset({"work", "use", "help", "start", "meet", "follow", "set", "run", "participate", "serve",
                                    "partner", "shape", "own", "accept", "apply", "report", "be", "have", "receive", "get",
                                    "join", "gain", "enjoy", "learn", "need"})
_YOU_NEXT = regex_programs.compile(r"\s+(?:you|your)\b", re.I)
#: a job title the role nouns do not list, told by its capitals and an agent noun's ending: "the
#: Warehouse Picker", "the Field Operative" (two or more capitalised words; not "the Company")
_TITLE_AGENT = regex_programs.compile(r"(?:[A-Z][\w/&-]* )+[A-Z][a-z]+(?:er|or|ist|ive|ian)")


#: the last word of an organisation's name or kind ("Medical Center", "the Trust", "the Provider"):
#: not a job title, though some end like an agent noun
_EMPLOYER_HEADS = frozenset(n.lower() for n in _ORGANISATION_NOUNS) | frozenset(terms.employer_kind_nouns())


def _role_does_duty(sent: str) -> bool:
    m = _ROLE_SUBJECT.match(sent)
    if m is None or _YOU_NEXT.match(sent, m.end()):
        return False  # "The Manager will train you": the hire is the object, not the subject
    if m.group("verb") is not None:
        verbs: tuple[str, ...] = (m.group("verb").lower(),)
    else:
        verbs = verbforms.third_person_bases(m.group("present").lower())
    if any(v in _NOT_A_DUTY_AFTER_WILL for v in verbs):
        return False
    if m.group("present") is not None and m.group("head").lower() in _EMPLOYER_HEADS:
        # an organisation doing its own work in the present: "The Rocky Mountain Regional VA Medical
        # Center provides care to 100,000 Veterans" (writer P 9522) is the intro, not the job's duty
        return False
    return (is_role_noun(m.group("head")) or _TITLE_AGENT.fullmatch(m.group("subject")) is not None) \
        and any(v in _DUTY_VERBS for v in verbs)


#: the reader or the employer speaking: an instruction or promise to the applicant, not a duty told
#: of a third person
_ADDRESSED = regex_programs.compile(r"\b(?:you|your|we|we'll|we’ll|we're|we’re|us|our|please)\b", re.I)
#: a short question put to the reader before an instruction: "Interested? Pop in and ask for Jo",
#: "Sound like you? Drop us a line" (the reader is addressed without "you")
_READER_ASKED = regex_programs.compile(r"^\W*[A-Za-z][\w'’ ]{0,25}\?\s")
#: an instruction to apply is short; a long sentence with these cues is a flattened list of a
#: recruiter's duties ("Identifies recruiting methods ... interviews applicants ... reviews resumes")
_INSTRUCTION_WORDS = 40
#: the cue kinds that are an instruction opening the sentence, and how far in its verb may end: an
#: opening clause is short ("For an informal chat about the role, call ..."); a verb deep in a long
#: sentence is not addressed to the applicant ("By clicking submit application you agree that we may
#: contact you ... via email, phone or SMS")
_OPENING_KINDS = frozenset({"call", "action"})
_OPENING_REACH = 80
#: the reader's own things: "send your CV", "your application" (a duty does not hand the reader's CV on)
_READERS = regex_programs.compile(r"\byour\b", re.I)


def _applying_instruction(sent: str, read: "_Sentence") -> bool:
    """How to apply in words no fixed phrase holds: cues of two different kinds (``apply_cues``)
    in a short sentence addressed to the applicant ("you", "we", "our", "please", or a call to a
    number or address),
    which neither opens with a duty verb ("Process applications and schedule interviews") nor with
    what the applicant must have ("Experience of interviews and CV screening"); "Corresponds with
    or interviews applicants" addresses no one."""
    kinds = {kind for kind, table in _APPLY_CUES.items()
             if (read.found(table) if kind not in _OPENING_KINDS else
                 any(end <= _OPENING_REACH for _, end in read.spans(table)))}
    if len(kinds) < 2 or len(sent.split()) > _INSTRUCTION_WORDS:
        return False
    first = _first_word(sent)
    if _is_duty_verb(first) and not _READERS.search(sent):
        return False
    if not (_ADDRESSED.search(sent) or _READER_ASKED.match(sent) or {"call", "channel"} <= kinds
            or {"action", "channel", "documents"} <= kinds):
        return False
    return not _opens_with_requirement(sent, read)


#: (sections39) how a call to apply says how to apply: a channel or a place, what to send, an instruction for the
#: application (``apply_means``, with ``apply_cues``' channel and documents: addresses, numbers, links, CVs)
_APPLY_MEANS = regex_programs.compile(terms.wording("apply_means"), re.I)
#: a short question or exclamation beside a call ("Interested?", "Sound like you?", "Join us!"): part of the call
_CALL_WORDS = 4


def names_apply_means(sent: str) -> bool:
    """Whether a sentence names a way to apply or an instruction for the application (``apply_means``; a channel or
    documents cue of ``apply_cues``)."""
    read = _read(sent)
    return _APPLY_MEANS.search(sent) is not None or read.found(_APPLY_CUES["channel"]) or read.found(_APPLY_CUES["documents"])


def bare_call(sent: str) -> bool:
    """(sections39) Whether a how-to-apply sentence only calls the reader to apply and says neither how nor where
    ("Apply now and spark your career with Service Minds.", "If you feel that's you - apply.", "contact Elite
    Environmental Group today"): no channel, no place to apply, nothing to send, no instruction."""
    return not names_apply_means(sent)


def apart_from_applying(sent: str) -> bool:
    """(sections39) Whether a sentence is about something other than applying: no how-to-apply kind, no apply cue of
    any kind (applying, documents, channel, timing, process, call, action), and no short question or exclamation
    put to the reader beside a call ("Interested?", "Sound like you?", "Join us today!")."""
    if len(sent.split()) < _CALL_WORDS or sent.rstrip("*_ \n").endswith("?"):
        return False
    read = _read(sent)
    return "how-to-apply" not in _sentence_kinds(sent) and not any(read.found(table) for table in _APPLY_CUES.values())


#: what may stand beside a sentence on its line and leave it a line of its own: space, list and emphasis marks
_LINE_MARKUP = regex_programs.compile(r"(?:[ \t*_#>•·-])*")


def _own_line(text: str, start: int, end: int, block_start: int, block_end: int) -> bool:
    """Whether text[start:end] is a line of its own in its block (text[block_start:block_end]), whose lines the parser
    kept apart: "Harbour Care has looked after families since 1998.\nApply now!" (a writer who gives a call its own
    line gives it a place of its own)."""
    line_start = max(text.rfind("\n", block_start, start) + 1, block_start)
    line_end = text.find("\n", end, block_end)
    line_end = block_end if line_end < 0 else line_end
    return _LINE_MARKUP.fullmatch(text, line_start, start) is not None and _LINE_MARKUP.fullmatch(text, end, line_end) is not None


def embedded_bare_calls(text: str, spans: "tuple[tuple[int, int], ...] | list[tuple[int, int]]",
                        block_start: int, block_end: int) -> frozenset[int]:
    """(sections39) The sentences of a block (``spans`` in ``text``, the block text[block_start:block_end]) that are bare
    calls to apply inside a paragraph about something else, by index: how-to-apply by their wording, naming no way to
    apply (``bare_call``) in a block where no sentence names one, on no line of their own, the sentence after them
    giving no instruction for the application either ("Apply anyway! Tell us why you're the right fit for the job." is
    one), and some sentence of the block about something else (``apart_from_applying``): "We look forward to having you
    join our amazing team. Apply today to learn more what makes X a leading provider." A reader gives such a sentence
    no heading of its own: it is no how-to-apply section (session 35's labellers, dev A: five of five;
    docs/section-labelling.md: a channel or application instructions). A call that is its block ("Apply now!",
    "Interested? Apply today.", a closing paragraph of calls) or its line stays one, as does a call naming a channel
    anywhere. Linear: the block is read once more at most (``_sentence_kinds`` is memoised)."""
    applying = [n for n, (s, e) in enumerate(spans) if "how-to-apply" in _sentence_kinds(text[s:e])]
    if not applying or not all(bare_call(text[spans[n][0]:spans[n][1]]) for n in applying):
        # a paragraph that says how to apply somewhere is about applying: its bare calls are part of it ("This page
        # holds a link to submit your application. Check out Join TTS to learn more about the application process.")
        return frozenset()
    calls = [n for n in applying if not _own_line(text, *spans[n], block_start, block_end)
             and not _instruction_follows(text, spans, n)]
    if not calls or not any(apart_from_applying(text[s:e]) for s, e in spans):
        return frozenset()
    return frozenset(calls)


def _instruction_follows(text: str, spans: "tuple[tuple[int, int], ...] | list[tuple[int, int]]", n: int) -> bool:
    """Whether the sentence after sentence ``n`` of a block names a way to apply or an instruction for the application
    ("Apply anyway! Tell us why you're the right fit for the job."): the call is told how to follow."""
    return n + 1 < len(spans) and names_apply_means(text[spans[n + 1][0]:spans[n + 1][1]])


def block_tells_how_to_apply(text: str, spans: "tuple[tuple[int, int], ...] | list[tuple[int, int]]") -> bool:
    """(sections42) Whether a block says how to apply: one of its how-to-apply sentences names a way to apply or an
    instruction for the application (``names_apply_means``: a channel, a place, the apply button or link, what to send),
    or the sentence after it does (``_instruction_follows``), or a sentence tells the channel applications go by
    (``_application_channel``). A block of bare calls ("Apply now!", "If you are a
    motivated individual, we encourage you to apply.") says only that one may apply."""
    return any(("how-to-apply" in _sentence_kinds(text[s:e])
                and (names_apply_means(text[s:e]) or _instruction_follows(text, spans, n)))
               or _application_channel(text[s:e])
               for n, (s, e) in enumerate(spans))


def _application_channel(sent: str) -> bool:
    """Whether a sentence tells the channel applications go by, in words no call holds: "Consideration will only be
    given to candidates who submit online applications" (the applying and channel cues of ``apply_cues``); not a
    duty ("Process loan applications via the online system")."""
    read = _read(sent)
    return read.found(_APPLY_CUES["applying"]) and read.found(_APPLY_CUES["channel"]) \
        and not _is_duty_verb(_first_word(sent))


#: asking for an accommodation to apply: "If you need an accommodation to apply, contact ...",
#: "To request an accommodation during the application process, email ..." (sections37: or adjustments, the UK's word:
#: "if you need any adjustments during the recruitment process, please contact ...")
_ACCOMMODATION_REQUEST = LazyPattern(
    r"\b(?:need|needs|needing|require|requires|requiring|request|requesting)\b[^.;!?]{0,40}?\b(?:accommodat|adjustment)"
    r"|\b(?:accommodat\w*|adjustments?)\b[^.;!?]{0,40}?\b(?:to apply|application process|hiring process|recruitment process"
    r"|selection process|interview process|during the (?:application|interview|hiring|recruitment|selection))", re.I)
#: (sections37) help to apply asked for a disability without the word "accommodation": "If you are unable to use our online
#: application process due to an impairment or disability, please contact 814-865-1473"
_DISABILITY_ACCESS = regex_programs.compile(
    r"\b(?:unable to|cannot|can['’]t|can not|difficult\w* (?:in )?|trouble) (?:use|using|complete|completing|access|accessing|submit"
    r"|submitting|apply|applying)\b[^.;!?]{0,60}?\b(?:due to|because of|as a result of|owing to)\b[^.;!?]{0,40}?\b(?:disabilit|impairment)",
    re.I)
#: (sections37) help with the application's technicalities, not a way to apply: "If you are having trouble applying or have
#: questions, please contact Fraser HR at careers@fraser.org"
_SUPPORT_CONTACT = regex_programs.compile(
    r"^\W*(?:if|should) you (?:are having|have|had|experience|are experiencing|encounter|run into|need help|require (?:help|assistance))"
    r"(?: any)?\b[^.;!?]{0,30}?\b(?:trouble|difficult\w*|problems?|issues?|technical)\b", re.I)
_APPLY_DEADLINE = regex_programs.compile(terms.wording("apply_deadline"), re.I)
#: (sections39) applications said to open later, or not open now (``apply_later``): no way to apply now
_APPLY_LATER = regex_programs.compile(terms.wording("apply_later"), re.I)
#: (sections40) applying said of a group or of a preference in the selection (``apply_without_means``): "Recent graduates
#: are encouraged to apply", "preference is given in the application process to veterans"; no way to apply unless named
_APPLY_WITHOUT_MEANS = regex_programs.compile(terms.wording("apply_without_means"), re.I)
#: (sections40) what happens to an application once it is in (``apply_after``): blanked with the deadline before the
#: sentence's apply wording is read again
_APPLY_AFTER = regex_programs.compile(terms.wording("apply_after"), re.I)
#: the controls of an online application ("click", "the Apply button", "this link", "the form")
_APPLY_CONTROL = regex_programs.compile(r"\b(?:click|button|link|form)\b", re.I)
#: (sections37) "to apply" as applying a method, its object after it: "you will help to apply the approaches and
#: methodologies we use with other agencies" (``_in_other_sense`` reads "apply the ..." without "to")
#: (sections40) any lower-case word after "to apply" that is none of the words a call to apply takes there (``apply_after_verb``)
#: is the object of applying something: "helping others to apply digital best practices" (dev 0522), not only the
#: words listed before
_APPLY_THE_METHOD = regex_programs.compile(
    r"\bto apply (?:the|these|this|those|our|their|its|his|her|such|best|new|modern|appropriate|relevant|agile|lean|design"
    r"|data|analytical|critical|scientific|statistical|technical|engineering|research|evidence)\b"
    r"(?!\s+(?:for|to|now|today|online|here|via|by|through|button|link|form|page|portal)\b)"
    r"|\bto apply (?!(?:" + terms.alternation("apply_after_verb") + r")\b)(?-i:[a-z])[a-z-]+\b", re.I)
#: verbs that open a call to apply in the third person's spelling, which no duty is: "Applies ..." is not one, but a
#: posting never opens a call with it either; kept out so the duty reading never takes a call
_APPLY_VERBS = frozenset({"applies", "submits", "sends", "emails"})


def _no_way_to_apply(sent: str, eeo: bool) -> bool:
    """(sections37, the labelling conventions: a way to apply is a channel or application instructions) Whether a sentence
    with how-to-apply wording gives no way to apply: a closing date alone (``apply_deadline``: the sentence read again
    with its deadline blanked shows no how-to-apply wording), a contact for help with a disability (as
    ``_accommodation_contact``) or with the application's technicalities, applications that open later (``apply_later``,
    sections39) and name no way to apply, applying said of a group or a preference (``apply_without_means``, sections40)
    naming none, and what happens to applications once they are in (``apply_after``, sections40: blanked with the
    deadline)."""
    if _DISABILITY_ACCESS.search(sent) or _SUPPORT_CONTACT.match(sent):
        return _APPLY_OUTRIGHT.search(sent) is None
    if _APPLY_THE_METHOD.search(sent):
        return _APPLY_OUTRIGHT.search(sent) is None and not _CHANNEL_NAMED.search(sent) \
            and not _APPLY_CONTROL.search(sent)
    first = _first_word(sent)
    if first not in _APPLY_VERBS and _third_person_duty_verb(first) and not _CHANNEL_NAMED.search(sent):
        # a job description's duty in the third person whose object names the application process: "Builds the
        # annual participation process, including the agencies' application process and fellow placement"
        return True
    if (_APPLY_LATER.search(sent) or _APPLY_WITHOUT_MEANS.search(sent)) and not names_apply_means(sent):
        return True
    said = [table for table in (_APPLY_DEADLINE, _APPLY_AFTER) if table.search(sent)]
    if not said:
        return False
    blanked = sent
    for table in said:
        blanked = table.sub(lambda m: " " * len(m.group()), blanked)
    return not _apply_wording(blanked, _read(blanked), eeo)


def _apply_wording(sent: str, read: "_Sentence", eeo: bool) -> bool:
    """Whether a sentence holds how-to-apply wording: a fixed apply phrase, or (outside an equal-opportunity statement,
    which names applicants and interviews without being an instruction) an apply line or an applying instruction.
    ``_sentence_kinds`` asks it of the sentence, ``_no_way_to_apply`` again with a deadline blanked."""
    return read.found(_HOW_TO_APPLY) or read.found(_APPLY_EXTRA) \
        or (not eeo and (read.found(_APPLY_LINE) or _applying_instruction(sent, read)))


#: instructions to apply given outright, which an accommodation clause beside them does not take away
_APPLY_OUTRIGHT = LazyPattern(
    r"\b(?:apply|applications?)\s+(?:online|at|via|through|now|today)\b"
    r"|\b(?:send|submit|e-?mail|upload)\s+(?:us\s+)?(?:your|a|an)\s+(?:resume|résumé|cv|application|cover letter)", re.I)


#: (sections36) a sentence whose purpose is questions or more information, not applying: "If you have any questions,
#: please contact sam@acme.com", "Queries to hr@acme.com", "For more information contact ...", "Any questions?" (the
#: labelling conventions, old and new: "a contact 'for more information' alone" and "a contact for questions only"
#: are no way to apply)
_ENQUIRY_PURPOSE = regex_programs.compile(
    r"^\W*(?:(?:if|should|in case) you (?:have|got|need)|for|with|got|have|any|still got|still have)?\s*"
    r"(?:any\s+|a\s+|further\s+|more\s+|other\s+|general\s+)?(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)"
    r"|(?:further|more|additional) (?:information|info|details))\b", re.I)
#: words that make such a sentence a call to apply after all: "If you have any questions or would like to apply, email
#: ...", "For more information and to apply, visit ..."
_APPLY_WORDS = regex_programs.compile(
    r"\b(?:apply|applying|applications?|applicants?|cvs?|resumes?|résumés?|cover (?:letter|note)s?|portfolios?"
    r"|interested|interest)\b", re.I)


#: (sections36) a question to the reader about their questions: "Any questions?", "Questions about the role?", "Got
#: a question?" (the contact after it in its block is for questions: ``detect._add_sentence_kinds``)
#: (``\W*+``: every branch after it starts with a letter, so giving back non-word characters cannot help; plain
#: ``\W*`` tried the branches again at each of them, a scan of the whole sentence per position over a run of
#: punctuation: 0.2 s for 300 kB of "! ")
_ENQUIRY_QUESTION = regex_programs.compile(
    r"\W*+(?:(?:any|got|have|still got|still have|do you have)\s+)?(?:any\s+|a\s+|more\s+|other\s+)?"
    r"(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies))\b[^?.!]{0,60}\?\W*$", re.I)


def enquiry_contact(sent: str) -> bool:
    """Whether ``sent`` is for questions or more information and says nothing of applying (``_ENQUIRY_PURPOSE``): a
    contact, not a link (a page "More info: https://acme.example/jobs/123" is the posting, where one applies)."""
    return _ENQUIRY_PURPOSE.match(sent) is not None and _APPLY_WORDS.search(sent) is None and _PAGE_LINK.search(sent) is None


#: a link to a page, in a sentence's text
_PAGE_LINK = regex_programs.compile(r"https?://|\bwww\.|\]\(", re.I)


def enquiry_block(text: str) -> bool:
    """Whether a block is a contact for questions and nothing else: it opens with a sentence for questions ("For any
    questions related to technical or process issues, please contact ...", "Any questions?"), names a way to reach
    someone (an address, a number, "contact", "call"), and no sentence of it shows any part by its wording. It is no section: the decoder leaves it out rather than hand it to a neighbour
    (dev 0625's contact for questions, under "Questions?", had become part of the requirements before it)."""
    if not has_words(text):
        return False  # a contact names someone or a number
    sents = [text[s:e] for s, e in sentences_of(text, 0, len(text))]
    if not sents or not (enquiry_contact(sents[0]) or _ENQUIRY_QUESTION.match(sents[0])):
        return False
    return all(not any(_rule_scores(s)) and not (_sentence_kinds(s) - {"how-to-apply", "location"}) for s in sents) \
        and any(_read(s).found(_APPLY_CUES[kind]) for s in sents for kind in ("channel", "call", "action"))


def _accommodation_contact(sent: str) -> bool:
    """Whether the sentence's apply wording only says how to ask for an accommodation to apply:
    equal-opportunity boilerplate (eeo), not how to apply."""
    return _ACCOMMODATION_REQUEST.search(sent) is not None and _APPLY_OUTRIGHT.search(sent) is None


#: the skill of applying something, a requirement: "Ability to apply innovative tools", "able to
#: apply accounting principles", "know how to apply them" (not "able to apply online", "how to apply for this role")
_APPLY_SKILL = regex_programs.compile(r"\b(ability|abilities|able|capacity|skills?|knowledge|willing(ness)?|(know|knows|knowing|understand|understands|understanding|learn|learns|learning|knowledge of|idea of) how) to apply\b"
                          r"(?!\s+(for|to|now|today|online|here|via|by|through|with|in person|directly)\b|\s*[.,!:;]|\s*$)", re.I)


#: applying put off, not asked for (mend35, dev 0197: "we would not want anyone to apply unless they would consider
#: working for us in the long term", "Please do not apply if you need sponsorship"): no way to apply is given
_NOT_TO_APPLY = regex_programs.compile(
    r"\b(?:not|n['’]t|never)\s+(?:want|wish|ask|expect|encourage|need)\w*\s+(?:\w+\s+){0,2}to apply\b"
    r"|\b(?:do not|don['’]t|should not|shouldn['’]t|need not|must not)\s+apply\b", re.I)
#: a channel beside it, which still says how to apply ("Do not apply by post: email jobs@acme.com")
_CHANNEL_NAMED = regex_programs.compile(r"@[\w-]+\.|https?://|www\.|#email_", re.I)


def _in_other_sense(sent: str) -> bool:
    # "apply your skills", "apply best practices": the verb apply, not a call to action
    if _APPLY_SKILL.search(sent) and not _APPLY_OUTRIGHT.search(sent):
        return True
    if _NOT_TO_APPLY.search(sent) and not _APPLY_OUTRIGHT.search(sent) and not _CHANNEL_NAMED.search(sent):
        return True
    return bool(re.search(r"\bapply (your|their|his|her|best|the|these|this|knowledge|skills|principles|critical)\b", sent, re.I)) \
        and not re.search(r"\bto apply\b|apply (now|today|online|here|via|by|through)", sent, re.I)


_GLUED_OPENERS = terms.glued_item_openers()
#: the letters of a word before a glued break, read back at most this far
_NAME_REACH = 24
_CAPITALISED = regex_programs.compile(r"[A-Z][a-z]+")
_PREFIX = regex_programs.compile(r"[a-z]{1,2}")
_RIGHT_WORD = regex_programs.compile(r"[A-Z][a-z]+")


@sentence_memo  # as sentence_spans: a block is split by several readers
def sentences_of(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sentences of text[start:end] as section detection reads them: ``sentence_spans``,
    except that a break inside a name is not one. ``sentences.py`` breaks a word where a lower-case
    letter runs into a capitalised word ("customersSkills", EMSCAD's run-together items); when the
    left part is a capitalised word or a one- or two-letter prefix ("CourseLeaf", "JavaScript",
    "McDonald", "iPhone") the word is a name, unless either part is one of ``glued_item_openers``
    or the right part is a duty verb: "ExcelStrong communication", "SummaryThe Supervisor",
    "CompanyAcme, a ..." (a label glued to its text). Splitting
    "Leepfrog Technologies' CourseLeaf software is used by ..." had lost the sentence's subject."""
    spans = _split_at_lower_case_stops(text, _split_at_glued_bullets(text, sentence_spans(text, start, end)))
    if len(spans) < 2:
        return spans
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        if pe == s and _inside_name(text, s):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return tuple(out)


#: a bullet glued to the item before it, in a list flattened into one line ("(ages 18+)• Ability to
#: see teenagers", "CBT/DBT• Set your own hours"): sentences.py breaks at a bullet with a space or a
#: sentence mark before it only, and a rule's sentence keeps to that; section detection, which must
#: tell the items apart, also breaks here
GLUED_BULLET = regex_programs.compile(r"(?<=[^\s•·●▪])[•·●▪]\s*(?=\S)")
#: a field separator of a scraped page flattened into one line ("Restaurant Supervisor | Tanjong
#: Pagar | $3,200 monthly | Job Description: Ember & Salt Group runs ..."): a pipe between spaces
#: parts fields as a line break would, so the header's facts and the pitch after them are
#: sentences of their own
FIELD_PIPE = regex_programs.compile(r"[ \t]\|[ \t]+(?=\S)")
_BREAKS = regex_programs.compile(GLUED_BULLET.pattern + "|" + FIELD_PIPE.pattern)


#: what every ``_BREAKS`` match holds: a span without one is not searched (the search tries its
#: lookbehind at every character; most sentences hold no bullet or pipe)
_BREAK_CHARS = regex_programs.compile(r"[•·●▪|]")


def _split_at_glued_bullets(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    if not spans or _BREAK_CHARS.search(text, spans[0][0], spans[-1][1]) is None:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        at = s
        for m in _BREAKS.finditer(text, s, e):
            if text[at:m.start()].strip():
                out.append((at, m.start()))
            at = m.end()
        if at < e:
            out.append((at, e))
    return tuple(out) if len(out) != len(spans) else spans


#: a full stop, question or exclamation mark after a word and before a lower-case word, in text written
#: without capitals ("... and a free parking space. please text your name to 07700 900 255"):
#: sentences.py breaks only before a capital, so an ad typed all in lower case was one sentence,
#: and a call to apply at its end was lost in it
_LOWER_CASE_STOP = regex_programs.compile(r"(?<=[a-z)][.!?])\s+(?=[a-z])")
#: what counts as a capital: text without one is written all in lower case
_CAPITAL = regex_programs.compile(r"[A-Z]")


def _split_at_lower_case_stops(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if _CAPITAL.search(text, s, e) is not None:
            out.append((s, e))
            continue
        at = s
        for m in _LOWER_CASE_STOP.finditer(text, s, e):
            out.append((at, m.start()))
            at = m.end()
        out.append((at, e))
    return tuple(out) if len(out) != len(spans) else spans


def _inside_name(text: str, at: int) -> bool:
    """Whether a break with no gap at ``at`` (a capital after a lower-case letter) falls inside a name."""
    if not (0 < at < len(text) and text[at - 1].islower() and text[at].isupper()):
        return False
    w = at
    while w > max(0, at - _NAME_REACH) and text[w - 1].isalpha():
        w -= 1
    if w > 0 and text[w - 1].isalpha():
        return False  # too long a word to be a name's first part
    # the name's first part starts at the last capital: "CompanyBrightPath" was cut after the
    # label "Company", and "Bright" + "Path" is the name
    capital = max((k for k in range(w, at) if text[k].isupper()), default=None)
    left = text[capital if capital is not None else w:at]
    if not (_CAPITALISED.fullmatch(left) or _PREFIX.fullmatch(left)) or left.lower() in _GLUED_OPENERS:
        return False  # "customersSkills", or a label glued to its text ("CompanyAcme, a ...")
    right = _RIGHT_WORD.match(text, at)
    word = right.group().lower() if right else ""
    return bool(word) and word not in _GLUED_OPENERS and not _is_duty_verb(word)


def block_scores(text: str, kind: str, sentence: bool = False) -> dict[str, float]:
    """Wording scores of one block for the block-level kinds. ``sentence``: the text is a piece
    ``_sentences`` gave, which would split into just itself."""
    if not has_words(text):
        return dict.fromkeys(BLOCK_KINDS, 0.0)  # what its sentences would score, unread
    words = max(len(text.split()), 1)
    if words < 3 and kind != "list_item" and not _read(text).strong_spans():
        return dict.fromkeys(BLOCK_KINDS, 0.0)  # a stray fragment; "Full benefits" still counts
    sents = [text] if sentence else [text[s:e] for s, e in sentences_of(text, 0, len(text))] or [text]
    duty = req = pref = ben = intro = 0.0
    for s in sents:
        duty_verb, duty_wording, req_s, pref_s, ben_s, intro_s = _sentence_scores(s)
        if duty_verb:
            duty += 1.5
        duty += duty_wording
        req += req_s
        pref += pref_s
        ben += ben_s
        intro += intro_s
    n = len(sents)
    return {"responsibilities": duty / n, "requirements": req / n * 0.9, "preferred": pref / n,
            "benefits": ben / n, "intro": intro / n * 0.8}


def offers_something(text: str) -> bool:
    """Whether any sentence of ``text`` offers the hire something: benefit wording that survives
    ``_sentence_scores``' checks (not a duty's subject matter, not the customers', not denied)."""
    return any(_sentence_scores(text[s:e])[4] > 0 for s, e in sentences_of(text, 0, len(text)))


#: the kinds ``block_scores`` scores, in the order it lists them
BLOCK_KINDS = ("responsibilities", "requirements", "preferred", "benefits", "intro")


#: a step of the selection said to the applicant: "If you are invited to an interview, ...", "Once shortlisted, ..."
_SELECTION_STEP = regex_programs.compile(
    r"^\W*(?:if|once|when|should)\s+(?:you\s+(?:are|have been|were|get)\s+|you['’](?:re|ve been)\s+)?(?:invited|shortlisted|selected"
    r"|called|asked)\b(?:\s+(?:to|for)\s+(?:an?\s+|the\s+)?(?:interview|assessment|trial|test|next stage))?", re.I)
#: (sections19, real ads) a first word that a modal or an auxiliary follows is a noun, the subject: "Interviews
#: will be held on Friday 23 August", "Reviews are carried out yearly" (an imperative or a third person's duty
#: verb takes an object: "Interview new volunteers", "Reviews the budget monthly")
_NOUN_BEFORE_AUXILIARY = regex_programs.compile(
    r"^\W*[A-Za-z]+s\s+(?:will|shall|would|are|were|can|could|may|might|must|should|have been|had been)\b"
    # or a noun phrase of two words left to be settled: "Work pattern to be agreed", "Start date to be confirmed"
    r"|^\W*[A-Za-z]+\s+[a-z]+\s+to be\s+(?:agreed|confirmed|discussed|arranged|decided|determined|negotiated|finali[sz]ed|advised)\b")


#: the scores of a sentence that shows nothing (``_sentence_scores``)
_NO_SCORES = (False, 0.0, 0.0, 0.0, 0.0, 0.0)


@sentence_memo  # ads repeat boilerplate, and a block may be scored twice (_whole_block_kind)
def _sentence_scores(s: str) -> tuple[bool, float, float, float, float, float]:
    """One sentence's share of ``block_scores``: whether it opens with a duty verb, then its duty,
    requirement, preferred, benefit and intro wording, each capped per sentence: the rules' scores
    (``_rule_scores``), and where they leave the sentence undecided, the sentence model's vote
    (``_model_evidence``)."""
    if not has_words(s):
        return _NO_SCORES  # no word to score, nothing for the model
    scores = _rule_scores(s)
    if any(scores) or not _model_may_read(s):
        return scores
    intro, benefit = _model_evidence(s)
    return scores if not (intro or benefit) else (False, 0.0, 0.0, 0.0, benefit, intro)


#: Section detection's sentence model (jdlint/data/section_model.json, scripts/train_section_model.py): two heads,
#: ``intro`` (the sentence is about the employer) and ``benefits`` (it offers the hire something beyond pay), each a
#: logistic regression over the sentence's words, word pairs and Brown clusters (``sentence_model``). The rules'
#: word tables and grammar come first; the model is asked only about a sentence they leave undecided
#: (``_model_may_read``), so it finds the employer or the perks told in words no table holds, and cannot turn a
#: duty, a requirement, a pay line, an eeo statement or an application instruction into either.
MODEL_FILE = "section_model.json"
#: A sentence the model reads as about the employer scores this as intro wording (``block_scores`` scales intro by
#: 0.8): a clear sentence about the employer (``decoder.CLEAR_INTRO``), as a named organisation with its trade is.
MODEL_INTRO = 0.5
#: ... and as offered to the hire, this as benefit wording: one strong perk term's (1.6 a term).
MODEL_BENEFIT = 0.5
#: The model reads sentences of at least this many words: a shorter line is a title, a label or a place.
MODEL_MIN_WORDS = 3
#: Sentence-level kinds the rules settle outright: a sentence showing one is no sentence for the model.
_SETTLED_KINDS = frozenset({"pay", "eeo", "how-to-apply", "intro", "benefits", "responsibilities", "requirements"})


@lru_cache(maxsize=1)
def _section_model():
    from ..sentence_model import HeadedModel, load

    raw = load(MODEL_FILE)
    return HeadedModel(raw), raw["thresholds"]


def _model_may_read(s: str) -> bool:
    """Whether the model may vote on sentence ``s``, whose block-level scores are all nought: long enough, no
    question put to the reader ("Interested in growing your career in the event industry?" pitches the job, it
    offers nothing), no title-case line (a job title, a programme's name), no safeguarding statement (which the
    rules read as no part of the body), no sentence-level kind the rules settle outright (a pay figure, an eeo
    statement, a call to apply ...), and no benefit wording the rules read and set aside (``_benefit_wording``)."""
    stripped = s.rstrip("*_ \t\n")
    return len(s.split()) >= MODEL_MIN_WORDS and not stripped.endswith("?") and not _is_title(stripped) \
        and _SAFEGUARDING.search(s) is None and not (_sentence_kinds(s) & _SETTLED_KINDS) \
        and not _benefit_wording(_read(s))


def _benefit_wording(read: "_Sentence") -> bool:
    """Whether the sentence holds a benefit word, term or gift at all (``benefit_strong``, ``benefit_weak``,
    ``benefit_gift``): its benefit score of nought is then the rules' answer, not their silence. They read the word
    and set it aside: given to customers ("Members enjoy free towels, a sauna and discounted personal training"),
    denied, the pay alone, a duty's or a requirement's subject matter ("All PPE and safety equipment supplied"), told
    elsewhere ("Pay, benefits, leave ... are detailed in the Staff Handbook"), another sense ("leave is limited in
    August"). The model, which reads words and not those grammars, is not asked again."""
    return bool(read.spans(_BENEFIT_STRONG) or read.spans(_BENEFIT_WEAK) or read.found(_BENEFIT_GIFT))


def rules_undecided(s: str) -> bool:
    """Whether the rules leave sentence ``s`` undecided, so that the model is asked about it (``_sentence_scores``;
    scripts/train_section_model.py --lowo scores the model on such sentences too)."""
    return not any(_rule_scores(s)) and _model_may_read(s)


def _model_evidence(s: str) -> tuple[float, float]:
    """(intro, benefit) wording scores of sentence ``s`` by the model's vote: ``MODEL_INTRO`` or ``MODEL_BENEFIT``
    for the head whose score passes its threshold (the higher above it, if both do), else nought."""
    model, thresholds = _section_model()
    head = model_vote(s, model.scores(s), thresholds)
    return (MODEL_INTRO, 0.0) if head == "intro" else (0.0, MODEL_BENEFIT) if head == "benefits" else (0.0, 0.0)


def model_vote(s: str, scores: dict[str, float], thresholds: dict[str, float]) -> str | None:
    """The head the model votes for on sentence ``s`` given its ``scores``: of the heads above their threshold, the
    furthest above; a benefits vote only where the sentence names the hire or the staff (``_TO_STAFF``: "We wash your
    chef whites for you", "Staff can ..."), as the conventions define a benefit (offered to the hire): a perk the
    rules' tables do not know is told to someone, and without anyone named the words the head weighs ("free",
    "holiday", "supplied") are as often a customer's offer or the work's kit ("Get in touch today for a free
    no-obligation quote", "All PPE and safety equipment supplied")."""
    over = {head: scores[head] - thresholds[head] for head in ("intro", "benefits") if scores[head] > thresholds[head]}
    if "benefits" in over and _TO_STAFF.search(s) is None:
        del over["benefits"]
    return max(over, key=over.get) if over else None


#: (sections36) a benefit word as the object of the work: what the hire must know of it ("knowledge of", "experience
#: administering", "familiarity with") or does with it ("administer", "process", "answer ... queries"), a few words
#: before it in the same clause; the window before each word is bounded, so the test is linear
_WORK_ON = regex_programs.compile(
    r"(?:\b(?:experience|experienced|knowledge|understanding|familiarity|background|expertise|proficiency|grounding)"
    r"(?:\s+(?:of|in|with|on|around)(?:\s+(?:administering|managing|processing|handling|running|designing|delivering"
    r"|advising on|calculating))?|\s+(?:administering|managing|processing|handling|running|designing|delivering"
    r"|advising on|calculating))"
    r"|\b(?:administer|administers|administering|process|processes|processing|calculate|calculates|calculating"
    r"|reconcile|reconciles|reconciling|advise on|advises on|advising on|answer|answers|answering|audit|audits|auditing"
    r"|sell|sells|selling|explain|explains|explaining|enrol|enrols|enroll|enrolls|enrolling"
    # (sections37) what the job asks of the hire: "a full-time position requiring flexible hours including some evenings"
    r"|require|requires|requiring))"
    r"(?:\s+[\w'’()&/+-]+,?){0,5}?\s+$", re.I)
_WORK_ON_REACH = 80


def _subject_matter_of_work(s: str, start: int) -> bool:
    """Whether the benefit word at ``start`` is what the hire must know or works on (``_WORK_ON``)."""
    return _WORK_ON.search(s[max(0, start - _WORK_ON_REACH):start]) is not None


@sentence_memo
def _rule_scores(s: str) -> tuple[bool, float, float, float, float, float]:
    """``_sentence_scores`` by the rules alone: word tables and grammar (the sentence-level kinds read these,
    ``_sentence_kinds``)."""
    if not has_words(s):
        return _NO_SCORES
    read = _read(s)
    requirement_first = _opens_with_requirement(s, read) or _opens_with_requirement_cue(s, read)
    first = _first_word(s)
    # "Set your own hours": a perk that opens with a duty verb's word is offered, not a duty;
    # an offering verb in the imperative is the hire's duty ("Provide mentorship to the team")
    duty_verb = (_is_duty_verb(first) and not _is_title(s) and not _LONE_VERB.match(s) and not requirement_first
                 and not _PITCH_OPENING.match(s) and not _NOUN_BEFORE_AUXILIARY.match(s)
                 and (first in _OFFERING_VERBS
                      or not _opens_with(s, read.spans(_BENEFIT_WEAK) + read.strong_spans())
                      # a gift phrase whose first word is a duty verb in the imperative swallowed the
                      # verb: "Ensure PPE is provided to all staff" ("Training provided" is a gift)
                      or ((first in _DUTY_VERBS or _third_person_duty_verb(first)) and _imperative_before_gift(s, read)))
                 and not _compound_before_gift(s, read))
    duty_phrases = read.count(_DUTY_PHRASES)
    if duty_phrases and _SELECTION_STEP.match(s):
        # (sections19, real ads) what the applicant does at a step of the selection is no duty of the job:
        # "If you are invited to an interview, you will need to bring documents to verify your identity"
        duty_phrases = 0
    req = min(read.count(_REQ_STRONG) + 0.4 * read.count(_REQ_WEAK), 2)
    benefit = min(1.6 * _perk_count(s, read.strong_spans())
                  + 0.8 * _perk_count(s, read.spans(_BENEFIT_WEAK)), 3)
    if benefit and not read.given() and not read.offer(_BENEFIT_OFFER) \
            and all(_subject_matter_of_work(s, a) for a, _ in read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        # (sections36) each benefit word the object of what the hire must know or will do: "Working knowledge of UK
        # holiday pay and statutory sick pay rules", "Experience administering 401(k) and health plans", "Look after
        # starters and leavers, administer staff benefits and pension enrolment, and answer holiday queries"
        # (the conventions: "duties or requirements that mention" a benefit are no benefit)
        benefit = 0.0
    if benefit and _benefit_in_other_sense(s, read):
        # (sections37) each benefit word a ground of an eeo statement, the field of what the applicant must have,
        # part of an organisation's name, the employer's product, or a job board's classification of the job
        benefit = 0.0
    if benefit and _all_negated(s, read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        # an offer denied is none: "This is a freelance contract, so there is no holiday pay or
        # pension", "We can't offer remote work" (negation as the bias rules read it, context.negated_in)
        benefit = 0.0
    if benefit and len({m.group(0).lower() for m in _EMPLOYMENT_DECISIONS.finditer(s)}) >= POLICY_SCOPE_DECISIONS:
        # benefit words among the decisions a policy applies to are its scope, not an offer: "This
        # policy applies to all aspects of employment, including hiring, transfer, promotion,
        # compensation, benefits, training and termination" (sections17, real ads' EEO statements)
        benefit = 0.0
    if benefit and all(_BONUS.fullmatch(s, a, b) for a, b in read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        # a bonus alone is the pay's variable part, not a perk: "Bonuses and commission structure
        # determined by performance" (the real-ad labellers and writers C and P agree; sections17).
        # It still leans a block a little to the terms of the job (a bonus line in a perks list
        # flattened onto one line keeps some of that list's weight, writers M 9311 and P 9525)
        benefit = BONUS_ALONE
    if benefit and _ONLY_PAY_OFFERED.search(s) \
            and all(s[a:b].lower() in _OFFER_TERMS or _PAY_TERM.fullmatch(s[a:b])
                    for a, b in read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        # an offer of pay alone names no perk: "We offer a competitive salary", "What we offer: a
        # salary of £24,000" (pay addressed, which the pay rules read)
        benefit = 0.0
    if benefit and any(_PAY_PACKAGE_OR_SETTING.fullmatch(s, a, b) for a, b in read.strong_spans() + read.spans(_BENEFIT_WEAK)) \
            and all(s[a:b].lower() in _OFFER_TERMS or _PAY_TERM.fullmatch(s[a:b]) or _PAY_PACKAGE_OR_SETTING.fullmatch(s[a:b])
                    for a, b in read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        # (sections18p, real ads) the pay as a package or the workplace's mood offered, and nothing else:
        # "we offer a competitive compensation package designed to entice the best", "We offer a relaxed
        # and casual working environment in our offices": pay addressed without a figure names no perk,
        # and the offering words add none to a mood (the real-ad labellers: a relaxed office alone is no
        # benefit), which keeps only a softer perk's weight, as an item of a perks list ("Amazing work environment")
        benefit = min(benefit, 0.8 * len({(a, b) for a, b in read.spans(_BENEFIT_WEAK) if _SETTING.fullmatch(s, a, b)}))
    if benefit and _benefits_told_elsewhere(s, read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        benefit = 0.0
    if benefit and _HOLIDAY_PAY_IN_PAY.search(s) \
            and all(s[a:b].lower() in ("benefit", "benefits", "holiday", "holiday pay")
                    for a, b in read.strong_spans() + read.spans(_BENEFIT_WEAK)):
        # (sections19, real ads) holiday pay as what an unstated salary includes ("To be discussed at
        # interview (will include holiday pay)"): no perk named to the hire
        benefit = 0.0
    if benefit and _REMOTE_CONCEDED.search(s) and all(_REMOTE_TERM.search(s, a, b)
                                                      for a, b in read.strong_spans() + read.spans(_BENEFIT_WEAK)
                                                      + list(read.gifts())):
        # (sections18p, real ads) remote work told as where the job may be done, beside where the
        # employer is based or as a concession ("Oxide is based in Emeryville, California, but we
        # support remote work as well", "While we are open to remote work, we believe that will be
        # difficult for this role"): the job's location (S110 reads it), not a perk
        benefit = 0.0
    if benefit and (duty_verb or duty_phrases or req >= DUTY_CONTEXT_REQ or _MUST_FIRST.match(s)) \
            and not read.offer(_BENEFIT_OFFER) \
            and not (read.given() and not duty_verb and not duty_phrases):
        # (a gift beside a requirement is still given: "Own vehicle required (travel expenses
        # provided)", "Must have a full licence; a company van is provided" (sections16, real ads);
        # a duty's gift is the duty's: "Ensure PPE is provided to all staff")
        # a benefit word inside a duty or a requirement is the job's subject matter, not a perk:
        # "you will estimate remodeling and insurance-related projects", "Must have a valid
        # licence and insurance", "Must have his/her own reliable car and car insurance" (a
        # sentence that opens by saying what the applicant must have)
        benefit = 0.0
    if benefit and not _TO_STAFF.search(s) and (_TO_OTHERS.search(s) or _TRADE_VERB.search(s) or _PRODUCT_SUBJECT.match(s)
                                                 or _TO_CLIENT_FIRMS.search(s)):
        # a benefit word given to others or sold is the business, not a perk, when no staff or
        # reader is named: "Free parking is available for patients and visitors", "Our gym members
        # enjoy free classes", "The shop sells organic coffee and vegan lunches" ("Free parking for
        # staff and visitors", "Team members enjoy free meals" stay perks); so is the employer's product as
        # the subject ("Our policies cover dental treatment and vet fees", _PRODUCT_SUBJECT)
        benefit = 0.0
    head = _organisation_name_head(s)
    named = head is not None
    if req and (named or _EMPLOYER_SELF.match(s)) and not read.found(_JOB_FOCUS) \
            and not read.found(_REQUIREMENT_CUES["frame"]):
        # the employer's own years, skills and certificates, said of itself and of no hire: "We are
        # a Gas Safe registered company with 20 years of experience", "Our team has over 50 years
        # of combined experience" ("We require 3 years of experience" names what it needs)
        req = 0
    if req and _PAY_BY_EXPERIENCE.search(s) and not _ASKED_OUTRIGHT.search(s):
        # experience as the measure of the pay is the pay's wording, not a requirement: "Salary and
        # conditions will be established according to the level of experience of the candidate",
        # "Salary commensurate with experience and qualifications" (sections16, real ads)
        req = 0.0
    cue_req = _requirement_cue_score(s, read, duty_verb, benefit, named)
    if (req or cue_req) and _NOTHING_REQUIRED.match(s):
        # "No experience is necessary", "No qualifications needed - full training given": nothing asked
        req = cue_req = 0.0
    if cue_req:
        req = max(req, cue_req)
        if cue_req >= REQUIREMENT_CUE_SCORE:
            # "You'll have a clean licence", "The successful candidate will hold a CSCS card":
            # "you'll" and "the successful candidate will" are the hire's frame here, not duty wording
            duty_phrases = 0
    if benefit and (named or _employer_by_kind(s)) and not _TO_STAFF.search(s) and _only_trade_words(s, read):
        # a benefit word in what the employer itself does is its trade, not a perk: "For the
        # past century, the clinic has provided ... medical and dental care", "Harbour Mutual has
        # provided home insurance to families" ("Acme offers dental cover to all employees",
        # "Acme provides dental insurance and a 401(k)", "Trident offers ... an exceptional
        # compensation and benefits program" stay)
        benefit = 0.0
    # what a named organisation "is responsible for" or "manages" is its own work, not the job's;
    # an acronym may stand for the job ("The Client Relationship Specialist (CRS) ... The CRS is
    # responsible for ..."), so its sentence keeps its duty wording
    intro = _intro_score(s, read.lowered, read.may, named)
    if intro and named and eeo_statement(s, read.lowered, read.may):
        # (sections41) a named subject whose predicate is the equal-opportunity statement says nothing of what the
        # employer is or does: "Orlando Credit Union is an Equal Opportunity Employer" (the conventions: an EEO
        # statement is no intro); the name counts no more, and only other signs of an intro stay ("Acme is a
        # family-run bakery in Leeds and an equal opportunity employer" defines the employer by its kind)
        intro = _intro_score(s, read.lowered, read.may, False)
    # a run of -ing verbs in what the employer says of itself is its own work ("GTRI has grown to
    # 2,900 employees, supporting eight laboratories and performing ...")
    duty_wording = (0.0 if named and not head.isupper()
                    else duty_phrases + min(0.25 * read.count(_DUTY_ANYWHERE), 0.75)
                    + (DUTY_RUN_SCORE if not (requirement_first or benefit or req or intro >= RUN_INTRO)
                       and _duty_run(s, read) else 0.0))
    if not requirement_first and _SAFEGUARDING.search(s) is not None and _ASKS_THE_HIRE.search(s) is None:
        # a safeguarding or vetting statement is the employer's policy, as an EEO statement is: no
        # part of the posting's body (sections18i: realads17's school ads, "Posts are subject to an
        # interview and enhanced DBS check", read as the requirements once it was no intro); one
        # put to the hire keeps what it asks ("You must hold a clean licence and pass a DBS check",
        # "Willing to undergo a PVG check")
        return (False, 0.0, 0.0, 0.0, 0.0, 0.0)
    return (duty_verb,
            duty_wording,
            req,
            read.count(_PREF_PHRASES) * 1.5,
            benefit,
            intro)


#: the pay measured by the hire's experience (``_sentence_scores``), and what still asks for it outright
_PAY_BY_EXPERIENCE = regex_programs.compile(
    r"\b(?:salary|salaries|pay|compensation|remuneration|wages?|rates?|package|grade|conditions)\b[^.;!?]{0,80}?"
    r"\b(?:commensurate with|according to|depending on|dependent on|depends on|based (?:up)?on|in line with|reflect(?:s|ing)?"
    r"|depend on|depend upon|determined by|relative to|subject to|dependent upon|depending upon)\s(?:the |your |their |his or her |one['’]s )?"
    r"(?:(?:level|levels|amount|years) of )?(?:relevant )?(?:experience|qualifications?|skills?)\b", re.I)
_ASKED_OUTRIGHT = regex_programs.compile(r"\b(?:must|required|requires?|essential|should have|need to have|needs to have)\b", re.I)


#: a sentence that says nothing is asked of the applicant: "No experience is necessary", "No
#: qualifications needed", "No CSCS card required - we'll sort one" (not "No more than six points on
#: your licence", nor "No degree needed, but you must hold a CSCS card", which asks for something)
_NOTHING_REQUIRED = regex_programs.compile(
    r"^\W*no (?!more\b|less\b|fewer\b|later\b|sooner\b)[^.;!?]{0,50}?\b(?:is |are )?(?:needed|necessary|required|essential|a must)\b"
    r"(?![^.;!?]{0,80}\b(?:but|however|though|although|must|need to|you['’]ll need|you will need)\b)", re.I)


def _duty_run(s: str, read: "_Sentence") -> bool:
    """Whether the sentence runs through ``DUTY_RUN_VERBS`` different duty verbs in the -ing form
    ("washing up, prepping veg, making sandwiches and keeping the kitchen spotless"): duties told
    in prose, whoever the sentence's subject is (``_sentence_scores`` leaves out a sentence with
    requirement wording or a perk: "Experience cooking, cleaning and serving customers")."""
    # three "ing"s first, then the verbs: the table stays out of the RE2 screen, where its
    # alternation of every duty verb grew peak RSS (scripts/bench.py --memory-ads 3000: 323 -> 319 MB)
    if s.count("ing") < DUTY_RUN_VERBS:
        return False
    return len({s[a:b].lower() for a, b in _DUTY_GERUNDS.spans(s, read.lowered)}) >= DUTY_RUN_VERBS


#: what a sentence with requirement cues of two kinds scores as requirement wording (two strong
#: terms' worth), and one that opens with a cue of one kind (a short item: "Right to work in the UK")
REQUIREMENT_CUE_SCORE = 2.0
REQUIREMENT_OPENING_SCORE = 1.0
#: an item or sentence that opens with a cue of one kind is a requirement up to this many words
REQUIREMENT_ITEM_WORDS = 15
#: the employer speaking of itself ("We are ISO 9001 certified", "Our drivers hold ..."), not of the hire
_EMPLOYER_SELF = regex_programs.compile(r"^\W*(?:we|we're|we’re|we've|we’ve|our|us)\b", re.I)


#: requirement cue kinds that a condition may ask for: a trait ("if you're keen") or a frame alone
#: asks for nothing the reader must have
_CONDITION_CUE_KINDS = ("credential", "experience", "means", "ability", "availability")


def _requirement_condition(read: "_Sentence") -> bool:
    """A requirement told as a condition put to the reader (``requirement_condition``): "We'd like to
    hear from you if you hold an accredited degree", "Provided you can drive, we'll train you in
    the rest": a cue of a kind in ``_CONDITION_CUE_KINDS`` after the condition's start."""
    conditions = read.spans(_REQUIREMENT_CONDITION)
    if not conditions:
        return False
    first = conditions[0][0]
    return any(start >= first for kind in _CONDITION_CUE_KINDS for start, _ in read.spans(_REQUIREMENT_CUES[kind]))


def _requirement_cue_kinds(s: str, read: "_Sentence") -> set[str]:
    return {kind for kind, table in _REQUIREMENT_CUES.items() if read.found(table)}


def _requirement_cue_score(s: str, read: "_Sentence", duty_verb: bool, benefit: float, named: bool) -> float:
    """Requirement wording no fixed phrase holds, from cues of different kinds
    (``requirement_cues``): two kinds in a sentence ("You'll have a clean licence and a head for
    heights", "We need someone who can lift 20 kg", "Comfortable using Excel and well organised"),
    or a short item or sentence that opens with a cue ("Own transport", "Clear DBS", "Right to work
    in the UK"). Not a preferred qualification ("... is a plus"), not a duty ("Check every
    visitor's CSCS card" opens with a duty verb; "You will be responsible for staff certificates"
    states the duties), not an offer ("You'll get 28 days' holiday", "We'll pay for your CSCS
    card": a benefit word or an offer wins), not the employer speaking of itself ("We are ISO 9001
    certified", "Acme has held CHAS accreditation since 2010") unless it says whom it needs ("We
    need someone who ...", the frame)."""
    if duty_verb or benefit or read.offer(_BENEFIT_OFFER) or read.found(_DUTY_STATEMENT):
        return 0.0
    if read.found(_PREF_PHRASES):
        return 0.0  # "Bilingual proficiency is a plus", "Ideally you'll hold a CSCS card": preferred
    kinds = _requirement_cue_kinds(s, read)
    if not kinds:
        return 0.0
    if (named or _EMPLOYER_SELF.match(s)) and "frame" not in kinds:
        return 0.0
    if len(kinds) >= 2:
        return REQUIREMENT_CUE_SCORE
    if kinds != {"frame"} and len(s.split()) <= REQUIREMENT_ITEM_WORDS \
            and _opens_with(s, [span for kind in kinds for span in read.spans(_REQUIREMENT_CUES[kind])]) \
            and not (read.found(_SCHEDULE) or shows_pay_figure(s)):
        return REQUIREMENT_OPENING_SCORE
    return 0.0


#: up to three capitalised words after a term, spaces between ("Dental| Nurse", "Vision| Insurance
#: Specialist")
_CAPITALISED_AFTER = regex_programs.compile(r"(?:[ \t]+[A-Z][\w'’-]*){0,3}")


def _in_job_title(s: str, start: int, end: int) -> bool:
    """Whether a capitalised term is part of a job title: one of the capitalised words after it is
    a job title's noun ("Dental Nurse", "Pension Administrator", "Wellness Coach")."""
    if not s[start:start + 1].isupper():
        return False
    after = _CAPITALISED_AFTER.match(s, end)
    following = after.group().split()
    # (sections19, real ads) or a named activity the employer runs: "Lunch Link sessions are offered from 12:15"
    return any(is_role_noun(w) for w in following) or bool(following and _RUN_ACTIVITY.match(s, after.end()))


#: what a capitalised name before it makes an activity the employer runs for others (``_in_job_title``)
_RUN_ACTIVITY = regex_programs.compile(r"\s+(?:sessions?|clubs?|groups?|classes|programmes?|programs?|projects?|schemes?)\b")


def _perk_count(s: str, spans: list[tuple[int, int]]) -> int:
    """Benefit terms that offer something: not a term inside a job title ("The Dental Nurse
    supports the dentist", "Join us as a Wellness Coach")."""
    return sum(1 for start, end in spans if not _in_job_title(s, start, end))


#: where a sentence's words begin (after bullets, numbers and a run-in label)
_FIRST_LETTER = regex_programs.compile(r"[A-Za-z]")


def _opens_with_requirement(s: str, read: "_Sentence") -> bool:
    """Whether the sentence's first word opens a requirement phrase (``requirement_strong``):
    "Clean driving record", "Track record of closing deals" name what the applicant must have,
    though "clean" and "track" are duty verbs."""
    return _opens_with(s, read.spans(_REQ_STRONG))


def _opens_with_requirement_cue(s: str, read: "_Sentence") -> bool:
    """Whether the sentence's first word opens a requirement cue (``requirement_cues``): "Own
    transport" names what the applicant must have, though "own" is a duty verb. (How to apply
    keeps to ``_opens_with_requirement``: "Available now? Ring Sandra on ..." is a call to apply.)"""
    return _opens_with(s, [span for table in _REQUIREMENT_CUES.values() for span in read.spans(table)])


def _opens_with(s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether one of ``spans`` starts at the sentence's first word (after bullets, numbers and a
    run-in label)."""
    if not spans:
        return False
    body = _RUN_IN_LABEL.sub("", s, count=1)
    first = _FIRST_LETTER.search(body)
    if first is None:
        return False
    at = len(s) - len(body) + first.start()
    return any(a == at for a, _ in spans)


_TITLE_WORD = regex_programs.compile(r"[^\W\d_][\w'’&.-]*")
#: small words a title leaves in lower case ("Plan of the Year")
_TITLE_SMALL = frozenset("a an and or of the to in on for with at by from".split())


def _is_title(s: str) -> bool:
    """A line of two to six words all capitalised (small words aside) names something: an
    item of a list of products, events or facts ("Work Smarter Suite", "Design Awards", "Lead
    Generation Toolkit"), not a duty, even when its first word is a duty verb."""
    words = _TITLE_WORD.findall(s)
    if not 2 <= len(words) <= 6 or any(ch in s for ch in ".:;!?"):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) and words[0][0].isupper()


#: a duty verb alone, or with a count in brackets: a job board's link or button ("Report", "Share",
#: "Reviews (1.2k)"), not a duty, which says what is done ("Report faults"); a lone -ing word may be
#: a list's item ("Cleaning")
_LONE_VERB = regex_programs.compile(r"^[\W\d_]*[A-Za-z]+(?<!ing)(?:\s*\([^()\n]{0,20}\))?[\W\d_]*$")
#: a pitch that opens with a work verb: "Make a difference in a child's life", "Make your mark"; and
#: the job's terms that open with a duty verb's -ing form: "Starting salary based on experience"
_PITCH_OPENING = regex_programs.compile(r"^\W*make (?:a |an |your )?(?:real |lasting |big |positive )?(?:difference|impact|mark)\b"
                            r"|^\W*starting (?:salary|pay|rate|wage|date)\b", re.I)
#: verbs that offer something: as a sentence's first word, a duty even before a perk's words
_OFFERING_VERBS = frozenset({"provide", "provides", "providing", "offer", "offers", "offering", "give", "gives",
                             "giving", "get", "receive"})
#: a sentence that opens by saying what the applicant must have or be ("Must have his/her own
#: car and car insurance", "Required: proof of insurance"); "You are invited to join our company
#: holidays" opens with requirement wording too, but says nothing must be
_MUST_FIRST = regex_programs.compile(r"^[\W\d_]*(?:(?:you|applicants?|candidates?|the (?:successful )?(?:candidate|applicant)) )?"
                         r"(?:must|required|requires|mandatory|need to|needs to)\b", re.I)
#: requirement wording from which a sentence reads as a requirement (two strong terms' worth)
DUTY_CONTEXT_REQ = 2
#: wording that offers something to the hire: with it a benefit word counts even in a duty or
#: requirement sentence ("You will receive paid training", "We offer dental")
_BENEFIT_OFFER = LazyPattern(_OFFERS.pattern + r"|\byou(?:'ll|’ll| will) (?:also )?(?:get|enjoy|receive|have access|be eligible|be rewarded"
                            # the hire as the one given something: "you'll be given a laptop and phone"
                            r"|be (?:given|issued|provided with|supplied with|loaned))"
                            r"|\bemployees (?:enjoy|receive|get)\b|\b(?:we|the company)(?:'ll|’ll| will)? (?:also )?(?:provides?|gives?|pays?|covers?|matches?|funds?)\b"
                            # what the employer gives back, said as support of the hire: "In return, we
                            # will support your professional growth", "we'll invest in your development"
                            r"|\bin return\b|\bwe(?:'ll|’ll| will) (?:support|invest in|help) (?:you|your)\b"
                            # the employer as the giver in the passive: "Transport home is arranged by us"
                            r"|\b(?:provided|supplied|arranged|organi[sz]ed|paid for|covered|funded|sorted) by (?:us|the company|the employer)\b"
                            r"|\b(?:is|are) on us\b"
                            # the hire trained by the employer: "The successful candidate will be trained
                            # in ..." (a duty's frame, but what the hire is given: benefit_given)
                            # (sections41) or mentored or coached, as benefit_given reads it: "The successful
                            # candidate will be supported and mentored in these tasks by our experienced team"
                            # (dev A 0197, labelled benefits: training the employer provides); "You will mentor
                            # junior staff" is the hire's duty
                            r"|\b(?:will|['’]ll) (?:also )?be (?:fully |properly |thoroughly )?trained\b"
                            r"|\b(?:will|['’]ll) (?:also )?be (?:(?:fully|well|closely) )?(?:supported (?:and|&) )?(?:mentored|coached)\b",
                            re.I)

#: The offer patterns are asked about most sentences (a benefit term's, a requirement cue's) and Python's
#: ``re`` spent about 50 µs a sentence on them (under re.I "[A-Z]\w+" opens at every word): one RE2 pass
#: over a sentence rules both out where neither can match (``regex_screen``; the same answers)
_OFFER_SCREEN = ScreenedGroup((_OFFERS, _BENEFIT_OFFER))


#: a legal suffix ("Inc.", "LLC") says a name is there, not what the organisation does
_LEGAL_SUFFIX = regex_programs.compile(r"\b(?:inc\.?|ltd|llc)\b", re.I)


def _intro_score(s: str, low: str | None, may=EVERYTHING, named: bool | None = None) -> float:
    """Intro wording of one sentence, capped at 2. A weak word alone ("market", "clients") is
    context, not a pitch: it counts only beside another sign or a second weak word (a legal
    suffix is not one), so "Houston Market - Houston, TX" and "Company: Pacific Wood Products,
    LLC." do not read as an intro. ``named``: ``_named_organisation_subject(s)``, when known."""
    if _SAFEGUARDING.search(s) is not None:
        return 0.0
    weak = _INTRO_WEAK.count(s, low) if _INTRO_WEAK in may else 0
    suffixes = len(_LEGAL_SUFFIX.findall(s)) if weak else 0
    signs = ((_INTRO_STRONG.count(s, low) * 1.2 if _INTRO_STRONG in may else 0)
             + (1.0 if (_named_organisation_subject(s) if named is None else named) or _about_employer(s, low, may)
                or _employer_by_kind(s) else 0.0)
             + (0.6 * _INTRO_EXTRA.count(s, low) if _INTRO_EXTRA in may else 0))
    if not signs and weak - suffixes < 2:
        return 0.0
    return min(signs + 0.35 * weak, 2)


def _about_employer(s: str, low: str | None, may=EVERYTHING) -> bool:
    return _EMPLOYER_OPENER.match(s) is not None and not (_JOB_FOCUS in may and _JOB_FOCUS.found(s, low))


def _is_duty_verb(word: str) -> bool:
    return bool(word) and not verbforms.base_candidates(word).isdisjoint(_DUTY_VERBS)


#: compiled once: _first_word runs on every scored sentence, and re.sub with a pattern string
#: looks the pattern up in re's cache on every call
_LEADING_NON_LETTERS = regex_programs.compile(r"^[\W\d_]+")
_LEADING_AUXILIARY = regex_programs.compile(r"^(you will|you'll|you'd|you’d|you would|will be|will|to|help|and|also|you|be responsible for|responsible for)\s+")
_LETTERS = regex_programs.compile(r"[a-z]+")


#: a run-in label before an item ("Client Relationship Management:Serve as the first contact",
#: "1-on-1 Online Tutoring - Provide personalized instruction", a dash before a capital)
_RUN_IN_LABEL = regex_programs.compile(r"^\W*[A-Z][\w&/,'’ -]{0,60}?:\s*(?=[A-Za-z])|^\W*\w[\w&/,'’ -]{0,50}?\s[-–—]\s+(?=[A-Z])")


def _first_word(sentence: str) -> str:
    s = _LEADING_NON_LETTERS.sub("", _RUN_IN_LABEL.sub("", sentence, count=1)).lower()
    s = _LEADING_AUXILIARY.sub("", s)
    m = _LETTERS.match(s)
    return m.group() if m else ""

