"""FRBR IRIs of resolutions and of what they cite."""

from datetime import date

import pytest

from unxml.akn import iri


@pytest.mark.parametrize(
    "number, segment",
    [("56/121", "56-121"), ("75/101 A", "75-101A"), ("ES-11/1", "ES-11-1"), ("75/101 A-B", "75-101A-B")],
)
def test_number_segment_keeps_letters(number, segment):
    assert iri.number_segment(number) == segment


def test_document_iris_of_56_121_in_english():
    iris = iri.document_iris("56/121", date(2001, 12, 19), "en")
    work = "/akn/un/statement/deliberation/unga/2001-12-19/56-121"
    assert iris.work_uri == work
    assert iris.work_this == f"{work}/!main"
    assert iris.expression_uri == f"{work}/eng@"
    assert iris.expression_this == f"{work}/eng@/!main"
    assert iris.manifestation_uri == f"{work}/eng@.xml"
    assert iris.manifestation_this == f"{work}/eng@/!main.xml"


def test_expression_uses_iso639_2_and_annex_component():
    iris = iri.document_iris("ES-11/1", date(2022, 3, 2), "zh", iri.annex_component(2))
    assert iris.expression_this == "/akn/un/statement/deliberation/unga/2022-03-02/ES-11-1/zho@/!main/annex_2"
    assert iris.manifestation_this.endswith("/zho@/!main/annex_2.xml")


@pytest.mark.parametrize(
    "target, adopted, href",
    [
        ("55/63", date(2000, 12, 4), "/akn/un/statement/deliberation/unga/2000-12-04/55-63/!main"),
        ("A/RES/55/63", date(2000, 12, 4), "/akn/un/statement/deliberation/unga/2000-12-04/55-63/!main"),
        ("55/2", None, "/akn/un/doc/A/RES/55/2"),
        ("ES-10/2", None, "/akn/un/doc/A/RES/ES-10/2"),
        ("A/55/3/Rev.1", None, "/akn/un/doc/A/55/3/Rev.1"),
        ("E/2001/30/Rev.1", None, "/akn/un/doc/E/2001/30/Rev.1"),
        ("A/RES/75/101 A", None, "/akn/un/doc/A/RES/75/101_A"),
    ],
)
def test_cited_href(target, adopted, href):
    assert iri.cited_href(target, adopted) == href


def test_a_date_for_a_non_resolution_is_refused():
    with pytest.raises(ValueError, match="not a resolution number"):
        iri.cited_href("A/56/574", date(2001, 1, 1))
    with pytest.raises(ValueError, match="empty"):
        iri.doc_iri("  ")
