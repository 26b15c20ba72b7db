"""Checks of who signs: signatories a plan's [signing] or the workspace's settings name
must exist, signatory ids are unique, and a NIP is 18 digits."""

from __future__ import annotations

from pathlib import Path

from conftest import VISIT
from gathertui.model.plan import Person, Plan, Signing
from gathertui.model.workspace import Organization, Signatory, WorkspaceSettings
from gathertui.planning import plan_checks
from gathertui.planning.signatories import nip_problem
from gathertui.problems import Severity
from gathertui.state import open_workspace
from gathertui.storage import load_plan


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _lines_of(path: Path, text: str) -> list[int]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return [n for n, line in enumerate(lines, start=1) if text in line]


def _line_of(path: Path, text: str) -> int:
    return _lines_of(path, text)[0]


def _found(workspace: Path, code: str) -> list[tuple[str, int, tuple[str | int, ...]]]:
    return [
        (p.file.name if p.file else "", p.line, p.path)
        for p in open_workspace(workspace).all_problems()
        if p.code == code
    ]


def test_the_example_workspace_signs_without_a_problem(workspace: Path) -> None:
    assert _found(workspace, "unknown-signatory") == []
    assert _found(workspace, "bad-nip") == []


def test_a_plan_naming_an_unknown_signatory_is_an_error_at_its_key(workspace: Path) -> None:
    visit = workspace / VISIT
    _replace(
        visit,
        'acknowledged_by = "sekda"\n',
        'acknowledged_by = "sekdaa"\nprintouts = { attendance = "kabag-protokol" }\n',
    )
    problems = [p for p in open_workspace(workspace).all_problems() if p.file == visit]
    found = [p for p in problems if p.code == "unknown-signatory"]
    assert [(p.line, p.path) for p in found] == [
        (_line_of(visit, "acknowledged_by"), ("signing", "acknowledged_by")),
        (_line_of(visit, "printouts ="), ("signing", "printouts", "attendance")),
    ]
    assert all(p.severity is Severity.ERROR for p in found)
    assert 'did you mean "sekda"' in found[0].message.render("en")
    assert "kabag-protokol" in found[1].message.render("id")


def test_the_workspace_naming_an_unknown_signatory_is_an_error(workspace: Path) -> None:
    settings = workspace / "gathertui.toml"
    _replace(
        settings, 'signed_by = "sekretaris-dinas"\n', 'signed_by = "kadis"\nacknowledged_by = "x"\n'
    )
    assert _found(workspace, "unknown-signatory") == [
        ("gathertui.toml", _line_of(settings, "signed_by"), ("settings", "signed_by")),
        ("gathertui.toml", _line_of(settings, "acknowledged_by"), ("settings", "acknowledged_by")),
    ]


def test_two_signatories_of_one_id_are_a_duplicate(workspace: Path) -> None:
    settings = workspace / "gathertui.toml"
    _replace(settings, 'id = "sekda"', 'id = "sekretaris-dinas"')
    _first, second = _lines_of(settings, 'id = "sekretaris-dinas"')
    assert _found(workspace, "duplicate-id") == [
        ("gathertui.toml", second, ("signatories", 1, "id"))
    ]


def test_a_nip_not_of_18_digits_is_a_warning(workspace: Path) -> None:
    settings = workspace / "gathertui.toml"
    _replace(settings, 'nip = "19680521 199303 1 007"', 'nip = "19680521 199303 1 07"')
    visit = workspace / VISIT
    _replace(visit, 'name = "Sunarto"\n', 'name = "Sunarto"\nnip = "1970-01-01"\n')
    problems = [p for p in open_workspace(workspace).all_problems() if p.code == "bad-nip"]
    assert [(p.file.name if p.file else "", p.line) for p in problems] == [
        (VISIT, _line_of(visit, 'nip = "1970-01-01"')),
        ("gathertui.toml", _line_of(settings, "199303 1 07")),
    ]
    assert all(p.severity is Severity.WARNING for p in problems)
    said = problems[1].message.render("en")
    assert '"sekda"' in said and "17 digits, not 18" in said


def test_a_nip_is_18_digits_with_or_without_its_spaces() -> None:
    assert nip_problem("19750312 200003 2 004") is None
    assert nip_problem("197503122000032004") is None
    assert nip_problem(None) is None
    assert nip_problem("19750312 200003 2 00x") is not None
    assert nip_problem("1975031220000320041") is not None


def _visit_signed_by(ident: str) -> Plan:
    plan = load_plan(Path(__file__).parents[2] / "plans" / VISIT).model
    return plan.model_copy(update={"signing": Signing(signed_by=ident)})


def test_a_plan_checked_without_a_workspace_is_not_faulted_for_its_signing() -> None:
    # No gathertui.toml to look in: the signatories it names may well be there.
    plan = _visit_signed_by("kadis-kominfo")
    assert not [p for p in plan_checks(plan) if p.code == "unknown-signatory"]
    assert not [p for p in plan_checks(plan, WorkspaceSettings()) if p.code == "unknown-signatory"]
    # A workspace that says anything is looked in, signatories or none.
    settings = WorkspaceSettings(organization=Organization(name="Pemerintah Kota Semarang"))
    found = [p for p in plan_checks(plan, settings) if p.code == "unknown-signatory"]
    assert [p.path for p in found] == [("signing", "signed_by")]
    known = settings.model_copy(
        update={"signatories": [Signatory(id="kadis-kominfo", name="A", office="B")]}
    )
    assert not [p for p in plan_checks(plan, known) if p.code == "unknown-signatory"]


def test_a_person_without_a_nip_is_not_warned_of() -> None:
    plan = load_plan(Path(__file__).parents[2] / "plans" / VISIT).model
    plan.people[0] = Person(id="x", name="X", nip="19750312 200003 2 004")
    assert not [p for p in plan_checks(plan) if p.code == "bad-nip"]
