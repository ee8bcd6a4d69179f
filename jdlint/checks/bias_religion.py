"""bias.religion: religious requirements, dress bans and sabbath schedules (D701-D703).

Basis: Title VII 42 U.S.C. 2000e-2(a), 2000e-3(b); religious-organisation exemptions 2000e-1(a) and
2000e-2(e)(2); Groff v. DeJoy, 600 U.S. 447 (2023); EEOC Compliance Manual s.12; Equality Act 2010
Sch. 9 para 3 (GB).
"""
from __future__ import annotations

import re

from .inclusive import bias_rule, in_text
from .. import regex_programs

_FAITH = r"(?:christian|catholic|protestant|evangelical|muslim|jewish|jew|hindu|sikh|buddhist|mormon|lds|believer|born[\s-]again)"

#: The employer looks like a religious organisation (which may rely on the Title VII exemption).
#: (not the applicant's own clergy or place of worship, asked about: "Which church do you attend?", "your pastor's name")
RELIGIOUS_EMPLOYER = (
    r"(?<!\byour\s)(?<!\btheir\s)(?<!\bwhich\s)(?<!\bwhat\s)(?<!\bhis\s)(?<!\bher\s)\b(?:church|parish|diocese|archdiocese|ministry|ministries|synagogue|mosque|temple|gurdwara|congregation|seminary"
    r"|faith[\s-]based|christian\s+(?:school|college|university|organi[sz]ation|ministry|camp)|catholic\s+(?:school|college|university|charities)"
    r"|jewish\s+(?:day\s+school|community\s+center|federation)|islamic\s+(?:school|center|centre)|religious\s+(?:organi[sz]ation|corporation|exemption|employer)"
    r"|2000e-1|section\s+702|ordained|pastor(?:al)?|chaplain|youth\s+minister|worship\s+(?:leader|director))\b"
)


_RELIGIOUS_EMPLOYER = regex_programs.compile(RELIGIOUS_EMPLOYER, re.I)


def _religious_employer(ctx, m) -> bool:
    """The posting, outside the requirement's own sentence, shows a religious employer.

    Its mentions are found once per file; copying and searching the text around the sentence at
    every match was quadratic. finditer's matches do not overlap, so the first one ends first and
    the last one starts last: one outside the sentence is the first or the last."""
    sent = ctx.sentence(m.start)
    s0, s1 = (sent.start_char, sent.end_char) if sent is not None else (m.start, m.end)
    spans = ctx.analysis.memo("religious-employer-spans",
                              lambda: [x.span() for x in _RELIGIOUS_EMPLOYER.finditer(ctx.text)])
    if spans and (spans[0][1] <= s0 or spans[-1][0] >= s1):
        return True
    # a minister of religion named as the hire in the sentence: the ministerial exception ("The parish priest must
    # be a Catholic in good standing")
    return ctx.analysis.ministerial_role(m.start) is not None

religious_requirement = bias_rule(
    code="D701", name="religious-requirement", category="bias.religion", severity="warning",
    summary="A religious requirement or preference for applicants.",
    message="'{match}' requires or prefers a religion; unlawful unless you are a religious organisation relying on "
            "the exemption, so remove it or state that basis",
    patterns=[
        r"\bmust\s+be\s+(?:an?\s+)?(?:practi[cs]ing\s+|devout\s+|committed\s+|active\s+|born[\s-]again\s+)?" + _FAITH + r"\b"
        r"|\b(?:christians?|catholics?|muslims?|jews|hindus?|sikhs?|believers|mormons?)\s+(?:only|preferred)\b"
        r"|\bonly\s+(?:practi[cs]ing\s+|devout\s+)?(?:christians|catholics|muslims|jews|hindus|sikhs|buddhists|believers|mormons)\b"
        r"|\b" + _FAITH + r"\s+(?:candidates?|applicants?|individuals?)\s+(?:only|preferred)\b"
        r"|\b(?:churchgoer|church[\s-]going|god[\s-]fearing)\b"
        r"|\b(?:regular|active)\s+church\s+(?:attendance|attender|member(?:ship)?)\b"
        r"|\b(?:active|practi[cs]ing|committed)\s+member\s+of\s+(?:a|an|the|your|our)\s+(?:local\s+)?(?:church|mosque|synagogue|temple|parish|congregation|faith\s+community)\b"
        r"|\b(?:personal|growing)\s+relationship\s+with\s+(?:jesus|christ|god)\b"
        r"|\b(?:must|should)\s+(?:\w+\s+){0,2}(?:agree\s+with|affirm|sign|adhere\s+to)\s+(?:our\s+|the\s+)?statement\s+of\s+faith\b",
    ],
    basis=_religious_employer,
    basis_message="'{match}': a religious requirement from what looks like a religious organisation; confirm the "
                  "Title VII religious-organisation exemption (or GB Sch. 9 para 3) applies and say so",
    exceptions=[r"\bchristian\s+(?:dior|louboutin|siriano)\b"],
    what="'must be a practising Christian', 'Christians preferred', 'churchgoer', 'God-fearing', 'must agree with our "
         "statement of faith'. When the posting comes from a church, ministry or faith-based school the finding "
         "drops to info and asks you to confirm the exemption.",
    why="Title VII forbids a religious preference in ads (42 U.S.C. 2000e-3(b)); religious organisations may "
        "prefer co-religionists (2000e-1(a), 2000e-2(e)(2)) and GB allows an occupational requirement for "
        "religious employers (Equality Act 2010 Sch. 9 para 3).",
    bad=["Must be a practising Christian.", "Muslims preferred."],
    good=["We welcome applicants of all faiths and none.", "Brand ambassador for Christian Dior fragrances."],
    fix="Remove it. A religious organisation relying on the exemption should say so.",
    references=["Title VII 42 U.S.C. 2000e-1(a), 2000e-2(e)(2), 2000e-3(b)", "Equality Act 2010 Sch. 9 para 3 (GB)"],
)

