"""`gathertui init`: a folder made a workspace under git, or an existing repository adopted.

Each step looks before it acts and does only what is missing, so running it again is
harmless and says "nothing to do". What it sets up:
- the repository (`git init` unless the folder is already in a work tree);
- `gathertui.toml`, so the folder is recognised as a workspace (the pre-commit hook knows
  plans by it);
- `.gitattributes`, naming gathertui as the merge driver and diff of `*.toml`;
- the repository's own git config for them (never the person's global config): the
  commands are the absolute path of this gathertui, since git runs them from hooks and
  merges where no virtualenv is activated;
- `.gitignore` for printouts and the temporary files of a save cut short;
- a pre-commit hook running `check` and `fmt --check` on the staged plans. A hook that is
  not ours (it lacks our marker line) is left alone and said.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from gathertui.glance import SETTINGS_FILE, settings_language
from gathertui.i18n import LANGUAGES, Message, msg, resolve_language, tr
from gathertui.i18n.os_errors import os_reason
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import write_new
from gathertui.storage.atomic import write_atomic
from gathertui.vcs.git import GitError, git_executable, run_git

# The driver's name is the `gathertui` of the config keys below.
ATTRIBUTES = ["*.toml merge=gathertui diff=gathertui"]
ATTRIBUTES_COMMENT = [
    "# gathertui: plans are merged entity by entity and diffed in words, not line by line",
]
IGNORED = ["*.pdf", "*.html", "*.ics", "*.xlsx", "*.csv", ".*.tmp"]
IGNORED_COMMENT = [
    "# gathertui: printouts and data files are made again from the plans at will, and a",
    "# roster to import (.csv, .xlsx) holds phone numbers and is in the plan once imported.",
    "# Markdown and text files are kept: people write notes in them. .*.tmp is the",
    "# temporary file of a save cut short (recovery copies live outside the folder).",
]
HOOK_MARKER = "# gathertui pre-commit hook"


class SetupError(Exception):
    """The folder cannot be set up; `message` says why, for the person."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


@dataclass
class Outcome:
    """What was done, one message an action, and what was left as it was and why."""

    done: list[Message] = field(default_factory=list)
    notices: list[Message] = field(default_factory=list)


def sh_quote(text: str) -> str:
    """`text` as one word for sh (git runs drivers and hooks through sh, on Windows too)."""
    return "'" + text.replace("'", "'\\''") + "'"


def launcher() -> str:
    """How git starts this gathertui, as sh reads it: the launcher beside this Python (a
    virtualenv's bin/ or Scripts/), else the one on the PATH, else `python -m gathertui`.
    Forward slashes, which sh and Git for Windows read alike."""
    name = "gathertui.exe" if os.name == "nt" else "gathertui"
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which("gathertui")
    if found:
        return sh_quote(Path(found).absolute().as_posix())
    return f"{sh_quote(Path(sys.executable).absolute().as_posix())} -m gathertui"


def git_config(command: str) -> dict[str, str]:
    """The repository's config entries for the merge driver and the diff."""
    entries = {
        ("merge", "name"): "gathertui: plans merged entity by entity",
        ("merge", "driver"): f"{command} merge %O %A %B",
        ("diff", "command"): f"{command} diff",
        ("diff", "textconv"): f"{command} diff --textconv",
        # A version's facts never change: kept in git's notes, `git log -p` starts
        # gathertui once per version ever shown, not once per version per run.
        ("diff", "cachetextconv"): "true",
    }
    # Built, not written out: "diff.…" written out reads as a catalog key to tests/i18n.
    return {f"{section}.gathertui.{name}": value for (section, name), value in entries.items()}


def hook_text(command: str, lang: str) -> str:
    """The pre-commit hook: `check` and `fmt --check` on the staged *.toml files that lie
    in a workspace (a folder with a gathertui.toml), as they are in the work tree."""
    refused = sh_quote(f"gathertui: {tr('init.hook_refused', lang)}")
    return f"""#!/bin/sh
{HOOK_MARKER}, written by `gathertui init` (which may write it again).
# It checks the plans being committed; delete this file to stop it.
gathertui() {{ {command} "$@"; }}

set --
while IFS= read -r file; do
    case $file in
        *.toml) ;;
        *) continue ;;
    esac
    case $file in
        */*) folder=${{file%/*}} ;;
        *) folder=. ;;
    esac
    if [ -f "$folder/{SETTINGS_FILE}" ]; then
        set -- "$@" "$file"
    fi
done <<EOF
$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR)
EOF
[ $# -gt 0 ] || exit 0

# fmt after check only: on a file that does not load it would say the same again.
gathertui check "$@" && gathertui fmt --check "$@" && exit 0
echo {refused} >&2
exit 1
"""


