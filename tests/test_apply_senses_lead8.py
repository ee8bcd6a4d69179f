"""How-to-apply, three classes seen on an independent labeller's ads (issue 14 item 3): knowing how to apply
a skill is the verb's other sense ("know how to apply them"); an equal-opportunity statement that names
applicants and interviews ("will guarantee an interview to disabled applicants") is eeo, not an instruction
to apply, unless a fixed apply phrase is there too; social channels are channels ("Slide into our DMs",
"the link in our bio")."""
from __future__ import annotations

import pytest

import jdlint

HEAD = "# Baker\n\nCrumb & Crust is a sourdough bakery in Nottingham.\n\n"


def kinds(text: str) -> set[str]:
    return {s.kind for s in jdlint.lint_text(HEAD + text + "\n", path="ad.md").sections}


@pytest.mark.parametrize("text", [
    "You keep up with the latest front-end frameworks and know how to apply them.",
    "You understand how to apply GDPR in a small charity.",
    "We are a Disability Confident Leader and will guarantee an interview to disabled applicants who meet the essential criteria.",
])
def test_not_how_to_apply(text):
    assert "how-to-apply" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Want to know how to apply? Email jobs@crumbandcrust.co.uk.",
    "Slide into our DMs or drop your details in the form at the link in our bio.",
    "Drop us a line on Instagram and we'll arrange a trial shift.",
    "We guarantee an interview to disabled applicants; to apply, send your CV to jobs@crumbandcrust.co.uk.",
])
def test_how_to_apply(text):
    assert "how-to-apply" in kinds(text)


def test_the_eeo_statement_stays_eeo():
    assert "eeo" in kinds("We are a Disability Confident Leader and will guarantee an interview to disabled "
                          "applicants who meet the essential criteria.")
