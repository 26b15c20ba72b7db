"""Delegations: their named changes, the refusal to delete one with people, the
duplicate-person check."""

from __future__ import annotations

from pathlib import Path

import pytest

from gathertui.model import Plan
from gathertui.model.enums import Side
from gathertui.model.plan import Delegation, Quotas
from gathertui.planning.agenda import AgendaError
from gathertui.planning.delegations import (
    add_delegation,
    delete_delegation,
    edit_delegation,
    named_counts,
    planned_places,
)
from gathertui.planning.editing import PlanEditor
from gathertui.problems import Problem, Severity
from gathertui.state import plan_problems
from gathertui.storage import Loaded
from gathertui.storage.reader import decode_source, plan_from_source
from helpers import MINIMAL, load_text

DELEGATIONS = """
[[delegations]]
id = "mojokerto"
name = "Pemkot Mojokerto"
side = "guest"
organization = "Pemerintah Kota Mojokerto"
quotas = { official = 3, print = 2 }

[[delegations]]
id = "kosong"
name = "Delegasi Kosong"
"""

PEOPLE = """
[[people]]
id = "ika"
name = "Ika Puspitasari"
delegation = "mojokerto"

[[people]]
id = "gaguk"
name = "Gaguk Tri Prasetyo"
delegation = "mojokerto"
"""


def plan(extra: str = DELEGATIONS + PEOPLE) -> Plan:
    return load_text(MINIMAL + extra)


def test_add_gives_an_id_from_the_name_and_undo_removes_it() -> None:
    editor = PlanEditor(plan())
    new = Delegation(id="x", name="Pemkot Mojokerto", side=Side.HOST)
    change = editor.apply(add_delegation(editor.plan, new))
    added = editor.plan.delegations[-1]
    assert (added.id, added.name, added.side) == ("pemkot-mojokerto", "Pemkot Mojokerto", "host")
    assert change.focus == ("delegations", 2)
    assert change.label.render("en") == "Add Pemkot Mojokerto"
    editor.undo()
    assert [d.id for d in editor.plan.delegations] == ["mojokerto", "kosong"]


def test_add_does_not_take_an_id_in_use() -> None:
    before = plan()
    change = add_delegation(before, Delegation(id="x", name="Mojokerto"))
    assert change.steps[0].entity.id == "mojokerto-2"  # type: ignore[union-attr]


def test_edit_keeps_the_id_its_people_refer_to() -> None:
    editor = PlanEditor(plan())
    renamed = Delegation(id="other", name="Kota Mojokerto", side=Side.HOST)
    editor.apply(edit_delegation(editor.plan, 0, renamed))
    edited = editor.plan.delegations[0]
    assert (edited.id, edited.name, edited.side) == ("mojokerto", "Kota Mojokerto", "host")
    editor.undo()
    assert editor.plan.delegations[0].name == "Pemkot Mojokerto"


def test_delete_with_people_is_refused_naming_them() -> None:
    before = plan()
    with pytest.raises(AgendaError) as refused:
        delete_delegation(before, 0)
    assert refused.value.message.render("en") == (
        'Pemkot Mojokerto has 2 people: "Ika Puspitasari", "Gaguk Tri Prasetyo"; '
        "give them another delegation or delete them first"
    )
    assert len(before.delegations) == 2


def test_a_refusal_counts_people_past_the_first_five() -> None:
    many = "".join(
        f'\n[[people]]\nid = "p{n}"\nname = "Orang {n}"\ndelegation = "kosong"\n' for n in range(7)
    )
    with pytest.raises(AgendaError) as refused:
        delete_delegation(plan(DELEGATIONS + many), 1)
    text = refused.value.message.render("en")
    assert '"Orang 4" and 2 more;' in text and "Orang 5" not in text


def test_delete_an_empty_delegation_and_undo() -> None:
    editor = PlanEditor(plan())
    change = editor.apply(delete_delegation(editor.plan, 1))
    assert [d.id for d in editor.plan.delegations] == ["mojokerto"]
    assert change.focus == ("delegations", 0)
    editor.undo()
    assert [d.id for d in editor.plan.delegations] == ["mojokerto", "kosong"]


def test_named_and_planned() -> None:
    current = plan()
    assert named_counts(current) == {"mojokerto": 2, "kosong": 0}
    assert [planned_places(d) for d in current.delegations] == [5, 0]
    assert planned_places(Delegation(id="d", name="D", quotas=Quotas())) == 0


# The duplicate-person check


def problems(text: str) -> list[Problem]:
    source = decode_source(Path("rapat.toml"), (MINIMAL + text).encode("utf-8"))
    return plan_problems(Loaded(source, plan_from_source(source)))


def duplicates(text: str) -> list[Problem]:
    return [p for p in problems(text) if p.code == "duplicate-person"]


def person(ident: str, name: str, organization: str | None = None) -> str:
    line = f'organization = "{organization}"\n' if organization else ""
    return f'\n[[people]]\nid = "{ident}"\nname = "{name}"\n{line}'


def test_same_name_and_organisation_is_warned_at_the_later_one() -> None:
    text = (
        person("a", "Ika Puspitasari", "Diskominfo")
        + person("b", "Budi")
        + person("c", "  ika   PUSPITASARI ", "diskominfo")
    )
    [warning] = duplicates(text)
    assert warning.severity is Severity.WARNING
    assert warning.path == ("people", 2, "name")
    assert warning.message.render("en") == (
        'person "c": ika PUSPITASARI appears twice: row 1 has the same name and organisation'
    )


def test_both_without_organisation_is_a_duplicate() -> None:
    second, third = duplicates(person("a", "Budi") + person("b", "Budi") + person("c", "Budi"))
    assert (second.path, third.path) == (("people", 1, "name"), ("people", 2, "name"))
    # The third names the first row too: the one to keep.
    assert "row 1" in third.message.render("en")


def test_other_organisation_or_name_is_no_duplicate() -> None:
    assert duplicates(person("a", "Budi", "Diskominfo") + person("b", "Budi")) == []
    assert duplicates(person("a", "Budi", "Diskominfo") + person("b", "Budi", "Bappeda")) == []
    assert duplicates(person("a", "Budi Santoso") + person("b", "Budi Santosa")) == []
