"""Each validation rule of the plan format, with the line and sentence a person sees."""

from __future__ import annotations

from datetime import date, time

import pytest

from gathertui.model import migrate as migration
from helpers import MINIMAL, load_text, only_problem


def test_minimal_plan_loads() -> None:
    plan = load_text(MINIMAL)
    assert plan.event.title == "Rapat"
    assert plan.event.days()[0].isoformat() == "2024-03-14"


@pytest.mark.parametrize("ident", ["Aula", "aula utama", "-aula", "aula_1", ""])
def test_ids_are_lowercase_slugs(ident: str) -> None:
    line, column, code, message = only_problem(
        MINIMAL + f'\n[[venues]]\nid = "{ident}"\nname = "Aula"\n'
    )
    assert (line, column, code) == (8, 1, "bad-value")
    assert "lowercase letters, digits and dashes" in message


def test_ids_are_unique_per_kind() -> None:
    text = (
        MINIMAL + '\n[[venues]]\nid = "aula"\nname = "A"\n\n[[venues]]\nid = "aula"\nname = "B"\n'
    )
    assert only_problem(text) == (
        12,
        1,
        "duplicate-id",
        'venue "aula": id "aula" is used twice; ids must be unique',
    )


def test_same_id_in_two_kinds_is_fine() -> None:
    text = (
        MINIMAL + '\n[[venues]]\nid = "aula"\nname = "A"\n\n[[people]]\nid = "aula"\nname = "B"\n'
    )
    assert load_text(text).people[0].id == "aula"


@pytest.mark.parametrize(
    ("block", "line", "column", "message"),
    [
        (
            '[[people]]\nid = "a"\nname = "A"\ndelegation = "dki"\n',
            10,
            1,
            'person "a": delegation "dki" does not exist',
        ),
        (
            '[[agenda]]\nid = "buka"\nstart = 09:00:00\nminutes = 5\ntitle = "Buka"\n'
            'venue = "aula"\n',
            12,
            1,
            'agenda item "buka": venue "aula" does not exist',
        ),
        (
            '[[agenda]]\nid = "buka"\nstart = 09:00:00\nminutes = 5\ntitle = "Buka"\npic = "x"\n',
            12,
            1,
            'agenda item "buka": person in charge "x" does not exist',
        ),
        (
            '[[agenda]]\nid = "buka"\nstart = 09:00:00\nminutes = 5\ntitle = "Buka"\n'
            'speakers = ["x"]\n',
            12,
            13,  # the entry in the list
            'agenda item "buka": speaker "x" does not exist',
        ),
    ],
)
def test_references_resolve(block: str, line: int, column: int, message: str) -> None:
    assert only_problem(MINIMAL + "\n" + block) == (line, column, "unknown-reference", message)


def test_end_not_before_start() -> None:
    text = MINIMAL.replace("start = 2024-03-14", "start = 2024-03-14\nend = 2024-03-13")
    assert only_problem(text) == (
        6,
        1,
        "bad-value",
        'table [event]: "end" (2024-03-13) is before "start" (2024-03-14)',
    )


def _event_times(start: str, end: str | None = None) -> str:
    lines = f"start = {start}" + (f"\nend = {end}" if end else "")
    return MINIMAL.replace("start = 2024-03-14", lines)


@pytest.mark.parametrize(
    ("start", "end", "first", "last", "begins", "ends"),
    [
        ("2024-03-14", None, date(2024, 3, 14), date(2024, 3, 14), None, None),
        ("2024-03-14T09:00:00", None, date(2024, 3, 14), date(2024, 3, 14), time(9), None),
        (
            "2024-03-14T09:00:00",
            "2024-03-14T12:30:00",
            date(2024, 3, 14),
            date(2024, 3, 14),
            time(9),
            time(12, 30),
        ),
        ("2024-03-14T09:00:00", "2024-03-16", date(2024, 3, 14), date(2024, 3, 16), time(9), None),
        ("2024-03-14", "2024-03-15T12:00:00", date(2024, 3, 14), date(2024, 3, 15), None, time(12)),
    ],
)
def test_event_start_and_end_are_days_or_local_date_times(
    start: str, end: str | None, first: date, last: date, begins: time | None, ends: time | None
) -> None:
    event = load_text(_event_times(start, end)).event
    assert (event.first_day, event.last_day) == (first, last)
    assert (event.start_time, event.end_time) == (begins, ends)
    assert event.days()[0] == first
    assert event.days()[-1] == last


def test_event_time_with_an_offset_is_refused_at_its_line() -> None:
    assert only_problem(_event_times("2024-03-14T09:00:00+08:00")) == (
        5,
        1,
        "bad-value",
        'table [event]: "start" must be a date, or a local date and time without offset, '
        "such as 2025-03-14T09:00:00, not 2024-03-14T09:00:00+08:00",
    )


def test_event_end_hour_not_before_start_hour() -> None:
    line, _column, code, message = only_problem(
        _event_times("2024-03-14T09:00:00", "2024-03-14T08:00:00")
    )
    assert (line, code) == (6, "bad-value")
    assert '"end" (2024-03-14T08:00:00) is before "start"' in message
    # A bare day is the whole day: ending on the start's day is never before it.
    assert load_text(_event_times("2024-03-14T09:00:00", "2024-03-14")).event.last_day


