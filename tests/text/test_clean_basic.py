"""Smoke tests of clean() on small real snippets (more per noise kind in the other test files)."""

from unxml.text.clean import clean
from unxml.text.marks import note_mark

SEED_SNIPPET = """United Nations A/RES/56/121

Recalling the United Nations Millennium Declaration,¹ in which Member States resolved

¹ See resolution 55/2.

- 1. *Invites* Member States, when developing national law,
88th plenary meeting 19 December 2001

2
"""


def test_seed_superscripts_footnotes_and_markdown():
    result = clean(SEED_SNIPPET)
    assert result.lines == (
        "United Nations A/RES/56/121",
        "Recalling the United Nations Millennium Declaration,"
        f"{note_mark('1')} in which Member States resolved",
        "1. Invites Member States, when developing national law,",
        "88th plenary meeting 19 December 2001",
    )
    assert result.footnotes == (("1", "See resolution 55/2."),)
    reasons = [r.reason for r in result.removed]
    assert "page number" in reasons
    assert "markdown bullet" in reasons
