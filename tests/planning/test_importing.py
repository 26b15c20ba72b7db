"""A roster from a spreadsheet's CSV export: columns by header, rows valid or told why not."""

from __future__ import annotations

import pytest

from conftest import PLANS, VISIT
from gathertui.model import Attendance, Category, Plan
from gathertui.planning.editing import PlanEditor
from gathertui.planning.importing import (
    RosterError,
    RosterImport,
    import_change,
    read_roster_csv,
    repeated_names,
)
from gathertui.storage import canonical_text, load_plan
from helpers import load_text

COMMA = (
    "name,position,organization,category,phone,email\n"
    "Budi Santoso,Kepala Bidang,Diskominfo,official,0812-3456-789,budi@contoh.go.id\n"
    'Sri Wahyuni,"Wartawan, Redaktur",Radar Mojokerto,print,,\n'
)
SEMICOLON = (
    "Nama;Jabatan;Instansi;Kategori;No HP;Surel\n"
    "Budi Santoso, S.H.;Kepala Bidang;Diskominfo;Pejabat;0812 3456 789;budi@contoh.go.id\n"
    "Sri Wahyuni;Wartawan;Radar Mojokerto;Cetak;;\n"
)


@pytest.fixture
def visit_plan() -> Plan:
    return load_plan(PLANS / VISIT).model


def read(text: str) -> RosterImport:
    return read_roster_csv(text.encode("utf-8"))


def english(roster: RosterImport) -> dict[int, list[str]]:
    return {row.number: [p.render("en") for p in row.problems] for row in roster.invalid}


def test_comma_file_maps_every_column() -> None:
    roster = read(COMMA)
    assert roster.notices == [] and roster.invalid == []
    budi, sri = (row.person for row in roster.rows)
    assert budi is not None and sri is not None
    assert budi.name == "Budi Santoso"
    assert budi.position == "Kepala Bidang"
    assert budi.organization == "Diskominfo"
    assert budi.category is Category.OFFICIAL
    assert budi.phone == "0812-3456-789"
    assert budi.email == "budi@contoh.go.id"
    assert budi.attendance is Attendance.INVITED
    assert sri.position == "Wartawan, Redaktur"
    assert sri.phone is None and sri.email is None
    assert [row.number for row in roster.rows] == [2, 3]


def test_semicolon_file_with_commas_in_names() -> None:
    roster = read(SEMICOLON)
    assert roster.invalid == []
    names = [row.person.name for row in roster.rows if row.person]
    assert names == ["Budi Santoso, S.H.", "Sri Wahyuni"]


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_bom_and_line_endings_are_not_data(ending: str) -> None:
    data = b"\xef\xbb\xbf" + SEMICOLON.replace("\n", ending).encode("utf-8")
    roster = read_roster_csv(data)
    assert roster.unknown_columns == [] and roster.notices == []
    assert [row.fields["name"] for row in roster.rows] == ["Budi Santoso, S.H.", "Sri Wahyuni"]
    assert roster.rows[1].fields["organization"] == "Radar Mojokerto"


def test_utf16_export_with_tabs() -> None:
    # Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
    data = "Nama\tJabatan\nÉlise Ñúñez\tStaf\n".encode("utf-16")
    (row,) = read_roster_csv(data).rows
    assert row.person is not None and row.person.name == "Élise Ñúñez"


def test_not_utf8_in_the_encoding_given() -> None:
    data = "nama;jabatan\nJosé Gonçalves;Staf\n".encode("cp1252")
    roster = read_roster_csv(data, encoding="cp1252")
    (row,) = roster.rows
    assert row.person is not None and row.person.name == "José Gonçalves"


def test_utf8_is_read_as_utf8() -> None:
    roster = read("nama\nJosé Gonçalves\n")
    assert roster.notices == []
    assert roster.rows[0].fields["name"] == "José Gonçalves"


