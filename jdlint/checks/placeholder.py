"""Template leftovers (category ``placeholder``, all errors): text that was meant to be replaced
or removed before publishing. Detection lives in ``extract.leftovers`` because section detection
must skip the same text (a "[Call to Action] Here is where ..." instruction is not a call to
action)."""
from __future__ import annotations

from ..rule import rule
from ..extract.leftovers import leftovers

_WHY_ERROR = ("Error: a leftover is never intended text, and publishing it tells applicants the ad was "
              "not finished; it is always worth fixing before the posting goes out.")

# What a complete posting contains: a leftover stands where one of these fields should be.
_COMPLETE_AD = [
    "Google Search Central, Job posting (JobPosting) structured data, "
    "https://developers.google.com/search/docs/appearance/structured-data/job-posting",
    "schema.org JobPosting, https://schema.org/JobPosting",
]


def _found(ctx):
    return leftovers(ctx.document)  # found once per document by extract.leftovers


def _report(ctx, item, message):
    if item.source:
        return ctx.report_source(item.start, item.end, message=message, label=item.label)
    return ctx.report(item.start, item.end, message=message, label=item.label)


@rule(
    code="T101", name="template-instruction", category="placeholder", scope="text", severity="error",
    summary="A bracketed template instruction ('[Intro paragraph] Employers seeking ...') is still in the posting.",
    what=("A block that opens with a bracketed section label and goes on to tell the employer what to write "
          "('[Call to Action] Here is where you turn potential applicants into actual applicants ...'). The whole "
          "instruction is flagged, and it never counts as the section it names. The section itself written under "
          "a bracketed label ('[Benefits] We offer medical ...') is not flagged."),
    why="The instruction was meant to be replaced with real content. " + _WHY_ERROR,
    bad=["[Intro paragraph] Employers seeking the highest quality applicants often begin their job description "
         "with a few sentences highlighting the things that make the opportunity unique."],
    good=["[Remote] We are a community clinic in Denver; you will join a team of six case managers.",
          "[Benefits] We offer medical and dental cover, a 5% pension match and 25 days of paid leave a year."],
    fix="Replace the bracket and its instruction with the section it asks for (an intro, the benefits, how to apply).",
    references=_COMPLETE_AD,
)
def template_instruction(ctx):
    for item in _found(ctx):
        if item.kind == "instruction":
            yield _report(ctx, item, "Template instruction '[{label}] ...' left in the posting: replace it with the "
                                     "real section it describes")


@rule(
    code="T102", name="template-field", category="placeholder", scope="text", severity="error",
    summary="A fill-in field ('[Company Name]', '{{ salary }}', '<insert city>', '$XX,XXX', 'MM/DD/YYYY') was not filled in.",
    what=("Bracketed field names ('[Company Name]', '[City, State]'), template variables ('{{ var }}', "
          "'{% ... %}', '${salary}', '%FIRST_NAME%'), '<insert ...>' markers (found in the raw source, since "
          "Markdown drops them as HTML, but never inside code spans or code blocks, where template syntax is "
          "real, nor in a sentence about templates or configuration: 'Set DB_URL=${DB_URL} in your .env file'), dummy figures and masks ('$XX,XXX', '$__,___', 'X+ years', 'MM/DD/YYYY', 'XXX-XXX-XXXX', "
          "'(555) 555-5555', a blank 'Reports to: ____', a pay label whose value is its currency sign alone, 'Salary: £'), and stock examples ('John Doe', 'jane@example.com', "
          "'123 Main Street', 'Anytown'). Brackets holding real content ('[Remote]', a '[link](url)') and a "
          "date format in parentheses ('(MM/DD/YYYY)') are not flagged, nor is a field in what the applicant is told "
          "to write ('with the subject \"Barista – [Your Name]\"', 'name your file [Your Name]_CV.pdf'): theirs to fill; nor a mask or "
          "example value in a sentence whose work handles that data ('Convert dates from DD/MM/YYYY to ISO 8601', 'Render prices as "
          "$X.XX in the checkout UI'): the data's shape, not a blank. The template syntaxes and masks are one "
          "table, jdlint/data/placeholders.yaml: a template language's variable around a field's name "
          "('$!{hourlyRate}', '__CITY__', '{Department}', '%s') or a blank shaped like a field kind's value "
          "('HH:MM', 'MM/DD', '(999) 999-9999', 'CHF XX\'XXX', '£00,000', '[●]'), in any currency of the money grammar."),
    why="Applicants see the unfilled field instead of the fact. " + _WHY_ERROR,
    bad=["Join [Company Name] as a case manager.", "Salary: $XX,XXX per year.", "You have X+ years of experience.",
         "Start date: MM/DD/YYYY.", "Send your CV to jane@example.com.", "Call XXX-XXX-XXXX to apply.",
         "Your shift starts at HH:MM.", "Salary: CHF XX'XXX per year."],
    good=["Join Acme Health as a case manager. [Remote]", "See the [benefits guide](https://example.org/benefits).",
          "Start date: 1 September 2026; give dates as (DD/MM/YYYY).", "Send your CV to jobs@acmehealth.org.",
          "Set DB_URL=${DB_URL} in your .env file.", "Convert dates from DD/MM/YYYY to ISO 8601 in our pipelines."],
    fix="Fill in the field with the real value, or delete the sentence.",
    references=_COMPLETE_AD,
)
def template_field(ctx):
    for item in _found(ctx):
        if item.kind == "field":
            yield _report(ctx, item, "Unfilled template field '{match}': replace it with the real value")


