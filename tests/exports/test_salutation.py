"""The MC's salutation: officials present in order of precedence across delegations, a
representative with whom they represent, then the media and community, then everyone."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pypdf
import pytest
from ordered_plan import HOST, gathertui, write_plan

from gathertui.exports import SUPPORTED, export
from gathertui.exports.salutation import office_of, salutation_lines
from gathertui.model.enums import Category, Representative
from gathertui.model.plan import Person, Plan
from gathertui.model.workspace import Preferences, WorkspaceSettings
from gathertui.storage import load_plan

PLAN = (
    """schema_version = 1

[event]
title = "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang"
kind = "visit"
start = 2024-03-14
timezone = "Asia/Jakarta"
host = "Pemerintah Kota Semarang"
"""
    + HOST
    + """
[[people]]
id = "wahyu-setiawan"
name = "Wahyu Setiawan"
delegation = "semarang"
position = "Kepala Bagian Protokol dan Komunikasi Pimpinan"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "confirmed"

[[people]]
id = "ketua-dprd"
name = "Kadar Lusman"
delegation = "semarang"
position = "Ketua DPRD Kota Semarang"
organization = "DPRD Kota Semarang"
category = "official"
attendance = "declined"

[[people]]
id = "wing-wiyarso"
name = "Wing Wiyarso"
honorific = "Dr. H."
delegation = "semarang"
position = "Kepala Dinas Pariwisata Kota Semarang"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "attended"

[[people]]
id = "iswar-aminuddin"
name = "Iswar Aminuddin"
honorific = "Bapak"
delegation = "semarang"
position = "Sekretaris Daerah Kota Semarang"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "confirmed"

[[people]]
id = "ayu-wulandari"
name = "Ayu Wulandari"
delegation = "semarang"
position = "Pembawa Acara"
organization = "Dinas Pariwisata Kota Semarang"
category = "staff"
attendance = "confirmed"

[[people]]
id = "rina-kartika"
name = "Rina Kartika"
delegation = "mojokerto"
position = "Wartawan"
organization = "Radar Mojokerto"
category = "online"
attendance = "confirmed"

[[people]]
id = "budi-radio"
name = "Budi Santoso"
delegation = "mojokerto"
organization = "Radio Mojokerto"
category = "radio"
attendance = "declined"

[[people]]
id = "ery-suhartono"
name = "Ery Suhartono"
honorific = "Bapak"
delegation = "mojokerto"
position = "Kepala Dinas Komunikasi dan Informatika"
organization = "Pemerintah Kota Mojokerto"
category = "official"
attendance = "confirmed"