@pytest.mark.parametrize(
    ("words", "category"),
    [
        ("pejabat", Category.OFFICIAL),
        ("Staf", Category.STAFF),
        ("daring", Category.ONLINE),
        ("Media Daring", Category.ONLINE),
        ("cetak", Category.PRINT),
        ("TV", Category.TV),
        ("radio", Category.RADIO),
        ("Influencer", Category.INFLUENCER),
        ("KIM", Category.KIM),
        ("lainnya", Category.OTHER),
        ("online", Category.ONLINE),
        (" print ", Category.PRINT),
        ("", Category.OTHER),
    ],
)
def test_category_in_either_language(words: str, category: Category) -> None:
    (row,) = read(f"nama;kategori\nBudi;{words}\n").rows
    assert row.person is not None and row.person.category is category


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("NAMA", "name"),
        (" Name ", "name"),
        ("jabatan", "position"),
        ("Position", "position"),
        ("instansi", "organization"),
        ("Organisation", "organization"),
        ("organization", "organization"),
        ("telepon", "phone"),
        ("Phone", "phone"),
        ("HP", "phone"),
        ("No HP", "phone"),
        ("No. HP", "phone"),
        ("email", "email"),
        ("E-mail", "email"),
        ("Surel", "email"),
    ],
)
def test_headers_in_indonesian_or_english(header: str, field: str) -> None:
    other = "nama" if field != "name" else "jabatan"
    (row,) = read(f"{header};{other}\nx@contoh.go.id;Budi\n").rows
    assert row.fields[field] == "x@contoh.go.id"


def test_unknown_columns_are_ignored_with_a_notice() -> None:
    roster = read("No.;Nama;Foto;\n1;Budi;budi.jpg;\n")
    assert roster.unknown_columns == ["No.", "Foto"]
    assert [n.render("en") for n in roster.notices] == ['these columns are ignored: "No.", "Foto"']
    assert roster.rows[0].fields == {"name": "Budi"}


def test_missing_name_column_is_an_error() -> None:
    with pytest.raises(RosterError) as caught:
        read("jabatan;instansi\nKepala;Diskominfo\n")
    assert caught.value.message.render("en") == (
        'the first row has no "nama" or "name" column (it has "jabatan", "instansi"); '
        "every person needs a name"
    )


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "the file is empty"),
        (b"\n;;\n\n", "the file is empty"),
        (b"PK\x03\x04\x14\x00\x06\x00", "spreadsheet workbook cannot be read"),
        (b"nama\x00;x\n", "not text"),
    ],
)
def test_files_that_are_not_a_roster(data: bytes, words: str) -> None:
    with pytest.raises(RosterError) as caught:
        read_roster_csv(data)
    assert words in caught.value.message.render("en")


def test_two_columns_for_one_field_is_an_error() -> None:
    with pytest.raises(RosterError, match='"nama" and "Name" hold the same thing'):
        read("nama;Name\nBudi;Budi\n")


def test_empty_rows_are_skipped_and_numbers_stay_the_files() -> None:
    roster = read("nama;jabatan\n\nBudi;Staf\n;;\n  ;  \n12;\nSri;Staf\n")
    # Row 6 ("12" under nama) is a person called "12"; the empty ones leave no trace.
    assert [(row.number, row.fields.get("name")) for row in roster.rows] == [
        (3, "Budi"),
        (6, "12"),
        (7, "Sri"),
    ]


def test_numbered_template_rows_without_values_are_empty() -> None:
    roster = read("No.;Nama;Jabatan\n1;Budi;Staf\n2;;\n3;;\n")
    assert [row.number for row in roster.rows] == [2]


def test_a_line_break_inside_a_cell_is_one_row() -> None:
    roster = read('nama;catatan\n"Budi\nSantoso";"baris satu\nbaris dua"\nSri;\n')
    budi, sri = roster.rows
    assert budi.person is not None and budi.person.name == "Budi Santoso"
    assert budi.person.notes == "baris satu\nbaris dua"
    assert sri.number == 3


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (";Staf;x@contoh.go.id", '"nama" must not be empty'),
        ("Budi;Staf;bukan-email", '"surel" must be an email address like nama@contoh.go.id'),
        ("Budi;Staf;budi@localhost", '"surel" must be an email address'),
    ],
)
def test_an_invalid_row_says_why(row: str, problem: str) -> None:
    roster = read(f"nama;jabatan;surel\nSri;Staf;\n{row}\n")
    assert roster.rows[0].person is not None
    (bad,) = roster.invalid
    assert bad.number == 3 and bad.person is None
    assert problem in bad.problems[0].render("en")


def test_unknown_category_lists_both_languages_and_guesses() -> None:
    (row,) = read("nama;kategori\nBudi;pejabt\n").rows
    assert row.person is None
    assert [p.render("en") for p in row.problems] == [
        '"kategori" must be one of official (pejabat), staff (staf), online (daring), '
        'print (cetak), tv, radio, influencer, kim, other (lainnya), not "pejabt"; '
        'did you mean "pejabat"?'
    ]
    assert row.problems[0].render("id").startswith('"kategori" harus salah satu dari')


