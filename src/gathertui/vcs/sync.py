"""Sync for people who do not know git: record the saved plans, receive, send.

`sync` commits the workspace's changed files with a message in words (`message.py`),
pulls with a merge (which honours gathertui's merge driver where `gathertui init` set it
up), and pushes. It never runs a command that throws work away: no reset, no force
push, no checkout over local files, no stash. A merge that stops with conflicts is left
in progress for the person to settle in the app; the next sync commits it. Every network
step has a timeout and can be cancelled; a local commit is kept whatever the network
does.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from gathertui.i18n import tr
from gathertui.vcs.git import (
    LOCAL_TIMEOUT,
    NETWORK_TIMEOUT,
    GitCancelled,
    GitError,
    GitResult,
    GitTimeout,
    last_words,
    run_git,
)
from gathertui.vcs.message import commit_message
from gathertui.vcs.status import (
    SyncStatus,
    has_git_folder,
    status_phrase,
    sync_status,
    unsettled,
)

__all__ = [
    "SyncResult",
    "SyncStatus",
    "commit_message",
    "identity_known",
    "set_identity",
    "status_phrase",
    "sync",
    "sync_status",
]

Step = Literal["commit", "pull", "push"]
Outcome = Literal[
    "done",  # everything that could be done was: committed, received, sent
    "local",  # committed, no remote to send to
    "identity",  # git has no name and email to sign the commit with
    "not_repository",
    "conflicts",  # a merge waits for the person to settle its conflicts
    "failed",  # `problem` says what; what was committed stays committed
]
Problem = Literal["commit", "server", "timeout", "cancelled", "git"]
PROBLEM_KEYS: dict[Problem, str] = {
    "commit": "sync.problem.commit",
    "server": "sync.problem.server",
    "timeout": "sync.problem.timeout",
    "cancelled": "sync.problem.cancelled",
    "git": "sync.problem.git",
}
OUTCOME_KEYS: dict[Outcome, str] = {
    "local": "sync.said.no_remote",
    "identity": "sync.said.identity",
    "not_repository": "sync.said.not_repository",
}


@dataclass(frozen=True)
class SyncResult:
    outcome: Outcome
    committed: int = 0
    received: int = 0
    sent: bool = False
    conflicted: tuple[Path, ...] = ()
    problem: Problem | None = None
    reason: str = ""  # git's own last words, for a failure
    files: tuple[Path, ...] = field(default=())  # the files committed

    def sentence(self, lang: str) -> str:
        """What happened, as one notification says it."""
        done = []
        if self.committed:
            done.append(tr("sync.said.committed", lang, count=self.committed))
        if self.received:
            done.append(tr("sync.said.received", lang, count=self.received))
        if self.sent:
            done.append(tr("sync.said.sent", lang))
        parts = [" ".join(done)] if done else []
        if self.outcome == "done" and not done:
            parts.append(tr("sync.said.up_to_date", lang))
        elif self.outcome in OUTCOME_KEYS:
            parts.append(tr(OUTCOME_KEYS[self.outcome], lang))
        elif self.outcome == "conflicts":
            names = ", ".join(path.name for path in self.conflicted)
            parts.append(tr("sync.said.conflicts", lang, files=names or "?"))
        elif self.outcome == "failed":
            parts.append(tr(PROBLEM_KEYS[self.problem or "git"], lang, reason=self.reason))
        return " ".join(parts)


def reason(result: GitResult) -> str:
    """git's own account of a failure: its first "error:" or "fatal:" line (the lines
    after it are often advice, or "Aborting"), else its last words."""
    for line in result.stderr.splitlines():
        if line.startswith(("error: ", "fatal: ")):
            return line.partition(": ")[2].strip()
    return last_words(result)


class _Stop(Exception):
    """Ends a sync early with its result."""

    def __init__(self, result: SyncResult) -> None:
        super().__init__(result.outcome)
        self.result = result


def identity_known(folder: Path) -> bool:
    """Whether git has a name and an email to sign commits with: from the environment
    or any level of git config (the person's own, or this repository's)."""
    found = {
        name
        for name, variable in (("name", "GIT_AUTHOR_NAME"), ("email", "GIT_AUTHOR_EMAIL"))
        if os.environ.get(variable)
    }
    for key in ("name", "email"):
        if key not in found and run_git(["config", "--get", f"user.{key}"], folder).stdout.strip():
            found.add(key)
    return found == {"name", "email"}


def set_identity(folder: Path, name: str, email: str) -> None:
    """Stores the person's name and email in this repository's config only."""
    run_git(["config", "--local", "user.name", name], folder, check=True)
    run_git(["config", "--local", "user.email", email], folder, check=True)


class _Sync:
    def __init__(
        self,
        folder: Path,
        lang: str,
        on_step: Callable[[Step], None] | None,
        cancel: threading.Event | None,
    ) -> None:
        self.folder = folder
        self.lang = lang
        self.on_step = on_step or (lambda step: None)
        self.cancel = cancel
        self.committed: tuple[Path, ...] = ()
        self.received = 0
        self.sent = False

    def result(
        self,
        outcome: Outcome,
        conflicted: tuple[Path, ...] = (),
        problem: Problem | None = None,
        reason: str = "",
    ) -> SyncResult:
        return SyncResult(
            outcome,
            committed=len(self.committed),
            received=self.received,
            sent=self.sent,
            conflicted=conflicted,
            problem=problem,
            reason=reason,
            files=self.committed,
        )

    def fail(self, problem: Problem, reason: str) -> _Stop:
        return _Stop(self.result("failed", problem=problem, reason=reason))

    def git(
        self, args: list[str], *, network: bool = False, slow: bool = False, text: str | None = None
    ) -> GitResult:
        """`git ARGS`; a network step can be cancelled, and it and a `slow` one get the
        network's timeout."""
        timeout = NETWORK_TIMEOUT if network or slow else LOCAL_TIMEOUT
        cancel = self.cancel if network else None
        try:
            return run_git(args, self.folder, timeout=timeout, cancel=cancel, input_text=text)
        except GitCancelled:
            raise self.fail("cancelled", "") from None
        except GitTimeout as error:
            raise self.fail("timeout", error.reason) from None
        except GitError as error:
            raise self.fail("git", error.reason) from None

    # The steps

    def run(self) -> SyncResult:
        status = sync_status(self.folder)
        if not status.repository:
            return self.result("not_repository")
        if status.merging or status.conflicted:
            self.finish_merge(status)
        elif status.changed:
            self.commit(status)
        remotes = self.git(["remote"]).stdout.split()
        if not remotes:
            return self.result("local")
        if status.upstream is None:
            self.first_push(status, remotes)
        else:
            self.pull([])
            self.push([])
        return self.result("done")

    def check_identity(self) -> None:
        if not identity_known(self.folder):
            raise _Stop(self.result("identity"))

    def commit(self, status: SyncStatus) -> None:
        self.check_identity()
        self.on_step("commit")
        files = list(status.changed)
        names = [f"./{path.name}" for path in files]
        self.add(names)
        message = self.message(files)
        done = self.git(["commit", "-q", "-F", "-", "--", *names], text=message)
        if not done.ok:
            # A hook (`gathertui check` on the staged plans) or git itself said no.
            raise self.fail("commit", reason(done))
        self.committed = tuple(files)

    def message(self, files: list[Path]) -> str:
        """The commit's message in words; if describing the changes fails, the files'
        names: recording them matters more than the words."""
        try:
            return commit_message(self.folder, files, self.lang)
        except Exception:  # a plan the diff cannot follow must not stop the commit
            names = ", ".join(path.name for path in files)
            return f"{names}: {tr('sync.msg.changed_file', self.lang)}"

    def add(self, names: list[str]) -> None:
        added = self.git(["add", "--", *names])
        if not added.ok:
            raise self.fail("commit", reason(added))

    def finish_merge(self, status: SyncStatus) -> None:
        """A merge the last sync left: committed once every conflict is settled (no
        `[[conflicts]]` entries, no markers), else the person is sent back to them."""
        waiting = tuple(path for path in status.conflicted if unsettled(path))
        if waiting or not status.merging:
            raise _Stop(self.result("conflicts", conflicted=waiting or status.conflicted))
        self.check_identity()
        self.on_step("commit")
        files = list(dict.fromkeys([*status.unmerged, *status.changed]))
        if files:
            self.add([f"./{path.name}" for path in files])
        done = self.git(["commit", "-q", "--no-edit"])
        if not done.ok:
            raise self.fail("commit", reason(done))
        self.committed = tuple(files)

    def pull(self, where: list[str]) -> None:
        """`git pull --no-rebase` in its two halves, so a failure is told for what it is:
        fetching (the server) or merging (here; a merge with conflicts is left in
        progress). `where`: a remote and branch; none, the branch's upstream."""
        self.on_step("pull")
        fetched = self.git(["fetch", *where], network=True)
        if not fetched.ok:
            raise self.fail("server", reason(fetched))
        before = self.git(["rev-parse", "-q", "--verify", "HEAD"]).stdout.strip()
        message = tr("sync.msg.merge", self.lang)
        # The merge runs gathertui's merge driver where set up: a large plan takes a
        # moment, so it gets the network's time.
        merged = self.git(
            ["merge", "--no-edit", "-m", message, "FETCH_HEAD" if where else "@{upstream}"],
            slow=True,
        )
        if before:
            counted = self.git(["rev-list", "--count", "--no-merges", f"{before}..HEAD"])
            self.received += int(counted.stdout.strip() or 0)
        if merged.ok:
            return
        after = sync_status(self.folder)
        if after.merging or after.unmerged:
            # Left as git left it, for the person to settle in the app.
            raise _Stop(self.result("conflicts", conflicted=after.conflicted or after.unmerged))
        raise self.fail("git", reason(merged))

    def push(self, args: list[str], again: bool = True) -> None:
        self.on_step("push")
        pushed = self.git(["push", "--porcelain", *args], network=True)
        lines = pushed.stdout.splitlines()
        if pushed.ok:
            # A pushed ref's line starts with " " (fast-forward) or "*" (new); "=" is
            # one already up to date.
            self.sent = any(line[:1] in (" ", "*") and "\t" in line for line in lines)
            return
        rejected = any(line.startswith("!") and "[rejected]" in line for line in lines)
        if rejected and again:
            # Someone sent theirs meanwhile: receive it, then send once more.
            self.pull([])
            self.push(args, again=False)
            return
        raise self.fail("server", reason(pushed))

    def first_push(self, status: SyncStatus, remotes: list[str]) -> None:
        """A branch never sent: sent to `origin` (or the only remote) under its name, and
        tracked from now on."""
        if not status.committed and not self.committed:
            return  # nothing to send yet
        remote = "origin" if "origin" in remotes else remotes[0]
        branch = status.branch or "HEAD"
        self.on_step("push")
        pushed = self.git(["push", "--porcelain", "-u", remote, "HEAD"], network=True)
        if pushed.ok:
            self.sent = True
            return
        if any(line.startswith("!") for line in pushed.stdout.splitlines()):
            # The server has the branch already, from someone else: receive, then send.
            self.pull([remote, branch])
            self.push(["-u", remote, "HEAD"], again=False)
            return
        raise self.fail("server", reason(pushed))


def sync(
    folder: Path,
    lang: str,
    on_step: Callable[[Step], None] | None = None,
    cancel: threading.Event | None = None,
) -> SyncResult:
    """Records, receives and sends the workspace's saved files; see the module's text.
    `on_step` hears each step as it starts; setting `cancel` stops a network step."""
    if not has_git_folder(folder):
        return SyncResult("not_repository")
    work = _Sync(folder, lang, on_step, cancel)
    try:
        return work.run()
    except _Stop as stop:
        return stop.result
