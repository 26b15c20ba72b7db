"""`gathertui diff OLD NEW`: what changed between two versions of a plan, in words.

Exit 0 when the plans are the same, 1 when they differ, 2 when one cannot be read or is
not a valid plan (like diff). Git calls an external diff with seven arguments (path,
old-file, old-hex, old-mode, new-file, new-hex, new-mode); then the files compared are
the second and fifth, and a header line names the path.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gathertui.commands.common import language_for, open_plan_for_command, say
from gathertui.i18n import tr
from gathertui.planning.diff import plan_changes
from gathertui.planning.diff_words import describe_changes
from gathertui.text import literal

GIT_ARGUMENTS = 7


def run(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    requested = getattr(args, "lang", None)
    if len(files) == GIT_ARGUMENTS:
        header: str | None = files[0]
        old_path, new_path = Path(files[1]), Path(files[4])
        # Git's copies are temporary files; the workspace is where the plan lives.
        lang = language_for(requested, [Path(files[0])])
    elif len(files) == 2:
        header = None
        old_path, new_path = Path(files[0]), Path(files[1])
        lang = language_for(requested, [new_path])
    else:
        say(language_for(requested, []), "diff.usage")
        return 2
    plans = []
    for path in (old_path, new_path):
        # Any trouble has been said on stderr, with file, line and column; it is exit 2.
        opened = open_plan_for_command(path, lang, missing=2)
        if isinstance(opened, int):
            return 2
        plans.append(opened[0].model)
    old, new = plans
    changes = plan_changes(old, new)
    if not changes:
        return 0
    if header is not None:
        print(tr("diff.header", lang, path=literal(header)))
    for heading, lines in describe_changes(changes, old, new, lang):
        print(f"{heading}:")
        for line in lines:
            print(f"  {literal(line)}")
    return 1
