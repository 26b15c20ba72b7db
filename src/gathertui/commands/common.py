"""What the subcommands share: messages to stderr, paths, the workspace's language."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from gathertui.glance import settings_language
from gathertui.i18n import LANGUAGES, resolve_language, tr


def say(lang: str, key: str, /, **params: Any) -> None:
    """One sentence to stderr, where messages for people go."""
    print(f"gathertui: {tr(key, lang, **params)}", file=sys.stderr)


def workspace_language(path: Path) -> str | None:
    """The `language` setting of the workspace `path` is in or is, if it names one we speak.

    Read with tomllib alone: this runs before the app's first frame, and a bad setting is
    reported by the full load anyway.
    """
    language = settings_language(path if path.is_dir() else path.parent)
    return language if language in LANGUAGES else None


def language_for(requested: str | None, paths: list[Path]) -> str:
    return resolve_language(requested, workspace_language(paths[0]) if paths else None)
