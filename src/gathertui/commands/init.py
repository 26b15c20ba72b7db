"""`gathertui init [FOLDER]`: make a folder a workspace under git, or adopt one.

One line per thing done (on stderr, with the other messages for people), or "nothing to
do". Exit 0 done or nothing to do, 2 when it cannot be done (no git, a file in the
folder's place, git refusing).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gathertui.commands.common import language_for, say
from gathertui.vcs.setup import SetupError, set_up


def run(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    lang = language_for(getattr(args, "lang", None), [folder])
    try:
        outcome = set_up(folder)
    except SetupError as error:
        say(lang, error.message.key, **error.message.params)
        return 2
    for message in (*outcome.done, *outcome.notices):
        say(lang, message.key, **message.params)
    if not outcome.done:
        say(lang, "init.nothing_to_do", path=folder)
    return 0
