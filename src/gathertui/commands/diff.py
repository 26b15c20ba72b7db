"""`gathertui diff OLD NEW`: what changed between two versions of a plan, in words.

Exit 0 when the plans are the same, 1 when they differ, 2 when one cannot be read or is
not a valid plan (like diff). Git calls an external diff with seven arguments (path,
old-file, old-hex, old-mode, new-file, new-hex, new-mode); then the files compared are
the second and fifth, a header line names the path, and a difference exits 0: git takes
any other exit as the command failing ("external diff died") unless the driver's
`trustExitCode` is set, which git before 2.46 does not know. An added or deleted plan
comes as /dev/null on one side and is said in one line. A side that is not a plan (a
plan broken mid-edit, `gathertui.toml`, another TOML file the attribute covers) is
shown as a diff of its lines, so git always shows something.

`gathertui diff --textconv FILE` prints the file as one line per fact for git's
`textconv` (planning/textconv.py says why that shape); a file that does not load is
printed as it is.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

from gathertui.commands.common import language_for, open_plan_for_command, say
from gathertui.glance import is_settings_file
from gathertui.i18n import tr
from gathertui.model.plan import Plan
from gathertui.planning.diff import plan_changes
from gathertui.planning.diff_words import describe_changes
from gathertui.planning.textconv import fact_lines
from gathertui.storage import LoadError, UnreadableFile
from gathertui.storage.reader import (
    decode_source,
    plan_from_source,
    read_file_bytes,
    settings_from_source,
)
from gathertui.text import literal

GIT_ARGUMENTS = 7


def _print_changes(old: Plan, new: Plan, lang: str, header: str | None) -> bool:
    """The changes, one a line; whether there were any."""
    changes = plan_changes(old, new)
    if not changes:
        return False
    if header is not None:
        print(header)
    for heading, lines in describe_changes(changes, old, new, lang):
        print(f"{heading}:")
        for line in lines:
            print(f"  {literal(line)}")
    return True


def _git(files: list[str], requested: str | None) -> int:
    path, old_file, new_file = files[0], files[1], files[4]
    # Git's copies are temporary files; the workspace is where the plan lives.
    lang = language_for(requested, [Path(path)])
    header = tr("diff.header", lang, path=literal(path))
    for gone, key in ((old_file, "diff.new_file"), (new_file, "diff.deleted_file")):
        if gone == os.devnull:
            print(header)
            print(f"  {tr(key, lang)}")
            return 0
    old_raw, new_raw = _read(Path(old_file), lang), _read(Path(new_file), lang)
    if old_raw is None or new_raw is None:
        return 2
    # The settings are not a plan: their lines, without a load error to say.
    plans = None if is_settings_file(Path(path)) else _open(Path(old_file), Path(new_file), lang)
    if plans is None:
        _print_line_diff(path, old_raw, new_raw)
        return 0
    _print_changes(*plans, lang, header)
    return 0


def _read(path: Path, lang: str) -> bytes | None:
    """The file's bytes, or None after saying why not: a pipe named *.toml would block
    the read, so only a regular file is read, as the reader does."""
    try:
        return read_file_bytes(path)
    except UnreadableFile as error:
        say(lang, "cli.unreadable", path=path, reason=error.reason)
        return None


def _print_line_diff(path: str, old_raw: bytes, new_raw: bytes) -> None:
    old, new = (raw.decode("utf-8", "replace").splitlines() for raw in (old_raw, new_raw))
    for line in difflib.unified_diff(old, new, f"a/{path}", f"b/{path}", lineterm=""):
        print(literal(line))


def _open(old_path: Path, new_path: Path, lang: str) -> tuple[Plan, Plan] | None:
    """Both plans, or None after saying on stderr, with file, line and column, why not."""
    plans = []
    for path in (old_path, new_path):
        opened = open_plan_for_command(path, lang, missing=2)
        if isinstance(opened, int):
            return None
        plans.append(opened[0].model)
    return plans[0], plans[1]


def _facts(raw: bytes, path: Path) -> list[str] | None:
    """The file's facts, or None if it is neither a plan nor the settings."""
    readers = [plan_from_source, settings_from_source]
    if is_settings_file(path):
        readers.reverse()
    for reader in readers:
        try:
            return fact_lines(reader(decode_source(path, raw)))
        except LoadError:
            continue
    return None


def textconv(path: Path, lang: str) -> int:
    raw = _read(path, lang)
    if raw is None:
        return 2
    facts = _facts(raw, path)
    # What git shows goes to a terminal: a control character in the file is spelled out.
    text = (
        raw.decode("utf-8", "replace").replace("\r\n", "\n")
        if facts is None
        else "".join(f"{line}\n" for line in facts)
    )
    # Bytes, so git gets UTF-8 whatever the console's code page is.
    out = literal(text).encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    return 0


def run(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    requested = getattr(args, "lang", None)
    if getattr(args, "textconv", False):
        if len(files) != 1:
            say(language_for(requested, []), "diff.usage")
            return 2
        return textconv(Path(files[0]), language_for(requested, []))
    if len(files) == GIT_ARGUMENTS:
        return _git(files, requested)
    if len(files) != 2:
        say(language_for(requested, []), "diff.usage")
        return 2
    old_path, new_path = Path(files[0]), Path(files[1])
    lang = language_for(requested, [new_path])
    plans = _open(old_path, new_path, lang)
    if plans is None:
        return 2
    return 1 if _print_changes(*plans, lang, None) else 0
