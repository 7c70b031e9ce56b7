"""Reviewed goldens: one resolution in each of Arabic, Chinese, French, Russian and Spanish.

``samples/NAME.{lang}.txt`` is the printed text (the Chinese seed as extracted from its PDF,
the others as the UN's own markup prints), ``samples/NAME.{lang}.xml`` the XML read and
checked by hand against the UN's documents. Conversion must give exactly those bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import unxml
from unxml.text.pipeline import convert_with_issues

SAMPLES = Path(__file__).parent.parent / "samples"
GOLDENS = ["A_RES_55_63.zh", "A_RES_78_104.ar", "A_RES_78_35.fr", "A_RES_78_34.ru", "A_RES_78_324.es"]


@pytest.mark.parametrize("name", GOLDENS)
def test_conversion_gives_the_reviewed_xml(name):
    found = convert_with_issues((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"))
    assert found.resolution.language == name.rsplit(".", 1)[1]
    assert not found.issues
    assert unxml.to_xml(found.resolution) == (SAMPLES / f"{name}.xml").read_bytes()


@pytest.mark.parametrize("name", GOLDENS)
def test_the_goldens_are_valid_and_read_back(name):
    xml = (SAMPLES / f"{name}.xml").read_bytes()
    assert unxml.validate(xml).valid
    assert unxml.to_xml(unxml.from_xml(xml)) == xml
