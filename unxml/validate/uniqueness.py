"""When the OASIS schema's uniqueness constraints can be left to a lighter copy of the schema.

The OASIS schema declares, on every document type, ``xsd:unique`` constraints: eId and GUID
unique among all the elements below (``.//*``). libxml2 checks them by keeping a table of every
element's key, which takes about half of the schema's validation time on the UN's files.
Those constraints can add to libxml2's report only

- an error for a value used twice, and
- a warning ("No precomputed value available") for an eId or GUID that libxml2 did not
  validate: on an element the schema does not declare (reported as an error of its own), or
  on an element it skipped, below an element of another namespace in an open content model.

So where a document's eIds are distinct, its wIds and GUIDs too, no element of another
namespace holds an eId or GUID (or an element that has one), and the copy of the schema without
the constraints finds the document valid, the full schema would find it valid too, with
nothing to report. Everything uncertain answers "not proven", and the full schema runs.
"""

from __future__ import annotations

from lxml import etree

from unxml.validate.location import AKN_NS
from unxml.validate.rules.base import Attributes

XSD_NS = "http://www.w3.org/2001/XMLSchema"


def drop_unique(schema: etree._ElementTree) -> etree._ElementTree:
    """Remove a schema document's ``xsd:unique`` constraints (in place, keeping the document's
    URL, against which its imports resolve); the document itself is returned."""
    for unique in list(schema.getroot().iter(f"{{{XSD_NS}}}unique")):
        unique.getparent().remove(unique)
    return schema


def _distinct(values: list[str]) -> bool:
    # White space collapsed: values alike but for it count as the same, never the opposite.
    return len({" ".join(value.split()) for value in values}) == len(values)


def _namespaces_declared_on_root(data: bytes, root: etree._Element) -> bool:
    """Whether every namespace declaration of the document is on its root, with AKN the default.

    Counting ``xmlns`` in the bytes over-counts (text may hold the word; a UTF-16 file holds it
    in other bytes), which only answers "no"."""
    return root.nsmap.get(None) == AKN_NS and data.count(b"xmlns") == len(root.nsmap)


def _holds_ids(element: etree._Element) -> bool:
    return any(e.get("eId") is not None or e.get("GUID") is not None for e in element.iter(etree.Element))


def constraints_add_nothing(data: bytes, root: etree._Element, attributes: Attributes) -> bool:
    """Whether the OASIS schema's ``xsd:unique`` constraints can add nothing to its report on
    this document, provided the schema without them finds it valid (the caller checks that)."""
    if not _distinct([value for _, value in attributes.eids]) or not _distinct(attributes.other_ids):
        return False
    if not _namespaces_declared_on_root(data, root):
        return False
    others = [uri for uri in root.nsmap.values() if uri != AKN_NS]
    return not any(_holds_ids(element) for uri in others for element in root.iter(f"{{{uri}}}*"))
