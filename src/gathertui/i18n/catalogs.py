"""The gettext catalogs behind `Message`, compiled once and loaded with stdlib gettext.

The sources are standard gettext files in `locale/`: the English template
`gathertui.pot` and one `<lang>/LC_MESSAGES/gathertui.po` per translation. Each entry's
msgctxt is the key the code uses and its msgid the English sentence. English as the
msgid, rather than the key, is what Poedit, Weblate and translation memories are built
around: a translator sees the sentence to translate, and an edited English sentence
marks its translations fuzzy on `pybabel update`. The key as msgctxt keeps two uses of
one English word apart ("confirmed" as an attendance and as a status).

Parsing .po text needs babel.messages and takes tens of milliseconds, too slow for every
start. So each source is compiled (`gathertui.i18n.compile`) into a .mo file indexed by
key, kept in the user's cache folder under the hash of the source's bytes; later starts
only hash the source and read the .mo. A changed .po (an edit, a `git pull`) has a new
hash and is compiled again. Where the cache cannot be written the catalog is compiled in
memory, every time.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import threading
from gettext import GNUTranslations
from pathlib import Path

LOCALE = Path(__file__).resolve().parent / "locale"
DOMAIN = "gathertui"
SOURCE_LANGUAGE = "en"
# Raise when the compiled form changes, so caches of an older gathertui are not read.
_COMPILED_FORMAT = b"gathertui-mo-2"

_lock = threading.RLock()
_loaded: dict[str, GNUTranslations] = {}


def source_path(lang: str) -> Path:
    """The file a translator edits for `lang`; English is the template itself."""
    if lang == SOURCE_LANGUAGE:
        return LOCALE / f"{DOMAIN}.pot"
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def cache_folder() -> Path:
    override = os.environ.get("GATHERTUI_CACHE_DIR")
    if override:
        return Path(override) / "locale"
    from platformdirs import user_cache_path

    return user_cache_path("gathertui", appauthor=False) / "locale"


def template(key: str, lang: str, count: int | None = None) -> str | None:
    """The sentence `key` in `lang` (English where it is not translated), or None.

    A plural entry is chosen by `count`; without a count only singular entries match.
    """
    translations = _translations(lang)
    # gettext answers a key it does not know with the key itself.
    if count is not None:
        text = translations.ngettext(key, key, count)
        if text != key:
            return text
    text = translations.gettext(key)
    return None if text == key else text


def _translations(lang: str) -> GNUTranslations:
    found = _loaded.get(lang)
    if found is not None:
        return found
    with _lock:
        if lang not in _loaded:
            translations = _load(lang)
            if lang != SOURCE_LANGUAGE:
                translations.add_fallback(_translations(SOURCE_LANGUAGE))
            _loaded[lang] = translations
    return _loaded[lang]


def _load(lang: str) -> GNUTranslations:
    source = source_path(lang).read_bytes()
    digest = hashlib.sha256(_COMPILED_FORMAT + source).hexdigest()[:20]
    cached = cache_folder() / f"{lang}-{digest}.mo"
    try:
        compiled = cached.read_bytes()
    except OSError:
        from gathertui.i18n.compile import compile_catalog

        compiled = compile_catalog(source, lang)
        _store(cached, compiled)
    return GNUTranslations(io.BytesIO(compiled))


def _store(path: Path, compiled: bytes) -> None:
    """Keep the compiled catalog for the next start; an unwritable cache only costs time."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(compiled)
        # Atomic on every system, so a second gathertui starting at once reads either
        # no file or the whole of it.
        temporary.replace(path)
        lang = path.name.split("-")[0]
        for stale in path.parent.glob(f"{lang}-*.mo"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
