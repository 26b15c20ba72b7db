"""How a person is named on paper: their honorific, as they use it, before the name,
and an acting title spelled as it is read."""

from __future__ import annotations

import re

from gathertui.model.plan import Person
from gathertui.text import one_line


def called(person: Person) -> str:
    """ "Bapak Iswar Aminuddin", "Prof. Dr. H. Ahmad", or the name alone without an honorific."""
    return one_line(" ".join(part for part in (person.honorific, person.name) if part))


# "Plt", "PLT", "plt." are written "Plt."; "Plh" is written "Plh.".
ACTING_SPELLING = re.compile(r"\b(plt|plh)\b\.?", re.IGNORECASE)


def acting_spelled(position: str) -> str:
    """The position with its acting title written as it is read: "Plt." and "Plh."."""
    return ACTING_SPELLING.sub(lambda m: f"{m.group(1).capitalize()}.", position)
