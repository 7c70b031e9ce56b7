"""The model refuses what cannot be written as valid XML and normalises running text."""

from datetime import date

import pytest
from pydantic import ValidationError

from unxml.model import Footnote, NoteRef, OperativeParagraph, PreambularParagraph, Ref, Resolution


def minimal(**changes):
    fields = dict(
        language="en",
        symbol="A/RES/56/121",
        session=56,
        number="56/121",
        title=("Combating the criminal misuse of information technologies",),
        formula="The General Assembly,",
        body=(OperativeParagraph(num="1.", verb="Invites", text=("Member States;",)),),
        adoption_date=date(2001, 12, 19),
    )
    fields.update(changes)
    return Resolution(**fields)


def test_text_is_normalised():
    text = ("  the  Declaration,\n", "", NoteRef(marker="1"), " in ")
    para = PreambularParagraph(phrase="Recalling", text=text)
    assert para.text == ("the Declaration, ", NoteRef(marker="1"), " in")


def test_json_round_trip_preserves_equality():
    res = minimal(
        preamble=(PreambularParagraph(phrase="Recalling", text=("x,", NoteRef(marker="1"))),),
        footnotes=(Footnote(marker="1", text=("See ", Ref(text="55/2", href="/akn/un/doc/A/RES/55/2"))),),
    )
    assert Resolution.model_validate_json(res.model_dump_json()) == res


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"title": ("bad \x01 char",)}, r"U\+0001"),
        ({"body": (OperativeParagraph(num="1.", text=("a", NoteRef(marker="9"))),)}, "cited but not given"),
        ({"footnotes": (Footnote(marker="1", text=("unused",)),)}, "never cited"),
        ({"body": ()}, "no operative paragraph"),
        ({"symbol": "A/56/121"}, "pattern"),
    ],
)
def test_unwritable_models_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        minimal(**changes)


def test_a_reference_that_cannot_be_written_is_refused():
    # The writer trusts the model: every string it writes must be one XML can carry.
    with pytest.raises(ValidationError, match=r"U\+0001"):
        Ref(text="55/2", href="/akn/un/doc/A/RES/55/2\x01")


def test_special_and_emergency_session_numbers_are_accepted():
    res = minimal(symbol="A/RES/ES-11/1", number="ES-11/1", session=76)
    assert res.number == "ES-11/1"
    with pytest.raises(ValidationError, match="pattern"):
        minimal(symbol="A/RES/ES-11/1/2", number="ES-11/1/2")