def set_up(folder: Path, command: str | None = None) -> Outcome:
    """Make `folder` a workspace under git; `command` starts gathertui (default: this one)."""
    if git_executable() is None:
        raise SetupError(msg("init.no_git"))
    outcome = Outcome()
    command = command or launcher()
    try:
        _folder(folder, outcome)
        _repository(folder, outcome)
        _settings(folder, outcome)
        _lines(folder / ".gitattributes", ATTRIBUTES_COMMENT, ATTRIBUTES, outcome)
        _config(folder, command, outcome)
        _lines(folder / ".gitignore", IGNORED_COMMENT, IGNORED, outcome)
        _hook(folder, hook_text(command, _hook_language(folder)), outcome)
    except GitError as error:
        raise SetupError(msg("init.git_failed", reason=error.reason)) from None
    return outcome


def _hook_language(folder: Path) -> str:
    """The hook speaks as `check` will beside it: in the workspace's language, not in
    the one `init` was asked to speak (so `init --lang en` then `init` is nothing to do)."""
    language = settings_language(folder)
    return resolve_language(None, language if language in LANGUAGES else None)


def _folder(folder: Path, outcome: Outcome) -> None:
    if folder.is_dir():
        return
    if folder.exists():
        raise SetupError(msg("init.not_a_folder", path=folder))
    try:
        folder.mkdir(parents=True)
    except OSError as error:
        raise SetupError(msg("cli.write_failed", path=folder, reason=os_reason(error))) from None
    outcome.done.append(msg("init.made_folder", path=folder))


def _repository(folder: Path, outcome: Outcome) -> None:
    if run_git(["rev-parse", "--show-toplevel"], folder).ok:
        return  # adopted: the work tree it is in
    if run_git(["rev-parse", "--git-dir"], folder).ok:
        # A bare repository or a .git folder: there is no work tree to put plans in.
        raise SetupError(msg("init.not_work_tree", path=folder))
    run_git(["init", "-q"], folder, check=True)
    outcome.done.append(msg("init.git_init", path=folder))


def _settings(folder: Path, outcome: Outcome) -> None:
    path = folder / SETTINGS_FILE
    if path.exists() or path.is_symlink():
        return
    try:
        write_new(path, WorkspaceSettings())
    except FileExistsError:
        return  # written meanwhile: theirs stands
    except OSError as error:
        raise SetupError(msg("cli.write_failed", path=path, reason=os_reason(error))) from None
    outcome.done.append(msg("init.wrote", path=path))


def _same(line: str) -> str:
    return " ".join(line.split())


def _lines(path: Path, comment: list[str], wanted: list[str], outcome: Outcome) -> None:
    """Append to `path` the lines of `wanted` it lacks (the comment before them, if it
    lacks that too), keeping everything it has and its line endings."""
    try:
        raw = path.read_bytes() if path.exists() else b""
    except OSError as error:
        raise SetupError(msg("cli.unreadable", path=path, reason=os_reason(error))) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SetupError(msg("init.not_utf8", path=path)) from None
    have = {_same(line) for line in text.splitlines()}
    missing = [line for line in wanted if _same(line) not in have]
    if not missing:
        return
    block = [line for line in comment if _same(line) not in have] + missing
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += newline
    if text:
        text += newline  # a blank line between theirs and ours
    try:
        write_atomic(path, (text + newline.join(block) + newline).encode("utf-8"))
    except OSError as error:
        raise SetupError(msg("cli.write_failed", path=path, reason=os_reason(error))) from None
    outcome.done.append(msg("init.updated" if raw else "init.wrote", path=path))


def _config(folder: Path, command: str, outcome: Outcome) -> None:
    for key, value in git_config(command).items():
        current = run_git(["config", "--local", "--get", key], folder)
        if current.ok and current.stdout.rstrip("\n") == value:
            continue
        run_git(["config", "--local", "--replace-all", key, value], folder, check=True)
        outcome.done.append(msg("init.config_set", key=key, value=value))


def _executable(path: Path) -> bool:
    return os.name == "nt" or bool(path.stat().st_mode & stat.S_IXUSR)


def _hook(folder: Path, text: str, outcome: Outcome) -> None:
    # Where git looks for hooks: honours core.hooksPath and linked work trees.
    where = run_git(["rev-parse", "--git-path", "hooks/pre-commit"], folder, check=True)
    path = Path(os.path.normpath(folder / where.stdout.strip()))
    try:
        if path.exists():
            current = path.read_bytes().decode("utf-8", "replace")
            if HOOK_MARKER not in current:
                outcome.notices.append(msg("init.hook_foreign", path=path))
                return
            if current == text and _executable(path):
                return
            key = "init.hook_updated"
        else:
            key = "init.hook_written"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
        path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    except OSError as error:
        raise SetupError(msg("cli.write_failed", path=path, reason=os_reason(error))) from None
    outcome.done.append(msg(key, path=path))
