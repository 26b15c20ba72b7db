"""`gathertui check` reads and validates each file once a run (issue 18): a plan named
on its own is not read again as a member of its folder, nor a folder named beside one of
its files; and the problems are still placed where they were written."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from gathertui import cli
from gathertui.storage import reader
from gathertui.storage.locate import SourceIndex


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[Path]:
    """How many times each file was read, and each plan validated, by resolved path."""
    counted: Counter[Path] = Counter()
    read_bytes, validate = reader.read_file_bytes, reader.plan_from_source

    def counting_read(path: Path) -> bytes:
        counted[path.resolve()] += 1
        return read_bytes(path)

    def counting_validate(source: reader.Source) -> object:
        counted[Path("validated") / source.path.resolve().name] += 1
        return validate(source)

    monkeypatch.setattr(reader, "read_file_bytes", counting_read)
    monkeypatch.setattr(reader, "plan_from_source", counting_validate)
    return counted


def plan_files(workspace: Path) -> list[Path]:
    return sorted(workspace.glob("2*.toml"))


@pytest.mark.parametrize("named", ["file", "folder and file", "file and folder", "two files"])
def test_each_file_is_read_and_validated_once(
    workspace: Path, reads: Counter[Path], named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.parent)
    first, second = (Path("plans") / p.name for p in plan_files(workspace)[:2])
    arguments = {
        "file": [first],
        "folder and file": [Path("plans"), first],
        "file and folder": [first, Path("plans")],
        "two files": [first, second],
    }[named]
    cli.main(["check", *map(str, arguments)])
    assert reads, "the reader was not used"
    assert set(reads.values()) == {1}, reads
    # Every plan of the folder was read: the clashes across plans are still looked for.
    assert {p.resolve() for p in plan_files(workspace)} <= set(reads)


def test_the_output_is_the_same_whatever_else_is_named(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.parent)
    path = plan_files(workspace)[0]
    # Every attendance made wrong: problems all down the file.
    text = path.read_text(encoding="utf-8").replace('attendance = "', 'attendance = "zz')
    path.write_text(text, encoding="utf-8")
    name = str(Path("plans") / path.name)
    cli.main(["check", name])
    alone = capsys.readouterr().out.splitlines()
    cli.main(["check", "plans", name])
    together = capsys.readouterr().out.splitlines()
    assert alone
    assert together[-len(alone) :] == alone
    assert [line for line in together[: -len(alone)] if line.startswith(name)] == alone


def test_a_problem_at_the_end_of_a_long_plan_is_placed_where_it_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = "".join(
        f'\n[[people]]\nid = "p{n}"\nname = "Orang {n}"\nposition = "Staf"\n' for n in range(300)
    )
    last_line = len(people.splitlines())
    text = (
        'schema_version = 1\n\n[event]\ntitle = "Rapat"\nkind = "meeting"\n'
        "start = 2024-03-14\nend = 2024-03-14\n"
        f'{people}attendance = "zzz"\n'
    )
    path = tmp_path / "panjang.toml"
    path.write_text(text, encoding="utf-8")
    cli.main(["check", "--lang", "en", str(path)])
    out = capsys.readouterr().out
    line = text.splitlines().index('attendance = "zzz"') + 1
    assert line > last_line
    assert f"{path}:{line}:1: error:" in out


@pytest.mark.parametrize("plan", ["first", "last"])
def test_the_index_scanned_as_far_as_needed_places_as_the_whole_scan(
    workspace: Path, plan: str
) -> None:
    path = plan_files(workspace)[0 if plan == "first" else -1]
    text = path.read_text(encoding="utf-8")
    whole = SourceIndex.of(text).positions
    assert len(whole) > 20
    for where, place in whole.items():
        # A fresh index for each: it scans only as far as `where`.
        assert SourceIndex.of(text).position(where) == place, where
    # An element of a list, and a path never written (its nearest written ancestor).
    index = SourceIndex.of('silence = [\n  "a",\n  "b",\n]\n[event]\ntitle = "x"\n')
    assert index.position(("silence", 1)) == (3, 3)
    assert index.position(("event", "start")) == (5, 1)
    assert index.position(()) == (1, 1)
