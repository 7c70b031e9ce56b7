"""Hostile but plausible input: the seed A/RES/56/121 as extractors and editors damage it.

Each damaged text must convert to the seed's reviewed golden, or fail with a located error.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

import unxml
from unxml import ConversionWarning

SAMPLES = Path(__file__).parent.parent / "samples"
SEED = (SAMPLES / "A_RES_56_121.en.txt").read_text(encoding="utf-8")
GOLDEN = (SAMPLES / "A_RES_56_121.en.xml").read_bytes()
# The seed prints its page number alone, on a line between blank lines.
PAGE_NUMBER = "\n\n2\n\n"


def converted(text: str) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConversionWarning)
        return unxml.to_xml(unxml.convert(text))


def test_the_seed_prints_its_page_number_alone() -> None:
    assert SEED.count(PAGE_NUMBER) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t.replace(PAGE_NUMBER, "\n\n2\n\f\n"),  # a form feed alone on the blank line
        lambda t: t.replace(PAGE_NUMBER, "\n\n2\n\f\n\n"),  # a form feed before a blank line
        lambda t: t.replace(PAGE_NUMBER, "\n\n2\n\n\f"),  # the next page's first line
        lambda t: t.replace(PAGE_NUMBER, "\n\n2\f\n\n"),  # the page number's line
        lambda t: t.replace(PAGE_NUMBER, "\n\f\n2\n\f\n"),  # the blank lines around it
        lambda t: t.replace("\n\n", "\n\f\n"),  # every blank line
    ],
    ids=["alone", "before-blank", "next-line", "number-line", "around", "every-blank-line"],
)
def test_form_feeds_around_a_page_number_alone(damage: Callable[[str], str]) -> None:
    """Bug 72: with form feeds, the page number "2" became an empty annex."""
    assert converted(damage(SEED)) == GOLDEN
