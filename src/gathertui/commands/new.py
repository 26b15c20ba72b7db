"""`gathertui new FILE --template visit|media-gathering`: a new plan to edit."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from gathertui.commands.common import language_for, say
from gathertui.i18n.os_errors import os_reason
from gathertui.model.templates import new_plan
from gathertui.storage import write_new
from gathertui.storage.plan_names import plan_name_refused
from gathertui.storage.workspace import workspace_settings

DEFAULT_TITLES = {"visit": "Kunjungan Kerja", "media-gathering": "Media Gathering"}


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    lang = language_for(args.lang, [path])
    refused = plan_name_refused(path)
    if refused is not None:
        say(lang, refused, path=path)
        return 1
    if path.exists():
        say(lang, "cli.exists", path=path)
        return 1
    settings = workspace_settings(path.parent)
    plan = new_plan(
        args.template,
        title=args.title or DEFAULT_TITLES[args.template],
        day=args.date or date.today(),
        settings=settings,
    )
    try:
        write_new(path, plan)
    except FileExistsError:
        say(lang, "cli.exists", path=path)
        return 1
    except OSError as error:
        say(lang, "cli.write_failed", path=path, reason=os_reason(error))
        return 1
    say(lang, "cli.created", path=path)
    return 0
