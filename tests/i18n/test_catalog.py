"""Every sentence exists in both languages and formats with its own placeholders."""

from __future__ import annotations

import string

import pytest

from gathertui.i18n import CATALOG, LANGUAGES, Message


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_entry_formats_in_every_language(key: str) -> None:
    entry = CATALOG[key]
    assert set(entry) == set(LANGUAGES)
    names = _placeholders(entry["en"])
    assert _placeholders(entry["id"]) == names
    params = {name: f"<{name}>" for name in names}
    for lang in LANGUAGES:
        text = Message(key, params).render(lang)
        assert all(f"<{name}>" in text for name in names)
