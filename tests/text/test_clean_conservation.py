"""Nothing lost: every word of a noisy extraction that is not layout noise comes out of
``clean()``, in the body lines or in the footnotes, and the body keeps its order.

The extractions come from the project's noise model (:mod:`unxml.testing.noise`), which
records every piece of page furniture it inserts.
"""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from models import seed_56_121

from unxml.model import Footnote, NoteRef, OperativeParagraph, PreambularParagraph, plain
from unxml.testing.noise import add_noise, content_words, noise_options, words
from unxml.text.clean import CleanText, clean
from unxml.text.marks import NOTE_MARK, strip_marks

_LETTERS = re.compile(r"[^\W\d_]+")
_FOOTNOTE_LINE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ")
_NO_SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _letters(text: str) -> list[str]:
    return _LETTERS.findall(text.translate(_NO_SUPERSCRIPTS))


def _from_formula(words: list[str]) -> list[str]:
    """The words from the enacting formula on: the masthead's line order is layout, which the
    noise varies (the symbol moved to the top), while the text after it has one order."""
    for i in range(len(words)):
        if words[i : i + 3] == ["The", "General", "Assembly"]:
            return words[i:]
    return words


def _output_words(result: CleanText) -> Counter[str]:
    """Words of the cleaned text, citations and footnote markers counted as printed digits."""
    found = words(" ".join(strip_marks(line) for line in result.lines))
    for line in result.lines:
        for marker in NOTE_MARK.findall(line):
            found += words(marker)
    for marker, text in result.footnotes:
        found += words(marker) + words(text)
    return found


def _long_resolution():
    """The 56/121 seed with six more cited footnotes, enough to fill several pages."""
    base = seed_56_121()
    first, second = base.footnotes
    recalls = tuple(
        PreambularParagraph(
            phrase="Recalling also",
            text=(
                f"the outcome of the {ordinal} conference held in Geneva on information security,",
                NoteRef(marker=str(n)),
                " and the reports submitted by Member States on the matter,",
            ),
        )
        for n, ordinal in enumerate(["first", "second", "third", "fourth", "fifth", "sixth"], start=2)
    )
    added = tuple(
        Footnote(marker=str(n), text=(f"Official Records of the General Assembly, Supplement No. {n + 40}.",))
        for n in range(2, 8)
    )
    last = base.body[-1]
    body = (
        *base.body[:-1],
        OperativeParagraph(num=last.num, verb=last.verb, text=("to defer consideration,",)),
        OperativeParagraph(
            num="4.", verb="Decides", text=("to remain seized of the matter.", NoteRef(marker="8"))
        ),
    )
    return base.model_copy(
        update={
            "preamble": base.preamble + recalls,
            "body": body,
            "footnotes": (first, *added, second.model_copy(update={"marker": "8"})),
        }
    )


RESOLUTIONS = st.sampled_from([seed_56_121(), _long_resolution()])


@settings(max_examples=60, deadline=None)
@given(options=noise_options("en"), resolution=RESOLUTIONS)
def test_every_word_that_is_not_noise_is_kept(options, resolution):
    noisy = add_noise(resolution, options)
    assert _output_words(clean(noisy.text)) == content_words(noisy)


@settings(max_examples=60, deadline=None)
@given(options=noise_options("en"), resolution=RESOLUTIONS)
def test_body_keeps_its_order_and_each_footnote_its_text(options, resolution):
    noisy = add_noise(resolution, options)
    result = clean(noisy.text)
    printed_body = [line for line in noisy.clean.splitlines() if not _FOOTNOTE_LINE.match(line)]
    ours = _letters(" ".join(strip_marks(line) for line in result.lines))
    assert _from_formula(ours) == _from_formula(_letters(" ".join(printed_body)))
    expected = {note.marker: _letters(plain(note.text)) for note in resolution.footnotes}
    assert {marker: _letters(text) for marker, text in result.footnotes} == expected
    cited = [m for line in result.lines for m in NOTE_MARK.findall(line)]
    assert cited == [ref.marker for ref in resolution.citations()]
