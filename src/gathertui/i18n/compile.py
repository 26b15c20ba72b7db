"""Reading the .po sources with babel and compiling them into .mo files indexed by key.

Imported only when a catalog is not yet in the cache, and by the tests: babel.messages
is too slow to import on every start.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from gathertui.i18n.catalogs import SOURCE_LANGUAGE, source_path
from gathertui.i18n.dates import NAME_PATTERNS, babel_name, name_key


@dataclass(frozen=True)
class Entry:
    """One sentence: its key, the English (one form, or singular and plural), and the
    language's forms (empty where it is not translated yet or marked fuzzy)."""

    key: str
    english: tuple[str, ...]
    forms: tuple[str, ...]

    @property
    def plural(self) -> bool:
        return len(self.english) > 1


def read_catalog(source: bytes, lang: str) -> tuple[Catalog, list[Entry]]:
    """The parsed catalog and its entries; English reads its sentences from the msgids."""
    catalog = read_po(io.BytesIO(source), locale=lang, abort_invalid=True)
    entries = []
    for message in catalog:
        if not message.id:
            continue  # the header
        english = tuple(message.id) if isinstance(message.id, (list, tuple)) else (message.id,)
        if lang == SOURCE_LANGUAGE:
            forms = english
        elif message.fuzzy:
            forms = ()
        else:
            strings = message.string
            found = tuple(strings) if isinstance(strings, (list, tuple)) else (strings,)
            # One form left empty leaves the whole entry to English.
            forms = tuple(form for form in found if form) if all(found) else ()
        entries.append(Entry(message.context or "", english, forms))
    return catalog, entries


def entries(lang: str) -> dict[str, Entry]:
    """The entries of `lang`'s source file by key."""
    _, found = read_catalog(source_path(lang).read_bytes(), lang)
    return {entry.key: entry for entry in found}


def compile_catalog(source: bytes, lang: str) -> bytes:
    """A .mo whose msgid is the key, so a lookup needs nothing but the key.

    Entries not translated stay out, and gettext falls back to English for them. The
    language's day and month names are added from babel, under `name_key`s.
    """
    catalog, found = read_catalog(source, lang)
    compiled = Catalog(locale=lang)
    compiled.mime_headers = [("Plural-Forms", catalog.plural_forms)]
    for entry in found:
        if not entry.key or not entry.forms:
            continue
        if entry.plural:
            compiled.add((entry.key, entry.key), entry.forms)
        else:
            compiled.add(entry.key, entry.forms[0])
    for pattern, numbers in NAME_PATTERNS.items():
        for number in numbers:
            compiled.add(name_key(pattern, number), babel_name(pattern, number, lang))
    out = io.BytesIO()
    write_mo(out, compiled)
    return out.getvalue()
