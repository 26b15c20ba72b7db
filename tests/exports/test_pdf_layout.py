"""Where the PDF printouts break their pages, read back with pypdf: no table row alone on
a page, a rundown that fits one page on one page, each delegation's sign-in sheet on a
page of its own, the press's columns, the draft mark on every page, the logo."""

from __future__ import annotations

import io
import re
from datetime import time, timedelta

import pypdf
import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.exports.document import Document, Letterhead, Section, Table
from gathertui.exports.html import render_html
from gathertui.exports.pdf import render_pdf
from gathertui.model.enums import Category, Status
from gathertui.model.plan import AgendaItem, Person, Plan, Quotas
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

PAPERS = ("a4", "f4")
# A row of the Susunan Acara by its time: "09.45–10.00".
ROW_TIME = re.compile(r"\d\d\.\d\d–\d\d\.\d\d")
# Titles of different lengths, so rows of one, two and three lines meet page ends
# at different places.
TITLES = (
    "Pembukaan",
    "Sambutan Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
    "Paparan kalender wisata dan agenda kegiatan pariwisata Kota Semarang semester ini "
    "bersama para pelaku usaha dan media",
)


def _visit() -> Plan:
    return load_plan(PLANS / VISIT).model


def _settings() -> WorkspaceSettings:
    return load_settings(PLANS / "gathertui.toml").model


