"""clean() on real extractions, measured against the UN's own markup of the same resolutions."""

from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from unxml.testing.cleaning_key import body_words, cited_after, expected, words
from unxml.text.clean import clean

DATA = Path(__file__).parent.parent / "data" / "un-corpus-en"
NAMES = sorted(p.stem for p in DATA.glob("*.txt"))


def _aligned_similarity(key: list[str], ours: list[str]) -> tuple[float, float]:
    """(sequence, bag) similarity of the key's body with the stretch of our words aligned to
    it: our lines also hold the masthead and meeting lines, which the key keeps elsewhere."""
    blocks = [b for b in SequenceMatcher(None, ours, key, autojunk=False).get_matching_blocks() if b.size]
    stretch = ours[blocks[0].a : blocks[-1].a + blocks[-1].size]
    total = len(key) + len(stretch)
    common = sum((Counter(stretch) & Counter(key)).values())
    return 2 * sum(b.size for b in blocks) / total, 2 * common / total


@pytest.mark.corpus
@pytest.mark.parametrize("name", NAMES)
def test_real_extraction_matches_the_un_markup(name):
    key = expected(DATA / f"{name}.xml")
    result = clean((DATA / f"{name}.txt").read_text(encoding="utf-8"))
    assert [marker for marker, _ in result.footnotes] == key.markers
    for marker, text in result.footnotes:
        assert SequenceMatcher(None, words(text), key.notes[marker], autojunk=False).ratio() >= 0.95, marker
    sequence, bag = _aligned_similarity(key.body, body_words(result))
    # A word the extraction split beyond repair costs 0.002 in a short resolution; tables
    # (A/RES/78/249) come out of pdftotext in another cell order, hence the lower sequence bar.
    assert bag >= 0.99
    assert sequence >= 0.96
    ours = cited_after(result)
    misplaced = [m for m, before in key.cited_after.items() if ours.get(m) != before]
    assert len(misplaced) <= max(1, len(key.cited_after) // 20), misplaced


def test_the_bundled_subset_is_there():
    assert len(NAMES) >= 20
