"""Write the profile's attribute table: which attributes each element of the profile may carry.

Usage::

    python scripts/derive_profile_attributes.py [--check]

The validator's lighter copy of the profile schema accepts any attribute name, and checks
the names in Python instead (``unxml/validate/attribute_names.py``), from this table. The
table is derived from ``schemas/unxml-akn4un-1.0.xsd`` with the ``xmlschema`` package, which
reads an XSD into its components (types, attribute uses, content models); it is written to
``unxml/validate/profile_attributes.json`` and committed, so that the validator needs no
schema analysis at run time. ``--check`` exits 1 if the committed table differs from the
schema (``tests/test_validate_attribute_names.py`` runs the same comparison).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from unxml.validate.attribute_names import TABLE_PATH  # noqa: E402
from unxml.validate.schemas import profile_xsd_path  # noqa: E402


def derive(xsd: Path) -> dict[str, Any]:
    """The table: ``types`` (each complex type's attribute names, or None for a simple type,
    and its child elements' types by tag) and ``roots`` (the global elements' types)."""
    import xmlschema

    schema = xmlschema.XMLSchema(str(xsd))
    types: list[dict[str, Any]] = []
    index: dict[int, int] = {}

    def type_of(element: Any) -> int:
        xsd_type = element.type
        if id(xsd_type) in index:
            return index[id(xsd_type)]
        number = index[id(xsd_type)] = len(types)
        entry: dict[str, Any] = {"attributes": None, "children": {}}
        types.append(entry)
        if xsd_type.is_simple():
            return number
        if xsd_type.attributes.get(None) is not None:
            raise SystemExit(f"{element.name}: attribute wildcards are not modelled by the table")
        entry["attributes"] = sorted(xsd_type.attributes)
        children: dict[str, int] = {}
        if not xsd_type.has_simple_content() and xsd_type.content is not None:
            for child in xsd_type.content.iter_elements():
                if not hasattr(child, "type"):  # an element wildcard
                    raise SystemExit(f"{element.name}: element wildcards are not modelled by the table")
                found = type_of(child)
                if children.setdefault(child.name, found) != found:
                    raise SystemExit(f"{element.name}: two types for child {child.name}")
        entry["children"] = dict(sorted(children.items()))
        return number

    roots = {element.name: type_of(element) for element in sorted(schema.elements.values(), key=str)}
    return {"schema": xsd.name, "roots": roots, "types": types}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed table")
    args = parser.parse_args()
    table = json.dumps(derive(profile_xsd_path()), indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = TABLE_PATH.read_text(encoding="utf-8") == table
        print("the table matches the schema" if same else f"{TABLE_PATH} is out of date: run this script")
        return 0 if same else 1
    TABLE_PATH.write_text(table, encoding="utf-8")
    print(f"wrote {TABLE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
