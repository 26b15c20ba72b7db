"""Where a workspace folder stands in git, in two quick local calls (no network).

`git rev-parse` finds the repository and its git folder (a merge in progress leaves
MERGE_HEAD there); `git status --porcelain=v2 --branch` gives the commits to send and to
receive against the upstream as last fetched, and the files that differ from the last
commit. Only the workspace's own files count: the `*.toml` of the folder itself, as the
app reads them, the `.gitattributes` and `.gitignore` that `gathertui init` writes there
(a clone merges plans by them), and the letterhead's logo when it lies in the folder.
Imports no model: the app computes this while the workspace loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from gathertui.glance import settings_table
from gathertui.i18n import tr
from gathertui.vcs.git import GitError, run_git

# The workspace's files, the folder's own: `glob` magic keeps `*` from crossing a "/".
WORKSPACE_FILES = (":(glob)*.toml", ":(literal).gitattributes", ":(literal).gitignore")
STATUS = ["status", "--porcelain=v2", "--branch", "-z", "--untracked-files=all"]
CONFLICT_TABLE = b"[[conflicts]]"
CONFLICT_MARKER = b"<<<<<<< "


@dataclass(frozen=True)
class SyncStatus:
    """`changed`: workspace files that differ from the last commit (new, edited, deleted);
    `unmerged`: files git could not merge; `conflicted`: those, and files holding
    `[[conflicts]]` entries or git's conflict markers; `ahead`/`behind`: commits to send
    and to receive."""

    repository: bool = False
    committed: bool = False
    git_dir: Path | None = None
    branch: str | None = None
    upstream: str | None = None
    ahead: int = 0
    behind: int = 0
    changed: tuple[Path, ...] = ()
    unmerged: tuple[Path, ...] = ()
    conflicted: tuple[Path, ...] = ()
    merging: bool = False

    @property
    def conflict(self) -> bool:
        return self.merging or bool(self.conflicted)


def has_git_folder(folder: Path) -> bool:
    """Whether `folder` or a folder above it holds `.git`: no subprocess, so a folder
    outside any repository costs nothing (and runs no git) at all."""
    start = folder.resolve()
    return any((parent / ".git").exists() for parent in (start, *start.parents))


def workspace_files(folder: Path) -> list[str]:
    """Pathspecs, from `folder`, of the files a sync records: see the module's text."""
    found = list(WORKSPACE_FILES)
    # The glance's reading: a pipe or a file nested a thousand deep is no settings.
    organization = settings_table(folder).get("organization")
    logo = organization.get("logo") if isinstance(organization, dict) else None
    if isinstance(logo, str) and logo:
        where = PurePosixPath(logo.replace("\\", "/"))
        # Only a file of the folder itself: a logo elsewhere is not the workspace's.
        if not where.is_absolute() and len(where.parts) == 1 and where.parts[0] != "..":
            found.append(f":(literal){where}")
    return found


def unsettled(path: Path) -> bool:
    """Whether the file still holds a merge's conflicts: `[[conflicts]]` entries (from
    gathertui's merge driver) or git's own markers (from a line merge)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(
        line.startswith(CONFLICT_TABLE) or line.startswith(CONFLICT_MARKER)
        for line in data.splitlines()
    )


def _records(output: str) -> list[str]:
    """`-z` output as records; a rename's second path (its own NUL field) folded in."""
    fields = output.split("\0")
    records: list[str] = []
    skip = False
    for field in fields:
        if skip:
            skip = False
            continue
        if field:
            records.append(field)
            skip = field.startswith("2 ")
    return records


def sync_status(folder: Path) -> SyncStatus:
    """Where `folder` stands; `SyncStatus()` (not a repository) when git is missing or
    the folder is in no repository."""
    if not has_git_folder(folder):
        return SyncStatus()
    try:
        where = run_git(["rev-parse", "--absolute-git-dir", "--show-toplevel"], folder)
        if not where.ok:
            return SyncStatus()
        git_dir, top = (Path(line) for line in where.stdout.splitlines()[:2])
        status = run_git(
            [*STATUS, "--", *workspace_files(folder)],
            folder,
        )
    except (GitError, ValueError):
        return SyncStatus()
    if not status.ok:
        return SyncStatus()
    return _parse(folder.resolve(), top, git_dir, status.stdout)


def _parse(folder: Path, top: Path, git_dir: Path, output: str) -> SyncStatus:
    committed, branch, upstream, ahead, behind = True, None, None, 0, 0
    changed: list[Path] = []
    unmerged: list[Path] = []
    for record in _records(output):
        if record.startswith("# "):
            name, _, value = record[2:].partition(" ")
            if name == "branch.oid":
                committed = value != "(initial)"
            elif name == "branch.head" and value != "(detached)":
                branch = value
            elif name == "branch.upstream":
                upstream = value
            elif name == "branch.ab":
                plus, minus = value.split()
                ahead, behind = int(plus), -int(minus)
            continue
        kind = record[0]
        relative = record.split(" ", {"1": 8, "2": 9, "u": 10, "?": 1}.get(kind, 1))[-1]
        path = top / relative
        if kind == "u":
            unmerged.append(path)
        elif kind in "12?":
            changed.append(path)
    # Unmerged files, and plans whose conflicts were committed or are being settled.
    plans = [path for path in sorted(folder.glob("*.toml")) if path.is_file()]
    conflicted = sorted({*unmerged, *(path for path in plans if unsettled(path))})
    return SyncStatus(
        repository=True,
        committed=committed,
        git_dir=git_dir,
        branch=branch,
        upstream=upstream,
        ahead=ahead,
        behind=behind,
        changed=tuple(changed),
        unmerged=tuple(unmerged),
        conflicted=tuple(conflicted),
        merging=(git_dir / "MERGE_HEAD").exists(),
    )


def status_phrase(status: SyncStatus, lang: str) -> str:
    """One short phrase for a header: "✓ saved in git", "2 files not yet recorded",
    "3 to send · 1 to receive", "conflict"; "" outside git."""
    if not status.repository:
        return ""
    if status.conflict:
        return tr("sync.status.conflict", lang)
    parts = []
    if status.changed:
        parts.append(tr("sync.status.changed", lang, count=len(status.changed)))
    elif not status.committed:
        parts.append(tr("sync.status.no_commits", lang))
    if status.ahead:
        parts.append(tr("sync.status.ahead", lang, count=status.ahead))
    if status.behind:
        parts.append(tr("sync.status.behind", lang, count=status.behind))
    return " · ".join(parts) or tr("sync.status.saved", lang)
