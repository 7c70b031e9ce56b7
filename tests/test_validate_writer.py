"""What unxml writes, unxml's validator accepts: the invariants the model guarantees hold in the XML.

Models come from the shared hypothesis strategies; their printed numbers, dates and words are
arbitrary, so only the rules the model itself guarantees are checked here (not numbering
sequences, opening words or printed dates).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.golden_56_121 import RESOLUTION
from unxml.akn.writer import to_xml
from unxml.model import OperativeParagraph, Section
from unxml.testing.strategies import resolutions
from unxml.validate import Validator

GUARANTEED = ["UNX002", "UNX003", "UNX010", "UNX122", "UNX123", "UNX124", "UNX13", "UNX14", "UNX151",
              "UNX152", "UNX154", "UNX155", "UNX161", "UNX164"]  # fmt: skip
VALIDATOR = Validator(profile=False, select=GUARANTEED)
# The model does not tie a part's meeting date to the resolution's adoption date (UNX164).
PARTS_VALIDATOR = Validator(profile=False, select=GUARANTEED, ignore=["UNX164"])
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def problems(xml: bytes, validator: Validator = VALIDATOR) -> list[str]:
    return [f"{f.line}: {f.code} {f.message}" for f in validator.validate(xml).findings]


@SETTINGS
@given(resolutions(parts=False))
def test_written_resolutions_pass_the_guaranteed_rules(resolution) -> None:
    assert problems(to_xml(resolution)) == []


@SETTINGS
@given(resolutions(parts=True))
def test_written_resolutions_in_parts_pass_the_guaranteed_rules(resolution) -> None:
    assert problems(to_xml(resolution), PARTS_VALIDATOR) == []


def test_heading_paragraphs_need_no_number_and_no_verb() -> None:
    """Numbering and opening-word rules skip the UN-shaped heading paragraphs unxml writes."""
    paragraphs = [OperativeParagraph(num=f"{n}.", verb="Decides", text=("to act;",)) for n in range(1, 4)]
    body = (
        paragraphs[0],
        Section(heading=("Budget estimates",), body=(paragraphs[1],)),
        Section(heading=("Financing",), body=(paragraphs[2],)),
    )
    xml = to_xml(RESOLUTION.model_copy(update={"body": body}))
    assert b"<subheading>Financing</subheading>" in xml
    assert [f"{f.code} {f.message}" for f in Validator().validate(xml).findings] == []