[[people]]
id = "hevearita-gunaryanti-rahayu"
name = "Hevearita Gunaryanti Rahayu"
delegation = "semarang"
position = "Wali Kota Semarang"
organization = "Pemerintah Kota Semarang"
category = "official"
attendance = "represented"
represented_by = "iswar-aminuddin"
"""
)

GREETING = (
    "Assalamu'alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua, "
    "Om Swastiastu, Namo Buddhaya, salam kebajikan."
)
INDONESIAN = [
    GREETING,
    # The Wali Kota sent the Sekda: greeted in the Wali Kota's name, at the Wali Kota's place.
    "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Bapak Iswar Aminuddin, "
    "Sekretaris Daerah Kota Semarang;",
    # Two Kepala Dinas of equal rank: the guest first, as a courtesy; he leads his party.
    "Yth. Kepala Dinas Komunikasi dan Informatika Pemerintah Kota Mojokerto, Bapak Ery Suhartono, "
    "beserta rombongan;",
    "Yth. Kepala Dinas Pariwisata Kota Semarang, Dr. H. Wing Wiyarso;",
    # Without an honorific, the office alone.
    "Yth. Kepala Bagian Protokol dan Komunikasi Pimpinan Pemerintah Kota Semarang;",
    # Online has someone coming, TV and KIM quota places; the radio journalist declined.
    "Rekan-rekan media daring dan televisi serta Kelompok Informasi Masyarakat yang kami hormati;",
    "Hadirin yang berbahagia.",
]
ENGLISH = [
    "Assalamu'alaikum warahmatullahi wabarakatuh, peace be upon us all, "
    "Om Swastiastu, Namo Buddhaya, salam kebajikan.",
    "The Honourable Wali Kota Semarang, represented on this occasion by Bapak Iswar Aminuddin, "
    "Sekretaris Daerah Kota Semarang;",
    "The Honourable Kepala Dinas Komunikasi dan Informatika Pemerintah Kota Mojokerto, "
    "Bapak Ery Suhartono, and party;",
    "The Honourable Kepala Dinas Pariwisata Kota Semarang, Dr. H. Wing Wiyarso;",
    "The Honourable Kepala Bagian Protokol dan Komunikasi Pimpinan Pemerintah Kota Semarang;",
    "Our respected friends of the online and television media and the Community "
    "Information Groups (KIM);",
    "Ladies and gentlemen.",
]


def _plan(tmp_path: Path, text: str = PLAN) -> Plan:
    return load_plan(write_plan(tmp_path, text)).model


def test_the_salutation_in_indonesian(tmp_path: Path) -> None:
    assert salutation_lines(_plan(tmp_path), None, "id") == INDONESIAN


def test_the_salutation_in_english(tmp_path: Path) -> None:
    assert salutation_lines(_plan(tmp_path), None, "en") == ENGLISH


def test_the_represented_the_declined_and_staff_are_not_named(tmp_path: Path) -> None:
    text = "\n".join(salutation_lines(_plan(tmp_path), None, "id"))
    for name in ("Hevearita", "Kadar Lusman", "Ayu Wulandari", "Rina Kartika", "Budi", "Wahyu"):
        assert name not in text
    assert "radio" not in text


def test_every_group_in_the_issues_words(tmp_path: Path) -> None:
    everyone = PLAN.replace("quotas = { tv = 2 }", "quotas = { print = 1, tv = 2, influencer = 2 }")
    everyone = everyone.replace('category = "radio"\nattendance = "declined"', 'category = "radio"')
    lines = salutation_lines(_plan(tmp_path, everyone), None, "id")
    assert lines[-2] == (
        "Rekan-rekan media daring, cetak, televisi dan radio, para influencer serta "
        "Kelompok Informasi Masyarakat yang kami hormati;"
    )


def test_without_media_or_community_only_everyone_follows_the_officials(tmp_path: Path) -> None:
    text = PLAN.replace("quotas = { kim = 5 }", "").replace("quotas = { tv = 2 }", "")
    text = text.replace('category = "online"', 'category = "staff"')
    lines = salutation_lines(_plan(tmp_path, text), None, "id")
    assert lines[-2].startswith("Yth. Kepala Bagian")
    assert lines[-1] == "Hadirin yang berbahagia."


def test_a_representative_who_is_not_an_official_is_named_for_whom_they_represent(
    tmp_path: Path,
) -> None:
    text = PLAN.replace('represented_by = "iswar-aminuddin"', 'represented_by = "ayu-wulandari"')
    text = text.replace('name = "Ayu Wulandari"', 'name = "Ayu Wulandari"\nhonorific = "Ibu"')
    plan = _plan(tmp_path, text)
    lines = salutation_lines(plan, None, "id")
    assert lines[1] == (
        "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Ibu Ayu Wulandari, "
        "Pembawa Acara Dinas Pariwisata Kota Semarang;"
    )
    assert "Yth. Sekretaris Daerah Kota Semarang, Bapak Iswar Aminuddin;" in lines
    own = WorkspaceSettings(settings=Preferences(representative=Representative.OWN))
    assert (
        "Yth. Pembawa Acara Dinas Pariwisata Kota Semarang, Ibu Ayu Wulandari, "
        "mewakili Wali Kota Semarang;"
    ) in salutation_lines(plan, own, "id")


@pytest.mark.parametrize(
    ("position", "organization", "office"),
    [
        ("Wali Kota Semarang", "Pemerintah Kota Semarang", "Wali Kota Semarang"),
        (
            "Asisten III Administrasi",
            "Pemerintah Kota Mojokerto",
            "Asisten III Administrasi Pemerintah Kota Mojokerto",
        ),
        (
            "Kepala Bidang Pemasaran Pariwisata",
            "Dinas Pariwisata Kota Semarang",
            "Kepala Bidang Pemasaran Pariwisata Dinas Pariwisata Kota Semarang",
        ),
        ("Bupati Tangerang Selatan", "Pemkab Tangerang Selatan", "Bupati Tangerang Selatan"),
        ("Kepala", "Diskominfo", "Kepala Diskominfo"),
        ("Sekretaris Daerah", None, "Sekretaris Daerah"),
        (None, "Pemerintah Kota Semarang", ""),
        # Said as the position names it: no place appended where it already says one.
        ("Lurah Sekayu", "Pemerintah Kota Semarang", "Lurah Sekayu"),
        ("Camat Semarang Tengah", "Pemerintah Kota Semarang", "Camat Semarang Tengah"),
        (
            "Komandan Kodim 0733/Kota Semarang",
            "TNI Angkatan Darat",
            "Komandan Kodim 0733/Kota Semarang",
        ),
        (
            "Kapolrestabes Semarang",
            "Kepolisian Negara Republik Indonesia",
            "Kapolrestabes Semarang",
        ),
        (
            "Asisten III Administrasi",
            "Pemerintah Kota Mojokerto",
            "Asisten III Administrasi Pemerintah Kota Mojokerto",
        ),
        ("Ketua DPRD", "DPRD Kota Semarang", "Ketua DPRD Kota Semarang"),
        (
            "Kepala Dinas Pariwisata",
            "Dinas Pariwisata Kota Semarang",
            "Kepala Dinas Pariwisata Kota Semarang",
        ),
        ("Wali Kota", "Pemerintah Kota Semarang", "Wali Kota Semarang"),
        (
            "PLT Kepala Dinas Pariwisata",
            "Pemerintah Kota Semarang",
            "Plt. Kepala Dinas Pariwisata Pemerintah Kota Semarang",
        ),
    ],
)
def test_the_office_names_its_place_once(
    position: str | None, organization: str | None, office: str
) -> None:
    person = Person(id="x", name="X", position=position, organization=organization)
    assert office_of(person) == office


HOSTILE_NAME = "[bold]x\x1b[31mMerah"
HOSTILE_POSITION = "Kepala Dinas <script>alert(1)</script> *Kota*"


def _hostile(tmp_path: Path) -> Plan:
    """The guests' Kepala Dinas with markup and an escape code (as TOML writes it)."""
    toml_name = HOSTILE_NAME.replace("\x1b", "\\u001b")
    text = PLAN.replace('name = "Ery Suhartono"', f'name = "{toml_name}"')
    return _plan(
        tmp_path,
        text.replace(
            'position = "Kepala Dinas Komunikasi dan Informatika"',
            f'position = "{HOSTILE_POSITION}"',
        ),
    )


