"""Parsing untrusted XML safely: no entities, no DTD, no network, bounded size and depth.

Resolution XML never needs a DOCTYPE, so any document that declares one is refused before
libxml2 sees it: that closes XXE (file and network entities), billion-laughs expansion and
external DTD loading in one rule. The parser itself is also configured not to resolve
entities, load DTDs or touch the network, as a second line of defence.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from unxml.errors import XmlInputError

MAX_BYTES = 32 * 1024 * 1024
"""Largest document accepted (32 MiB); a resolution is rarely above 1 MiB."""

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_PROLOG_END = re.compile(rb"<[A-Za-z_]")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,  # keeps libxml2's limits on depth and text-node size
        remove_comments=False,
        collect_ids=False,
    )


# One parser per process: lxml parsers are reusable and cheap to share within a thread.
_PARSER = _parser()


def read_source(source: bytes | str | Path, *, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """The bytes of ``source`` (bytes, or a path) and a name for messages."""
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), "<bytes>"
    else:
        path = Path(source)
        name = str(path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise XmlInputError(
                    f"file is {size} bytes, more than the {max_bytes}-byte limit",
                    source=name,
                    hint="a resolution is far smaller; check that this is the right file",
                )
            data = path.read_bytes()
        except XmlInputError:
            raise
        except OSError as err:
            raise XmlInputError(f"cannot read file: {err.strerror or err}", source=name) from None
    if len(data) > max_bytes:
        raise XmlInputError(
            f"document is {len(data)} bytes, more than the {max_bytes}-byte limit", source=name
        )
    return data, name


def parse_xml(source: bytes | str | Path, *, max_bytes: int = MAX_BYTES) -> etree._ElementTree:
    """Parse XML from bytes or a path, refusing DTDs and entities; errors are :class:`XmlInputError`."""
    data, name = read_source(source, max_bytes=max_bytes)
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str = "<bytes>") -> etree._ElementTree:
    """Parse XML bytes (see :func:`parse_xml`); ``name`` is used in messages."""
    # In UTF-16 and UTF-32 every ASCII character of the markup comes with zero bytes (and one
    # of the first four bytes is zero); without them the prolog reads as ASCII again.
    probe = data.replace(b"\x00", b"") if b"\x00" in data[:4] else data
    first_element = _PROLOG_END.search(probe)
    prolog = probe[: first_element.start()] if first_element else probe
    doctype = _DOCTYPE.search(prolog)
    if doctype:
        line = prolog.count(b"\n", 0, doctype.start()) + 1
        raise XmlInputError(
            "document declares a DOCTYPE or entities, which unxml refuses for safety",
            source=name,
            line=line,
            hint="Akoma Ntoso needs no DTD; remove the <!DOCTYPE …> declaration",
        )
    if not data.strip():
        raise XmlInputError("document is empty", source=name)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _PARSER))
    except etree.XMLSyntaxError as err:
        line, column = err.position if err.position else (None, None)
        raise XmlInputError(
            f"not well-formed XML: {err.msg}", source=name, line=line, column=column
        ) from None
    # Other encodings (EBCDIC, ...) hide a DOCTYPE from the byte-level check; the parser, which
    # resolved nothing, still reports it, so the rule holds in every encoding.
    if tree.docinfo.doctype:
        raise XmlInputError(
            "document declares a DOCTYPE or entities, which unxml refuses for safety",
            source=name,
            hint="Akoma Ntoso needs no DTD; remove the <!DOCTYPE …> declaration",
        )
    return tree
