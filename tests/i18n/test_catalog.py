"""The gettext catalogs parse, agree with each other, and format in every language."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from gathertui.i18n import LANGUAGES, Message, catalogs, msg, tr
from gathertui.i18n.catalogs import source_path
from gathertui.i18n.compile import compile_catalog, entries, read_catalog

CATALOGS = {lang: entries(lang) for lang in LANGUAGES}
ENGLISH = CATALOGS["en"]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sources_parse_and_every_entry_has_a_key(lang: str) -> None:
    # abort_invalid: a syntax error in the file fails here, not at someone's start-up.
    _, found = read_catalog(source_path(lang).read_bytes(), lang)
    keys = [entry.key for entry in found]
    assert all(keys), "an entry without msgctxt has no key"
    assert len(keys) == len(set(keys)), "a key is in the file twice"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_each_translation_follows_the_template(lang: str) -> None:
    catalog = CATALOGS[lang]
    assert set(catalog) == set(ENGLISH)
    outdated = [key for key, entry in catalog.items() if entry.english != ENGLISH[key].english]
    assert not outdated, "English changed in the template: run pybabel update"
    untranslated = [key for key, entry in catalog.items() if not entry.forms]
    assert not untranslated


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_entry_has_the_same_placeholders_everywhere(key: str) -> None:
    forms = [form for lang in LANGUAGES for form in CATALOGS[lang][key].forms]
    names = _placeholders(forms[0])
    assert all(_placeholders(form) == names for form in forms)
    if ENGLISH[key].plural:
        assert "count" in names, "a plural entry is chosen by its {count}"
    params: dict[str, object] = {name: f"<{name}>" for name in names}
    if ENGLISH[key].plural:
        params["count"] = 2
    for lang in LANGUAGES:
        text = Message(key, params).render(lang)
        assert all(str(value) in text for value in params.values())


def test_plural_forms() -> None:
    def summary(lang: str, errors: int, warnings: int, files: int) -> str:
        return tr(
            "cli.summary",
            lang,
            errors=msg("count.errors", count=errors),
            warnings=msg("count.warnings", count=warnings),
            files=msg("count.files", count=files),
        )

    assert summary("en", 1, 2, 1) == "1 error, 2 warnings in 1 file"
    assert summary("en", 0, 1, 3) == "0 errors, 1 warning in 3 files"
    assert summary("id", 1, 2, 1) == "1 kesalahan, 2 peringatan dalam 1 berkas"
    assert tr("ui.seats", "en", count=1) == "1 seat"
    assert tr("ui.seats", "id", count=1) == "1 orang"


def test_a_missing_key_still_reads() -> None:
    assert tr("no.such_key", "id", name="x") == "no.such_key name=x"


def test_a_compiled_catalog_is_kept_and_refreshed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GATHERTUI_CACHE_DIR", str(tmp_path))
    first = catalogs._load("id")
    kept = list((tmp_path / "locale").glob("id-*.mo"))
    assert len(kept) == 1
    assert catalogs._load("id").gettext("key.quit") == first.gettext("key.quit") == "Keluar"
    # A source that changed is compiled again, and the older copy goes.
    changed = source_path("id").read_bytes().replace(b'"Keluar"', b'"Keluar!"', 1)
    monkeypatch.setattr(catalogs, "source_path", lambda lang: tmp_path / "changed.po")
    (tmp_path / "changed.po").write_bytes(changed)
    assert catalogs._load("id").gettext("key.quit") == "Keluar!"
    assert [p.name for p in (tmp_path / "locale").glob("id-*.mo")] != [kept[0].name]
    assert len(list((tmp_path / "locale").glob("id-*.mo"))) == 1


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("GATHERTUI_CACHE_DIR", str(blocked))
    assert catalogs._load("en").gettext("key.quit") == "Quit"


def test_untranslated_and_fuzzy_entries_fall_back_to_english() -> None:
    source = b"""
msgid ""
msgstr ""
"Language: id\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgctxt "a.done"
msgid "Done"
msgstr "Selesai"

msgctxt "a.empty"
msgid "Empty"
msgstr ""

#, fuzzy
msgctxt "a.fuzzy"
msgid "Fuzzy"
msgstr "Kabur"
"""
    from gettext import GNUTranslations
    from io import BytesIO

    compiled = GNUTranslations(BytesIO(compile_catalog(source, "id")))
    assert compiled.gettext("a.done") == "Selesai"
    assert compiled.gettext("a.empty") == "a.empty"
    assert compiled.gettext("a.fuzzy") == "a.fuzzy"


def test_day_and_month_names_are_compiled_with_the_sentences() -> None:
    from gettext import GNUTranslations
    from io import BytesIO

    from gathertui.i18n.dates import babel_name, name_key

    compiled = GNUTranslations(BytesIO(compile_catalog(source_path("id").read_bytes(), "id")))
    assert compiled.gettext(name_key("EEEE", 4)) == "Jumat" == babel_name("EEEE", 4, "id")
    assert compiled.gettext(name_key("MMM", 8)) == "Agu"
    english = GNUTranslations(BytesIO(compile_catalog(source_path("en").read_bytes(), "en")))
    assert english.gettext(name_key("MMMM", 5)) == "May"


def test_a_date_is_written_without_babel_once_the_catalog_is_kept(tmp_path: Path) -> None:
    """The workspace list's first frame writes dates: from the kept catalog, babel's
    locale data is not loaded for them."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from datetime import date\n"
        "from gathertui.i18n.dates import long_date, short_date\n"
        "print(long_date(date(2023, 5, 26), 'id'), short_date(date(2023, 5, 26), 'id'))\n"
        "print('babel.dates' in sys.modules)\n"
    )
    env = {**os.environ, "GATHERTUI_CACHE_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout.splitlines()
        for _ in range(2)
    ]
    assert runs[0][0] == runs[1][0] == "Jumat, 26 Mei 2023 Jum, 26 Mei 2023"
    assert runs[1][1] == "False"
