"""How a person is named on paper: their honorific, as they use it, before the name."""

from __future__ import annotations

from gathertui.model.plan import Person
from gathertui.text import one_line


def called(person: Person) -> str:
    """ "Bapak Iswar Aminuddin", "Prof. Dr. H. Ahmad", or the name alone without an honorific."""
    return one_line(" ".join(part for part in (person.honorific, person.name) if part))
