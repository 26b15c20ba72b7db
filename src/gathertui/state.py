"""The one owner of a workspace's state: its files as read, the plans open for editing,
and the problems derived from both.

Every reader asks here: the workspace list and its counts, a plan's overview, the
calendar, `gathertui check`. So the app and `check` show the same problems, counted the
same way, and a save in one screen is seen by every other. The effective plan of a file
is the one open for editing if there is one, else the file as read.

Problems are derived lazily and kept until something they depend on changes: a plan's
own edit, save or reload, or an edit of a plan it may clash with (one sharing a day, a
day either side), or the settings. Lines are found last, in the text a person sees.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from gathertui.glance import SETTINGS_FILE, plan_paths
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.checks import plan_checks, workspace_checks
from gathertui.planning.context import FilePlan
from gathertui.planning.silence import audible
from gathertui.problems import Problem, counted
from gathertui.progress import Progress, tracked
from gathertui.storage.locate import SourceIndex, place
from gathertui.storage.logo import logo_problems
from gathertui.storage.reader import Loaded, LoadError, UnreadableFile
from gathertui.storage.workspace import (
    PlanFile,
    SettingsFile,
    read_plan_file,
    read_settings_file,
    settings_of,
    stamp,
)

if TYPE_CHECKING:
    # Editing (undo, recovery copies, the instance lock) is imported when a plan is first
    # opened for it: `gathertui check` never edits, and starts faster without it.
    from gathertui.session import PlanSession

# Plans whose days, widened by this much, do not meet cannot clash: an item may run
# past midnight, and zones differ by hours (as `planning.conflicts` compares them).
_MARGIN = timedelta(days=1)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a whole workspace is read or checked: what is
    made then is kept (the plans) or has no cycles to find (the problems), yet the
    collector walks every object made so far, again and again as they pile up, about a
    tenth of a check of 1,000 plans. Left as it was found, for a read in another thread.
    `gathertui check` holds it for the whole command: resumed between the read and the
    checks, the collector would first walk every object of the plans just read."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _reach(plan: Plan) -> frozenset[date]:
    """The days a plan may share a moment with another plan on."""
    first, last = plan.event.first_day - _MARGIN, plan.event.last_day + _MARGIN
    return frozenset(first + timedelta(days=n) for n in range((last - first).days + 1))


class WorkspaceState:
    def __init__(self, folder: Path, settings: SettingsFile, files: Iterable[PlanFile]) -> None:
        self.folder = folder
        self.settings = settings
        self.files: dict[Path, PlanFile] = {f.path: f for f in files}
        self.sessions: dict[Path, PlanSession] = {}
        # Derived, dropped when what they depend on changes.
        self._plan_problems: dict[Path, list[Problem]] = {}
        # The workspace's problems by the file they are about.
        self._workspace_problems: dict[Path | None, list[Problem]] | None = None
        # What was accounted for: each session's revision, each effective plan's reach
        # and, by day, the plans that reach it (a plan's possible clashes, found without
        # looking at the others).
        self._seen: dict[Path, object] = {}
        self._reach: dict[Path, frozenset[date]] = {}
        self._reaching: dict[date, set[Path]] = {}
        # The plans within reach of some days, by those days (see `_within_reach`).
        self._groups: dict[frozenset[date], tuple[FilePlan, ...]] = {}
        self._forget_derived()

    @classmethod
    def read(cls, folder: Path, progress: Progress | None = None) -> WorkspaceState:
        """Every plan of the folder; a file that does not load is kept with its problems.
        `progress` counts the files read, and stops the read when cancelled."""
        with collector_paused():
            settings = read_settings_file(folder / SETTINGS_FILE)
            paths = tracked(plan_paths(folder), progress, key="progress.reading")
            return cls(folder, settings, [read_plan_file(path) for path in paths])

    # What the workspace holds

    @property
    def preferences(self) -> WorkspaceSettings:
        return settings_of(self.settings)

    def plan(self, path: Path) -> Plan | None:
        """The effective plan of `path`: the one being edited, else the file's, else None
        (the file does not load)."""
        session = self.sessions.get(path)
        if session is not None:
            return session.plan
        plan_file = self.files.get(path)
        return plan_file.loaded.model if plan_file and plan_file.loaded else None

    def effective_plans(self) -> list[FilePlan]:
        """Every plan that can be used, with its file, in the folder's order."""
        return [(path, plan) for path in self.files if (plan := self.plan(path)) is not None]

    def neighbours(self, path: Path) -> list[FilePlan]:
        """Every other plan of the workspace (a venue to reuse may come from any of them;
        the checks look only at those within a day, see `_within_reach`)."""
        return [(other, plan) for other, plan in self.effective_plans() if other != path]

    # Problems

    def problems(self, path: Path) -> list[Problem]:
        """Every problem of the plan file `path`, not yet placed in a text: why it does not
        load, or its notices (a byte-order mark), its checks and what the workspace says
        about it (another plan on its day)."""
        self._sync()
        plan = self.plan(path)
        if plan is None:
            plan_file = self.files.get(path)
            return list(plan_file.problems) if plan_file else []
        if path not in self._plan_problems:
            self._plan_problems[path] = plan_checks(
                plan, self.preferences, self._within_reach(path), path
            )
        mine = self._workspace_checks().get(path, [])
        return [*self._notices(path), *self._plan_problems[path], *mine]

    def located(self, path: Path) -> list[Problem]:
        """The problems of `path` placed in the text the person sees, in its order: the
        file while the plan is as saved, the canonical text of the plan being edited."""
        found = self.problems(path)
        index = self._visible_index(path)
        return place(found, index) if index else found

    def count(self, path: Path) -> int:
        """Errors and warnings of `path`, as the workspace list counts them."""
        return counted(self.problems(path))

    def counts(self) -> dict[Path, int]:
        return {path: self.count(path) for path in self.files}

    def workspace_problems(self) -> list[Problem]:
        """The problems of the workspace itself, in `gathertui.toml`: why it does not
        load, its notices, its `silence` list, semesters short of their target, a logo
        that cannot be printed."""
        by_file = self._workspace_checks()
        found = [
            *self.settings.problems,
            *by_file.get(None, []),
            *by_file.get(self.settings.path, []),
        ]
        loaded = self.settings.loaded
        if loaded is None:
            return found
        # The logo is a file of its own: looked at on every call, as it may change apart
        # from gathertui.toml.
        found += audible(logo_problems(self.settings.path, loaded.model), loaded.model)
        return place([*loaded.source.notices, *found], loaded.source.index)

    def all_problems(self, progress: Progress | None = None) -> list[Problem]:
        """Everything, file by file and top to bottom: what `gathertui check` prints.
        `progress` counts the files checked, and stops the check when cancelled."""
        with collector_paused():
            found = self.workspace_problems()
            for path in tracked(list(self.files), progress, key="progress.checking"):
                found.extend(self.located(path))
            return sorted(found, key=lambda p: (str(p.file or ""), p.line, p.column))

    def _notices(self, path: Path) -> list[Problem]:
        """What reading the plan's file noticed (a byte-order mark)."""
        session = self.sessions.get(path)
        if session is not None:
            return session.source.notices
        plan_file = self.files.get(path)
        return plan_file.loaded.source.notices if plan_file and plan_file.loaded else []

    def _workspace_checks(self) -> dict[Path | None, list[Problem]]:
        self._sync()
        if self._workspace_problems is None:
            found = workspace_checks(self.settings.path, self.preferences, self.effective_plans())
            self._workspace_problems = {}
            for problem in found:
                self._workspace_problems.setdefault(problem.file, []).append(problem)
        return self._workspace_problems

    def _visible_index(self, path: Path) -> SourceIndex | None:
        session = self.sessions.get(path)
        if session is not None:
            return session.visible_index()
        plan_file = self.files.get(path)
        return plan_file.loaded.source.index if plan_file and plan_file.loaded else None

    # Keeping derived problems up to date

    def _sync(self) -> None:
        """Accounts for the edits made in open sessions since they were last seen."""
        for path, session in self.sessions.items():
            if self._seen.get(path) != session.revision:
                self._seen[path] = session.revision
                self._changed(path)

    def _changed(self, path: Path) -> None:
        """`path`'s plan changed (or appeared, or went): its problems, those of every plan
        it could clash with before or after, and the workspace's are out of date."""
        before = self._reach.get(path, frozenset())
        self._set_reach(path)
        for other in {path, *self._reaching_any(before | self._reach.get(path, frozenset()))}:
            self._plan_problems.pop(other, None)
        self._workspace_problems = None
        self._groups.clear()

    def _set_reach(self, path: Path) -> None:
        for day in self._reach.pop(path, ()):
            self._reaching[day].discard(path)
        plan = self.plan(path)
        if path in self.files and plan is not None:
            self._reach[path] = _reach(plan)
            for day in self._reach[path]:
                self._reaching.setdefault(day, set()).add(path)

    def _reaching_any(self, days: Iterable[date]) -> set[Path]:
        return set().union(*(self._reaching.get(day, ()) for day in days))

    def _within_reach(self, path: Path) -> tuple[FilePlan, ...]:
        """The plans `path` may clash with: those within a day of it, itself among them.
        Plans of the same days are given the same tuple, made once: the clash checks
        sweep it once for all of them (see `planning.conflicts`)."""
        reach = self._reach.get(path, frozenset())
        group = self._groups.get(reach)
        if group is None:
            paths = sorted(self._reaching_any(reach))
            group = tuple(
                (other, plan) for other in paths if (plan := self.plan(other)) is not None
            )
            self._groups[reach] = group
        return group

    def _forget_derived(self) -> None:
        self._plan_problems.clear()
        self._workspace_problems = None
        self._groups.clear()
        self._reach.clear()
        self._reaching.clear()
        for path in self.files:
            self._set_reach(path)

    # What happens to files

    def open(self, path: Path) -> PlanSession:
        """The plan's editing session, opened now if it is not yet. Raises LoadError or
        UnreadableFile when the file cannot be opened."""
        session = self.sessions.get(path)
        if session is None:
            from gathertui.session import PlanSession

            session = PlanSession.open(path)
            self.sessions[path] = session
            if path not in self.files:
                self.files[path] = PlanFile(path, Loaded(session.source, session.plan))
            self.files[path].read_as = stamp(path)
        return session

    def saved(self, path: Path) -> None:
        """The session of `path` wrote its file: what is on disk is ours, not a change."""
        session = self.sessions[path]
        self.files[path] = PlanFile(path, Loaded(session.source, session.plan), read_as=stamp(path))
        self._changed(path)

    def reloaded(self, path: Path) -> None:
        """The session of `path` read its file again, dropping its edits."""
        self.files[path] = PlanFile(
            path, Loaded(self.sessions[path].source, self.sessions[path].plan), read_as=stamp(path)
        )
        self._changed(path)

    def saved_as(self, old: Path, new: Path) -> None:
        """The session of `old` now edits the new file `new`; `old` is its file again."""
        session = self.sessions.pop(old)
        self._seen.pop(old, None)
        self.sessions[new] = session
        self.files[new] = PlanFile(new, Loaded(session.source, session.plan), read_as=stamp(new))
        self.files[old] = read_plan_file(old)
        self._changed(old)
        self._changed(new)

    def settings_saved(self, loaded: Loaded[WorkspaceSettings]) -> None:
        """The app wrote `gathertui.toml`: what is on disk is ours, and every plan's
        problems follow the new settings."""
        self.settings = SettingsFile(loaded.source.path, loaded, read_as=stamp(loaded.source.path))
        self._forget_derived()

    def added(self, path: Path) -> None:
        """A plan file made or copied into the folder."""
        self.files[path] = read_plan_file(path)
        self._changed(path)

    def deleted(self, path: Path) -> None:
        """A plan file removed, with any session editing it."""
        self.sessions.pop(path, None)
        self._seen.pop(path, None)
        self.files.pop(path, None)
        self._changed(path)

    def refresh(self) -> list[Path]:
        """Reads again what changed on disk since it was read (a `git pull`, another
        editor): new, changed and vanished plan files, and the settings, which every
        plan's problems depend on. A plan open with unsaved changes keeps them (saving
        will say the file changed); one without is read again. Returns the plan files
        whose content changed."""
        changed: list[Path] = []
        # A file that did not load is read again whatever its stamp: a permission given
        # back (chmod) changes neither its time nor its size.
        if stamp(self.settings.path) != self.settings.read_as or self.settings.problems:
            self.settings = read_settings_file(self.settings.path)
            self._forget_derived()
        on_disk = plan_paths(self.folder)
        for path in [p for p in self.files if p not in on_disk]:
            session = self.sessions.get(path)
            if session is None or not session.dirty:
                self.deleted(path)
                changed.append(path)
        for path in on_disk:
            plan_file = self.files.get(path)
            if plan_file and plan_file.loaded and stamp(path) == plan_file.read_as:
                continue
            self.files[path] = read_plan_file(path)
            session = self.sessions.get(path)
            if session is not None and not session.dirty:
                try:
                    session.reload()
                except (LoadError, UnreadableFile):
                    self.sessions.pop(path)  # the file's problems show instead
            self._changed(path)
            changed.append(path)
        # The folder's order: by name, as it lists them.
        self.files = {path: self.files[path] for path in sorted(self.files)}
        return changed


def open_workspace(folder: Path) -> WorkspaceState:
    return WorkspaceState.read(folder)


def plan_problems(
    loaded: Loaded[Plan],
    settings: WorkspaceSettings | None = None,
    neighbours: Sequence[Loaded[Plan]] = (),
) -> list[Problem]:
    """The problems of one plan as read, placed in its file: a plan seen on its own,
    with the settings and neighbours given (for `show`, forms and tests)."""
    others = [(other.source.path, other.model) for other in neighbours]
    found = plan_checks(loaded.model, settings, others, loaded.source.path)
    return place([*loaded.source.notices, *found], loaded.source.index)
