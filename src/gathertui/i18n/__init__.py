"""The one translation layer: every sentence a person reads goes through `Message`.

Messages are kept as a key and parameters until they are shown, so one problem found
once can be printed in Indonesian or English. The sentences are gettext catalogs in
`locale/` (see `gathertui.i18n.catalogs`). A sentence that depends on a number is a
plural entry, chosen by the parameter named `count`; a sentence with several numbers is
composed of such messages ("{errors}, {warnings} in {files}").
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from gathertui.i18n.catalogs import template
from gathertui.text import as_sentence, shown

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


@dataclass(frozen=True)
class Message:
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str, by_name: bool = False) -> str:
        """The sentence in `lang`. A thing a problem is about is named by its id, which a
        reader of the file searches for (`gathertui check`); with `by_name`, as in the
        app's lists, by its title or name (the `called` parameter) where it has one."""
        if by_name and self.params.get("called"):
            return Message(f"{self.key}.by_name", self.params).render(lang)
        if by_name and self.key == "entity.table":
            # The app's lists say "The event" where `check` points at "table [event]".
            named = Message(f"entity.table.{self.params.get('name')}.by_name")
            if known(named.key):
                return named.render(lang)
        if by_name and self.key == "problem.about":
            # "venue "Aula": Aula holds 20..." names the thing twice; the app's lists say
            # the problem alone, as a sentence, when it already names what it is about.
            entity, problem = self.params.get("entity"), self.params.get("problem")
            called = entity.params.get("called") if isinstance(entity, Message) else None
            said = problem.render(lang, by_name) if isinstance(problem, Message) else None
            if called and said and called in said:
                return as_sentence(said)
        count = self.params.get("count")
        text = template(self.key, lang, count if isinstance(count, int) else None)
        if text is None:
            # A message without a catalog entry is a programming error, but a person
            # must still read something useful rather than a crash.
            return self.key + "".join(f" {k}={shown(v)}" for k, v in self.params.items())
        # The one gate of what came from a file or the file system (names, keys, paths,
        # an exception's words) on its way to a terminal, a notification or a log: every
        # parameter passes `shown`, so no escape sequence in it is ever live.
        values = {
            name: value.render(lang, by_name) if isinstance(value, Message) else shown(value)
            for name, value in self.params.items()
        }
        return text.format(**values)


def msg(key: str, /, **params: Any) -> Message:
    return Message(key, params)


def tr(key: str, lang: str, /, **params: Any) -> str:
    return Message(key, params).render(lang)


def known(key: str) -> bool:
    """Whether the catalogs have a sentence `key` (without a count)."""
    return template(key, DEFAULT_LANGUAGE) is not None


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