def test_phone_a_spreadsheet_rounded_is_invalid() -> None:
    (row,) = read("nama;hp\nBudi;6.28123E+11\n").rows
    assert row.person is None
    assert "digits are lost" in row.problems[0].render("en")


def test_more_values_than_columns_is_invalid() -> None:
    # An unquoted comma in a comma file shifts every later value into the wrong column.
    roster = read("nama,jabatan\nBudi, S.H.,Staf\nSri,Staf\n")
    assert english(roster) == {
        2: [
            "the row has 1 value more than the first row has columns; "
            "put values containing the separator in double quotes"
        ]
    }


def test_every_problem_of_a_row_is_told() -> None:
    (row,) = read("nama;kategori;surel\n;apa;@\n").rows
    assert len(row.problems) == 3


def test_hostile_values_are_kept_as_plain_text() -> None:
    roster = read(
        "nama,jabatan,instansi\n"
        '"=HYPERLINK(""http://x"",""klik"")",<script>alert(1)</script>,[bold]Dinas[/bold]\n'
        "+62812,@SUM(1),-1+1\n"
    )
    assert roster.invalid == []
    first, second = (row.person for row in roster.rows)
    assert first is not None and second is not None
    assert first.name == '=HYPERLINK("http://x","klik")'
    assert first.position == "<script>alert(1)</script>"
    assert first.organization == "[bold]Dinas[/bold]"
    assert (second.name, second.position, second.organization) == ("+62812", "@SUM(1)", "-1+1")
    assert first.id == "hyperlink-http-x-klik"


def test_import_change_gives_ids_unique_in_the_plan(visit_plan: Plan) -> None:
    roster = read("nama\nSunarto\nSunarto\nAyu Wulandari\nBudi\n")
    change = import_change(visit_plan, "mojokerto", roster.rows)
    assert change is not None
    assert change.label.render("en") == "Import 4 people"
    editor = PlanEditor(visit_plan)
    before = [p.id for p in visit_plan.people]
    editor.apply(change)
    added = [p for p in visit_plan.people if p.id not in before]
    assert [p.id for p in added] == ["sunarto-2", "sunarto-3", "ayu-wulandari-2", "budi"]
    assert {p.delegation for p in added} == {"mojokerto"}
    assert {p.attendance for p in added} == {Attendance.INVITED}
    assert {p.category for p in added} == {Category.OTHER}
    ids = [p.id for p in visit_plan.people]
    assert len(ids) == len(set(ids))


def test_imported_people_join_their_delegation_and_undo_removes_them(
    visit_plan: Plan,
) -> None:
    text = canonical_text(visit_plan)
    last_member = max(n for n, p in enumerate(visit_plan.people) if p.delegation == "mojokerto")
    change = import_change(visit_plan, "mojokerto", read("nama\nBudi\nSri\n").rows)
    assert change is not None
    editor = PlanEditor(visit_plan)
    editor.apply(change)
    names = [p.name for p in visit_plan.people]
    assert names[last_member + 1 : last_member + 3] == ["Budi", "Sri"]
    assert change.focus == ("people", last_member + 1)
    # The plan still loads: the new people are valid in it.
    reloaded = load_text(canonical_text(visit_plan))
    assert [p.name for p in reloaded.people] == names
    editor.undo()
    assert canonical_text(visit_plan) == text


def test_import_change_leaves_out_invalid_rows(visit_plan: Plan) -> None:
    roster = read("nama;surel\nBudi;salah\nSri;sri@contoh.go.id\n")
    change = import_change(visit_plan, "semarang", roster.rows)
    assert change is not None and len(change.steps) == 1
    assert import_change(visit_plan, "semarang", roster.invalid) is None


def test_import_change_refuses_an_unknown_delegation(visit_plan: Plan) -> None:
    with pytest.raises(ValueError, match="jakarta"):
        import_change(visit_plan, "jakarta", read("nama\nBudi\n").rows)


