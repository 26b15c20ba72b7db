"""What the subcommands share: messages to stderr, paths, the workspace's language."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from gathertui.i18n import resolve_language, tr
from gathertui.model.workspace import SETTINGS_FILE
from gathertui.storage import LoadError, UnreadableFile, load_settings


def say(lang: str, key: str, /, **params: Any) -> None:
    """One sentence to stderr, where messages for people go."""
    print(f"gathertui: {tr(key, lang, **params)}", file=sys.stderr)


def workspace_language(path: Path) -> str | None:
    """The `language` setting of the workspace `path` is in or is, if it can be read."""
    folder = path if path.is_dir() else path.parent
    settings = folder / SETTINGS_FILE
    if not settings.is_file():
        return None
    try:
        language = load_settings(settings).model.settings.language
    except (LoadError, UnreadableFile):
        return None
    return language.value if language else None


def language_for(requested: str | None, paths: list[Path]) -> str:
    return resolve_language(requested, workspace_language(paths[0]) if paths else None)
