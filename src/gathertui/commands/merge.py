"""`gathertui merge BASE OURS THEIRS`: git's merge driver for plans and gathertui.toml.

The contract is git's (`driver = gathertui merge %O %A %B`): the merged file replaces
OURS; exit 0 when it merged cleanly, 1 when conflicts are left in it, 2 when nothing
could be done (then OURS is left as it was). Conflicts are `[[conflicts]]` entries, one
line each on stderr. A version that is not a plan gathertui can read (it holds conflict
markers already, or a syntax error) is merged line by line by `git merge-file` instead,
so nothing is lost: the file then holds git's markers, and the exit is 1.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from gathertui.commands.common import language_for, say
from gathertui.glance import is_settings_file
from gathertui.i18n import msg
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.merge import MergeError, merge_plans, merge_settings
from gathertui.planning.merge_conflicts import shown
from gathertui.storage import LoadError, Source, UnreadableFile, canonical_text, read_source
from gathertui.storage.atomic import write_atomic
from gathertui.storage.comments import Comments, merged_comments
from gathertui.storage.reader import plan_from_source, settings_from_source
from gathertui.text import literal, one_line
from gathertui.vcs.git import run_git

Model = Plan | WorkspaceSettings
# git merge-file exits with the number of conflicts (at most 127), negative on trouble.
_MERGE_FILE_TROUBLE = 128
_EVENT_TABLE = re.compile(r"^\s*\[\s*event\s*\]", re.MULTILINE)


class _NotMerged(Exception):
    """The versions cannot be merged by entity: why, in the reader's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def write_result(
    path: Path, model: Model, header: str | None, comments: Comments | None = None
) -> None:
    """The merged file over OURS, canonical and atomic, with the comments people wrote."""
    write_atomic(path, canonical_text(model, header, comments).encode("utf-8"))


def _comments(base: Source | None, ours: Source, theirs: Source) -> Comments:
    """Each side's comments kept with their entities: a comment one side added or
    changed stays, one a side deleted goes (with its entity, when that went)."""
    before = base.comments if base is not None else Comments()
    return merged_comments(before, ours.comments, theirs.comments)


def _is_settings(ours: Path, sources: list[Source | None]) -> bool:
    """gathertui.toml by its name, else by its content: a plan has an `[event]` table
    (looked for as a line, not parsed: the files are parsed once, when loaded)."""
    if is_settings_file(ours):
        return True
    texts = [source.text for source in sources if source is not None]
    return not any(_EVENT_TABLE.search(text) for text in texts)


def _source(path: Path) -> Source | None:
    """The file as read; None when it is missing or empty (a file new on both sides)."""
    if not path.exists():
        return None
    try:
        source = read_source(path)
    except LoadError:
        return None  # not text: as good as no base
    return source if source.text.strip() else None


def _model(source: Source, settings: bool, lang: str) -> Model:
    try:
        return settings_from_source(source) if settings else plan_from_source(source)
    except LoadError as error:
        raise _NotMerged(error.problems[0].render(lang)) from None


def _merged(base: Source | None, ours: Source, theirs: Source, lang: str) -> Model:
    settings = _is_settings(ours.path, [ours, theirs, base])
    ours_model = _model(ours, settings, lang)
    theirs_model = _model(theirs, settings, lang)
    try:
        # A base that does not load (markers of an earlier merge) counts as no base.
        base_model = _model(base, settings, lang) if base is not None else None
    except _NotMerged:
        base_model = None
    try:
        if isinstance(ours_model, WorkspaceSettings):
            assert isinstance(theirs_model, WorkspaceSettings)
            assert base_model is None or isinstance(base_model, WorkspaceSettings)
            return merge_settings(base_model, ours_model, theirs_model)
        assert isinstance(theirs_model, Plan)
        assert base_model is None or isinstance(base_model, Plan)
        return merge_plans(base_model, ours_model, theirs_model)
    except MergeError as error:
        raise _NotMerged(one_line(str(error))) from None


def _say_conflicts(model: Model, lang: str) -> None:
    for conflict in model.conflicts:
        line = msg(
            "merge.conflict",
            path=one_line(conflict.path),
            ours=shown(conflict.ours),
            theirs=shown(conflict.theirs),
        )
        print(f"gathertui: {literal(line.render(lang))}", file=sys.stderr)


def _line_merge(base: Path, ours: Path, theirs: Path, lang: str, reason: str) -> int:
    """git's own merge of the lines, markers and all, over OURS; exit 1 (or 2)."""
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "base"
        empty.write_bytes(b"")
        ancestor = base if base.is_file() else empty
        files = [str(path.resolve()) for path in (ours, ancestor, theirs)]
        labels = ["-L", "ours", "-L", "base", "-L", "theirs"]
        result = run_git(["merge-file", "-p", *labels, *files], ours.resolve().parent)
    if result.returncode < 0 or result.returncode >= _MERGE_FILE_TROUBLE:
        say(lang, "merge.failed", reason=one_line(result.stderr) or result.returncode)
        return 2
    write_atomic(ours, result.stdout.encode("utf-8"))
    say(lang, "merge.by_lines", reason=reason)
    return 1


def merge_files(base: Path, ours: Path, theirs: Path, lang: str) -> int:
    try:
        ours_source = read_source(ours)
        theirs_source = read_source(theirs)
        base_source = _source(base)
    except UnreadableFile as error:
        say(lang, "cli.unreadable", path=error.path, reason=error.reason)
        return 2
    except LoadError as error:
        return _line_merge(base, ours, theirs, lang, error.problems[0].render(lang))
    try:
        model = _merged(base_source, ours_source, theirs_source, lang)
    except _NotMerged as error:
        return _line_merge(base, ours, theirs, lang, error.reason)
    comments = _comments(base_source, ours_source, theirs_source)
    write_result(ours, model, ours_source.header, comments)
    _say_conflicts(model, lang)
    return 1 if model.conflicts else 0


def run(args: argparse.Namespace) -> int:
    ours = Path(args.ours)
    lang = language_for(getattr(args, "lang", None), [ours])
    try:
        return merge_files(Path(args.base), ours, Path(args.theirs), lang)
    except Exception as error:
        # git shows a driver's output to a person: a sentence, never a traceback.
        say(lang, "merge.failed", reason=one_line(str(error)) or type(error).__name__)
        return 2
