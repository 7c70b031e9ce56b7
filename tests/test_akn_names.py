"""eId labels: from printed numbers, always unique."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unxml.akn.names import eid_label, sibling_labels


@pytest.mark.parametrize(
    "num, label",
    [
        ("1.", "1"),
        ("(a)", "a"),
        ("(ii)", "ii"),
        ("1.1.", "1-1"),
        ("(أ)", "أ"),
        ("1 -", "1"),
        ("一、", "一"),
        ("*", None),
    ],
)
def test_label_of_a_printed_number(num, label):
    assert eid_label(num) == label


@given(st.lists(st.none() | st.sampled_from(["1.", "2.", "2", "(a)", "a)", "3-2", "*", "1.1"]), max_size=8))
def test_sibling_labels_are_unique_and_keep_first_printed_labels(nums):
    labels = sibling_labels(nums)
    assert len(labels) == len(nums)
    assert len(set(labels)) == len(labels)
    seen = set()
    for num, label in zip(nums, labels, strict=True):
        printed = eid_label(num)
        if printed is not None and printed not in seen:
            assert label == printed
        seen.add(printed)
