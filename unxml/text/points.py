"""Sub-paragraph labels: which list a label continues, and when it opens a nested list.

"(i)" after "(h)" is the ninth letter; "(i)" after an item that ends with ":" opens a list of
roman numerals. Each open list remembers its style and last label, so a label either
continues one of the open lists (closing the deeper ones) or opens a new, deeper list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
          ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))  # fmt: skip
_FIRST = {"alpha": "a", "roman": "i", "digit": "1"}


def _roman(n: int) -> str:
    out = []
    for letters, value in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _core(label: str) -> str:
    return label.strip("()").rstrip(".")


def successor(style: str, label: str) -> str | None:
    """The label that follows ``label`` in a list of ``style``."""
    core = _core(label)
    if style == "alpha":
        if core == "z" * len(core):
            return "a" * (len(core) + 1)  # (z) is followed by (aa)
        if len(set(core)) == 1:
            return chr(ord(core[0]) + 1) * len(core)
        return None
    if style == "roman":
        for n in range(1, 400):
            if _roman(n) == core:
                return _roman(n + 1)
        return None
    if style == "digit" and core.isdigit():
        return str(int(core) + 1)
    if style == "dotted":
        head, _, tail = core.rpartition(".")
        return f"{head}.{int(tail) + 1}" if tail.isdigit() else None
    return None


def styles_of(label: str) -> list[str]:
    """The list styles a label can belong to, most likely first."""
    core = _core(label)
    if re.fullmatch(r"\d+(?:\.\d+)+", core):
        return ["dotted"]
    if core.isdigit():
        return ["digit"]
    is_roman = re.fullmatch(r"[ivxlc]+", core) is not None
    is_alpha = core.isalpha() and len(set(core)) == 1
    out = []
    # A single letter is most likely the next letter; "(i)", "(ii)" most likely numerals.
    if is_alpha and len(core) == 1 and core != "i":
        out.append("alpha")
    if is_roman:
        out.append("roman")
    if is_alpha and "alpha" not in out:
        out.append("alpha")
    return out


@dataclass
class OpenList:
    """A list being read: its style and the core of its last label."""

    style: str
    last: str


def place(stack: list[OpenList], label: str, parent_opens_list: bool) -> int:
    """Where ``label`` goes: the depth (0 = top list) of the list it joins; updates ``stack``.

    ``parent_opens_list`` says the item before ends with ":" so a new list is likely.
    """
    core = _core(label)
    candidates = styles_of(label)
    if parent_opens_list and stack:
        for style in candidates:
            if core == _FIRST.get(style) or (style == "dotted" and stack[-1].style != "dotted"):
                stack.append(OpenList(style, core))
                return len(stack) - 1
    for depth in range(len(stack) - 1, -1, -1):
        open_list = stack[depth]
        if successor(open_list.style, open_list.last) == core:
            del stack[depth + 1 :]
            open_list.last = core
            return depth
    style = candidates[0] if candidates else "alpha"
    if stack and stack[-1].style == style:
        stack[-1].last = core  # an out-of-sequence label: keep it in the list it resembles
        return len(stack) - 1
    stack.append(OpenList(style, core))
    return len(stack) - 1