dress_ban = bias_rule(
    code="D702", name="religious-dress-ban", category="bias.religion", severity="warning",
    summary="A ban on religious dress or head coverings.",
    message="'{match}' bans religious dress, which usually must be accommodated; state only genuine safety rules",
    patterns=[
        r"\bno\s+(?:religious\s+(?:attire|clothing|dress|garments?|symbols|jewe?l(?:le)?ry|head\s*wear)|head[\s-]*(?:coverings?|scarf|scarves|wear)"
        r"|hijabs?|turbans?|yarmulkes?|kippahs?|kippot|niqabs?|burqas?|veils?|headscarf|headscarves)\b"
        r"|\b(?:hijabs?|turbans?|head\s*scarves|headscarves|head\s+coverings?|religious\s+(?:attire|symbols|dress))\s+(?:are\s+|is\s+)?(?:not\s+(?:allowed|permitted)|prohibited|banned|forbidden)\b",
    ],
    skip=("eeo", "quoted"),
    exceptions=[r"\bexcept\w*\s+(?:\w+\s+){0,3}religious", r"religious\s+(?:\w+\s+){0,3}(?:are|is)\s+(?:\w+\s+)?(?:accommodated|exempt|welcome)"],
    basis=r"\b(?:safety|hygien\w*|food\s+safety|ppe|respirator|machinery|hard\s+hat|clean\s*room|sterile)\b",
    basis_message="'{match}' is a dress rule given a safety reason; confirm it is necessary and say that religious "
                  "accommodations are considered",
    what="'no head coverings', 'no hijabs', 'religious symbols are not permitted'.",
    why="Religious dress and grooming must be accommodated unless that imposes substantial increased costs "
        "(Title VII; Groff v. DeJoy, 2023; EEOC Compliance Manual s.12).",
    bad=["No head coverings or religious symbols.", "Hijabs are not permitted on the shop floor."],
    good=["Hair must be covered in the kitchen; religious head coverings are accommodated.",
          "Hard hats are required on site."],
    fix="State the genuine safety or hygiene rule and that religious accommodations are considered.",
    references=["Title VII 42 U.S.C. 2000e(j)", "Groff v. DeJoy, 600 U.S. 447 (2023)", "EEOC Compliance Manual s.12"],
)

_RELIGIOUS_ACCOMMODATION = regex_programs.compile(r"religious\s+(?:accommodation|observance|holidays?\s+(?:are|will\s+be)\s+accommodated)", re.I)

sabbath = bias_rule(
    code="D703", name="sabbath-schedule", category="bias.religion", severity="info",
    summary="A required day of worship (Friday, Saturday, Sunday) with no mention of religious accommodation.",
    message="'{match}': a lawful schedule, but say that religious accommodation requests will be considered",
    patterns=[
        r"\b(?:must|required\s+to|expected\s+to|mandatory\s+to|need\s+to)\s+(?:be\s+(?:available|able)\s+to\s+)?work\s+(?:on\s+|every\s+|all\s+)?"
        r"(?:sundays?|saturdays?|fridays?(?:\s+evenings?)?|the\s+sabbath|religious\s+holidays|(?:all\s+)?holidays\s+including\s+(?:christmas|easter|eid|yom\s+kippur|diwali))\b"
        r"|\b(?:sunday|saturday|sabbath)\s+(?:work|shifts?|availability)\s+(?:is\s+|are\s+)?(?:required|mandatory|compulsory)\b",
    ],
    skip=("eeo", "negated", "quoted"),
    keep=lambda ctx, m: not in_text(ctx, _RELIGIOUS_ACCOMMODATION),
    what="'must work Sundays', 'Saturday shifts are mandatory', 'required to work religious holidays', in a "
         "posting that never mentions religious accommodation.",
    why="A schedule is lawful, but employers must accommodate religious observance unless it causes substantial "
        "increased costs (Groff v. DeJoy, 2023); saying so keeps observant applicants from ruling themselves out.",
    bad=["Must work Sundays."],
    good=["Shifts include Sundays; we consider scheduling accommodations, including for religious observance.",
          "Work Monday to Friday, 9 to 5."],
    fix="Add 'we consider scheduling accommodations, including for religious observance'.",
    references=["Groff v. DeJoy, 600 U.S. 447 (2023)", "Title VII 42 U.S.C. 2000e(j)"],
)

RULES = [religious_requirement, dress_ban, sabbath]
