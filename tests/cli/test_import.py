"""`gathertui import PLAN FILE.csv --delegation ID`, against the saved file and exit codes."""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path
from typing import Any

import pytest

from conftest import VISIT

GOOD = (
    "No.;Nama;Jabatan;Instansi;Kategori;No. HP;Surel\n"
    "1;Budi Santoso, S.H.;Wartawan;Radar Mojokerto;cetak;0812 3456 789;budi@radar.co.id\n"
    "2;Sri Wahyuni;Kontributor;Mojokerto TV;TV;;\n"
)
WITH_BAD_ROWS = (
    "name,position,email\n"
    "Budi,Wartawan,budi@radar.co.id\n"
    ",Fotografer,\n"
    "Sri,Redaktur,sri-at-radar\n"
    "\n"
    "Ayu,Kontributor,\n"
)


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def run_import(plan: Path, csv: Path, delegation: str = "mojokerto", **options: Any) -> int:
    from gathertui.commands.import_roster import run

    args = argparse.Namespace(
        plan=str(plan),
        csv=str(csv),
        delegation=delegation,
        skip_invalid=options.get("skip_invalid", False),
        dry_run=options.get("dry_run", False),
        encoding=options.get("encoding"),
        lang=options.get("lang", "en"),
    )
    return run(args)


