"""The words for the file format's closed vocabularies, in each language.

They are the catalog's `word.<value>` entries, so messages use the same words.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from gathertui.i18n import known, tr


def label(value: StrEnum, lang: str) -> str:
    return word(value.value, lang, status=type(value).__name__ == "Status")


# A roster of 5,000 people asks for its words 10,000 times per redraw; the catalogs do
# not change while the program runs, and the vocabularies are small.
@cache
def word(value: str, lang: str, *, status: bool = False) -> str:
    """The word for a vocabulary value as written in a file; unknown values as they are."""
    # "confirmed" is both an attendance and a status; as a status it reads differently.
    key = "word.status.confirmed" if status and value == "confirmed" else f"word.{value}"
    return tr(key, lang) if known(key) else value
