"""The app's Sync: refused while a plan has unsaved edits, the name and email asked once,
git run in a thread with a notice per step, one notification at the end.

Nothing here saves a plan: what is recorded is what the files hold. The sync's git calls
have timeouts, and Esc on the workspace screen stops a sync waiting on the network.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from gathertui.tui.text import t

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from gathertui.tui.app import GathertuiApp
    from gathertui.vcs.sync import Step, SyncResult

STEP_KEYS: dict[str, str] = {
    "commit": "sync.step.commit",
    "pull": "sync.step.pull",
    "push": "sync.step.push",
}
# How long the final notification stays: long enough to read a failure's reason.
SAID_SECONDS = 12


def start_sync(app: GathertuiApp) -> None:
    unsaved = [session.path.name for session in app.sessions.values() if session.dirty]
    if unsaved:
        app.notify(
            t(app, "sync.save_first", names=", ".join(unsaved)), markup=False, severity="warning"
        )
        return
    if app.sync_cancel is not None:
        app.notify(t(app, "sync.running"), markup=False)
        return
    cancel = threading.Event()
    app.sync_cancel = cancel
    app.run_worker(_sync(app, cancel), group="sync")


async def _run(app: GathertuiApp, cancel: threading.Event) -> SyncResult:
    from gathertui.vcs.sync import sync

    def step(name: Step) -> None:
        app.call_from_thread(_say_step, app, name)

    return await asyncio.to_thread(sync, app.folder, app.lang, step, cancel)


def _say_step(app: GathertuiApp, name: Step) -> None:
    from gathertui.tui.screens.workspace import WorkspaceScreen

    text = t(app, STEP_KEYS[name])
    if isinstance(app.screen, WorkspaceScreen):  # where Esc stops it
        text += f" ({t(app, 'sync.esc_stops')})"
    app.notify(text, markup=False, timeout=4)


async def _sync(app: GathertuiApp, cancel: threading.Event) -> None:
    from gathertui.tui.modals.identity_form import IdentityForm
    from gathertui.vcs.git import GitError
    from gathertui.vcs.sync import SyncResult, set_identity

    try:
        result = await _run(app, cancel)
        if result.outcome == "identity":
            identity = await app.push_screen_wait(IdentityForm())
            if identity is not None:
                try:
                    await asyncio.to_thread(set_identity, app.folder, *identity)
                except GitError as error:
                    result = SyncResult("failed", problem="git", reason=error.reason)
                else:
                    result = await _run(app, cancel)
    except asyncio.CancelledError:
        cancel.set()  # the app is closing: git stops too, keeping what it recorded
        raise
    finally:
        app.sync_cancel = None
    _said(app, result)
    # A pull changes files: the list, an open plan and the status are read again.
    app.refresh_workspace(reread=True)
    refresh = getattr(app.screen, "refresh_views", None)
    if callable(refresh):
        refresh()
    if result.outcome == "conflicts" and result.conflicted:
        # By the name the workspace knows it by (its folder as the app was given it).
        app.open_plan(app.folder / result.conflicted[0].name)


def _said(app: GathertuiApp, result: SyncResult) -> None:
    severities: dict[str, SeverityLevel] = {
        "failed": "error",
        "conflicts": "warning",
        "identity": "warning",
    }
    app.notify(
        result.sentence(app.lang),
        markup=False,
        severity=severities.get(result.outcome, "information"),
        timeout=SAID_SECONDS,
    )
