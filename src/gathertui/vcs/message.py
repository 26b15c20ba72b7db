"""A commit message made from what changed in the plans, in words people read.

The first line names the plan and its first changes ("Kunjungan Kerja Makassar: + Andi
Pratama; ~ Sambutan 15 → 20 menit"), cut short with "and N more"; then one line per
change, plan by plan. Each plan is compared with its version in the last commit.
"""

from __future__ import annotations

import re
from pathlib import Path

from gathertui.glance import is_settings_file, settings_language
from gathertui.i18n import resolve_language, tr
from gathertui.model.plan import Plan
from gathertui.planning.diff import plan_changes
from gathertui.planning.diff_words import describe_changes
from gathertui.storage import LoadError, UnreadableFile
from gathertui.storage.reader import decode_source, plan_from_source, read_source
from gathertui.text import one_line
from gathertui.vcs.git import GitError, run_git

# Past this many characters the first line says "and N more": a server's list of
# commits shows about this much, and a plan's title takes half of it already.
SUMMARY_WIDTH = 100
# A change's details in brackets at its end ("(Kepala Dinas, Rombongan Makassar)",
# "(later items move 5 minutes)"): the body has them; the first line names the change.
_DETAIL = re.compile(r" \([^()]*\)$")


def _committed(folder: Path, path: Path) -> Plan | bool | None:
    """The plan as the last commit has it; None when the commit has no such file; False
    when it cannot be read."""
    try:
        shown = run_git(["show", f"HEAD:./{path.name}"], folder)
    except GitError:
        return False
    if not shown.ok:
        return None
    try:
        return plan_from_source(decode_source(path, shown.stdout.encode("utf-8")))
    except LoadError:
        return False


def _current(path: Path) -> Plan | bool | None:
    """The plan as saved; None when the file is gone; False when it cannot be read."""
    if not path.exists():
        return None
    try:
        return plan_from_source(read_source(path))
    except (LoadError, UnreadableFile):
        return False


def brief(line: str) -> str:
    """A change's line without the details in brackets at its end."""
    while _DETAIL.search(line):
        line = _DETAIL.sub("", line)
    return line


def _summary(lines: list[str], lang: str, lead: str) -> str:
    """`lead` and as many of `lines` as fit the first line, then "and N more"."""
    taken: list[str] = []
    for line in map(brief, lines):
        candidate = f"{lead}: {'; '.join([*taken, line])}"
        if taken and len(candidate) > SUMMARY_WIDTH:
            break
        taken.append(line)
    text = f"{lead}: {'; '.join(taken)}" if taken else lead
    rest = len(lines) - len(taken)
    return text + (" " + tr("sync.msg.more", lang, count=rest) if rest else "")


def _file_message(folder: Path, path: Path, lang: str) -> tuple[str, str, list[str]]:
    """What names one file (a plan's title), its first line, and its lines of changes."""
    if is_settings_file(path):
        return path.name, tr("sync.msg.settings", lang), []
    if path.suffix != ".toml":  # .gitattributes, .gitignore, the logo
        return path.name, f"{path.name}: {tr('sync.msg.workspace_file', lang)}", []
    old, new = _committed(folder, path), _current(path)
    if isinstance(new, Plan) and old is None:
        title = one_line(new.event.title)
        return title, f"{title}: {tr('sync.msg.new_plan', lang)}", []
    if isinstance(old, Plan) and new is None:
        title = one_line(old.event.title)
        return title, f"{title}: {tr('sync.msg.deleted_plan', lang)}", []
    if not isinstance(old, Plan) or not isinstance(new, Plan):
        return path.name, f"{path.name}: {tr('sync.msg.changed_file', lang)}", []
    title = one_line(new.event.title)
    described = describe_changes(plan_changes(old, new), old, new, lang)
    short = [line for _, lines in described for line in lines]
    if not short:
        return title, f"{title}: {tr('sync.msg.layout_only', lang)}", []
    body = [f"{heading}: {line}" for heading, lines in described for line in lines]
    return title, _summary(short, lang, title), body


def _order(path: Path) -> tuple[bool, bool, str]:
    """Plans first (the first line names one), then the settings, then the rest."""
    return (path.suffix != ".toml", is_settings_file(path), path.name)


def commit_message(folder: Path, files: list[Path], lang: str | None = None) -> str:
    """The message for committing `files` (the workspace's, as saved) in `lang`, or the
    workspace's language."""
    lang = lang or resolve_language(None, settings_language(folder))
    firsts: list[str] = []
    body: list[str] = []
    for path in sorted(files, key=_order):
        title, first, lines = _file_message(folder, path, lang)
        firsts.append(first)
        if len(files) > 1:
            body.append(f"{title} ({path.name}):" if lines else first)
            body.extend(f"  {line}" for line in lines)
        else:
            body.extend(lines)
    head = firsts[0] if firsts else tr("sync.msg.settings", lang)
    if len(files) > 1:
        head += " " + tr("sync.msg.more_files", lang, count=len(files) - 1)
    return "\n".join([head, "", *body]) if body else head