def people(plan: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = tomllib.loads(plan.read_text())["people"]
    return found


def write(folder: Path, text: str, name: str = "peserta.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_import_adds_the_rows_to_the_delegation(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = people(plan)
    csv = write(workspace.parent, GOOD)
    assert run_import(plan, csv) == 0
    out, err = capsys.readouterr()
    assert "2 people for Rombongan Pemkot Mojokerto" in out
    assert "Budi Santoso, S.H." in out and "Sri Wahyuni" in out and "print" in out
    assert 'these columns are ignored: "No."' in err
    assert f"{plan}: added 2 people to Rombongan Pemkot Mojokerto" in err
    after = people(plan)
    assert len(after) == len(before) + 2
    added = [p for p in after if p["id"] in ("budi-santoso-s-h", "sri-wahyuni")]
    assert added == [
        {
            "id": "budi-santoso-s-h",
            "name": "Budi Santoso, S.H.",
            "delegation": "mojokerto",
            "position": "Wartawan",
            "organization": "Radar Mojokerto",
            "category": "print",
            "phone": "0812 3456 789",
            "email": "budi@radar.co.id",
        },
        {
            "id": "sri-wahyuni",
            "name": "Sri Wahyuni",
            "delegation": "mojokerto",
            "position": "Kontributor",
            "organization": "Mojokerto TV",
            "category": "tv",
        },
    ]
    # Attendance "invited" is the default, so the file leaves it out; the rest is kept.
    assert [p for p in after if p not in added] == before


def test_the_saved_plan_is_canonical(workspace: Path) -> None:
    from gathertui.storage import canonical_text, load_plan

    plan = workspace / VISIT
    assert run_import(plan, write(workspace.parent, GOOD)) == 0
    loaded = load_plan(plan)
    assert canonical_text(loaded.model).encode() == plan.read_bytes()


def test_indonesian_messages(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = workspace / VISIT
    assert run_import(plan, write(workspace.parent, GOOD), lang="id") == 0
    out, err = capsys.readouterr()
    assert "2 peserta untuk Rombongan Pemkot Mojokerto" in out and "cetak" in out
    assert "2 peserta ditambahkan ke Rombongan Pemkot Mojokerto" in err


def test_invalid_rows_import_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = write(workspace.parent, WITH_BAD_ROWS)
    assert run_import(plan, csv) == 1
    assert plan.read_bytes() == before
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert f'{csv}:3: "name" must not be empty' in lines
    bad_email = 'must be an email address like nama@contoh.go.id, not "sri-at-radar"'
    assert f'{csv}:4: "email" {bad_email}' in lines
    assert lines[-1] == (
        "gathertui: 2 rows not valid, so nothing was imported; fix them, "
        "or pass --skip-invalid to import the other 2"
    )


def test_skip_invalid_imports_the_rest(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = workspace / VISIT
    csv = write(workspace.parent, WITH_BAD_ROWS)
    assert run_import(plan, csv, delegation="semarang", skip_invalid=True) == 0
    out, err = capsys.readouterr()
    skipped = [line for line in err.splitlines() if line.startswith(f"{csv}:")]
    assert [line.split(": ", 1)[0] for line in skipped] == [f"{csv}:3", f"{csv}:4"]
    assert "gathertui: skipped 2 invalid rows" in err
    assert "Budi" in out and "Ayu" in out and "sri-at-radar" not in out
    added = {p["name"]: p for p in people(plan) if p["name"] in ("Budi", "Sri", "Ayu")}
    assert set(added) == {"Budi", "Ayu"}
    assert {p["delegation"] for p in added.values()} == {"semarang"}
    assert added["Budi"]["id"] == "budi" and added["Budi"]["email"] == "budi@radar.co.id"
    assert added["Ayu"].get("category", "other") == "other"


def test_skip_invalid_with_no_valid_row_fails(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = write(workspace.parent, "nama;surel\n;\nBudi;salah\n")
    assert run_import(plan, csv, skip_invalid=True) == 1
    assert plan.read_bytes() == before
    assert "no row is valid; nothing was imported" in capsys.readouterr().err


def test_dry_run_writes_nothing(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    assert run_import(plan, write(workspace.parent, GOOD), dry_run=True) == 0
    assert plan.read_bytes() == before
    out, err = capsys.readouterr()
    assert "Budi Santoso" in out
    assert "dry run: 2 people would be added to Rombongan Pemkot Mojokerto" in err


def test_ids_are_unique_against_people_already_there(workspace: Path) -> None:
    plan = workspace / VISIT
    csv = write(workspace.parent, "nama\nSunarto\nSunarto\n")
    assert run_import(plan, csv) == 0
    ids = [p["id"] for p in people(plan)]
    assert len(ids) == len(set(ids))
    assert {"sunarto", "sunarto-2", "sunarto-3"} <= set(ids)


def test_a_second_import_of_the_same_sheet_is_pointed_out(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    csv = write(workspace.parent, GOOD)
    assert run_import(plan, csv) == 0
    capsys.readouterr()
    assert run_import(plan, csv) == 0
    err = capsys.readouterr().err
    assert (
        f'gathertui: {csv}:2: "Budi Santoso, S.H." is already in the plan '
        "(id budi-santoso-s-h); this row adds another person"
    ) in err.splitlines()


def test_unknown_delegation_is_bad_usage(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    assert run_import(plan, write(workspace.parent, GOOD), delegation="jakarta") == 2
    assert plan.read_bytes() == before
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        'gathertui: the plan has no delegation "jakarta"; use one of: semarang, mojokerto\n'
    )


@pytest.mark.parametrize("missing", ["plan", "csv"])
def test_missing_file_is_bad_usage(
    workspace: Path, capsys: pytest.CaptureFixture[str], missing: str
) -> None:
    plan, csv = workspace / VISIT, write(workspace.parent, GOOD)
    if missing == "plan":
        plan = workspace / "tidak-ada.toml"
    else:
        csv = workspace.parent / "tidak-ada.csv"
    assert run_import(plan, csv) == 2
    assert "tidak-ada" in capsys.readouterr().err


def test_missing_name_column_is_an_error(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = write(workspace.parent, "jabatan,instansi\nKepala,Diskominfo\n")
    assert run_import(plan, csv) == 1
    assert plan.read_bytes() == before
    assert f'gathertui: {csv}: the first row has no "nama" or "name" column' in (
        capsys.readouterr().err
    )


def test_comments_in_the_plan_are_kept_by_the_import(workspace: Path) -> None:
    plan = workspace / VISIT
    plan.write_text("# catatan tim\n" + plan.read_text(encoding="utf-8"), encoding="utf-8")
    csv = write(workspace.parent, GOOD)
    assert run_import(plan, csv) == 0
    assert plan.read_text(encoding="utf-8").startswith("# catatan tim\nschema_version = 1\n")


def test_cp1252_file_is_read_in_the_encoding_given(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    csv = workspace.parent / "ansi.csv"
    csv.write_bytes("nama;jabatan\nJosé Gonçalves;Staf\n".encode("cp1252"))
    assert run_import(plan, csv, encoding="cp1252") == 0
    assert "José Gonçalves" in [p["name"] for p in people(plan)]


def test_hostile_values_are_printed_and_saved_as_written(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    csv = write(
        workspace.parent,
        'nama;jabatan\n"=HYPERLINK(""http://x"")";[bold]<script>\x1b[2J\n',
    )
    assert run_import(plan, csv) == 0
    out, _ = capsys.readouterr()
    assert '=HYPERLINK("http://x")' in out
    assert "[bold]<script>\\x1b[2J" in out and "\x1b" not in out
    (person,) = [p for p in people(plan) if p["name"].startswith("=")]
    assert person["name"] == '=HYPERLINK("http://x")'
    assert person["position"] == "[bold]<script>\x1b[2J"


def test_header_only_file_changes_nothing(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = write(workspace.parent, "nama;jabatan\n;\n")
    assert run_import(plan, csv) == 0
    assert plan.read_bytes() == before
    assert "nothing to import" in capsys.readouterr().err


# Malformed rows, encodings, the app's own export, and time (issue 17).

UNCLOSED = 'nama;jabatan\n"Budi;Staf\nSri;Staf\nAyu;Staf\n'


def test_an_unclosed_quote_imports_nothing(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = write(workspace.parent, UNCLOSED)
    assert run_import(plan, csv) == 1
    assert plan.read_bytes() == before
    err = capsys.readouterr().err
    assert f'{csv}:2: line 2: a quote (") opens a value that is never closed' in err
    assert "1 row not valid, so nothing was imported" in err


def test_skip_invalid_skips_a_malformed_row_and_says_which(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    csv = write(workspace.parent, UNCLOSED + "Rina,Staf\n")
    assert run_import(plan, csv, skip_invalid=True) == 0
    err = capsys.readouterr().err
    assert f"{csv}:2: line 2: a quote" in err
    assert f'{csv}:5: line 5 is separated by "," but the first row by ";"' in err
    assert "skipped 2 invalid rows" in err
    names = [p["name"] for p in people(plan)]
    assert "Sri" in names and "Ayu" in names
    assert not [name for name in names if "Budi;" in name or "Rina" in name]


def test_semicolon_rows_under_a_comma_header_import_nothing(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = write(workspace.parent, "nama,jabatan\nBudi;Kadis\n")
    assert run_import(plan, csv) == 1
    assert plan.read_bytes() == before
    assert f'{csv}:2: line 2 is separated by ";" but the first row by ","' in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", 'save it again as "CSV UTF-8", or name its encoding with --encoding'),
        ("id", 'simpan ulang sebagai "CSV UTF-8", atau sebutkan penyandiannya dengan --encoding'),
    ],
)
def test_a_file_in_an_unsure_encoding_is_refused(
    workspace: Path, capsys: pytest.CaptureFixture[str], lang: str, sentence: str
) -> None:
    plan = workspace / VISIT
    before = plan.read_bytes()
    csv = workspace.parent / "gbk.csv"
    csv.write_bytes("nama;jabatan\n张伟;局长\n".encode("gbk"))
    assert run_import(plan, csv, lang=lang) == 1
    assert plan.read_bytes() == before
    assert sentence in capsys.readouterr().err


def test_a_gbk_file_in_the_encoding_given(workspace: Path) -> None:
    plan = workspace / VISIT
    csv = workspace.parent / "gbk.csv"
    csv.write_bytes("nama;jabatan\n张伟;局长\n".encode("gbk"))
    assert run_import(plan, csv, encoding="gbk") == 0
    assert "张伟" in [p["name"] for p in people(plan)]


@pytest.mark.parametrize("name", ["klingon", "rot13"])
def test_an_unknown_encoding_is_bad_usage(
    workspace: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    plan = workspace / VISIT
    assert run_import(plan, write(workspace.parent, GOOD), encoding=name) == 2
    assert f'unknown encoding "{name}"' in capsys.readouterr().err


def test_the_apps_csv_export_imports_back_as_it_was(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gathertui.cli import main
    from gathertui.storage import load_plan

    source = workspace / VISIT
    text = source.read_text(encoding="utf-8")
    first = people(source)[0]
    text = text.replace(f'name = "{first["name"]}"', 'name = "=Budi"', 1)
    text = text.replace("[[people]]", '[[people]]\nphone = "+62 812-3456-7890 (WA)"', 1)
    source.write_text(text, encoding="utf-8")
    exported = workspace.parent / "roster.csv"
    argv = ["export", str(source), "--what", "roster", "--format", "csv", "-o", str(exported)]
    assert main([*argv, "--lang", "en"]) == 0
    assert b"'=Budi" in exported.read_bytes()
    empty = workspace / "empty.toml"
    plan = load_plan(source).model
    empty.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert run_import(empty, exported, delegation="semarang") == 0
    after = people(empty)
    added = after[len(plan.people) :]
    # The export orders people by delegation and precedence.
    assert sorted(p["name"] for p in added) == sorted(p.name for p in plan.people)
    budi = next(p for p in added if p["name"] == "=Budi")
    assert budi["phone"] == "+62 812-3456-7890 (WA)"
    assert not [p for p in added if str(p.get("phone", "")).startswith("'")]


def test_a_long_roster_previews_its_first_rows_and_imports_all(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A preview of every row was most of the time of a large import (bench_import.py).
    plan = workspace / VISIT
    rows = "".join(f"Orang {n};Staf;0812{n:07d}\n" for n in range(2_000))
    csv = write(workspace.parent, "nama;jabatan;hp\n" + rows)
    assert run_import(plan, csv) == 0
    assert "rows not shown here: 1800" in capsys.readouterr().out
    assert len(people(plan)) > 2_000


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "the encoding of a CSV that is not UTF-8"), ("id", "penyandian CSV yang bukan UTF-8")],
)
def test_encoding_is_in_the_help_in_both_languages(
    capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    from gathertui.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser(lang).parse_args(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--encoding NAME" in text and words in text


def test_skip_invalid_leaves_out_the_rest_of_a_broken_value(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = workspace / VISIT
    text = 'nama,catatan\nAndi,"baris satu\nbaris dua, lagi" x\nBudi,Staf\nSri,"a, b"\n'
    csv = write(workspace.parent, text)
    assert run_import(plan, csv, skip_invalid=True) == 0
    assert "skipped 1 invalid row" in capsys.readouterr().err
    names = [p["name"] for p in people(plan)]
    assert "Budi" in names and "Sri" in names
    assert "baris dua" not in names and "Andi" not in names
