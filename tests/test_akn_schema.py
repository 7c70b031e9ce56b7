"""The profile schema: accepts what the writer writes, and only documents OASIS also accepts."""

import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.golden_56_121 import RESOLUTION
from unxml.akn.writer import to_xml
from unxml.model import Emphasis, Section
from unxml.validate.schemas import oasis_schema, profile_schema

GOLDEN = Path(__file__).parent.parent / "samples" / "A_RES_56_121.en.xml"
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def golden() -> etree._Element:
    return etree.fromstring(GOLDEN.read_bytes())


def with_headings() -> etree._Element:
    """The golden resolution with its paragraphs under two unnumbered headings (heading paragraphs)."""
    first, *rest = RESOLUTION.body
    body = (
        Section(heading=("Cooperation",), body=(first,)),
        Section(heading=("Follow-up", Emphasis(text="ad hoc")), body=tuple(rest)),
    )
    return etree.fromstring(to_xml(RESOLUTION.model_copy(update={"body": body})))


@pytest.mark.parametrize("document", [golden, with_headings])
def test_written_files_are_valid_against_the_profile(document):
    schema = profile_schema()
    assert schema.validate(document()), schema.error_log


def _mutate(root: etree._Element, data: st.DataObject) -> None:
    elements = [e for e in root.iter() if e is not root and isinstance(e.tag, str)]
    if not elements:
        return
    target = data.draw(st.sampled_from(elements))
    operation = data.draw(st.sampled_from(["delete", "duplicate", "drop_attribute", "empty", "move_up"]))
    parent = target.getparent()
    if operation == "delete":
        parent.remove(target)
    elif operation == "duplicate":
        target.addnext(copy.deepcopy(target))
    elif operation == "drop_attribute" and target.attrib:
        del target.attrib[data.draw(st.sampled_from(sorted(target.attrib)))]
    elif operation == "empty":
        target.text = None
        for child in list(target):
            target.remove(child)
    elif operation == "move_up" and parent.getparent() is not None:
        parent.addprevious(target)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_profile_is_a_restriction_of_the_oasis_schema(data):
    """Whatever mutation of a written document the profile accepts, OASIS accepts too."""
    root = data.draw(st.sampled_from([golden, with_headings]))()
    for _ in range(data.draw(st.integers(1, 3))):
        _mutate(root, data)
    if profile_schema().validate(root):
        assert oasis_schema().validate(root), oasis_schema().error_log


def _with_link(root):
    p = root.find(f".//{AKN}mainBody//{AKN}p")
    etree.SubElement(p, f"{AKN}a", href="https://undocs.org/A/RES/55/63").text = "55/63"


def _wrong_style(root):
    root.find(f".//{AKN}span").set("class", "rightSmall")


def _paragraph_without_eid(root):
    del root.find(f".//{AKN}paragraph").attrib["eId"]


def _counter_eid(root):
    root.find(f".//{AKN}paragraph").set("eId", "paragraph-23")


def _foreign_iri(root):
    root.find(f".//{AKN}FRBRWork/{AKN}FRBRuri").set(
        "value", "/akn/un/statement/deliberation/unga/2001-12-19/56-121/"
    )


def _footnote_placement(root):
    root.find(f".//{AKN}authorialNote").set("placement", "inline")


def _numbered_heading_paragraph(root):
    heading = root.find(f".//{AKN}paragraph/{AKN}subheading")
    heading.addprevious(etree.Element(f"{AKN}num"))
    heading.getprevious().text = "1."


def _heading_paragraph_with_content(root):
    heading = root.find(f".//{AKN}paragraph/{AKN}subheading")
    heading.addnext(copy.deepcopy(root.find(f".//{AKN}paragraph/{AKN}content")))


@pytest.mark.parametrize("mutation", [_numbered_heading_paragraph, _heading_paragraph_with_content])
def test_profile_keeps_heading_paragraphs_to_a_subheading(mutation):
    root = with_headings()
    mutation(root)
    assert oasis_schema().validate(root), oasis_schema().error_log
    assert not profile_schema().validate(root)


@pytest.mark.parametrize(
    "mutation",
    [_with_link, _wrong_style, _paragraph_without_eid, _counter_eid, _foreign_iri, _footnote_placement],
)
def test_profile_rejects_what_oasis_allows_but_unxml_never_writes(mutation):
    root = golden()
    mutation(root)
    assert oasis_schema().validate(root), oasis_schema().error_log
    assert not profile_schema().validate(root)