def _rundown(count: int, days: int = 1) -> Plan:
    """The example visit with `count` items, spread over `days` days."""
    plan = _visit()
    first = plan.event.first_day
    per_day = -(-count // days)
    items = []
    for n in range(count):
        day = first + timedelta(days=n // per_day)
        minute = 7 * 60 + (n % per_day) * 15
        items.append(
            AgendaItem(
                id=f"acara-{n + 1}",
                day=day if days > 1 else None,
                start=time(minute // 60, minute % 60),
                minutes=15,
                title=f"{TITLES[n % len(TITLES)]} {n + 1}",
                venue="lokakrida",
            )
        )
    event = plan.event.model_copy(update={"end": first + timedelta(days=days - 1)})
    return plan.model_copy(update={"event": event, "agenda": items})


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _rows_per_page(plan: Plan, paper: str) -> list[int]:
    pdf = export(plan, None, "agenda", "pdf", "id", paper)
    return [len(ROW_TIME.findall(text)) for text in _pages(pdf)]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("days", [1, 2])
def test_a_forty_item_rundown_leaves_no_row_alone_on_a_page(paper: str, days: int) -> None:
    rows = _rows_per_page(_rundown(40, days), paper)
    assert sum(rows) == 40
    assert len(rows) > 1
    assert 1 not in rows, rows


@pytest.mark.parametrize("paper", PAPERS)
def test_no_length_of_rundown_ends_a_table_with_one_row_on_a_page(paper: str) -> None:
    # Wherever the page ends, the last rows (and the first) go over in twos or more.
    for count in range(24, 40):
        rows = _rows_per_page(_rundown(count), paper)
        assert 1 not in rows, (count, rows)


def test_two_days_each_open_with_rows_under_their_title() -> None:
    for paper in PAPERS:
        pdf = export(_rundown(40, 2), None, "agenda", "pdf", "id", paper)
        for text in _pages(pdf):
            # A day's title at the foot of a page would have no row after it there.
            if "Hari 2 ·" in text:
                after = text.split("Hari 2 ·", 1)[1]
                assert len(ROW_TIME.findall(after)) >= 2


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_example_visits_programme_fits_one_page(paper: str, lang: str) -> None:
    # With the workspace's letterhead and its logo, as `gathertui export` prints it.
    logo = (PLANS / "logo.png").read_bytes()
    pdf = export(_visit(), _settings(), "agenda", "pdf", lang, paper, logo=logo)
    assert len(_pages(pdf)) == 1


def _with_media(plan: Plan) -> Plan:
    """The visit with a named journalist in Mojokerto's delegation."""
    journalist = Person(
        id="dewi-lestari",
        name="Dewi Lestari",
        delegation="mojokerto",
        organization="Radar Mojokerto",
        phone="+62 812 3456 7890",
        category=Category.PRINT,
    )
    return plan.model_copy(update={"people": [*plan.people, journalist]})


@pytest.mark.parametrize(
    ("lang", "media", "mobile", "part"),
    [("id", "Media", "No. HP", "— Media"), ("en", "Media", "Mobile", "— Press")],
)
def test_the_press_signs_with_medium_and_phone(
    lang: str, media: str, mobile: str, part: str
) -> None:
    pdf = export(_with_media(_visit()), None, "attendance", "pdf", lang, "a4")
    # The words in order, whatever lines the cells wrap into.
    text = " ".join(" ".join(_pages(pdf)).split())
    assert f"Rombongan Pemkot Mojokerto {part}" in text
    assert f"Nama {media} {mobile}" in text or f"Name {media} {mobile}" in text
    assert "Radar Mojokerto +62 812 3456 7890" in text
    # The officials' sheet keeps its position column.
    position = "Jabatan / Instansi" if lang == "id" else "Position / Organisation"
    assert text.count(position) >= 2


def test_an_officials_only_delegation_keeps_its_columns() -> None:
    plan = _visit()
    quiet = [entry.model_copy(update={"quotas": Quotas()}) for entry in plan.delegations]
    text = export(plan.model_copy(update={"delegations": quiet}), None, "attendance", "md", "id")
    assert b"No. HP" not in text and b"| Media |" not in text
    assert b"Jabatan / Instansi" in text


@pytest.mark.parametrize("paper", PAPERS)
def test_each_delegation_starts_a_page(paper: str) -> None:
    plan = _visit()
    pdf = export(plan, None, "attendance", "pdf", "id", paper)
    pages = _pages(pdf)
    for entry in plan.delegations:
        # The delegation's name opens the page its sheet starts on (after the
        # letterhead and title block on the first page).
        starting = [n for n, text in enumerate(pages) if entry.name in text]
        assert starting
        first = starting[0]
        if first:
            assert pages[first].lstrip().startswith(entry.name)


def test_the_html_sheet_breaks_the_page_before_each_delegation_but_the_first() -> None:
    html = export(_visit(), None, "attendance", "html", "id").decode()
    assert html.count('<h2 class="new-page">') == len(_visit().delegations) - 1
    assert "page-break-before: always" in html


@pytest.mark.parametrize(("lang", "mark"), [("id", "DRAF"), ("en", "DRAFT")])
def test_a_draft_is_marked_on_every_page(lang: str, mark: str) -> None:
    plan = _visit()
    event = plan.event.model_copy(update={"status": Status.DRAFT})
    draft = plan.model_copy(update={"event": event})
    for what in ("attendance", "roster", "salutation"):
        pages = _pages(export(draft, None, what, "pdf", lang, "a4"))
        assert all(mark in text for text in pages), what
        assert len(pages) > 1 or what != "attendance"
    # A final plan carries no mark.
    for text in _pages(export(plan, None, "attendance", "pdf", lang, "a4")):
        assert "DRAF" not in text
    html = export(draft, None, "agenda", "html", lang).decode()
    assert f'<div class="watermark" aria-hidden="true">{mark}</div>' in html


def _document(logo: bytes | None) -> Document:
    table = Table(["No.", "Acara"], [0.2, 0.8], [["1", "Pembukaan"]])
    head = Letterhead(["PEMERINTAH KOTA SEMARANG", "Jl. Pemuda No. 148"], logo, "Lambang")
    return Document("SUSUNAN ACARA", "Rapat", [], [Section("", [], table)], head)


def _images(data: bytes) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_the_logo_is_an_image_on_the_pdf_letterhead() -> None:
    logo = (PLANS / "logo.png").read_bytes()
    with_logo = render_pdf(_document(logo))
    assert _images(with_logo) == 1
    assert "PEMERINTAH KOTA SEMARANG" in _pages(with_logo)[0]
    assert _images(render_pdf(_document(None))) == 0
    # Bytes that are no picture print the letterhead without it, never an error.
    broken = render_pdf(_document(b"\x89PNG\r\n\x1a\nnot really"))
    assert _images(broken) == 0 and "PEMERINTAH KOTA SEMARANG" in _pages(broken)[0]
    # The same document gives the same bytes, logo and all.
    assert render_pdf(_document(logo)) == with_logo


def test_the_logo_is_embedded_in_html_and_left_out_of_text() -> None:
    logo = (PLANS / "logo.png").read_bytes()
    settings = _settings()
    html = export(_visit(), settings, "agenda", "html", "id", logo=logo).decode()
    assert '<img src="data:image/png;base64,iVBORw0KGgo' in html
    assert 'alt="Lambang Pemerintah Kota Semarang"' in html
    for fmt in ("md", "txt"):
        text = export(_visit(), settings, "agenda", fmt, "id", logo=logo).decode()
        assert "base64" not in text and "Lambang" not in text


def test_the_address_ends_with_the_postcode() -> None:
    text = export(_visit(), _settings(), "agenda", "md", "id").decode()
    assert "Jl. Pemuda No. 148, Semarang 50132" in text


def test_the_logos_text_is_escaped_in_html() -> None:
    logo = (PLANS / "logo.png").read_bytes()
    head = Letterhead(["PEMERINTAH"], logo, '"><script>')
    html = render_html(Document("SUSUNAN ACARA", "Rapat", [], [], head))
    assert 'alt="&quot;&gt;&lt;script&gt;"' in html and "<script>" not in html