@rule(
    code="T103", name="todo-marker", category="placeholder", scope="text", severity="error",
    summary="An editing marker (TBD, TODO, FIXME) or Lorem ipsum is in the posting.",
    what=("'TBD', 'TBA', 'TODO', 'FIXME' written in capitals as words of their own ('tbd', 'tbc' and 'tba' in lower "
          "case too, which are no words), and 'Lorem ipsum' filler (pasted: going on 'dolor' or opening its line, sentence or value; not the words named "
          "in a sentence, 'You write real copy, never lorem ipsum'). Lower-case 'todo' and words that merely contain the "
          "letters are not flagged. Also a note to the writer in brackets ('[insert a line about the team here]', "
          "'[Jane to add pension details]': text to compose, a source to copy, a condition, or who will see to it; a "
          "bracketed field's name, '[insert date]', is T102; a topic's details to write up, '[insert the parking info "
          "here]', or a question to the writer, '[add the gym discount here?]', is a note), question marks as a label's "
          "whole value ('Shift timings: ???', 'Hours: ??? ask Minh') or before what to check ('3/1??? check with site'), "
          "and an editor's 'TK' or 'NOTE TO SELF'."),
    why="Markers show that something is still missing. " + _WHY_ERROR,
    bad=["Start date: TBD.", "Lorem ipsum dolor sit amet.", "Perks: [add the gym discount here?]"],
    good=["Start date: 1 September 2026.", "Keep a todo list of client follow-ups.",
          "You write real microcopy, never lorem ipsum, from the first wireframe."],
    fix="Decide the missing detail and write it, or remove the line.",
    references=_COMPLETE_AD,
)
def todo_marker(ctx):
    for item in _found(ctx):
        if item.kind == "marker":
            yield _report(ctx, item, "'{match}' left in the posting: write the missing detail or remove it")


@rule(
    code="T104", name="template-guidance", category="placeholder", scope="text", severity="error",
    summary="Template guidance addressed to the employer ('Feel free to revise this template') is in the posting.",
    what=("Paragraphs that speak to the person writing the ad rather than to applicants: 'This job description "
          "sample can assist you ...', 'Feel free to revise this template ...', 'whether you're writing a ... job "
          "description', 'This is your chance to make your facility shine'."),
    why="It was copied with the template and is addressed to the wrong reader. " + _WHY_ERROR,
    bad=["This job description sample can assist you in creating a job application that will attract talented candidates."],
    good=["This role can assist you in building a career in case management."],
    fix="Delete the guidance text.",
    references=_COMPLETE_AD,
)
def template_guidance(ctx):
    for item in _found(ctx):
        if item.kind == "guidance":
            yield _report(ctx, item, "Template guidance addressed to the employer left in the posting: delete it")


@rule(
    code="T105", name="job-board-promotion", category="placeholder", scope="text", severity="error",
    summary="Job-board marketing aimed at employers ('Post your job today ...') was copied into the posting.",
    what=("Text promoting a job board or template site to employers: 'Post your job today and reach top talent', "
          "'Sign up for a ... account', 'no credit card needed', 'Put your job description to work for you'."),
    why="It is the template site's advertising, not part of the job, and confuses applicants. " + _WHY_ERROR,
    bad=["Post your job today and reach top talent from our extensive database. No credit card needed!"],
    good=["Apply today: send your CV to jobs@example.org."],
    fix="Delete the promotional text.",
    references=_COMPLETE_AD,
)
def job_board_promotion(ctx):
    for item in _found(ctx):
        if item.kind == "promotion":
            yield _report(ctx, item, "Job-board promotion aimed at employers left in the posting: delete it")


RULES = [template_instruction, template_field, todo_marker, template_guidance, job_board_promotion]
