"""Saving a plan, and the questions around it, each asked here once.

The plan screen saves with `SavingMixin`: a file changed on disk since it was read, a new
name to save as. The workspace screen's duplicate asks for a name as save-as does, and the
app asks before quitting with edits unsaved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, work
from textual.screen import Screen
from textual.widget import Widget

from gathertui.i18n.os_errors import os_reason
from gathertui.storage import ChangedOnDisk, LoadError, UnreadableFile
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.text import said, t

if TYPE_CHECKING:
    from gathertui.session import PlanSession


def copy_name(path: Path) -> Path:
    """The name offered for a copy of `path`: beside it, "-salinan" ("copy") added."""
    return path.with_name(path.stem + "-salinan.toml")


async def ask_copy_name(screen: Widget, question_key: str, path: Path) -> str | None:
    """The name for a copy of `path` as typed, `copy_name` offered; None if cancelled.

    The bare name is offered, which `beside` puts beside the plan: `path` may be relative
    to where the app started ("plans/…"), and would then point into plans/plans/."""
    offered = copy_name(path).name
    name = await screen.app.push_screen_wait(AskText(t(screen, question_key), offered))
    return name or None


def beside(path: Path, name: str) -> Path:
    """Where the name typed for a copy of `path` points."""
    target = Path(name)
    # A bare name means beside the plan, not wherever the app was started.
    return target if target.is_absolute() else path.parent / target


def say_exists(node: Widget, name: str) -> None:
    node.notify(markup=False, message=t(node, "ui.exists", path=name), severity="error")


def copy_refused(folder: Path, target: Path) -> str | None:
    """The key of the sentence refusing `target` as a copy of a plan in `folder`: a copy
    is a plan of the workspace, so `*.toml`, in its folder, not its settings file."""
    from gathertui.storage.plan_names import inside, plan_name_refused

    refused = plan_name_refused(target)
    if refused is None and not inside(folder, target):
        return "ui.copy_outside"
    return refused


def say_failed(node: Widget, key: str, error: OSError) -> None:
    """An operation on a file the system refused: `key`'s sentence, with the reason."""
    node.notify(markup=False, message=t(node, key, reason=os_reason(error)), severity="error")


def say_save_failed(node: Widget, error: OSError, timeout: float | None = None) -> None:
    node.notify(
        markup=False,
        message=t(node, "ui.save_failed", reason=os_reason(error)),
        severity="error",
        timeout=timeout,
    )


def keep_recovery_copy(node: Widget, session: PlanSession, *, quiet: bool = False) -> bool:
    """Keeps `session`'s recovery copy; whether it was written. A state folder that cannot
    take it (read-only, a file, a full disk) is said, unless `quiet`: the edit stays in
    the session, to be saved."""
    try:
        session.keep_recovery_copy()
    except OSError as error:
        if not quiet:
            message = t(node, "ui.recovery_failed", reason=os_reason(error))
            node.notify(markup=False, message=message, severity="warning", timeout=10)
        return False
    return True


def ask_before_quitting(app: GathertuiApp, unsaved: list[PlanSession]) -> None:
    """Quits if the person says so; their edits stay in the recovery copies."""
    names = ", ".join(s.path.name for s in unsaved)

    def answered(answer: str | None) -> None:
        if answer == "quit":
            # The recovery copies stay, so even this choice can be taken back; when one
            # cannot be written (said why), quitting would lose the edits: asked again.
            kept = [keep_recovery_copy(app.screen, session) for session in unsaved]
            if all(kept):
                app.exit()
            else:
                app.push_screen(
                    Choice(t(app, "ui.quit_loses", names=names), answers, "cancel"), lost
                )

    def lost(answer: str | None) -> None:
        if answer == "quit":
            app.exit()

    answers = [("quit", t(app, "ui.quit_anyway")), ("cancel", t(app, "ui.cancel"))]
    app.push_screen(Choice(t(app, "ui.unsaved", names=names), answers, "cancel"), answered)


class SavingMixin(Screen[None]):
    """Saves the screen's session: ctrl+s, and the questions a save can raise."""

    app = getters.app(GathertuiApp)
    session: PlanSession

    def refresh_views(self) -> None:
        raise NotImplementedError

    def action_save(self, overwrite: bool = False) -> None:
        try:
            self.session.save(overwrite=overwrite)
        except ChangedOnDisk:
            self._changed_on_disk()
            return
        except OSError as error:
            say_save_failed(self, error, timeout=10)
            return
        self.app.workspace.saved(self.session.path)
        self.notify(markup=False, message=t(self, "ui.saved", path=str(self.session.path)))
        self.refresh_views()
        self.app.refresh_workspace()

    def _changed_on_disk(self) -> None:
        question = t(self, "ui.changed_on_disk", path=str(self.session.path))

        def answered(answer: str | None) -> None:
            if answer == "reload":
                try:
                    self.session.reload()
                except UnreadableFile as error:
                    # Deleted or unreadable now: the edits stay, to be saved elsewhere.
                    message = t(self, "ui.reload_failed", reason=said(self, error.reason))
                    self.notify(markup=False, message=message, severity="error")
                    return
                except LoadError as error:
                    self.notify(
                        markup=False,
                        message=said(self, error.problems[0].message),
                        severity="error",
                    )
                    return
                self.app.workspace.reloaded(self.session.path)
                self.refresh_views()
            elif answer == "overwrite":
                self.action_save(overwrite=True)
            elif answer == "save-as":
                self._save_as()

        answers = [
            ("reload", t(self, "ui.reload")),
            ("overwrite", t(self, "ui.overwrite")),
            ("save-as", t(self, "ui.save_as")),
            ("cancel", t(self, "ui.cancel")),
        ]
        self.app.push_screen(Choice(question, answers, "cancel"), answered)

    @work
    async def _save_as(self) -> None:
        name = await ask_copy_name(self, "ui.save_as_question", self.session.path)
        if name is None:
            return
        target = beside(self.session.path, name)
        old_path = self.session.path
        try:
            self.session.save_as(target)
        except FileExistsError:
            say_exists(self, name)
            return
        except OSError as error:
            say_save_failed(self, error)
            return
        # The session now edits the new file; the original opens afresh from its own file.
        self.app.workspace.saved_as(old_path, target)
        self.notify(markup=False, message=t(self, "ui.saved", path=str(target)))
        self.refresh_views()
        self.app.refresh_workspace()
