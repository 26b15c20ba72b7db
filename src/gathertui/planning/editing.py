"""Named, undoable changes to a plan: what the TUI, the tests and the CLI share.

A `Change` is a list of invertible steps on the plan's lists (insert, remove, replace,
move) or its event; `PlanEditor` applies changes and keeps the undo and redo stacks.
Steps hold the entities themselves, never copies of the whole plan, so undo costs the
same with 5,000 people as with 5.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from gathertui.i18n import Message, msg
from gathertui.model.enums import Attendance
from gathertui.model.plan import Delegation, Event, Invitation, Person, Plan, Quotas, Signing

ListName = Literal["venues", "delegations", "people", "agenda", "seats", "coverage", "conflicts"]
LIST_NAMES: tuple[ListName, ...] = get_args(ListName)


@dataclass(frozen=True)
class Insert:
    list_name: ListName
    index: int
    entity: Any


@dataclass(frozen=True)
class Remove:
    list_name: ListName
    index: int
    entity: Any


@dataclass(frozen=True)
class Replace:
    list_name: ListName
    index: int
    before: Any
    after: Any


@dataclass(frozen=True)
class Move:
    list_name: ListName
    index: int
    to: int


@dataclass(frozen=True)
class SetList:
    """A whole list at once: the rundown, which reflow rewrites and reorders together."""

    list_name: ListName
    before: tuple[Any, ...]
    after: tuple[Any, ...]


@dataclass(frozen=True)
class SetEvent:
    before: Event
    after: Event


@dataclass(frozen=True)
class SetSigning:
    """The plan's `[signing]` table; None: the plan has none."""

    before: Signing | None
    after: Signing | None


@dataclass(frozen=True)
class SetInvitation:
    """The plan's `[invitation]` table; None: the plan has none."""

    before: Invitation | None
    after: Invitation | None


Step = Insert | Remove | Replace | Move | SetList | SetEvent | SetSigning | SetInvitation


def apply_step(plan: Plan, step: Step) -> None:
    if isinstance(step, SetEvent):
        plan.event = step.after
        return
    if isinstance(step, SetSigning):
        plan.signing = step.after
        return
    if isinstance(step, SetInvitation):
        plan.invitation = step.after
        return
    items: list[Any] = getattr(plan, step.list_name)
    if isinstance(step, SetList):
        items[:] = step.after
    elif isinstance(step, Insert):
        items.insert(step.index, step.entity)
    elif isinstance(step, Remove):
        del items[step.index]
    elif isinstance(step, Replace):
        items[step.index] = step.after
    else:
        items.insert(step.to, items.pop(step.index))


def inverse_step(step: Step) -> Step:
    if isinstance(step, SetEvent):
        return SetEvent(step.after, step.before)
    if isinstance(step, SetSigning):
        return SetSigning(step.after, step.before)
    if isinstance(step, SetInvitation):
        return SetInvitation(step.after, step.before)
    if isinstance(step, SetList):
        return SetList(step.list_name, step.after, step.before)
    if isinstance(step, Insert):
        return Remove(step.list_name, step.index, step.entity)
    if isinstance(step, Remove):
        return Insert(step.list_name, step.index, step.entity)
    if isinstance(step, Replace):
        return Replace(step.list_name, step.index, step.after, step.before)
    return Move(step.list_name, step.to, step.index)


@dataclass(frozen=True)
class Change:
    """One undoable step as the user sees it: "Add person", "Delete Sunarto", ..."""

    label: Message
    steps: tuple[Step, ...]
    # Where the user's eye should go after the change: (list name, row).
    focus: tuple[ListName, int] | None = None

    def focused_entity(self) -> Any | None:
        """The entity `focus` points at once the change is made, when a step holds it.

        Undo uses it to find the same entity in the plan as it was before.
        """
        if self.focus is None:
            return None
        name, index = self.focus
        for step in reversed(self.steps):
            if isinstance(step, SetList) and step.list_name == name:
                return step.after[index] if index < len(step.after) else None
            if (
                isinstance(step, Insert | Replace)
                and step.list_name == name
                and step.index == index
            ):
                return step.entity if isinstance(step, Insert) else step.after
        return None


@dataclass
class PlanEditor:
    plan: Plan
    limit: int = 500
    undo_stack: list[Change] = field(default_factory=list)
    redo_stack: list[Change] = field(default_factory=list)
    # The change on top of the undo stack when the file was last written (None: none
    # was). A counter would call the plan clean after "save, undo, other change".
    saved: object | None = None
    # Counts every change, undo and redo: what was derived from the plan (its problems,
    # its text) is out of date when this moves on.
    revision: int = 0

    @property
    def dirty(self) -> bool:
        top = self.undo_stack[-1] if self.undo_stack else None
        return top is not self.saved

    def apply(self, change: Change) -> Change:
        for step in change.steps:
            apply_step(self.plan, step)
        self.revision += 1
        self.undo_stack.append(change)
        dropped = self.undo_stack[: -self.limit]
        if dropped:
            # The saved state may now be out of reach; then nothing on the stack is it.
            if self.saved is None or any(c is self.saved for c in dropped):
                self.saved = object()
            del self.undo_stack[: -self.limit]
        self.redo_stack.clear()
        return change

    def undo(self) -> Change | None:
        if not self.undo_stack:
            return None
        change = self.undo_stack.pop()
        for step in reversed(change.steps):
            apply_step(self.plan, inverse_step(step))
        self.revision += 1
        self.redo_stack.append(change)
        return change

    def redo(self) -> Change | None:
        if not self.redo_stack:
            return None
        change = self.redo_stack.pop()
        for step in change.steps:
            apply_step(self.plan, step)
        self.revision += 1
        self.undo_stack.append(change)
        return change

    def mark_saved(self) -> None:
        self.saved = self.undo_stack[-1] if self.undo_stack else None

    def mark_unsaved(self) -> None:
        """The plan differs from its file though no change was made here (recovered work)."""
        self.saved = object()


