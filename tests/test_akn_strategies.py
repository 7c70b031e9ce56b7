"""Every model the shared strategies generate is written as sound, valid XML."""

from hypothesis import HealthCheck, given, settings
from lxml import etree

from tests.akn_checks import dangling_references, duplicate_eids, unused_tlcs
from unxml.akn.writer import to_xml
from unxml.testing.strategies import resolutions
from unxml.validate.schemas import oasis_schema, profile_schema

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(resolutions())
def test_written_documents_are_valid_and_self_consistent(resolution):
    root = etree.fromstring(to_xml(resolution))
    for schema in (oasis_schema(), profile_schema()):
        assert schema.validate(root), schema.error_log
    assert duplicate_eids(root) == []
    assert dangling_references(root) == []
    assert unused_tlcs(root) == []


@SETTINGS
@given(resolutions(parts=True))
def test_resolutions_in_parts_are_valid(resolution):
    root = etree.fromstring(to_xml(resolution))
    for schema in (oasis_schema(), profile_schema()):
        assert schema.validate(root), schema.error_log
