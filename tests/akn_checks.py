"""Checks on written XML that the schemas cannot express, shared by the AKN tests."""

from collections import Counter

from lxml import etree

from unxml.akn.names import AKN_NS

NS = {"a": AKN_NS}


def duplicate_eids(root: etree._Element) -> list[str]:
    counts = Counter(root.xpath("//@eId"))
    return sorted(eid for eid, n in counts.items() if n > 1)


def dangling_references(root: etree._Element) -> list[str]:
    """Every ``refersTo``/``href``/``as``/``source`` of the form ``#x`` whose ``x`` is no eId."""
    eids = set(root.xpath("//@eId"))
    dangling = []
    for attr in ("refersTo", "href", "as", "source"):
        for value in root.xpath(f"//@{attr}"):
            if value.startswith("#") and value[1:] not in eids:
                dangling.append(f"{attr}={value}")
    return dangling


def unused_tlcs(root: etree._Element) -> list[str]:
    """TLCs in ``<references>`` that nothing refers to."""
    referred = {v[1:] for attr in ("refersTo", "href", "as", "source") for v in root.xpath(f"//@{attr}")}
    return [e for e in root.xpath("//a:references/*/@eId", namespaces=NS) if e not in referred]
