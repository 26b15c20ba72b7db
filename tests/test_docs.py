"""The examples of docs/FORMAT.md load with the real reader, so the document cannot drift.

A ```toml block after `<!-- check: plan -->` is a piece of the document's example plan:
the pieces, one after the other, are one plan file. `<!-- check: workspace -->` pieces
make its `gathertui.toml` the same way, and `<!-- check: plan alone -->` is a whole plan
by itself. Each must load and already be in canonical form.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import get_args

import pytest
from pydantic import BaseModel

from conftest import ROOT
from gathertui.model import enums
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import canonical_text
from gathertui.storage.reader import (
    LoadError,
    decode_source,
    plan_from_source,
    settings_from_source,
)

FORMAT = ROOT / "docs" / "FORMAT.md"
_BLOCK = re.compile(r"<!-- check: (?P<kind>[a-z ]+) -->\n```toml\n(?P<body>.*?)```", re.DOTALL)


def _examples(kind: str) -> list[str]:
    text = FORMAT.read_text(encoding="utf-8")
    return [m["body"] for m in _BLOCK.finditer(text) if m["kind"] == kind]


def _load(text: str, name: str) -> Plan | WorkspaceSettings:
    source = decode_source(Path(name), text.encode("utf-8"))
    try:
        if name == "gathertui.toml":
            return settings_from_source(source)
        return plan_from_source(source)
    except LoadError as error:
        problems = "\n".join(problem.render("en") for problem in error.problems)
        pytest.fail(f"an example of docs/FORMAT.md does not load:\n{problems}\n\n{text}")


def _loads_canonically(text: str, name: str) -> None:
    model = _load(text, name)
    source = decode_source(Path(name), text.encode("utf-8"))
    canonical = canonical_text(model, source.header, source.comments)
    assert canonical == text, "not in canonical form"


def test_the_example_plan_loads_and_is_canonical() -> None:
    pieces = _examples("plan")
    assert len(pieces) >= 5  # the event and each list of entities
    _loads_canonically("\n".join(pieces), "example.toml")


def test_the_example_workspace_loads_and_is_canonical() -> None:
    pieces = _examples("workspace")
    assert len(pieces) >= 6  # the letterhead, the settings and each list
    _loads_canonically("\n".join(pieces), "gathertui.toml")


def test_each_whole_plan_example_loads_and_is_canonical() -> None:
    examples = _examples("plan alone")
    assert examples
    for text in examples:
        _loads_canonically(text, "example.toml")


def test_the_document_names_every_key_of_the_models() -> None:
    # A key added to a model must be written down too (a table as `[name]`).
    text = FORMAT.read_text(encoding="utf-8")
    models: list[type[BaseModel]] = [Plan, WorkspaceSettings]
    seen: set[type[BaseModel]] = set()
    while models:
        model = models.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, field in model.model_fields.items():
            written = (f"`{name}`", f"`[{name}]`", f"`[[{name}]]`")
            assert any(w in text for w in written), f"{model.__name__}.{name} is not described"
            models += _models_in(field.annotation)


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_in(arg)]


@pytest.mark.parametrize(
    "vocabulary",
    [
        enums.EventKind,
        enums.Status,
        enums.Side,
        enums.Category,
        enums.Attendance,
        enums.Language,
        enums.Paper,
        enums.Level,
        enums.HolidayAction,
    ],
)
def test_the_document_lists_every_allowed_word(vocabulary: type[StrEnum]) -> None:
    text = FORMAT.read_text(encoding="utf-8")
    assert not [word for word in vocabulary if f'"{word}"' not in text and f"`{word}`" not in text]


def test_no_text_file_holds_a_merge_conflict_marker() -> None:
    """A merge settled in haste can leave git's markers in a page nobody runs."""
    import subprocess

    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    marker = re.compile(rb"^(<{7} |>{7} |={7}$)", re.MULTILINE)
    kinds = (".md", ".py", ".po", ".pot", ".toml", ".tcss", ".yaml", ".cfg", ".txt")
    held = [
        name
        for name in tracked
        if name.endswith(kinds) and marker.search((ROOT / name).read_bytes())
    ]
    assert held == []
