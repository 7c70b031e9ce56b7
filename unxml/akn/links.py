"""AKN IRIs for the web links in the UN's files (``<a href="https://undocs.org/en/A/RES/74/91">``).

The UN links documents to the undocs.org resolver by symbol; unxml refers to the same
documents by symbol IRI (``/akn/un/doc/A/RES/74/91``), never guessing an adoption date.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from unxml.akn.iri import cited_href, resolution_number

_RESOLVER_HOSTS = ("undocs.org", "documents.un.org", "daccess-ods.un.org", "docs.un.org")
# Language segments the resolver takes (the UN writes "ch" for Chinese).
_LANGUAGE_SEGMENTS = frozenset({"en", "fr", "es", "ru", "ar", "zh", "ch"})
_QUERY_KEYS = ("symbol", "FinalSymbol", "s")
# A UN document symbol: organ letters, then segments separated by "/" ("A/RES/74/91", "S/RES/2282(2016)").
# A trailing "(Part I)" or "(S-IV)" is part of some symbols.
_SYMBOL = re.compile(r"^[A-Za-z]{1,6}(?:\.\d+)?(?:/[\w.\-]+(?: ?\([\w\- ]+\))?(?: [A-Z](?:-[A-Z])?)?)+$")


def symbol_of_link(url: str) -> str | None:
    """The document symbol a UN resolver link points to, or None for any other link."""
    if not _is_resolver(url):
        return None
    parts = urlsplit(url.strip())
    query = parse_qs(parts.query)
    for key in _QUERY_KEYS:
        if query.get(key):
            return _clean(query[key][0])
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments and segments[0].lower() in _LANGUAGE_SEGMENTS:
        segments = segments[1:]
    return _clean("/".join(segments))


def _clean(symbol: str) -> str | None:
    symbol = " ".join(unquote(symbol).split())
    if not _SYMBOL.match(symbol):
        return None
    organ, _, rest = symbol.partition("/")
    return f"{organ.upper()}/{rest}"  # "e/RES/1980/67" is a typing slip for E/RES/1980/67


def href_of_link(url: str, text: str = "") -> str | None:
    """``Ref.href`` for a UN web link (symbol IRI), or None when it names no UN document.

    A resolver link whose path is no symbol ("undocs.org/75/290B") is resolved by its text
    when that is a resolution number ("75/290 B").
    """
    symbol = symbol_of_link(url)
    if symbol:
        return cited_href(symbol)
    if _is_resolver(url) and resolution_number(text):
        return cited_href(text)
    return None


def _is_resolver(url: str) -> bool:
    host = urlsplit(url.strip()).hostname or ""
    return any(host == h or host.endswith("." + h) for h in _RESOLVER_HOSTS)
