"""The committee report (or draft) named in the origin line belongs to the resolution's session."""

from __future__ import annotations

import re
from collections.abc import Iterator

from unxml.validate.rules.base import Document, Issue, rule, text_of

# A/56/574, A/C.3/78/L.5, A/ES-10/L.25: the session is the first segment after the organ.
_DOCUMENT = re.compile(r"\bA/(?:C\.\d/)?(?P<session>(?:ES-|S-)?\d+)/[^\s,;)\]]*")


@rule("UNX171", "error", "the report in '[on the report of … (A/56/574)]' is of the resolution's session")
def report_session(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        if facts.proponent is None or facts.session is None:
            continue
        session = facts.session.get("value")
        match = _DOCUMENT.search(text_of(facts.proponent))
        if session and match and match["session"] != session:
            message = (
                f"document {match.group(0)} is of session {match['session']}, "
                f"but this resolution is of session {session}"
            )
            yield facts.proponent, message