def test_hostile_text_stays_literal(tmp_path: Path) -> None:
    plan = _hostile(tmp_path)
    txt = export(plan, None, "salutation", "txt", "id").decode()
    assert "[bold]x\\x1b[31mMerah" in txt and "\x1b" not in txt
    assert HOSTILE_POSITION in txt
    md = export(plan, None, "salutation", "md", "id").decode()
    assert "\\[bold\\]x" in md and "\\<script\\>" in md and "<script>" not in md
    assert "\\*Kota\\*" in md and "\x1b" not in md
    html = export(plan, None, "salutation", "html", "id").decode()
    assert "&lt;script&gt;" in html and "<script>" not in html and "[bold]x" in html
    assert "\x1b" not in html
    pdf = _pdf_text(export(plan, None, "salutation", "pdf", "id"))
    assert "[bold]x" in pdf and "<script>alert(1)</script>" in pdf
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", pdf)


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    """The text with every run of white space (a wrapped line) made one space."""
    return " ".join(text.split())


@pytest.mark.parametrize("fmt", SUPPORTED["salutation"])
@pytest.mark.parametrize(
    ("lang", "heading", "lines"),
    [("id", "SAPAAN PEMBAWA ACARA", INDONESIAN), ("en", "MC'S SALUTATION", ENGLISH)],
)
def test_every_format_draws_it(
    tmp_path: Path, fmt: str, lang: str, heading: str, lines: list[str]
) -> None:
    data = export(_plan(tmp_path), None, "salutation", fmt, lang)
    if fmt == "pdf":
        text = _pdf_text(data)
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    else:
        text = data.decode()
        if fmt == "html":
            text = text.replace("&#x27;", "'")
    text = _flat(text)
    heading_at = text.index(heading)
    at = [text.index(line) for line in lines]
    assert heading_at < at[0]
    assert at == sorted(at)
    assert "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang" in text
    assert ("Kamis, 14 Maret 2024" if lang == "id" else "Thursday, 14 March 2024") in text


