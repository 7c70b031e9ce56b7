"""Label sequences in the six languages' styles (unxml.validate.rules.sequences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.validate import Validator
from unxml.validate.rules.sequences import (
    ARABIC_LETTERS,
    CYRILLIC_LETTERS,
    LATIN_LETTERS,
    core,
    rescheme,
    same_label,
    scheme_of,
    successor,
)

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
         "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxxix", "xl", "xli"]  # fmt: skip


def chain(first: str, scheme: str, length: int) -> list[str]:
    labels = [first]
    while len(labels) < length:
        labels.append(successor(labels[-1], scheme))
    return labels


def test_printed_labels_reduce_to_their_core() -> None:
    printed = ["(a)", "a)", "1.", "1 -", "(أ)", "(هـ)", "\t12.", "（b）", "iv."]
    assert [core(p) for p in printed] == ["a", "a", "1", "1", "أ", "ه", "12", "b", "iv"]


def test_each_alphabet_runs_in_order_then_doubles() -> None:
    for alphabet, scheme in (
        (LATIN_LETTERS, "latin"),
        (ARABIC_LETTERS, "arabic"),
        (CYRILLIC_LETTERS, "cyrillic"),
    ):
        labels = chain(alphabet[0], scheme, len(alphabet) + 2)
        assert labels[: len(alphabet)] == list(alphabet)
        assert labels[len(alphabet) :] == [alphabet[0] * 2, alphabet[1] * 2]
        assert scheme_of(alphabet[0]) == scheme


def test_roman_numerals_run_in_order() -> None:
    assert chain("i", "roman", 21) == ROMAN[:21]
    assert successor("xxxix", "roman") == "xl"
    assert successor("xl", "roman") == "xli"
    assert scheme_of("i") == "roman"


def test_i_after_h_is_a_letter_not_a_numeral() -> None:
    assert successor("h", "latin") == "i"
    assert successor("i", "latin") == "j"


def test_plain_alif_is_read_as_the_first_arabic_letter() -> None:
    assert scheme_of("ا") == "arabic"
    assert same_label("ا", "أ")


def test_after_a_stray_label_the_sequence_goes_on_in_the_labels_script() -> None:
    assert rescheme("b", "cyrillic") == "latin"
    assert rescheme("c", "latin") == "latin"


def to_roman(n: int) -> str:
    """An independent reference: the standard subtractive form."""
    table = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
             (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip
    out = ""
    for value, digits in table:
        count, n = divmod(n, value)
        out += digits * count
    return out


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=398))
def test_roman_successor_matches_the_standard_numerals(n: int) -> None:
    assert successor(to_roman(n), "roman") == to_roman(n + 1)
    assert successor(str(n), "digits") == str(n + 1)


STYLES = {"latin": ["({})", "{})"], "arabic": ["({})"], "cyrillic": ["{})"], "roman": ["({})"]}
FIRST = {"latin": "a", "arabic": "أ", "cyrillic": "а", "roman": "i"}


def list_xml(labels: list[str]) -> bytes:
    points = "".join(f"<point><num>{label}</num><content><p>x</p></content></point>" for label in labels)
    return (
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">'
        f"<mainBody><paragraph><num>1.</num><list><intro><p>x</p></intro>{points}</list></paragraph>"
        "</mainBody></statement></akomaNtoso>"
    ).encode()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(STYLES)), st.data())
def test_the_rule_accepts_a_list_in_sequence_and_catches_a_swap(scheme: str, data: st.DataObject) -> None:
    style = data.draw(st.sampled_from(STYLES[scheme]))
    length = data.draw(st.integers(3, 35))
    cores = chain(FIRST[scheme], scheme, length)
    validator = Validator(profile=False, select=["UNX103"])
    assert validator.validate(list_xml([style.format(c) for c in cores])).findings == []
    k = data.draw(st.integers(1, length - 2))
    cores[k], cores[k + 1] = cores[k + 1], cores[k]
    findings = validator.validate(list_xml([style.format(c) for c in cores])).findings
    assert findings and findings[0].code == "UNX103"
    assert findings[0].location.endswith(f"point[{k + 1}]/num")