def slugify(text: str) -> str:
    """ "Abd Rachman Tuwo" → "abd-rachman-tuwo"; accents dropped, never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "item"


def unique_id(text: str, taken: Iterable[str]) -> str:
    return UniqueIds(taken).new(text)


class UniqueIds:
    """Ids unique among `taken` and those made here, for many entities at once (an
    import): each in constant time, since the ids taken are read once and the next number
    of a name is remembered, not searched from 2 again for each namesake."""

    def __init__(self, taken: Iterable[str]) -> None:
        self._used = set(taken)
        self._next: dict[str, int] = {}

    def new(self, text: str) -> str:
        base = slugify(text)
        ident, number = base, self._next.get(base, 2)
        while ident in self._used:
            ident, number = f"{base}-{number}", number + 1
        # Ids are only ever added, so no number below this one can come free again.
        self._next[base] = number
        self._used.add(ident)
        return ident


def add_person(plan: Plan, name: str, at: int | None = None, **fields: Any) -> Change:
    """A new person with an id derived from the name, inserted at index `at` (default: at
    the end; an index past either end means that end, so undo removes exactly this one)."""
    person = Person(id=unique_id(name, (p.id for p in plan.people)), name=name, **fields)
    index = len(plan.people) if at is None else max(0, min(at, len(plan.people)))
    return Change(
        msg("op.add_person", name=name), (Insert("people", index, person),), ("people", index)
    )


def edit_person(plan: Plan, index: int, person: Person) -> Change:
    return Change(
        msg("op.edit_person", name=person.name),
        (Replace("people", index, plan.people[index], person),),
        ("people", index),
    )


def delete_person(plan: Plan, index: int) -> Change:
    """Removes the person and every reference to them (the rundown's, and a represented
    person's `represented_by`), in one undoable step."""
    person = plan.people[index]
    steps: list[Step] = []
    for n, other in enumerate(plan.people):
        if other.represented_by == person.id and n != index:
            steps.append(
                Replace("people", n, other, other.model_copy(update={"represented_by": None}))
            )
    for n, item in enumerate(plan.agenda):
        if item.pic == person.id or person.id in item.speakers:
            cleared = item.model_copy(
                update={
                    "pic": None if item.pic == person.id else item.pic,
                    "speakers": [s for s in item.speakers if s != person.id],
                }
            )
            steps.append(Replace("agenda", n, item, cleared))
    steps.append(Remove("people", index, person))
    focus = min(index, len(plan.people) - 2)
    return Change(
        msg("op.delete_person", name=person.name),
        tuple(steps),
        ("people", focus) if focus >= 0 else None,
    )


def move_person(plan: Plan, index: int, offset: int) -> Change | None:
    to = index + offset
    if not (0 <= index < len(plan.people) and 0 <= to < len(plan.people)) or offset == 0:
        return None
    name = plan.people[index].name
    return Change(msg("op.move_person", name=name), (Move("people", index, to),), ("people", to))


def set_attendance(plan: Plan, index: int, attendance: Attendance) -> Change | None:
    person = plan.people[index]
    if person.attendance is attendance:
        return None
    return Change(
        msg("op.set_attendance", name=person.name),
        (Replace("people", index, person, person.model_copy(update={"attendance": attendance})),),
        ("people", index),
    )


def set_quotas(plan: Plan, index: int, quotas: Quotas) -> Change:
    delegation: Delegation = plan.delegations[index]
    return Change(
        msg("op.set_quotas", name=delegation.name),
        (
            Replace(
                "delegations", index, delegation, delegation.model_copy(update={"quotas": quotas})
            ),
        ),
    )


def edit_event(plan: Plan, event: Event) -> Change:
    return Change(msg("op.edit_event"), (SetEvent(plan.event, event),))


def edit_signing(plan: Plan, signing: Signing | None) -> Change:
    """Who signs the plan's printouts; None (or a table with nothing set) drops the
    table, and the workspace's signatories sign."""
    after = None if signing == Signing() else signing
    return Change(msg("op.edit_signing"), (SetSigning(plan.signing, after),))


def edit_invitation(plan: Plan, invitation: Invitation | None) -> Change:
    """The invitation letter's fields; None (or a table with nothing set) drops the
    table, and the letter says what offices usually write."""
    after = None if invitation == Invitation() else invitation
    return Change(msg("op.edit_invitation"), (SetInvitation(plan.invitation, after),))


def replace_plan(plan: Plan, new: Plan, label: Message | None = None) -> Change | None:
    """The whole plan becomes `new` (an older version brought back, the conflicts of a
    merge settled) as one undoable change; only the parts that differ are steps. None
    when nothing differs."""
    steps: list[Step] = []
    if plan.event != new.event:
        steps.append(SetEvent(plan.event, new.event))
    if plan.signing != new.signing:
        steps.append(SetSigning(plan.signing, new.signing))
    if plan.invitation != new.invitation:
        steps.append(SetInvitation(plan.invitation, new.invitation))
    for name in LIST_NAMES:
        before, after = getattr(plan, name), getattr(new, name)
        if before != after:
            steps.append(SetList(name, tuple(before), tuple(after)))
    return Change(label or msg("op.replace_plan"), tuple(steps)) if steps else None
