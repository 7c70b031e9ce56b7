"""Writing then reading gives the model back; reading then writing gives the bytes back."""

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from tests.akn_checks import dangling_references, duplicate_eids, unused_tlcs
from tests.golden_56_121 import GOLDEN_PATH, RESOLUTION
from unxml.akn.reader import from_xml, read_report
from unxml.akn.writer import to_xml
from unxml.model import OperativeParagraph, Section
from unxml.testing.strategies import resolutions
from unxml.validate.schemas import oasis_schema, profile_schema

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_golden_file_reads_as_the_hand_built_model():
    assert from_xml(GOLDEN_PATH) == RESOLUTION
    assert from_xml(GOLDEN_PATH.read_bytes()) == RESOLUTION


@SETTINGS
@given(resolutions())
def test_write_read_write(resolution):
    """Every written document is valid and sound, reads back equal, and re-writes identical."""
    data = to_xml(resolution)
    root = etree.fromstring(data)
    for schema in (oasis_schema(), profile_schema()):
        assert schema.validate(root), schema.error_log
    assert duplicate_eids(root) == []
    assert dangling_references(root) == []
    assert unused_tlcs(root) == []
    back, findings = read_report(data)
    assert findings == []
    assert back == resolution
    assert to_xml(back) == data


@settings(SETTINGS, max_examples=15)
@given(resolutions(parts=True))
def test_write_read_write_in_parts(resolution):
    data = to_xml(resolution)
    assert from_xml(data) == resolution
    assert profile_schema().validate(etree.fromstring(data)), profile_schema().error_log


def _decides(*nums: str) -> tuple[OperativeParagraph, ...]:
    return tuple(OperativeParagraph(num=num, verb="Decides", text=("x;",)) for num in nums)


@pytest.mark.parametrize(
    "body",
    [
        # heading paragraphs (the UN's shape), each grouping the paragraphs up to the next
        (
            *_decides("1."),
            Section(heading=("A",), body=_decides("2.")),
            Section(heading=("B",), body=_decides("3.")),
        ),
        # two headings in a row: the first groups nothing (unxml's files are read as written)
        (Section(heading=("A",)), Section(heading=("B",), body=_decides("1."))),
        # a numbered section ends the group of the heading paragraph before it
        (
            Section(heading=("A",), body=_decides("1.")),
            Section(num="I.", heading=("B",), body=_decides("2.")),
        ),
        # a heading that would take in the paragraph after it stays a section
        (Section(heading=("A",), body=_decides("1.")), *_decides("2.")),
        # heading paragraphs inside a numbered section
        (Section(num="I.", heading=("B",), body=(Section(heading=("A",), body=_decides("1.")),)),),
    ],
)
def test_headings_read_back_as_written(body):
    resolution = RESOLUTION.model_copy(update={"body": body})
    data = to_xml(resolution)
    back, findings = read_report(data)
    assert findings == []
    assert back == resolution
    assert to_xml(back) == data
