"""Running `git`: never through a shell, never waiting on a prompt, never forever.

Every call has a timeout (a push to an unreachable server must not hang the app), asks
git not to prompt for credentials on the terminal (the app owns the terminal), and reads
git's output as UTF-8 whatever the system's code page is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

# Local commands answer in milliseconds; a network one gets longer.
LOCAL_TIMEOUT = 20.0
NETWORK_TIMEOUT = 60.0


class GitError(Exception):
    """git could not do what was asked: `reason` is git's own last words, or ours."""

    def __init__(self, args: list[str], reason: str) -> None:
        super().__init__(f"git {' '.join(args)}: {reason}")
        self.args_ = args
        self.reason = reason


class GitMissing(GitError):
    """No `git` on the PATH."""


class GitTimeout(GitError):
    """git did not finish in time (a network without answer, a lock held elsewhere)."""


class GitCancelled(GitError):
    """The person stopped the command (Esc on a sync that waits on the network)."""


# How often a cancellable command looks whether it was cancelled.
_POLL_SECONDS = 0.1


@dataclass(frozen=True)
class GitResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def git_executable() -> str | None:
    return shutil.which("git")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # No username/password prompt on the terminal the app draws on; a credential helper
    # (the OS keychain, Git Credential Manager on Windows) still answers.
    env["GIT_TERMINAL_PROMPT"] = "0"
    # ssh would ask "continue connecting (yes/no)?" on an unknown host: fail instead.
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    # No editor for merge commit messages: the message is given.
    env["GIT_EDITOR"] = "true" if os.name != "nt" else "cmd /c exit 0"
    env["GIT_MERGE_AUTOEDIT"] = "no"
    # `git status` refreshes the index when it can, holding index.lock while it does:
    # the header's status, run in the background, would make a sync's `git add` (or the
    # person's own git in a terminal) fail with "index.lock: File exists".
    env["GIT_OPTIONAL_LOCKS"] = "0"
    return env


def run_git(
    args: list[str],
    cwd: Path,
    *,
    timeout: float = LOCAL_TIMEOUT,
    input_text: str | None = None,
    check: bool = False,
    cancel: threading.Event | None = None,
) -> GitResult:
    """`git ARGS` in `cwd`; raises GitMissing, GitTimeout, GitCancelled when `cancel` is
    set while it runs, or GitError when `check` and git fails. Output is decoded as UTF-8
    with replacement, never raising on bytes."""
    executable = git_executable()
    if executable is None:
        raise GitMissing(args, "git is not installed or not on the PATH")
    data = None if input_text is None else input_text.encode("utf-8")
    try:
        process = subprocess.Popen(
            [executable, *args],
            cwd=cwd,
            stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
            # Its own process group, so that stopping it stops what it started too (ssh,
            # a credential helper), which would otherwise hold its output open.
            start_new_session=os.name != "nt",
        )
    except OSError as error:
        raise GitError(args, str(error)) from None
    stdout, stderr = _wait(process, args, data, timeout, cancel)
    result = GitResult(
        process.returncode,
        stdout.decode("utf-8", "replace"),
        stderr.decode("utf-8", "replace"),
    )
    if check and not result.ok:
        raise GitError(args, last_words(result))
    return result


def _wait(
    process: subprocess.Popen[bytes],
    args: list[str],
    data: bytes | None,
    timeout: float,
    cancel: threading.Event | None,
) -> tuple[bytes, bytes]:
    """The process's output once it ends; killed (and waited for) when it outlives
    `timeout` or `cancel` is set. Without `cancel`, one wait for the whole timeout."""
    deadline = time.monotonic() + timeout
    step = timeout if cancel is None else _POLL_SECONDS
    while True:
        try:
            return process.communicate(data, timeout=min(step, max(deadline - time.monotonic(), 0)))
        except subprocess.TimeoutExpired:
            data = None  # already written: communicate keeps what it sent
            cancelled = cancel is not None and cancel.is_set()
            if not cancelled and time.monotonic() < deadline:
                continue
            _stop(process)
            if cancelled:
                raise GitCancelled(args, "cancelled") from None
            raise GitTimeout(args, f"no answer within {timeout:g} s") from None


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ends the process and whatever it started, and waits for it."""
    if os.name != "nt":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()
    try:
        process.communicate(timeout=_POLL_SECONDS * 10)
    except subprocess.TimeoutExpired:
        # A grandchild outside the group still holds the pipes: leave them to it.
        process.wait()


def last_words(result: GitResult) -> str:
    """git's message for a failure: its last non-empty line of stderr (or stdout)."""
    for text in (result.stderr, result.stdout):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if lines:
            return lines[-1]
    return f"exit {result.returncode}"


def repository_root(path: Path) -> Path | None:
    """The top folder of the git work tree `path` is in, or None (no git, no repository)."""
    folder = path if path.is_dir() else path.parent
    try:
        result = run_git(["rev-parse", "--show-toplevel"], folder)
    except GitError:
        return None
    if not result.ok:
        return None
    return Path(result.stdout.strip())
