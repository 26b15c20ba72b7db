"""A plan's history in git: its commits, the file at each, and the plan each holds.

Renames are followed (`git log --follow`), so a plan renamed from `kunjungan.toml` to
`2024-05-22-kunjungan.toml` keeps its past; each version knows the file's name at its
commit, which is where `git show` finds its bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gathertui.i18n import Message, msg
from gathertui.model.plan import Plan
from gathertui.problems import Problem
from gathertui.storage.reader import LoadError, decode_source, plan_from_source
from gathertui.vcs import git
from gathertui.vcs.git import GitError, GitMissing, GitResult, last_words, repository_root, run_git

# One record a commit: a separator no name or subject holds, then the fields NUL apart;
# `--name-only -z` puts the file's name at that commit after the fields.
_RECORD = "\x1e"
_FORMAT = _RECORD + "%H%x00%an%x00%ae%x00%aI%x00%s%x00%P%x00"
_FIELDS = 6


class HistoryUnavailable(Exception):
    """The plan has no history to show: no git, or not in a repository. `reason` says
    which in the reader's language."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.render("en"))
        self.reason = reason


@dataclass(frozen=True)
class Version:
    """One commit that changed the plan."""

    commit: str
    author: str
    email: str
    # The author's date, with the author's offset from UTC.
    date: datetime
    subject: str
    # The file's path at this commit, from the repository's root, with `/` separators.
    name: str
    # The commit it was made on (its first parent); None for a repository's first.
    parent: str | None = None

    @property
    def short(self) -> str:
        return self.commit[:7]


@dataclass(frozen=True)
class VersionPlan:
    """The plan a version holds, or why it cannot be read (`plan` is None then)."""

    plan: Plan | None
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Where:
    """A plan file within its repository."""

    root: Path
    # From the root, with `/` separators, as git names it.
    name: str


def locate(path: Path) -> Where:
    """The repository of `path` and the file's name in it; raises HistoryUnavailable."""
    if git.git_executable() is None:
        raise HistoryUnavailable(msg("history.no_git"))
    absolute = path.resolve()
    root = repository_root(absolute)
    if root is None:
        raise HistoryUnavailable(msg("history.not_in_git", path=path.name))
    try:
        name = absolute.relative_to(root.resolve()).as_posix()
    except ValueError:
        raise HistoryUnavailable(msg("history.not_in_git", path=path.name)) from None
    return Where(root, name)


def _run(args: list[str], where: Where) -> GitResult:
    """git's answer, whatever its exit; no git or no answer becomes HistoryUnavailable."""
    try:
        return run_git(args, where.root)
    except GitMissing:
        raise HistoryUnavailable(msg("history.no_git")) from None
    except GitError as error:
        raise HistoryUnavailable(msg("history.git_failed", reason=error.reason)) from None


def _git(args: list[str], where: Where) -> str:
    """git's output; a failure (other than no commits yet) becomes HistoryUnavailable."""
    result = _run(args, where)
    if not result.ok:
        if _no_commits_yet(where):
            return ""
        raise HistoryUnavailable(msg("history.git_failed", reason=last_words(result)))
    return result.stdout


def _no_commits_yet(where: Where) -> bool:
    """A repository just made with `git init`: `git log` fails there, as HEAD is nothing."""
    return not _run(["rev-parse", "--verify", "--quiet", "HEAD"], where).ok


def plan_history(path: Path, limit: int | None = None) -> list[Version]:
    """The commits that changed the plan at `path`, newest first, through its renames;
    empty when it was never committed. Raises HistoryUnavailable."""
    where = locate(path)
    args = ["log", "--follow", "--no-show-signature", "--name-only", "-z", f"--format={_FORMAT}"]
    if limit is not None:
        args.append(f"-n{limit}")
    output = _git([*args, "--", where.name], where)
    versions: list[Version] = []
    # Newest first: a commit that names no file (a merge) has the name of the next.
    name = where.name
    for record in output.split(_RECORD)[1:]:
        fields = record.split("\x00")
        commit, author, email, when, subject, parents = fields[:_FIELDS]
        names = [n.strip("\n") for n in fields[_FIELDS:] if n.strip("\n")]
        name = names[0] if names else name
        date = datetime.fromisoformat(when)
        parent = parents.split()[0] if parents.split() else None
        versions.append(Version(commit, author, email, date, subject, name, parent))
    return versions


def version_bytes(path: Path, commit: str) -> bytes | None:
    """The plan's file as it was at `commit` (a hash or a name such as HEAD), under its
    name then; None when the plan was not in that commit. Raises HistoryUnavailable."""
    where = locate(path)
    found = _run(["rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}"], where)
    if not found.ok:
        return None
    resolved = found.stdout.strip()
    # A commit that changed the plan knows its name then; any other, the name it has now.
    names = {version.commit: version.name for version in plan_history(path)}
    return blob(where.root, resolved, names.get(resolved, where.name))


def blob(root: Path, commit: str, name: str) -> bytes | None:
    """The file `name` at `commit`, or None when that commit has no such file."""
    try:
        # cat-file, not show: the bytes as committed, never through a textconv filter.
        result = run_git(["cat-file", "blob", f"{commit}:{name}"], root)
    except GitError:
        return None
    if not result.ok:
        return None
    # run_git reads text as UTF-8, which gives a UTF-8 file back byte for byte; a plan
    # in another encoding is not valid anyway and is said so when read.
    return result.stdout.encode("utf-8")


def version_bytes_of(where: Where, version: Version) -> bytes | None:
    """The file at a version `plan_history` gave: its name then is known."""
    return blob(where.root, version.commit, version.name)


def before_bytes(where: Where, versions: list[Version], number: int) -> bytes | None:
    """The file as it was in the commit `versions[number]` was made on (its first
    parent), which is what that commit changed. In a history with merges this is not
    always the next version listed: two people's commits made side by side each
    changed what they started from. None: the commit made the file."""
    version = versions[number]
    if version.parent is None:
        return None
    # Its name there: the same, unless this commit renamed it (the next one's name).
    older = [versions[number + 1].name] if number + 1 < len(versions) else []
    for name in dict.fromkeys([version.name, *older]):
        raw = blob(where.root, version.parent, name)
        if raw is not None:
            return raw
    return None


def read_plan(path: Path, raw: bytes | None) -> VersionPlan:
    """The plan in `raw` (a version of the file at `path`), or the problems that keep it
    from loading; never raises for bad content."""
    if raw is None:
        return VersionPlan(None)
    try:
        return VersionPlan(plan_from_source(decode_source(path, raw)))
    except LoadError as error:
        return VersionPlan(None, tuple(error.problems))


def committed_bytes(path: Path) -> bytes | None:
    """The file as the last commit has it (None: not committed, or no commits yet).
    Raises HistoryUnavailable."""
    where = locate(path)
    return None if _no_commits_yet(where) else blob(where.root, "HEAD", where.name)
