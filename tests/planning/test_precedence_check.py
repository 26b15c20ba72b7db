"""The rank-unknown notice: an official the order of precedence cannot place."""

from __future__ import annotations

from datetime import date

from gathertui.model.enums import Acting, Category
from gathertui.model.plan import Event, Person, Plan
from gathertui.model.workspace import Preferences, WorkspaceSettings
from gathertui.planning.context import PlanContext
from gathertui.planning.precedence import rank_unknown
from gathertui.problems import Severity


def plan_of(*positions: tuple[str, Category]) -> Plan:
    people = [
        Person(id=f"p{n}", name=f"P {n}", position=position, category=category)
        for n, (position, category) in enumerate(positions)
    ]
    return Plan(
        schema_version=1, event=Event(title="Rapat", start=date(2024, 3, 14)), people=people
    )


PLAN = plan_of(
    ("Wali Kota Semarang", Category.OFFICIAL),
    ("Ajudan Wali Kota Semarang", Category.OFFICIAL),
    ("Wartawan", Category.ONLINE),
    ("Plt. Kepala Dinas Kesehatan", Category.OFFICIAL),
)


def test_an_official_without_a_rank_is_noted_once_at_the_position() -> None:
    problems = list(rank_unknown(PlanContext(PLAN, WorkspaceSettings())))
    assert [(p.code, p.severity, p.path) for p in problems] == [
        ("rank-unknown", Severity.INFO, ("people", 1, "position"))
    ]
    assert "Ajudan Wali Kota Semarang" in problems[0].message.render("en")


def test_acting_holders_are_noted_when_the_workspace_leaves_them_unranked() -> None:
    settings = WorkspaceSettings(settings=Preferences(acting=Acting.UNRANKED))
    paths = [p.path for p in rank_unknown(PlanContext(PLAN, settings))]
    assert paths == [("people", 1, "position"), ("people", 3, "position")]


def test_ranked_officials_and_others_are_not_noted() -> None:
    plan = plan_of(("Camat Tugu", Category.OFFICIAL), ("Staf", Category.STAFF))
    assert list(rank_unknown(PlanContext(plan, WorkspaceSettings()))) == []
