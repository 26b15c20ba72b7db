"""A dialog answered before it is mounted: a key typed at once (Enter, Esc) closed it,
and its mount handler then looked for widgets that were gone (NoMatches ended the app,
seen by the monkey on a loaded machine)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.app import App

import gathertui.tui
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.dialog import Dialog


class Host(App[None]):
    pass


async def test_a_choice_dismissed_before_it_mounts_does_not_end_the_app() -> None:
    app = Host()
    async with app.run_test() as pilot:
        choice = Choice("?", [("yes", "Ya"), ("cancel", "Batal")], "cancel")
        app.push_screen(choice)
        choice.dismiss("cancel")
        await pilot.pause()
        await pilot.pause()
    assert app._exception is None


def test_every_dialog_that_prepares_itself_at_mount_asks_whether_it_was_answered() -> None:
    unguarded = []
    for info in pkgutil.walk_packages(gathertui.tui.__path__, "gathertui.tui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, Dialog)):
                continue
            if cls.__module__ != module.__name__ or "on_mount" not in vars(cls):
                continue
            if "self.answered" not in inspect.getsource(vars(cls)["on_mount"]):
                unguarded.append(f"{cls.__module__}.{cls.__name__}")
    assert unguarded == []
