"""The activity report (Laporan Kegiatan) and the press release draft (Siaran Pers) of
the example visit, in both languages and every format they offer, against reviewed
golden text (PDF read back with pypdf); hostile text stays literal.

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pypdf
import pytest

from conftest import PLANS, VISIT
from gathertui.exports import SUPPORTED, export
from gathertui.exports.press_release import headline
from gathertui.model.enums import Category, CoverageKind
from gathertui.model.plan import Coverage, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

GOLDEN = Path(__file__).with_name("golden") / "report"
PAGE_BREAK = "\n---- page ----\n"
COVERAGE = [
    Coverage(
        outlet="Suara Merdeka",
        title="Pemkot Mojokerto Belajar Kolaborasi Media ke Semarang",
        url="https://www.suaramerdeka.com/semarang/contoh-1",
        date=date(2023, 5, 27),
        kind=CoverageKind.PRINT,
    ),
    Coverage(
        outlet="JPNews.id",
        title="Diskominfo Mojokerto Kunjungi Pemkot Semarang",
        url="https://jpnews.id/contoh-2",
        date=date(2023, 5, 26),
        kind=CoverageKind.ONLINE,
    ),
    Coverage(
        outlet="suara merdeka",
        title="Semarang Berbagi Kalender Wisata",
        kind=CoverageKind.SOCIAL,
    ),
]


def _visit(coverage: list[Coverage] | None = None) -> Plan:
    plan = load_plan(PLANS / VISIT).model
    plan.coverage = list(COVERAGE if coverage is None else coverage)
    return plan


def _partners() -> list[Plan]:
    """Another plan of the workspace whose press people name two partner media."""
    other = load_plan(PLANS / "2024-s1-media-gathering.toml").model
    press = [
        Person(id="a", name="Andi", organization="Suara Merdeka", category=Category.PRINT),
        Person(id="b", name="Bayu", organization="TVRI Jawa Tengah", category=Category.TV),
    ]
    return [other.model_copy(update={"people": press})]


def _settings() -> WorkspaceSettings:
    return load_settings(PLANS / "gathertui.toml").model


def _docx_text(data: bytes) -> str:
    """The .docx read back with python-docx: its paragraphs, and its tables a row a line
    with the cells between bars, in order."""
    import docx
    from docx.table import Table as WordTable
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, WordTable):
            for row in block.rows:
                cells = list(dict.fromkeys(cell._tc for cell in row.cells))
                texts = [next(c for c in row.cells if c._tc is tc).text for tc in cells]
                lines.append(" | ".join(text.replace("\n", " / ") for text in texts))
    return "\n".join(lines) + "\n"


def _text(data: bytes, fmt: str) -> str:
    if fmt == "docx":
        return _docx_text(data)
    if fmt != "pdf":
        return data.decode("utf-8")
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return PAGE_BREAK.join(page.extract_text() for page in pages) + "\n"


def _matches(text: str, name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", SUPPORTED["report"])
def test_the_report_of_the_visit_reads_as_reviewed(fmt: str, lang: str) -> None:
    data = export(_visit(), _settings(), "report", fmt, lang, others=_partners())
    text = _text(data, fmt)
    _matches(text, f"visit-report-{lang}.{fmt}.txt")
    flat = " ".join(text.split())
    # Two of the three reports are Suara Merdeka's, whatever the case it was typed in.
    if lang == "id":
        assert "1 dari 2 media mitra memberitakan" in flat
    else:
        assert "1 of 2 partner media reported" in flat


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", SUPPORTED["press-release"])
def test_the_press_release_of_the_visit_reads_as_reviewed(fmt: str, lang: str) -> None:
    data = export(_visit(), _settings(), "press-release", fmt, lang)
    text = _text(data, fmt)
    _matches(text, f"visit-press-release-{lang}.{fmt}.txt")
    flat = " ".join(text.split())
    dateline = "Semarang, 26 Mei 2023 –" if lang == "id" else "Semarang, 26 May 2023 –"
    assert dateline in flat
    assert ("[kutipan dari" if lang == "id" else "[quote from") in flat


def test_attendance_counts_a_listed_representative_once() -> None:
    text = export(_visit(), _settings(), "report", "txt", "en").decode()
    # The mayor sent Sunarto, who is on the roster himself: 3 of the 4 host officials.
    official = next(line for line in text.splitlines() if line.startswith("Official"))
    assert official.split("|")[1:] == [" 0                ", " 4                ", " 3"]


def test_a_plan_without_coverage_says_so() -> None:
    text = export(_visit([]), _settings(), "report", "md", "en").decode()
    assert "No coverage has been recorded for this event." in text
    assert "No partner media are listed" in text


HOSTILE = ["[bold]Tribun[/bold]", "=1+1", "<b>Jateng</b>", "Panjang" * 43]


def _hostile_plan() -> Plan:
    entries = [
        Coverage(outlet=text, title=f"{text} judul", url="https://example.com/" + "x" * 200)
        for text in HOSTILE
    ]
    plan = _visit(entries)
    plan.event = plan.event.model_copy(update={"title": "Rapat <i>[red]=SUM(A1)[/red]</i>"})
    return plan


def test_hostile_text_stays_literal_in_the_report() -> None:
    plan = _hostile_plan()
    text = export(plan, _settings(), "report", "txt", "id").decode()
    for value in HOSTILE[:3]:
        assert value in text
    assert "Rapat <i>[red]=SUM(A1)[/red]</i>" in text
    markdown = export(plan, _settings(), "report", "md", "id").decode()
    assert "\\[bold\\]Tribun\\[/bold\\]" in markdown and "\\<b\\>Jateng\\</b\\>" in markdown
    pdf = export(plan, _settings(), "report", "pdf", "id")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    flat = "".join("".join(page.extract_text() for page in reader.pages).split())
    for value in HOSTILE:
        assert value.replace(" ", "") in flat
    # The 300-character outlet wraps within its column: every page stays A4 portrait.
    assert all(round(float(page.mediabox.width)) == 595 for page in reader.pages)
    word = _docx_text(export(plan, _settings(), "report", "docx", "id"))
    for value in HOSTILE:
        assert f"| {value} | {value} judul |" in word


def test_hostile_text_stays_literal_in_the_release() -> None:
    plan = _hostile_plan()
    text = export(plan, _settings(), "press-release", "txt", "id").decode()
    assert "Rapat <i>[red]=SUM(A1)[/red]</i>" in text
    markdown = export(plan, _settings(), "press-release", "md", "id").decode()
    assert "\\<i\\>\\[red\\]=SUM(A1)\\[/red\\]\\</i\\>" in markdown
    word = _docx_text(export(plan, _settings(), "press-release", "docx", "id"))
    assert "Rapat <i>[red]=SUM(A1)[/red]</i>" in word


def test_headline_title_case_keeps_acronyms_and_small_words() -> None:
    assert headline("kunjungan kerja DPRD ke pemkot semarang") == (
        "Kunjungan Kerja DPRD ke Pemkot Semarang"
    )
    assert headline("the visit of the mayor") == "The Visit of the Mayor"


def test_the_release_without_host_or_venue_still_reads() -> None:
    plan = _visit()
    plan.event = plan.event.model_copy(update={"host": None})
    plan.delegations = []
    plan.venues = []
    plan.agenda = []
    text = " ".join(export(plan, None, "press-release", "txt", "en").decode().split())
    # No place to date it in: the date alone; no host: the event is the subject.
    assert (
        'Semarang 26 May 2023 – The visit "Kunjungan Kerja Pemkot Mojokerto ke Pemkot '
        'Semarang" was held on Friday, 26 May 2023. 7 people are named'
    ) in text


def test_the_command_counts_the_partner_media_of_the_whole_workspace(
    workspace: Path, visit: Path, tmp_path: Path
) -> None:
    from gathertui.cli import main

    s1 = workspace / "2024-s1-media-gathering.toml"
    s1.write_text(
        s1.read_text(encoding="utf-8")
        + '\n[[people]]\nid = "andi"\nname = "Andi"\norganization = "Suara Merdeka"\n'
        'category = "print"\n',
        encoding="utf-8",
    )
    visit.write_text(
        visit.read_text(encoding="utf-8")
        + '\n[[coverage]]\noutlet = "SUARA MERDEKA"\ntitle = "Mojokerto ke Semarang"\n',
        encoding="utf-8",
    )
    out = tmp_path / "laporan.md"
    arguments = ["export", str(visit), "--what", "report", "--format", "md", "-o", str(out)]
    assert main(arguments) == 0
    text = out.read_text(encoding="utf-8")
    assert "1 dari 1 media mitra memberitakan." in text
    assert "| 1 | Suara Merdeka | 1 | memberitakan |" in text
    release = tmp_path / "siaran-pers.txt"
    arguments = ["export", str(visit), "--what", "press-release", "--format", "txt"]
    assert main([*arguments, "-o", str(release)]) == 0
    assert release.read_text(encoding="utf-8").count("SIARAN PERS") == 1


def test_the_plan_may_have_the_report_signed_by_another_official() -> None:
    from gathertui.model.plan import Signing

    plan = _visit()
    plan.signing = Signing(signed_by="sekretaris-dinas", printouts={"report": "sekda"})
    text = export(plan, _settings(), "report", "txt", "id").decode()
    assert "Dr. Ir. Bambang Suryanto, M.T." in text
    assert "Dra. Ratna Wulandari" not in text


def test_an_official_represented_by_someone_not_on_the_roster_counts_as_attended() -> None:
    from gathertui.exports.report import attended

    plan = _visit()
    mayor = next(p for p in plan.people if p.represented_by == "sunarto")
    index = plan.people.index(mayor)
    assert attended(plan)[(mayor.delegation, mayor.category)] == 3
    plan.people[index] = mayor.model_copy(update={"represented_by": None})
    assert attended(plan)[(mayor.delegation, mayor.category)] == 4


def test_the_release_is_set_as_prose_not_as_lines_read_aloud() -> None:
    """Its paragraphs hang under nothing: in Word they are of the "Prose" style."""
    import docx

    plan = load_plan(PLANS / VISIT).model
    word = docx.Document(io.BytesIO(export(plan, None, "press-release", "docx", "id")))
    styles = [p.style.name for p in word.paragraphs if p.text.startswith("Dalam acara") and p.style]
    assert styles and set(styles) == {"Prose"}
