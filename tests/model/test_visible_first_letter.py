"""`has_visible` answers a name that begins with a letter or a digit without looking its
characters up (issue 18); that answer is the one the lookup gives, for every character."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from gathertui.model.fields import has_visible


def test_every_letter_or_digit_is_a_visible_category() -> None:
    alnum = (chr(n) for n in range(sys.maxunicode + 1) if chr(n).isalnum())
    assert all(unicodedata.category(ch)[0] in "LN" for ch in alnum)


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Siti", True),
        ("²", True),
        ("Āisyah", True),
        ("(Plt.)", True),
        ("\u200b\u200bA", True),
        ("", False),
        ("   ", False),
        ("\u200b\u2060", False),
        ("\u0301", False),
    ],
)
def test_names(text: str, visible: bool) -> None:
    assert has_visible(text) is visible
