"""Q104 and Q105 on real employers' wording (apply18). Q105's optional markers in their optional sense only:
"helpful", "beneficial", "desired", "desirable" where they close an item, not as a trait or a noun's
adjective ("Friendly and helpful", "mutually beneficial relationships", "achieve desired results"), and
"preferred" not as someone's choice ("customers' preferred names"). Q104 not for a degree under way
("currently pursuing"), one offered ("tuition assistance toward a degree"), or when the posting offers the
route without it elsewhere ("Equivalent experience will be considered in place of the degree")."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

BASE = ("# Shop Assistant\n\nCorner Books is an independent bookshop in York.\n\n"
        "## Duties\n\n- Serve customers\n- Stock shelves\n- Run the till\n\n")


def codes(text: str, code: str) -> list[str]:
    report = jdlint.lint_text(BASE + text, "ad.md", config=Config(select=(code,)))
    return [d.code for d in report.diagnostics if d.code == code]


def requirements(*items: str) -> str:
    return "## Requirements\n\n" + "".join(f"- {item}\n" for item in items)


@pytest.mark.parametrize("item", [
    "Friendly and helpful",
    "A helpful attitude to customers",
    "Be helpful and patient with visitors",
    "Drive to achieve desired results",
    "Build mutually beneficial relationships with suppliers",
    "Respect customers' preferred names and pronouns",
    "Experience with our preferred suppliers' ordering systems",
])
def test_trait_or_adjective_is_no_optional_marker(item):
    assert codes(requirements("Two years of retail", item, "Able to work weekends"), "Q105") == []


@pytest.mark.parametrize("item", [
    "Knowledge of Xero would be helpful",
    "Python experience helpful.",
    "French (desirable)",
    "A full driving licence is desirable",
    "Experience with SAP is beneficial",
    "Bachelor's degree preferred",
    "Xero a plus",
])
def test_optional_item_still_marks_a_mixed_list(item):
    assert codes(requirements("Two years of retail", item, "Able to work weekends"), "Q105") == ["Q105"]


@pytest.mark.parametrize("text", [
    requirements("Currently pursuing a bachelor's degree in English", "Able to work weekends"),
    requirements("A bachelor's degree, or working towards one", "Able to work weekends"),
    requirements("Final-year undergraduate degree student in Chemistry", "Able to work weekends"),
    "## Benefits\n\n- Tuition assistance toward a bachelor's degree\n- Staff discount\n",
    "## Benefits\n\n- We will sponsor your master's degree after a year\n",
    requirements("Bachelor's degree in Business", "Two years of retail", "Able to work weekends")
    + "\nEquivalent experience will be considered in place of the degree.\n",
    requirements("Bachelor's degree in Business", "Two years of retail")
    + "\nRelevant experience may substitute for the degree requirement.\n",
])
def test_degree_under_way_offered_or_with_an_alternative_elsewhere(text):
    assert codes(text, "Q104") == []


@pytest.mark.parametrize("text", [
    requirements("Bachelor's degree in Business required", "Two years of retail"),
    requirements("You must have completed a bachelor's degree in English", "Able to work weekends"),
    # tuition offered elsewhere in the posting does not offer the degree asked for
    requirements("Bachelor's degree in Accounting", "Two years in a practice")
    + "\n## Benefits\n\n- Tuition reimbursement for professional exams\n",
    # a degree named after "toward" in the far past of the sentence is still asked
    requirements("Master's degree in Social Work", "Two years toward licensure supervised"),
])
def test_degree_still_required(text):
    assert codes(text, "Q104") == ["Q104"]
