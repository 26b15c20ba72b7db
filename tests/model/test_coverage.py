"""`[[coverage]]`: the reports about an event, validated at their line, written back
canonically, and checked against the event's days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gathertui.model.enums import CoverageKind
from gathertui.planning.checks import plan_checks
from gathertui.planning.coverage import partner_counts, partner_media
from gathertui.storage import canonical_text
from helpers import MINIMAL, load_text, only_problem

ENTRY = """
[[coverage]]
outlet = "Suara Merdeka"
title = "Wali Kota Terima Rombongan Mojokerto"
url = "https://www.suaramerdeka.com/semarang/123"
date = 2024-03-15
kind = "print"
"""


def test_a_coverage_entry_reads_with_every_key() -> None:
    plan = load_text(MINIMAL + ENTRY + 'notes = "halaman 3"\n')
    entry = plan.coverage[0]
    assert entry.outlet == "Suara Merdeka"
    assert entry.date == date(2024, 3, 15)
    assert entry.kind is CoverageKind.PRINT
    assert entry.notes == "halaman 3"


@pytest.mark.parametrize(
    ("bad", "line", "words"),
    [
        ('url = "ftp://example.com/x"', 10, '"url" must be a web address'),
        ('url = "suaramerdeka.com/x"', 10, '"url" must be a web address'),
        ('url = "https://exa mple.com"', 10, '"url" must be a web address'),
        ('url = "https://"', 10, '"url" must be a web address'),
        ('date = "2024-03-15"', 11, '"date" must be a date'),
        ("date = 2024-03-15T10:00:00", 11, '"date"'),
        ('kind = "blog"', 12, "online, print, tv, radio, social"),
        ('outlet = " "', 8, '"outlet" must contain a visible character'),
    ],
)
def test_a_bad_value_is_an_error_at_its_line(bad: str, line: int, words: str) -> None:
    key = bad.split(" =")[0]
    text = MINIMAL + "\n".join(
        bad if row.startswith(f"{key} =") else row for row in ENTRY.splitlines()
    )
    at, column, code, message = only_problem(text + "\n")
    assert (at, column, code) == (line, 1, "bad-value")
    assert words in message
    assert "coverage #1" in message


def test_outlet_and_title_are_required() -> None:
    _, _, code, message = only_problem(MINIMAL + '\n[[coverage]]\noutlet = "Tribun"\n')
    assert code == "missing-key"
    assert "title" in message


def test_coverage_is_written_canonically_after_the_rundown() -> None:
    messy = MINIMAL + (
        '\n[[coverage]]\nkind = "online"\ntitle = "B"\noutlet = "A"\n'
        '\n[[agenda]]\nid = "buka"\nstart = 09:00:00\nminutes = 10\ntitle = "Pembukaan"\n'
    )
    text = canonical_text(load_text(messy))
    assert text.index("[[agenda]]") < text.index("[[coverage]]")
    assert '[[coverage]]\noutlet = "A"\ntitle = "B"\nkind = "online"\n' in text
    assert canonical_text(load_text(text)) == text


def test_a_report_dated_before_the_event_is_warned_at_its_date() -> None:
    plan = load_text(MINIMAL + ENTRY.replace("2024-03-15", "2024-03-01"))
    found = [p for p in plan_checks(plan) if p.code == "coverage-before-event"]
    assert [p.path for p in found] == [("coverage", 0, "date")]
    assert "2024-03-01" in found[0].message.render("en")


def test_a_report_on_or_after_the_first_day_is_not_warned() -> None:
    plan = load_text(MINIMAL + ENTRY.replace("2024-03-15", "2024-03-14"))
    assert not [p for p in plan_checks(plan) if p.code == "coverage-before-event"]


def test_partner_media_counted_whatever_the_case() -> None:
    people = (
        '\n[[people]]\nid = "a"\nname = "Andi"\norganization = "Suara Merdeka"\n'
        'category = "print"\n'
        '\n[[people]]\nid = "b"\nname = "Budi"\norganization = "TVRI Jawa Tengah"\n'
        'category = "tv"\n'
        '\n[[people]]\nid = "c"\nname = "Citra"\norganization = "Pemkot"\n'
        'category = "official"\n'
    )
    plan = load_text(MINIMAL + people + ENTRY.replace("Suara Merdeka", "suara  MERDEKA"))
    partners = partner_media([plan])
    assert partners == ["Suara Merdeka", "TVRI Jawa Tengah"]
    assert [(c.outlet, c.reports) for c in partner_counts(plan, partners)] == [
        ("Suara Merdeka", 1),
        ("TVRI Jawa Tengah", 0),
    ]


def _with(*entries: str) -> str:
    return MINIMAL + "".join(
        f'\n[[coverage]]\noutlet = "{outlet}"\ntitle = "Berita {outlet}"\n' for outlet in entries
    )


def test_diff_tells_coverage_added_and_removed() -> None:
    from gathertui.planning.diff import plan_changes
    from gathertui.planning.diff_words import describe_changes

    old, new = load_text(_with("Tribun", "Kompas")), load_text(_with("Kompas", "Antara"))
    assert describe_changes(plan_changes(old, new), old, new, "en") == [
        ("Coverage", ["+ Antara: Berita Antara", "- Tribun: Berita Tribun"])
    ]


def test_a_merge_keeps_the_coverage_both_sides_added() -> None:
    from gathertui.planning.merge import merge_plans

    base = load_text(_with("Kompas"))
    ours, theirs = load_text(_with("Kompas", "Tribun")), load_text(_with("Antara"))
    merged = merge_plans(base, ours, theirs)
    assert [entry.outlet for entry in merged.coverage] == ["Tribun", "Antara"]
    assert not merged.conflicts


def test_a_coverage_step_survives_the_recovery_journal() -> None:
    from gathertui.model.plan import Coverage
    from gathertui.planning.coverage import add_coverage
    from gathertui.planning.step_records import replay, step_record

    plan = load_text(MINIMAL)
    entry = Coverage(outlet="Tribun", title="Judul", url="https://tribun.example/a")
    records = [step_record(step) for step in add_coverage(plan, entry).steps]
    replay(plan, records)
    assert plan.coverage == [entry]


def test_check_prints_file_line_and_column_of_each_bad_coverage_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gathertui.cli import main

    plan = tmp_path / "plan.toml"
    bad = ENTRY.replace("https://", "ftp://").replace('"print"', '"blog"')
    plan.write_text(MINIMAL + bad, encoding="utf-8")
    assert main(["check", "--lang", "en", str(plan)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(" [")[0].split(": error")[0] for line in out if "error" in line][:2] == [
        f"{plan}:10:1",
        f"{plan}:12:1",
    ]
