"""The canonical layout: one entity per block, fixed order, stable bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PLANS
from gathertui.storage import (
    canonical_text,
    load_plan,
    load_settings,
    save,
)
from helpers import MINIMAL, load_text

MESSY = """\
schema_version = 1
people = [{ name = "Santi", id = "santi", category = "official" }]

[event]
start = 2024-03-14
title = "Rapat koordinasi"
notes = "baris satu\\nbaris dua"
end = 2024-03-15

[[delegations]]
quotas.tv = 4
quotas.online = 30
name = "Media"
id = "media"
"""


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.toml")), ids=lambda p: p.name)
def test_example_files_are_canonical(path: Path) -> None:
    loaded = load_settings(path) if path.name == "gathertui.toml" else load_plan(path)
    assert canonical_text(loaded.model, loaded.source.header).encode() == loaded.source.raw


def test_layout_of_a_messy_file() -> None:
    assert canonical_text(load_text(MESSY)) == (
        "schema_version = 1\n"
        "\n"
        "[event]\n"
        'title = "Rapat koordinasi"\n'
        "start = 2024-03-14\n"
        "end = 2024-03-15\n"
        'notes = """\n'
        "baris satu\n"
        'baris dua"""\n'
        "\n"
        "[[delegations]]\n"
        'id = "media"\n'
        'name = "Media"\n'
        "quotas = { online = 30, tv = 4 }\n"
        "\n"
        "[[people]]\n"
        'id = "santi"\n'
        'name = "Santi"\n'
        'category = "official"\n'
    )


def test_event_hours_are_written_as_local_date_times() -> None:
    text = MINIMAL.replace(
        "start = 2024-03-14", "start = 2024-03-14 09:00:00\nend = 2024-03-14T12:00:00"
    )
    canonical = canonical_text(load_text(text))
    assert "start = 2024-03-14T09:00:00\nend = 2024-03-14T12:00:00\n" in canonical
    assert canonical_text(load_text(canonical)) == canonical
    # A day stays a day.
    assert canonical_text(load_text(MINIMAL)) == MINIMAL


def test_fmt_is_idempotent() -> None:
    once = canonical_text(load_text(MESSY))
    assert canonical_text(load_text(once)) == once


def test_short_entities_still_get_their_own_block() -> None:
    text = MINIMAL + '\n[[venues]]\nid = "a"\nname = "A"\n\n[[venues]]\nid = "b"\nname = "B"\n'
    assert canonical_text(load_text(text)).count("[[venues]]\n") == 2


def test_one_changed_entity_changes_only_its_lines(visit: Path) -> None:
    loaded = load_plan(visit)
    before = loaded.source.text.splitlines()
    loaded.model.people[1].position = "Kepala Dinas Kominfo"
    after = canonical_text(loaded.model).splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(changed) == 1
    assert after[changed[0]] == 'position = "Kepala Dinas Kominfo"'


def test_saving_unchanged_plan_writes_nothing(visit: Path) -> None:
    loaded = load_plan(visit)
    os.utime(visit, (1_000_000_000, 1_000_000_000))
    save(loaded.source, loaded.model)
    assert visit.stat().st_mtime == 1_000_000_000


def test_schema_header_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text("#:schema ./plan.schema.json\n" + MINIMAL.replace('"Rapat"', '"Rapat "'))
    loaded = load_plan(path)
    loaded.model.event.title = "Rapat"
    save(loaded.source, loaded.model)
    assert path.read_text().startswith("#:schema ./plan.schema.json\nschema_version = 1\n")


def test_save_keeps_comments_unless_told(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(MINIMAL + "# konfirmasi ke Kabag\nnotes = 'x'\n", encoding="utf-8")
    loaded = load_plan(path)
    loaded.model.event.title = "Rapat pleno"
    source = save(loaded.source, loaded.model)
    assert '# konfirmasi ke Kabag\nnotes = "x"\n' in path.read_text(encoding="utf-8")
    save(source, loaded.model, drop_comments=True)
    assert "konfirmasi" not in path.read_text(encoding="utf-8")


def test_hash_in_a_string_is_not_a_comment(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(MINIMAL + 'notes = """\nRuang #2\n"""\nhost = "Pemkot #1"\n')
    assert load_plan(path).source.index.comment_lines == []