def test_repeated_names_are_pointed_out(visit_plan: Plan) -> None:
    roster = read("nama\nsunarto\nBudi\n BUDI \nSri\n")
    found = [(row.number, m.render("en")) for row, m in repeated_names(visit_plan, roster.rows)]
    assert found == [
        (2, '"sunarto" is already in the plan (id sunarto); this row adds another person'),
        (4, '"BUDI" is also on row 3; both rows are added'),
    ]


# Malformed rows, encodings, the app's own export, and time (issue 17).


def test_an_unclosed_quote_is_an_error_naming_its_line() -> None:
    # The quote on line 2 would swallow lines 3 and 4 into Budi's name.
    roster = read('nama;jabatan\n"Budi;Staf\nSri;Staf\nAyu;Staf\n')
    assert english(roster) == {
        2: [
            'line 2: a quote (") opens a value that is never closed, so every line after '
            "it would be part of it; close or remove the quote"
        ]
    }
    assert [row.person.name for row in roster.valid if row.person] == ["Sri", "Ayu"]
    assert [row.number for row in roster.valid] == [3, 4]


def test_a_quote_closed_in_the_middle_of_a_value_is_an_error() -> None:
    roster = read('nama;jabatan\n"Budi;Staf\nSri;"Staf"\nAyu;Staf\n')
    (bad,) = roster.invalid
    assert bad.number == 2
    assert bad.problems[0].render("en").startswith("line 2 cannot be read as CSV")
    assert [row.person.name for row in roster.valid if row.person] == ["Sri", "Ayu"]


def test_rows_with_another_separator_are_errors() -> None:
    roster = read("nama,jabatan\nAndi,Staf\nBudi;Kadis\n")
    assert english(roster) == {
        3: ['line 3 is separated by ";" but the first row by ","; use one separator throughout']
    }
    assert [row.person.name for row in roster.valid if row.person] == ["Andi"]


def test_a_row_with_too_few_values_is_an_error() -> None:
    roster = read("nama;jabatan;instansi\nBudi;Staf\nSri;Staf;Dinas\n")
    assert english(roster) == {
        2: [
            "line 2 has 2 of the 3 columns of the first row; a value, even an empty one, "
            "is needed for each column"
        ]
    }


def test_a_header_with_an_unclosed_quote_is_no_roster() -> None:
    with pytest.raises(RosterError, match="line 1: a quote"):
        read('"nama;jabatan\nBudi;Staf\n')


GBK_ROSTER = "nama,jabatan,instansi\n张伟,局长,市政府\n李娜,秘书,外事办\n王芳,记者,日报社\n"


def test_a_gbk_file_detected_for_sure_is_read_in_it() -> None:
    roster = read_roster_csv(GBK_ROSTER.encode("gbk"))
    assert [row.person.name for row in roster.valid if row.person] == ["张伟", "李娜", "王芳"]
    assert [n.render("en") for n in roster.notices] == [
        "the file is not UTF-8; it was read as gb18030: check accented letters in the preview"
    ]


@pytest.mark.parametrize(
    "data",
    [
        "nama;jabatan\n张伟;局长\n".encode("gbk"),
        "nama;jabatan\nJosé Gonçalves;Staf\n".encode("cp1252"),
    ],
)
def test_a_file_whose_encoding_is_not_sure_is_refused(data: bytes) -> None:
    with pytest.raises(RosterError) as caught:
        read_roster_csv(data)
    assert caught.value.message.render("en") == (
        "the file is not UTF-8 and its encoding cannot be told for sure; save it again as "
        '"CSV UTF-8", or name its encoding with --encoding (for example --encoding cp1252)'
    )
    assert caught.value.message.render("id").startswith("berkas bukan UTF-8")


def test_an_encoding_given_is_used() -> None:
    data = "nama;jabatan\nJosé Gonçalves;Staf\n".encode("cp1252")
    roster = read_roster_csv(data, encoding="cp1252")
    assert roster.notices == []
    assert [row.person.name for row in roster.valid if row.person] == ["José Gonçalves"]
    assert read_roster_csv(GBK_ROSTER.encode("gbk"), encoding="gbk").notices == []


def test_an_encoding_that_does_not_fit_names_the_line() -> None:
    data = "nama;jabatan\nBudi;Staf\nJosé;Staf\n".encode("cp1252")
    with pytest.raises(RosterError) as caught:
        read_roster_csv(data, encoding="utf-8")
    assert caught.value.message.render("en") == (
        "the file cannot be read as utf-8: line 3 holds bytes that are not utf-8"
    )


