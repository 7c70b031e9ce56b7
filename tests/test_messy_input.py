"""Hostile but plausible input: the seed A/RES/56/121 as extractors and editors damage it.

Each damaged text must convert to the seed's reviewed golden, or fail with a located error.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unxml
from unxml import ConversionWarning
from unxml.cli import main

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


@pytest.mark.parametrize("space", ["\t", "  ", " \t ", "\v", "\u2003", "\u3000"])
def test_white_space_inside_a_line_is_a_space(space: str) -> None:
    """Bug 73: a tab between the words of "Official Records of …" lost its italics, as the
    lexicon's emphasis patterns look for single spaces."""
    damaged = SEED.replace("Official Records of the", f"Official{space}Records of{space}the")
    assert converted(damaged) == GOLDEN


# White space a line may hold between two words, extracted or typed.
_SPACES = st.text(st.sampled_from(" \t\u2009\u3000\v"), min_size=1, max_size=3)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_run_of_white_space_between_words_converts_as_one_space(data: st.DataObject) -> None:
    """Bug 73: the seed with some of its spaces replaced by runs of white space converts to
    its golden (drawn among the spaces between two words: indentation has a meaning)."""
    spaces = [at for at in range(1, len(SEED) - 1) if SEED[at] == " " and not SEED[at - 1].isspace()]
    spaces = [at for at in spaces if not SEED[at + 1].isspace()]
    chosen = data.draw(st.sets(st.sampled_from(spaces), min_size=1, max_size=20))
    runs = {at: data.draw(_SPACES) for at in chosen}
    damaged = "".join(runs.get(at, character) for at, character in enumerate(SEED))
    assert converted(damaged) == GOLDEN


# Where a character is put into the seed: line 17 ("Recalling …"), column 11.
_LINE, _COLUMN = 17, 11


def _with(character: str, text: str = SEED) -> str:
    lines = text.split("\n")
    lines[_LINE - 1] = lines[_LINE - 1][: _COLUMN - 1] + character + lines[_LINE - 1][_COLUMN - 1 :]
    return "\n".join(lines)


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\ud83d", "\uffff"])
def test_a_character_xml_cannot_hold_is_reported_where_it_stands(character: str) -> None:
    """Bug 74: a NUL byte gave "the text was read but does not make a valid resolution:
    text: …" with no line or column."""
    assert SEED.split("\n")[_LINE - 1].startswith("Recalling ")
    with pytest.raises(unxml.ConversionError) as caught:
        unxml.convert(_with(character))
    error = caught.value
    assert (error.line, error.column) == (_LINE, _COLUMN)
    assert f"U+{ord(character):04X}" in error.message and error.hint
    # Carriage returns end lines as the cleaning stage counts them.
    with pytest.raises(unxml.ConversionError) as caught:
        unxml.convert(_with(character, SEED.replace("\n", "\r\n")))
    assert (caught.value.line, caught.value.column) == (_LINE, _COLUMN)


def test_a_nul_byte_in_a_file_is_an_input_problem_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bug 74, from the command line: exit 1, and the message says where and what to do."""
    path = tmp_path / "nul.txt"
    path.write_text(_with("\x00"), encoding="utf-8")
    assert main(["convert", str(path), "-o", str(tmp_path / "nul.xml")]) == 1
    message = capsys.readouterr().err
    assert f"{path}:{_LINE}:{_COLUMN}: U+0000" in message and "UTF-8" in message
    assert not (tmp_path / "nul.xml").exists()


@pytest.mark.parametrize("character", ["\v", "\x1c", "\x1f", "\x85", "\u2028"])
def test_white_space_xml_cannot_hold_is_layout(character: str) -> None:
    """A vertical tab or an information separator is white space: a space between words,
    nothing at a line's ends, never a character refused by the model."""
    damaged = SEED.replace("Official Records", f"Official{character}Records").replace("\n", f"{character}\n")
    assert converted(damaged) == GOLDEN
