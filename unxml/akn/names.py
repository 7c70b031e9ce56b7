"""Names shared by the writer, the reader and the profile: namespaces, TLCs, eId rules.

The TLC catalogue is the one place that says what each ``refersTo`` target is; the writer
emits exactly the entries a document refers to, in catalogue order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN4UN_NS = "http://un.org/akn4un"
NSMAP = {None: AKN_NS, "akn4un": AKN4UN_NS}


@dataclass(frozen=True)
class Tlc:
    """One Top Level Class entry of ``<references>``."""

    element: str  # TLCOrganization, TLCRole, ...
    href: str
    show_as: str


def _org(key: str, show_as: str) -> Tlc:
    return Tlc("TLCOrganization", f"/akn/ontology/organization/un/{key}", show_as)


def _concept(key: str, show_as: str) -> Tlc:
    return Tlc("TLCConcept", f"/akn/ontology/concept/un/{key}", show_as)


def _event(key: str, show_as: str) -> Tlc:
    return Tlc("TLCEvent", f"/akn/ontology/event/un/{key}", show_as)


def _role(key: str, show_as: str) -> Tlc:
    return Tlc("TLCRole", f"/akn/ontology/role/un/{key}", show_as)


COMMITTEES: dict[str, str] = {
    "first": "First Committee",
    "second": "Second Committee",
    "third": "Third Committee",
    "fourth": "Fourth Committee",
    "fifth": "Fifth Committee",
    "sixth": "Sixth Committee",
}
"""Model committee keys and the TLC names of the Main Committees."""

NO_MAIN_COMMITTEE = "noMainCommittee"


def committee_eid(key: str) -> str:
    """``third`` → ``thirdCommittee``: the TLC eId the origin line refers to."""
    return f"{key}Committee"


TLCS: dict[str, Tlc] = {
    "unxml": _org("unxml", "unxml"),
    "ga": _org("generalAssembly", "General Assembly"),
    **{committee_eid(key): _org(committee_eid(key), name) for key, name in COMMITTEES.items()},
    "author": _role("author", "Author"),
    "issuer": _role("issuer", "Issuer"),
    "editor": _role("editor", "Editor"),
    "publisher": _role("publisher", "Publisher"),
    "issuingBody": _role("issuingBody", "Issuing body"),
    "symbol": _concept("symbol", "Document symbol"),
    "generalDistribution": _concept("generalDistribution", "General distribution"),
    NO_MAIN_COMMITTEE: _concept(NO_MAIN_COMMITTEE, "Without reference to a Main Committee"),
    "resolutionTitle": _concept("resolutionTitle", "Resolution title"),
    "preamble": _concept("preamble", "Preambular paragraph"),
    "dateOfIssuance": _event("dateOfIssuance", "Date of issuance"),
    "adoption": _event("adoption", "Adoption"),
    "adoptionDate": _event("adoptionDate", "Date of adoption"),
    "adoptionMeeting": Tlc("TLCLocation", "/akn/ontology/location/un/plenaryMeeting", "Plenary meeting"),
}
"""Every TLC unxml can refer to, keyed by eId, in the order they are written: grouped by
element (organizations, roles, concepts, events, locations) as the profile requires."""

# A printed number reduced to the characters an eId keeps: letters and digits of any script.
_LABEL_RUN = re.compile(r"[^\W_]+")


def eid_label(num: str | None) -> str | None:
    """The eId label of a printed number: ``1.`` → ``1``, ``(ii)`` → ``ii``, ``1.1.`` → ``1-1``.

    None when nothing is left (no number, or only punctuation).
    """
    runs = _LABEL_RUN.findall(num or "")
    return "-".join(runs) or None


def sibling_labels(nums: Sequence[str | None]) -> list[str]:
    """eId labels for sibling elements of one kind, always unique.

    Each sibling takes the label of its printed number; one without a number, or whose
    number repeats an earlier sibling's, takes its 1-based position instead (``3``, or
    ``3-2``, ``3-3`` … if a printed label already is ``3``).
    """
    printed = [eid_label(num) for num in nums]
    labels: list[str | None] = [None] * len(nums)
    used: set[str] = set()
    for index, label in enumerate(printed):
        if label is not None and label not in used:
            labels[index] = label
            used.add(label)
    for index, label in enumerate(labels):
        if label is None:
            candidate, suffix = str(index + 1), 1
            while candidate in used:
                suffix += 1
                candidate = f"{index + 1}-{suffix}"
            labels[index] = candidate
            used.add(candidate)
    return [label for label in labels if label is not None]
