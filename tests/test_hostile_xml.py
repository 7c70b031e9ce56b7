"""Hostile XML is refused with an XmlInputError, reads no file, opens no connection, and
costs bounded memory.

Every document goes through each entry point that parses untrusted XML (``READERS``).
File access is detected by a secret planted in ``tmp_path`` that must never show up;
network access by a listening socket on localhost that must never be connected to.
"""

from __future__ import annotations

import socket
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import unxml
from unxml.cli import main as cli
from unxml.errors import XmlInputError
from unxml.xmlsafe import MAX_BYTES, parse_bytes, parse_xml

SECRET = "TOP-SECRET-7f3a9"

READERS: dict[str, Callable[[bytes | Path], object]] = {
    "xmlsafe.parse_xml": parse_xml,
    "unxml.from_xml": unxml.from_xml,
}


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A TCP port on localhost and the list of connections it received."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.05)
    connections: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, address = server.accept()
            except OSError:
                continue
            connections.append(str(address))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    stop.set()
    thread.join()
    server.close()


def _laughs(levels: int = 10) -> str:
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return f"<!DOCTYPE r [{''.join(entities)}]><r>&l{levels - 1};</r>"


def hostile_documents(secret: Path, url: str) -> dict[str, str]:
    return {
        "xxe-file": f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret.as_uri()}">]><r>&x;</r>',
        "xxe-network": f'<!DOCTYPE r [<!ENTITY x SYSTEM "{url}/x">]><r>&x;</r>',
        "parameter-entity": f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]><r/>',
        "external-dtd": f'<!DOCTYPE r SYSTEM "{url}/r.dtd"><r/>',
        "external-dtd-file": f'<!DOCTYPE r SYSTEM "{secret.as_uri()}"><r/>',
        "billion-laughs": _laughs(),
        "xinclude": (
            f'<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{secret.as_uri()}" '
            'parse="text"/></r>'
        ),
        "schema-location": (
            '<r xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            f'xsi:schemaLocation="urn:x {url}/r.xsd"/>'
        ),
    }


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32"]


def encoded(document: str, encoding: str) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding.removesuffix("-sig").upper()}"?>'
    return (declaration + document).encode(encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "kind",
    ["xxe-file", "xxe-network", "parameter-entity", "external-dtd", "external-dtd-file", "billion-laughs"],
)
def test_doctypes_are_refused_in_every_encoding(kind, reader, encoding, secret_file, listener, tmp_path):
    url, connections = listener
    data = encoded(hostile_documents(secret_file, url)[kind], encoding)
    path = tmp_path / "hostile.xml"
    path.write_bytes(data)
    for source in (data, path):
        with pytest.raises(XmlInputError, match="DOCTYPE") as refused:
            READERS[reader](source)
        assert SECRET not in str(refused.value)
    assert connections == []


@pytest.mark.parametrize("kind", sorted(hostile_documents(Path("/x"), "http://x")))
def test_validate_reports_hostile_documents_without_following_them(
    kind, secret_file, listener, tmp_path, capsys
):
    """The validator and the ``validate`` and ``render`` commands: a report or an exit code
    with a message, the secret never shown, nothing fetched."""
    url, connections = listener
    data = hostile_documents(secret_file, url)[kind].encode()
    report = unxml.validate(data)
    assert not report.valid
    assert SECRET not in str(report.to_dict())
    path = tmp_path / "hostile.xml"
    path.write_bytes(data)
    for command in (["validate", str(path)], ["render", str(path), "-o", str(tmp_path / "out.txt")]):
        assert cli(command) in (1, 2)
        out, err = capsys.readouterr()
        assert err.strip() or out.strip()
        assert SECRET not in out + err and "Traceback" not in out + err
    assert connections == []


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("kind", ["xinclude", "schema-location"])
def test_documents_that_point_elsewhere_are_read_without_following_the_pointer(
    kind, reader, secret_file, listener
):
    """Parsing alone never performs XInclude or loads a schemaLocation: nothing is fetched.

    Such a document is well-formed, so a reader may accept it (as plain, unresolved markup)
    or refuse it as not a resolution; either way the secret must not come back.
    """
    url, connections = listener
    data = hostile_documents(secret_file, url)[kind].encode()
    try:
        result = READERS[reader](data)
    except XmlInputError as refused:
        result = refused
    if hasattr(result, "getroot"):
        from lxml import etree

        result = etree.tostring(result)
    assert SECRET not in str(result)
    assert connections == []


def test_entities_are_not_expanded_even_past_the_doctype_check():
    """The second line of defence: the parser itself never expands entities (it keeps the
    references, or libxml2 stops the amplification)."""
    from lxml import etree

    from unxml import xmlsafe

    try:
        tree = etree.fromstring(_laughs().encode(), xmlsafe._PARSER)
    except etree.XMLSyntaxError as stopped:
        assert "amplification" in str(stopped)
    else:
        assert len(etree.tostring(tree)) < 1000


def test_a_doctype_the_byte_check_misses_is_refused_after_parsing(monkeypatch):
    """Backstop for encodings the byte-level check cannot read: the parsed tree is checked too."""
    import re

    from unxml import xmlsafe

    monkeypatch.setattr(xmlsafe, "_DOCTYPE", re.compile(b"(?!)"))
    with pytest.raises(XmlInputError, match="DOCTYPE"):
        parse_bytes(b'<!DOCTYPE r [<!ENTITY x "y">]><r>&x;</r>')


@pytest.mark.parametrize("reader", READERS)
def test_deep_nesting_is_refused(reader):
    data = b"<a>" * 100_000 + b"</a>" * 100_000
    with pytest.raises(XmlInputError, match="depth"):
        READERS[reader](data)


@pytest.mark.parametrize("reader", READERS)
def test_a_huge_text_node_is_refused(reader):
    data = b"<a>" + b"x" * (12 * 1024 * 1024) + b"</a>"
    with pytest.raises(XmlInputError, match=r"too long|limit"):
        READERS[reader](data)


@pytest.mark.parametrize("reader", READERS)
def test_a_50_mb_file_is_refused_without_being_read(reader, tmp_path):
    path = tmp_path / "big.xml"
    with path.open("wb") as out:
        out.write(b"<r>")
        chunk = b"<p>" + b"x" * 1020 + b"</p>"
        for _ in range(50 * 1024):
            out.write(chunk)
        out.write(b"</r>")
    assert path.stat().st_size > MAX_BYTES
    tracemalloc.start()
    try:
        with pytest.raises(XmlInputError, match="limit"):
            READERS[reader](path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024  # the file was never read into memory


def test_50_mb_of_bytes_are_refused_before_parsing():
    data = b"<r>" + b"x" * (50 * 1024 * 1024) + b"</r>"
    with pytest.raises(XmlInputError, match="limit"):
        parse_xml(data)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"<r>", "well-formed"),
        (b"\xff\xfe\x00garbage", "well-formed"),
        (b"<r>\x00</r>", "well-formed"),
        (b"<a:r/>", "well-formed"),
    ],
)
def test_malformed_input_is_an_error_with_a_location(reader, data, message):
    with pytest.raises(XmlInputError, match=message) as refused:
        READERS[reader](data)
    assert refused.value.source
