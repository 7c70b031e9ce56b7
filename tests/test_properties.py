"""Properties of the whole pipeline, each its own test (see docs/robustness.md).

1. ``convert(render.to_text(m)) == m`` for language-realistic models, in every language;
2. the same after the layout-noise model (:mod:`unxml.testing.noise`);
3. ``from_xml(to_xml(m)) == m`` for any model, and the XML is valid (both schemas, every rule);
4. content conservation: every word of noisy input that is not layout noise reaches the XML;
5. on arbitrary text and bytes, ``convert``, ``from_xml`` and ``validate`` succeed or raise
   :class:`unxml.UnxmlError` with a message and a location; the CLI exits 0, 1 or 2 with a
   message and never shows a traceback.

Example counts are relative to the loaded Hypothesis profile (``tests/conftest.py``): the
``ci`` profile keeps the whole file to a minute or two; ``HYPOTHESIS_PROFILE=long`` searches
fifty times longer.
"""

from __future__ import annotations

import warnings
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import unxml
from unxml.errors import UnxmlError
from unxml.lang import LANGUAGES
from unxml.model import OperativeParagraph, Part, Resolution, Section
from unxml.testing import strategies

ALL_LANGUAGES = sorted(LANGUAGES)


def budget(examples: int) -> settings:
    """``examples`` under the ``ci`` profile (100 examples), scaled for any other profile."""
    scale = settings.default.max_examples / 100
    return settings(
        max_examples=max(1, round(examples * scale)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def converted(text: str, lang: str) -> Resolution:
    """``unxml.convert`` with its warnings silenced: realistic models use known words only, and
    noise tests look at the result, not at the report."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return unxml.convert(text, lang)


def assert_same(expected: Resolution, got: Resolution) -> None:
    """Equality, reported field by field so a shrunk failure says what differs."""
    if got != expected:
        want, have = expected.model_dump(), got.model_dump()
        differing = {k: (want[k], have[k]) for k in want if want[k] != have[k]}
        pytest.fail(f"models differ in {sorted(differing)}: {differing}")


# --- 3. XML round trip, valid -----------------------------------------------------------------


EMERGENCY_SESSION = Resolution(
    language="en",
    symbol="A/RES/ES-10/21",
    session=10,
    number="ES-10/21",
    title=("Protection of civilians",),
    formula="The General Assembly,",
    body=(OperativeParagraph(num="1.", verb="Demands", text=("an immediate ceasefire;",)),),
    adoption_date=date(2023, 10, 27),
)


def findings(xml: bytes, *select: str) -> list[dict]:
    report = unxml.validate(xml, select=select or None)
    return [f.to_dict() for f in report.findings if f.severity != "info"]


@budget(60)
@given(strategies.resolutions())
@example(EMERGENCY_SESSION)  # the validator once refused emergency-session symbols (UNX151, UNX152)
def test_written_xml_is_schema_valid(model):
    """Any model: valid against the OASIS schema and the profile. The semantic rules judge
    content (numbering, dates, phrases) that arbitrary models do not respect."""
    assert findings(unxml.to_xml(model), "UNX0") == []


def _variant(**changes) -> Resolution:
    return Resolution(**{**EMERGENCY_SESSION.model_dump(), **changes})


def _part(letter: str) -> Part:
    return Part(
        letter=letter,
        formula="The General Assembly,",
        body=(OperativeParagraph(num="1.", verb="Decides", text=("to continue.",)),),
    )


def _section(num: str | None) -> Section:
    return Section(num=num, heading=("Oceans",), body=EMERGENCY_SESSION.body)


def test_resolutions_in_parts_pass_the_identity_and_eid_rules():
    parts = (_part("A"), _part("B"))
    model = _variant(
        symbol="A/RES/75/101 A-B", number="75/101 A-B", session=75, formula=None, body=(), parts=parts
    )
    assert findings(unxml.to_xml(model), "UNX13", "UNX15") == []


def test_a_numbered_and_an_unnumbered_section_pass_the_eid_rules():
    model = _variant(body=(_section("A."), _section(None)))
    assert findings(unxml.to_xml(model), "UNX13") == []


# --- 5. arbitrary input: results or UnxmlError, never a traceback ----------------------------


def assert_reported(error: UnxmlError) -> None:
    assert error.message.strip(), "an UnxmlError without a message"
    assert error.location, "an UnxmlError without a location"


@st.composite
def damaged_xml(draw: st.DrawFn) -> bytes:
    """Our own XML with bytes cut, repeated or replaced."""
    data = unxml.to_xml(draw(strategies.resolutions()))
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 100)))
        data = (
            data[:start]
            + draw(st.sampled_from([b"", data[start:end] * 2, draw(st.binary(max_size=10))]))
            + data[end:]
        )
    return data


XML_INPUT = st.binary() | st.text().map(str.encode) | damaged_xml()


@budget(100)
@given(XML_INPUT)
def test_validate_always_returns_a_report(data):
    report = unxml.validate(data)
    assert all(f.message for f in report.findings)
    if not report.valid:
        assert report.findings