def test_it_is_refused_as_csv_or_ics(tmp_path: Path) -> None:
    from gathertui.exports import ExportError

    for fmt in ("csv", "ics"):
        with pytest.raises(ExportError):
            export(_plan(tmp_path), None, "salutation", fmt, "id")


def test_cli_salutation(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, PLAN)
    run = gathertui("export", plan, "--what", "salutation", "--format", "txt")
    assert run.returncode == 0, run.stderr
    text = _flat(run.stdout.decode())
    assert [text.index(line) for line in INDONESIAN] == sorted(
        text.index(line) for line in INDONESIAN
    )
    target = tmp_path / "sapaan.pdf"
    args = ("--what", "salutation", "--format", "pdf", "--lang", "en", "-o", target)
    assert gathertui("export", plan, *args).returncode == 0
    assert ENGLISH[0] in _flat(_pdf_text(target.read_bytes()))
    refused = gathertui("export", plan, "--what", "salutation", "--format", "csv")
    assert refused.returncode == 1 and b"csv" in refused.stderr


def test_the_example_visit(tmp_path: Path) -> None:
    from conftest import PLANS, VISIT

    lines = salutation_lines(load_plan(PLANS / VISIT).model, None, "id")
    # The example names no honorifics: each is greeted by office alone.
    assert lines[1:4] == [
        "Yth. Wali Kota Semarang, yang dalam hal ini diwakili oleh Kepala Dinas Komunikasi, "
        "Informatika, Statistik dan Persandian Kota Semarang;",
        "Yth. Asisten III Administrasi Pemerintah Kota Mojokerto, beserta rombongan;",
        "Yth. Kepala Dinas Komunikasi dan Informatika Kota Mojokerto;",
    ]
    assert not any("Ayu Wulandari" in line or "Hevearita" in line for line in lines)
    assert not any("Bapak" in line or "Ibu" in line for line in lines)


def test_a_long_salutation_runs_over_pages(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    extra = [
        Person(
            id=f"camat-{n}",
            name=f"Camat Nomor {n}",
            honorific="Bapak",
            delegation="semarang",
            position=f"Camat Kecamatan {n}",
            organization="Pemerintah Kota Semarang",
            category=Category.OFFICIAL,
        )
        for n in range(120)
    ]
    plan = plan.model_copy(update={"people": [*plan.people, *extra]})
    text = _pdf_text(export(plan, None, "salutation", "pdf", "id", "f4"))
    assert len(re.findall(r"Camat Nomor \d+;", text)) == 120
    assert "Halaman 3 dari" in text