def test_agenda_day_within_event() -> None:
    text = MINIMAL + (
        '\n[[agenda]]\nid = "buka"\nday = 2024-03-15\nstart = 09:00:00\nminutes = 5\n'
        'title = "Buka"\n'
    )
    assert only_problem(text) == (
        9,
        1,
        "day-outside-event",
        'agenda item "buka": day 2024-03-15 is outside the event (2024-03-14 to 2024-03-14)',
    )


def test_multi_day_agenda_day_inside() -> None:
    text = MINIMAL.replace("start = 2024-03-14", "start = 2024-03-14\nend = 2024-03-16") + (
        '\n[[agenda]]\nid = "buka"\nday = 2024-03-16\nstart = 09:00:00\nminutes = 5\n'
        'title = "Buka"\n'
    )
    assert load_text(text).agenda[0].day is not None


@pytest.mark.parametrize("minutes", [0, -5])
def test_minutes_positive(minutes: int) -> None:
    text = MINIMAL + (
        f'\n[[agenda]]\nid = "buka"\nstart = 09:00:00\nminutes = {minutes}\ntitle = "Buka"\n'
    )
    line, _, code, message = only_problem(text)
    assert (line, code) == (10, "bad-value")
    assert message == f'agenda item "buka": "minutes" must be more than 0, not {minutes}'


@pytest.mark.parametrize("zone", ["UTC+7", "+07:00", "Asia/Nowhere", "WIB"])
def test_timezone_is_iana(zone: str) -> None:
    text = MINIMAL + f'timezone = "{zone}"\n'
    line, _, code, message = only_problem(text)
    assert (line, code) == (6, "bad-value")
    assert "IANA time zone" in message and zone in message


@pytest.mark.parametrize("zone", ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
def test_indonesian_zones_accepted(zone: str) -> None:
    assert load_text(MINIMAL + f'timezone = "{zone}"\n').event.timezone == zone


def test_quotas_not_negative() -> None:
    text = MINIMAL + '\n[[delegations]]\nid = "d"\nname = "D"\nquotas = { online = 30, tv = -1 }\n'
    assert only_problem(text) == (
        10,
        25,
        "bad-value",
        'delegation "d": "quotas.tv" must be at least 0, not -1',
    )


def test_quota_category_unknown_with_hint() -> None:
    text = MINIMAL + '\n[[delegations]]\nid = "d"\nname = "D"\nquotas = { onlin = 30 }\n'
    assert only_problem(text) == (
        10,
        12,
        "unknown-key",
        'delegation "d": unknown key "onlin"; did you mean "online"?',
    )


@pytest.mark.parametrize(
    ("field", "value", "hint"),
    [
        ("kind", "visti", "visit"),
        ("status", "confimed", "confirmed"),
    ],
)
def test_closed_enums(field: str, value: str, hint: str) -> None:
    line, _, code, message = only_problem(MINIMAL + f'{field} = "{value}"\n')
    assert (line, code) == (6, "bad-value")
    assert f'not "{value}"; did you mean "{hint}"?' in message


def test_unknown_key_with_hint() -> None:
    text = MINIMAL + '\n[[people]]\nid = "a"\nname = "A"\npositon = "Camat"\n'
    assert only_problem(text) == (
        10,
        1,
        "unknown-key",
        'person "a": unknown key "positon"; did you mean "position"?',
    )


def test_unknown_top_level_table() -> None:
    line, column, code, message = only_problem(MINIMAL + '\n[[peserta]]\nid = "a"\n')
    assert (line, column, code) == (7, 1, "unknown-key")
    assert message == 'unknown key "peserta"'


def test_missing_key_points_at_block_header() -> None:
    text = MINIMAL + '\n\n[[people]]\nid = "a"\n'
    assert only_problem(text) == (8, 1, "missing-key", 'person "a": "name" is missing')


def test_schema_version_missing() -> None:
    line, _, code, message = only_problem(MINIMAL.replace("schema_version = 1\n", ""))
    assert (line, code) == (1, "schema-version")
    assert "schema_version is missing" in message


def test_schema_version_newer() -> None:
    line, _, code, message = only_problem(MINIMAL.replace("= 1", "= 7", 1))
    assert (line, code) == (1, "schema-version")
    assert message.startswith("schema_version 7 is newer than this gathertui reads (1)")


def test_schema_version_not_a_number() -> None:
    _, _, code, message = only_problem(MINIMAL.replace("= 1", '= "1"', 1))
    assert code == "schema-version"
    assert 'not "1"' in message


def test_older_versions_are_migrated(monkeypatch: pytest.MonkeyPatch) -> None:
    # A future format 2 that renamed "pic" to "in_charge": version-1 files must still load.
    def rename_pic(document: dict[str, object]) -> dict[str, object]:
        document["renamed"] = True
        return document

    monkeypatch.setattr(migration, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migration, "MIGRATIONS", {1: rename_pic})
    migrated = migration.migrate({"schema_version": 1})
    assert migrated == {"schema_version": 2, "renamed": True}
    with pytest.raises(migration.VersionError) as error:
        migration.migrate({"schema_version": 0})
    assert error.value.reason == "too-old"


def test_indonesian_messages() -> None:
    text = MINIMAL + '\n[[people]]\nid = "a"\nname = "A"\ndelegation = "dki"\n'
    from helpers import problems_of

    (problem,) = problems_of(text)
    assert problem.message.render("id") == 'peserta "a": rombongan "dki" tidak ada'