def test_the_apps_own_csv_export_comes_back_as_it_was(visit_plan: Plan) -> None:
    from gathertui.exports import export

    values = {
        "name": "=Budi",
        "position": "+Kepala",
        "organization": "-Dinas",
        "phone": "+62 812-3456-7890 (WA)",
        "email": "budi@contoh.go.id",
    }
    visit_plan.people[0] = visit_plan.people[0].model_copy(update=values)
    visit_plan.people[1] = visit_plan.people[1].model_copy(
        update={"name": "@Sri", "phone": "+62 812-1111-2222"}
    )
    data = export(visit_plan, None, "roster", "csv", "en")
    assert b"'=Budi" in data and b"'+62 812-3456-7890 (WA)" in data
    people = {row.person.name: row.person for row in read_roster_csv(data).valid if row.person}
    budi, sri = people["=Budi"], people["@Sri"]
    assert (budi.position, budi.organization, budi.phone) == (
        "+Kepala",
        "-Dinas",
        "+62 812-3456-7890 (WA)",
    )
    assert sri.phone == "+62 812-1111-2222"


def test_an_apostrophe_before_anything_else_is_kept() -> None:
    (row,) = read("nama;jabatan\n'Budi;'Staf\n").rows
    assert row.person is not None and (row.person.name, row.person.position) == ("'Budi", "'Staf")


def test_many_identical_names_get_one_id_each(visit_plan: Plan) -> None:
    # The time it takes is bench/bench_import.py's to measure; here, the ids.
    roster = read("nama\n" + "Budi Santoso\n" * 2_000)
    change = import_change(visit_plan, "mojokerto", roster.rows)
    assert change is not None
    PlanEditor(visit_plan).apply(change)
    ids = [p.id for p in visit_plan.people]
    assert len(ids) == len(set(ids))
    assert sum(ident.startswith("budi-santoso") for ident in ids) >= 2_000


def test_unique_ids_give_what_unique_id_gives() -> None:
    from gathertui.planning.editing import UniqueIds, unique_id

    names = ["Budi", "Budi", "Budi 3", "Budi", "budi-2", "Sri", "Budi"]
    taken = {"budi-5", "sri"}
    ids = UniqueIds(taken)
    made = [ids.new(name) for name in names]
    expected, used = [], set(taken)
    for name in names:
        expected.append(unique_id(name, used))
        used.add(expected[-1])
    assert made == expected
    assert len(set(made)) == len(made) and not set(made) & taken


def test_a_quote_wrong_on_the_last_line_is_not_called_unclosed() -> None:
    roster = read('nama;jabatan\nBudi;Staf\nSri;"Staf"x')
    (bad,) = roster.invalid
    assert bad.problems[0].render("en").startswith("line 3 cannot be read as CSV")


def test_the_rest_of_a_value_whose_quote_went_wrong_is_no_person() -> None:
    # Andi's notes span two lines, and the quote meant to close them is followed by
    # text: the second line, "baris dua, lagi\" x", is the end of Andi's row, not a
    # person named "baris dua".
    roster = read(
        'nama,catatan\nAndi,"baris satu\nbaris dua, lagi" x\nBudi,Staf\nSri,"a, b"\nAyu,ok\n'
    )
    (bad,) = roster.invalid
    assert bad.problems[0].render("en").startswith("line 2 cannot be read as CSV")
    assert [row.person.name for row in roster.valid if row.person] == ["Budi", "Sri", "Ayu"]


def test_lines_inside_a_value_left_open_are_no_people() -> None:
    # The quote closing Andi's notes is lost: the next quote (Sri's) ends the value.
    # Only the lines that read as whole rows of the sheet are rows again.
    roster = read(
        'nama,jabatan,catatan\nAndi,Staf,"baris satu\nbaris dua\nBudi,Kadis,ok\n'
        'Sri,Staf,"a, b"\nAyu,Staf,ok\n'
    )
    (bad,) = roster.invalid
    assert bad.number == 2
    assert [row.person.name for row in roster.valid if row.person] == ["Budi", "Sri", "Ayu"]


def test_a_doubled_quote_after_a_bad_row_is_a_row() -> None:
    roster = read('nama,jabatan\n"Andi,Staf\nBudi,"Kepala ""Bidang"""\nSri,Staf\n')
    assert [row.person.name for row in roster.valid if row.person] == ["Budi", "Sri"]
