"""The one translation layer: every sentence a person reads goes through `Message`.

Messages are kept as a key and parameters until they are shown, so one problem found
once can be printed in Indonesian or English.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gathertui.i18n.catalog import CATALOG as _CORE_CATALOG
from gathertui.i18n.catalog_conflicts import CONFLICTS_CATALOG
from gathertui.i18n.catalog_explain import EXPLAIN_CATALOG
from gathertui.i18n.catalog_print import PRINT_CATALOG
from gathertui.i18n.catalog_ui import UI_CATALOG

CATALOG = {**_CORE_CATALOG, **UI_CATALOG, **PRINT_CATALOG, **CONFLICTS_CATALOG, **EXPLAIN_CATALOG}

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class Message:
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        entry = CATALOG.get(self.key)
        if entry is None:
            # A message without a catalog entry is a programming error, but a person
            # must still read something useful rather than a crash.
            return self.key + "".join(f" {k}={v}" for k, v in self.params.items())
        template = entry.get(lang) or entry["en"]
        values = {
            name: value.render(lang) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        return template.format(**values)


def msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)


def tr(key: str, lang: str, /, **params: Any) -> str:
    return Message(key, params).render(lang)


def system_language() -> str | None:
    """Indonesian or English from the environment's locale, if it names one of them."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return _language_of(value)
    try:
        name = locale.getlocale()[0]
    except ValueError:
        return None
    return _language_of(name) if name else None


def _language_of(locale_name: str) -> str | None:
    code = locale_name.split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def resolve_language(requested: str | None, workspace: str | None) -> str:
    """--lang, else the workspace setting, else the system locale, else Indonesian."""
    return requested or workspace or system_language() or DEFAULT_LANGUAGE
