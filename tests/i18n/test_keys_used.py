"""Every key the code asks for has a sentence, and every sentence is asked for.

The source is read with ast. A key is used when it is written as a string anywhere in
the code (as an argument, in a table of keys, as a binding's description), or built by an
f-string such as f"word.{category.value}": those are expanded from the enums and tables
the code builds them from, listed in DYNAMIC below. An f-string over a literal tuple in
the same expression (`for c in ("name", "building")`) is expanded from the tuple.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from gathertui.exports import SUPPORTED
from gathertui.exports.salutation import GROUPS, MEDIA
from gathertui.exports.spreadsheet import COLUMNS as CSV_COLUMNS
from gathertui.i18n import LANGUAGES
from gathertui.i18n.compile import entries
from gathertui.model.enums import (
    Acting,
    Attendance,
    Category,
    CoverageKind,
    EventKind,
    HigherLevel,
    Level,
    Representative,
    Side,
    Status,
)
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import EntryKind
from gathertui.planning.codes import CODES, PARTS
from gathertui.problems import Severity
from gathertui.tui.modals import person_form, venue_form
from gathertui.tui.panes.agenda import AGENDA_COLUMNS
from gathertui.tui.panes.coverage import COVERAGE_COLUMNS
from gathertui.tui.panes.delegations import DELEGATION_COLUMNS
from gathertui.tui.panes.overview import WARNING_COLUMNS
from gathertui.tui.panes.roster import ATTENDANCE_KEYS, ROSTER_COLUMNS
from gathertui.tui.panes.venues import VENUE_COLUMNS
from gathertui.tui.screens.calendar import MARK_ORDER
from gathertui.tui.screens.history import HISTORY_COLUMNS
from gathertui.tui.screens.plan import TABS
from gathertui.tui.screens.workspace import PLAN_COLUMNS

SOURCE = ROOT / "src" / "gathertui"
# The functions whose first argument (the TUI's `t`: second) is a key.
KEY_FUNCTIONS = {"msg": 0, "tr": 0, "Message": 0, "t": 1}

_DOUBLE_BOOKED = ("venue", "person")  # the `what` of planning/conflicts.py
_VENUE_TEXT = (*venue_form.TEXT_FIELDS, "facilities")  # VenueForm._text's fields


def _columns(*tables: Iterable[tuple[str, int, int]]) -> list[str]:
    return [key for table in tables for key, _, _ in table]


# The closed vocabularies whose values have words (i18n.labels).
VOCABULARIES = (
    Category,
    Attendance,
    EventKind,
    Status,
    Side,
    Level,
    HigherLevel,
    Acting,
    Representative,
    CoverageKind,
)

# f-string keys -> what each {} is filled with, from the code's own tables and enums.
DYNAMIC: dict[str, Iterable[str | tuple[str, ...]]] = {
    "word.{}": [v.value for enum in VOCABULARIES for v in enum],
    "print.rows_for.{}": [c.value for c in Category],
    "severity.{}": [s.value for s in Severity],
    "explain.part.{}": PARTS,
    "explain.{}.{}": list(itertools.product(CODES, PARTS)),
    "check.{}_double_booked": _DOUBLE_BOOKED,
    "{}_elsewhere": [f"check.{what}_double_booked" for what in _DOUBLE_BOOKED],
    "{}_many": [f"check.{what}_double_booked" for what in _DOUBLE_BOOKED],
    "entity.{}": [*Plan.ENTITY_LISTS, "calendar", "signatories"],
    "entity.{}.number": [*Plan.ENTITY_LISTS, *WorkspaceSettings.ENTITY_LISTS],
    # The app names what a problem is about by its title or name (i18n Message.render).
    "{}.by_name": [f"entity.{name}" for name in (*Plan.ENTITY_LISTS, "calendar", "signatories")],
    # The tables the app names otherwise than `check` does ("The event").
    "entity.table.{}.by_name": ["event"],
    # A plan and an event outside the plans are worded apart (calendar_view.py).
    "print.cal.{}": [k.value for k in EntryKind if k not in (EntryKind.PLAN, EntryKind.OUTSIDE)],
    "print.col.{}": CSV_COLUMNS,
    "print.salute.kind.{}": [c.value for c in MEDIA],
    "print.salute.{}": [c.value for c in GROUPS[len(MEDIA) :]],
    "field.{}": [
        *person_form.TEXT_FIELDS,
        *person_form.SERVICE_FIELDS.values(),
        *_VENUE_TEXT,
        *venue_form.LAYOUT_FIELDS,
    ],
    "hint.{}": [*person_form.TEXT_FIELDS, *person_form.SERVICE_FIELDS.values()],
    "hint.venue_{}": _VENUE_TEXT,
    "ui.export_{}": list(SUPPORTED),
    "ui.lang_{}": LANGUAGES,
    "ui.cal_legend_{}": [k.value.replace("-", "_") for k in MARK_ORDER],
    # The reasons of model/migrate.py's VersionError but "missing", which has its own key.
    "load.version_{}": ["not_a_number", "too_new", "too_old"],
    "key.tab_{}": TABS,
    "key.set_{}": [value.value for value in ATTENDANCE_KEYS.values()],
    "col.{}": _columns(
        AGENDA_COLUMNS,
        VENUE_COLUMNS,
        WARNING_COLUMNS,
        ROSTER_COLUMNS,
        PLAN_COLUMNS,
        DELEGATION_COLUMNS,
        HISTORY_COLUMNS,
        COVERAGE_COLUMNS,
    ),
}

ENGLISH = entries("en")
TRANSLATED = {lang: entries(lang) for lang in LANGUAGES}
NAMESPACES = {key.split(".")[0] for key in ENGLISH}
KEY_SHAPE = re.compile(rf"^({'|'.join(sorted(NAMESPACES))})\.[a-z0-9_.-]+$")


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _key_arguments(tree: ast.Module) -> Iterator[ast.expr]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        position = KEY_FUNCTIONS.get(name or "")
        if position is not None and len(node.args) > position:
            yield node.args[position]


def _pattern(node: ast.JoinedStr) -> str:
    return "".join(
        str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
    )


def _loop_values(node: ast.JoinedStr, parents: dict[ast.AST, ast.AST]) -> list[str] | None:
    """("name", "building") for f"show.{c}" inside `for c in ("name", "building")`."""
    slots = [part for part in node.values if isinstance(part, ast.FormattedValue)]
    if len(slots) != 1 or not isinstance(slots[0].value, ast.Name):
        return None
    name = slots[0].value.id
    scope: ast.AST | None = node
    while scope is not None:
        loops: list[ast.For | ast.comprehension] = (
            [scope] if isinstance(scope, ast.For) else getattr(scope, "generators", [])
        )
        for loop in loops:
            values = _literal_loop(loop.target, loop.iter, name)
            if values is not None:
                return values
        scope = parents.get(scope)
    return None


def _literal_loop(target: ast.expr, values: ast.expr, name: str) -> list[str] | None:
    """What `name` takes in `for <target> in <values>` when <values> is written out."""
    if not isinstance(values, ast.Tuple | ast.List):
        return None
    if isinstance(target, ast.Name) and target.id == name:
        picked = values.elts
    elif isinstance(target, ast.Tuple) and any(
        isinstance(part, ast.Name) and part.id == name for part in target.elts
    ):
        at = next(n for n, part in enumerate(target.elts) if getattr(part, "id", None) == name)
        picked = [row.elts[at] if isinstance(row, ast.Tuple) else row for row in values.elts]
    else:
        return None
    found = [
        value.value
        for value in picked
        if isinstance(value, ast.Constant) and isinstance(value.value, str)
    ]
    return found if len(found) == len(picked) else None


def _expand(pattern: str, values: Iterable[str | tuple[str, ...]]) -> set[str]:
    return {pattern.format(*(v if isinstance(v, tuple) else (v,))) for v in values}


def _scan() -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Keys written out, keys built from f-strings (each with where), unknown patterns."""
    written: dict[str, str] = {}
    built: dict[str, str] = {}
    unknown: set[str] = set()
    for path, tree in _modules():
        where = str(path.relative_to(ROOT))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        in_key_position = set(_key_arguments(tree))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if KEY_SHAPE.match(node.value) and not isinstance(parents.get(node), ast.JoinedStr):
                    written.setdefault(node.value, f"{where}:{node.lineno}")
            elif isinstance(node, ast.JoinedStr):
                pattern = _pattern(node)
                values = _loop_values(node, parents)
                looks_like_key = node in in_key_position or bool(
                    KEY_SHAPE.match(pattern.replace("{}", "x"))
                )
                if values is not None:
                    keys = _expand(pattern, values)
                    if not looks_like_key and not any(KEY_SHAPE.match(key) for key in keys):
                        continue
                elif not looks_like_key:
                    continue
                elif pattern in DYNAMIC:
                    keys = _expand(pattern, DYNAMIC[pattern])
                else:
                    unknown.add(f"{pattern} ({where}:{node.lineno})")
                    continue
                for key in keys:
                    built.setdefault(key, f"{where}:{node.lineno}")
    return written, built, unknown


WRITTEN, BUILT, UNKNOWN = _scan()


def test_every_built_key_has_its_values_listed() -> None:
    assert not UNKNOWN, "add these f-string keys to DYNAMIC with what fills them"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_in_the_code_has_a_sentence(lang: str) -> None:
    catalog = TRANSLATED[lang]
    missing = {
        key: where
        for key, where in {**BUILT, **WRITTEN}.items()
        if key not in catalog or not catalog[key].forms
    }
    assert not missing, f"no {lang} sentence for these keys"


def test_every_sentence_is_used() -> None:
    unused = set(ENGLISH) - set(WRITTEN) - set(BUILT)
    assert not unused, "these catalog entries are used nowhere in the code"


def test_the_scan_sees_the_ways_keys_are_used() -> None:
    # One key of each kind of use, so a scan that silently finds nothing fails here.
    assert "cli.summary" in WRITTEN  # an argument
    assert "key.quit" in WRITTEN  # a binding's description
    assert "word.official" in BUILT and "col.line" in BUILT and "show.capacity" in BUILT
