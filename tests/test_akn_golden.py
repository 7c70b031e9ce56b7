"""The golden file: A/RES/56/121 as unxml writes it, reviewed line by line against the print."""

from pathlib import Path

from lxml import etree

from tests.golden_56_121 import RESOLUTION
from unxml.akn.writer import to_xml
from unxml.validate.schemas import oasis_schema, profile_schema

GOLDEN = Path(__file__).parent.parent / "samples" / "A_RES_56_121.en.xml"


def test_writer_reproduces_the_golden_file_byte_for_byte():
    assert to_xml(RESOLUTION) == GOLDEN.read_bytes()


def test_golden_file_is_valid_akoma_ntoso_and_unxml_profile():
    for schema in (oasis_schema(), profile_schema()):
        assert schema.validate(etree.parse(str(GOLDEN))), schema.error_log


def test_footnote_3_is_written_at_both_citations():
    root = etree.parse(str(GOLDEN)).getroot()
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    markers = root.xpath("//a:authorialNote/@marker", namespaces=ns)
    assert markers == ["1", "2", "3", "4", "3"]
