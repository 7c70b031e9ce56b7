"""When the schemas' uniqueness constraints can be left to lighter copies of the schemas.

The OASIS schema declares, on every document type, ``xsd:unique`` constraints: eId and GUID
unique among all the elements below (``.//*``). libxml2 checks them by keeping a table of every
element's key, which takes about half of the schema's validation time on the UN's files.
Those constraints can add to libxml2's report only

- an error for a value used twice, and
- a warning ("No precomputed value available") for an eId or GUID that libxml2 did not
  validate: on an element the schema does not declare, or does not expect where it is (both
  errors of their own), or on an element it skipped, in the open content of one of the
  :data:`OPEN_CONTENT` elements (``proprietary`` …), where elements of other namespaces go.

So where a document's eIds are distinct, its wIds and GUIDs too, no element in open content
holds an eId or GUID, and the copy of the schema without the constraints finds the document
valid, the full schema would find it valid too, with nothing to report. Anything else goes to
the full schema.

The profile schema has one such constraint, eIds unique, and no open content (no ``xsd:any``,
``anyAttribute`` or ``anyType``: a test checks). There the warning can only follow an error of
its own on the same element (the eId, or the element, not allowed where it is), so the
engine leaves the warning out of every profile report: it would only repeat that error in
libxml2's words. Then where a document's eIds are distinct, the copy of the profile without
the constraint gives the same findings as the full profile, valid or not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from unxml.validate.rules.base import Document

XSD_NS = "http://www.w3.org/2001/XMLSchema"
_AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

OPEN_CONTENT = tuple(
    _AKN + name
    for name in (
        "alternativeReference",
        "application",
        "condition",
        "count",
        "destination",
        "domain",
        "duration",
        "efficacy",
        "eventRef",
        "force",
        "foreign",
        "implicitReference",
        "new",
        "old",
        "otherAnalysis",
        "presentation",
        "preservation",
        "previous",
        "proprietary",
        "quorum",
        "restriction",
        "result",
        "source",
        "step",
    )
)
"""The OASIS schema's elements whose content model admits elements of other namespaces
(``xsd:any``, processed laxly): the only places a document valid without the constraints
can hold elements libxml2 skips. ``tests/test_validate_uniqueness.py`` derives this list
from the schema."""


def drop_unique(schema: etree._ElementTree) -> etree._ElementTree:
    """Remove a schema document's ``xsd:unique`` constraints (in place, keeping the document's
    URL, against which its imports resolve); the document itself is returned."""
    for unique in list(schema.getroot().iter(f"{{{XSD_NS}}}unique")):
        unique.getparent().remove(unique)
    return schema


def _distinct(values: list[str]) -> bool:
    # As strings: an eId or GUID holding white space breaks its type (noWhiteSpace, a pattern on
    # xsd:string), which the schema without the constraints reports.
    return len(set(values)) == len(values)


def _holds_ids(element: etree._Element) -> bool:
    """Whether an element below ``element`` has an eId or a GUID."""
    for below in element.iterdescendants():
        names = below.keys()
        if names and ("eId" in names or "GUID" in names):
            return True
    return False


def eids_distinct(document: Document) -> bool:
    """Whether no two elements of the document share an eId: the profile's one constraint
    (asked by both schemas' steps, and by the rules: the document's set of eId values)."""
    return len(document.eid_values) == len(document.eids)


def constraints_add_nothing(document: Document) -> bool:
    """Whether the OASIS schema's ``xsd:unique`` constraints can add nothing to its report on
    this document, provided the schema without them finds it valid (the caller checks that)."""
    return (
        eids_distinct(document)
        and _distinct(document.attributes.other_ids)
        and not any(_holds_ids(element) for element in document.elements(*OPEN_CONTENT))
    )
