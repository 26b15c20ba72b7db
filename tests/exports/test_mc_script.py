"""The MC's script (`--what mc-script`): the example visit against reviewed golden text
in both languages (text, and the PDF read back with pypdf), and the rules one by one:
a represented official, the anthem and the prayer, the first and last items, the
closing greeting, hostile text, the large type.

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import io
import os
import re
from datetime import date, time
from pathlib import Path
from typing import Any

import pypdf
import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.exports.mc_script import mc_script_document
from gathertui.model.plan import Plan
from gathertui.model.workspace import Preferences, WorkspaceSettings
from gathertui.storage import load_plan, load_settings

GOLDEN = Path(__file__).with_name("golden")
PAGE_BREAK = "\n---- page ----\n"
LONG_NAME = "Raden " + "Wiryawan" * 37  # 302 characters
HOSTILE_TITLE = "[bold]Sambutan[/bold] =1+1 <b>tebal</b> *x* _y_"


def _visit() -> tuple[Plan, WorkspaceSettings]:
    return load_plan(PLANS / VISIT).model, load_settings(PLANS / "gathertui.toml").model


def _pdf_text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return PAGE_BREAK.join(page.extract_text() for page in pages) + "\n"


def _matches(data: str, golden: Path) -> None:
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(data, encoding="utf-8")
    assert data == golden.read_text(encoding="utf-8")


def _plan(agenda: list[dict[str, Any]], people: list[dict[str, Any]] | None = None) -> Plan:
    return Plan.model_validate(
        {
            "schema_version": 1,
            "event": {"title": "Rapat Koordinasi", "start": date(2024, 11, 20)},
            "people": people or [],
            "agenda": agenda,
        }
    )


def _item(ident: str, start: str, title: str, **more: Any) -> dict[str, Any]:
    """An agenda item; `day`, when given, as "2024-11-21"."""
    if "day" in more:
        more["day"] = date.fromisoformat(more["day"])
    return {"id": ident, "start": time.fromisoformat(start), "minutes": 10, "title": title, **more}


def _lines(plan: Plan, lang: str = "id", settings: WorkspaceSettings | None = None) -> list[str]:
    document = mc_script_document(plan, settings, lang)
    return [line for section in document.sections for line in section.lines]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_visit_script_matches_its_golden_text(lang: str) -> None:
    plan, settings = _visit()
    data = export(plan, settings, "mc-script", "txt", lang, "a4").decode()
    _matches(data, GOLDEN / f"visit-mc-script-{lang}.txt")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_visit_script_pdf_reads_back_as_its_golden_text(lang: str) -> None:
    plan, settings = _visit()
    pdf = export(plan, settings, "mc-script", "pdf", lang, "a4")
    _matches(_pdf_text(pdf), GOLDEN / "pdf" / f"visit-mc-script-{lang}.txt")


def test_the_script_pdf_is_in_large_type_and_other_printouts_are_not() -> None:
    plan, settings = _visit()

    def sizes(what: str) -> set[float]:
        pdf = export(plan, settings, what, "pdf", "id", "a4")
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        found = set()
        for page in reader.pages:
            content = page.get_contents()
            assert content is not None
            found |= {float(n) for n in re.findall(rb"/F[\w+]+ ([\d.]+) Tf", content.get_data())}
        return found

    assert 15.0 in sizes("mc-script")
    assert 15.0 not in sizes("salutation")


def test_a_represented_official_is_said_as_represented_by_the_one_who_comes() -> None:
    plan, _ = _visit()
    lines = _lines(plan)
    assert (
        "Acara selanjutnya, Sambutan Kepala Diskominfo Kota Semarang mewakili Wali Kota, oleh "
        "Wali Kota Semarang, yang dalam hal ini diwakili oleh Kepala Dinas Komunikasi, "
        "Informatika, Statistik dan Persandian Kota Semarang."
    ) in lines
    # The official named as the item's person in charge: the same words.
    people = [
        {
            "id": "walikota",
            "name": "Hevearita Gunaryanti Rahayu",
            "position": "Wali Kota Semarang",
            "category": "official",
            "attendance": "represented",
            "represented_by": "sekda",
        },
        {
            "id": "sekda",
            "name": "Iswar Aminuddin",
            "honorific": "Bapak",
            "position": "Sekretaris Daerah Kota Semarang",
            "category": "official",
            "attendance": "confirmed",
        },
    ]
    alone = _plan([_item("sambutan", "09:00:00", "Sambutan", pic="walikota")], people)
    assert (
        "Acara pertama, Sambutan, oleh Wali Kota Semarang, yang dalam hal ini diwakili oleh "
        "Bapak Iswar Aminuddin, Sekretaris Daerah Kota Semarang."
    ) in _lines(alone)
    assert (
        "First on the programme: Sambutan, by Wali Kota Semarang, represented on this "
        "occasion by Bapak Iswar Aminuddin, Sekretaris Daerah Kota Semarang."
    ) in _lines(alone, "en")
    own = WorkspaceSettings(settings=Preferences.model_validate({"representative": "own"}))
    assert (
        "Acara pertama, Sambutan, oleh Sekretaris Daerah Kota Semarang, Bapak Iswar Aminuddin, "
        "mewakili Wali Kota Semarang."
    ) in _lines(alone, settings=own)


@pytest.mark.parametrize(
    ("title", "lang"),
    [("Menyanyikan lagu INDONESIA RAYA", "id"), ("National anthem: Indonesia  Raya", "en")],
)
def test_the_anthem_asks_everyone_to_stand_and_sit(title: str, lang: str) -> None:
    plan = _plan(
        [_item("a", "09:00:00", "Pembukaan"), _item("b", "09:10:00", title, pic="x")],
        [{"id": "x", "name": "Dirigen", "category": "staff"}],
    )
    stand, sit = {
        "id": (
            "Hadirin dimohon berdiri, untuk menyanyikan lagu kebangsaan Indonesia Raya.",
            "Hadirin dipersilakan duduk kembali.",
        ),
        "en": (
            "Ladies and gentlemen, please rise to sing the national anthem, Indonesia Raya.",
            "Please be seated.",
        ),
    }[lang]
    lines = _lines(plan, lang)
    at = lines.index(stand)
    assert lines[at + 1] == sit
    assert "Dirigen" not in " ".join(lines)


@pytest.mark.parametrize(
    ("title", "lang", "said"),
    [
        ("Doa", "id", "Acara terakhir, Doa, yang akan dipimpin oleh KH Ahmad Darodji."),
        ("Pembacaan DOA penutup", "id", "yang akan dipimpin oleh KH Ahmad Darodji."),
        ("Closing prayer", "en", "Last on the programme: Closing prayer, led by KH Ahmad Darodji."),
    ],
)
def test_the_prayer_is_led_by_its_person_in_charge(title: str, lang: str, said: str) -> None:
    # A religious leader is a guest with no office: still the one who leads the prayer.
    people = [{"id": "kh", "name": "Ahmad Darodji", "honorific": "KH"}]
    plan = _plan(
        [_item("a", "09:00:00", "Pembukaan"), _item("b", "09:10:00", title, pic="kh")], people
    )
    lines = _lines(plan, lang)
    assert any(said in line for line in lines)
    invite = "Kepada beliau kami persilakan." if lang == "id" else "We respectfully invite"
    assert any(line.startswith(invite) for line in lines)


def test_a_word_containing_doa_is_no_prayer() -> None:
    plan = _plan(
        [_item("a", "09:00:00", "Pembukaan"), _item("b", "09:10:00", "Sidoarjo Expo", pic="kh")],
        [{"id": "kh", "name": "Ahmad Darodji", "honorific": "KH"}],
    )
    assert "dipimpin" not in " ".join(_lines(plan))


def test_the_first_item_opens_the_last_closes_and_staff_are_not_called() -> None:
    plan, settings = _visit()
    document = mc_script_document(plan, settings, "id")
    titles = [section.title for section in document.sections]
    assert titles[0] == "Pembukaan" and titles[-1] == "Penutup"
    items = document.sections[1:-1]
    assert items[0].title == "09.45–10.00 WIB · Kedatangan rombongan dan registrasi"
    assert items[0].lines[0].startswith("Acara pertama, Kedatangan rombongan dan registrasi")
    assert all(s.lines[0].startswith("Acara selanjutnya, ") for s in items[1:-1])
    # The MC's own item (a staff member in charge) calls nobody forward.
    assert items[1].lines == ["Acara selanjutnya, Pembukaan oleh pembawa acara."]
    assert items[-1].lines == ["Acara terakhir, Ramah tamah."]
    assert document.sections[-1].lines == [
        "Demikian rangkaian acara Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang telah "
        "selesai. Atas kehadiran dan perhatian Bapak/Ibu sekalian, kami ucapkan terima kasih.",
        "Wassalamu'alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua, Om "
        "Shanti Shanti Shanti Om, Namo Buddhaya, salam kebajikan.",
    ]
    # Read aloud: no letterhead and nothing to sign.
    assert document.letterhead is None and document.signature is None and document.large


def test_the_official_in_charge_is_called_to_a_speech_not_to_the_registration() -> None:
    """The person in charge of the registration or the group photo runs it for the
    committee: the MC does not call them forward, however high their office."""
    people = [{"id": "kabag", "name": "Sri Wahyuni", "position": "Kepala Bagian Protokol"}]
    plan = _plan(
        [
            _item("a", "09:00:00", "Registrasi", pic="kabag"),
            _item("b", "09:10:00", "Sambutan", pic="kabag"),
            _item("c", "09:20:00", "Foto bersama", pic="kabag"),
        ],
        people,
    )
    document = mc_script_document(plan, None, "id")
    assert [section.lines for section in document.sections[1:-1]] == [
        ["Acara pertama, Registrasi."],
        [
            "Acara selanjutnya, Sambutan, oleh Kepala Bagian Protokol.",
            "Kepada beliau kami persilakan.",
        ],
        ["Acara terakhir, Foto bersama."],
    ]


@pytest.mark.parametrize(("greeting", "farewell"), [(None, True), ("Salam Pancasila!", False)])
def test_the_closing_greeting_answers_the_common_opening_only(
    greeting: str | None, farewell: bool
) -> None:
    settings = WorkspaceSettings(
        settings=Preferences.model_validate({"opening_greeting": greeting})
    )
    plan = _plan([_item("a", "09:00:00", "Pembukaan")])
    lines = _lines(plan, settings=settings)
    assert any(line.startswith("Wassalamu'alaikum") for line in lines) is farewell
    if greeting:
        assert lines[0] == greeting


def test_several_days_are_headed_by_their_day() -> None:
    plan = Plan.model_validate(
        {
            "schema_version": 1,
            "event": {"title": "Festival", "start": date(2024, 11, 20), "end": date(2024, 11, 21)},
            "agenda": [
                _item("a", "09:00:00", "Pembukaan"),
                _item("b", "09:00:00", "Penutupan", day="2024-11-21"),
            ],
        }
    )
    titles = [s.title for s in mc_script_document(plan, None, "id").sections]
    assert titles[1] == "Hari 1 · Rabu, 20 November 2024"
    assert titles[3] == "Hari 2 · Kamis, 21 November 2024"


def _hostile() -> Plan:
    people = [
        {
            "id": "long",
            "name": LONG_NAME,
            "honorific": "Bapak",
            "position": "Kepala <b>Dinas</b> =1+1",
            "category": "official",
        }
    ]
    return _plan(
        [
            _item("a", "09:00:00", HOSTILE_TITLE, pic="long"),
            _item("b", "09:10:00", "Penutup"),
        ],
        people,
    )


@pytest.mark.parametrize("fmt", ["txt", "md", "pdf"])
def test_hostile_text_stays_literal_and_the_layout_holds(fmt: str) -> None:
    data = export(_hostile(), None, "mc-script", fmt, "id", "a4")
    if fmt == "pdf":
        reader = pypdf.PdfReader(io.BytesIO(data))
        text = "".join(page.extract_text() for page in reader.pages)
        flat = "".join(text.split())
        assert "".join(HOSTILE_TITLE.split()) in flat
        assert "".join(LONG_NAME.split()) in flat and "Kepala<b>Dinas</b>=1+1" in flat
        for page in reader.pages:
            assert float(page.mediabox.width) == pytest.approx(595, abs=1)
        return
    text = data.decode()
    if fmt == "txt":
        flat = " ".join(text.split())
        assert HOSTILE_TITLE in flat and "Kepala <b>Dinas</b> =1+1" in flat
        # The long name breaks across lines but is all there, and no line is wider.
        assert "".join(LONG_NAME.split()) in "".join(text.split())
        assert max(len(line) for line in text.splitlines()) <= 100
    else:
        assert r"\[bold\]Sambutan\[/bold\] =1+1 \<b\>tebal\</b\> \*x\* \_y\_" in text


def test_the_command_line_writes_the_script(tmp_path: Path) -> None:
    from gathertui.cli import main

    out = tmp_path / "naskah.pdf"
    arguments = ["export", str(PLANS / VISIT), "--what", "mc-script", "--format", "pdf"]
    assert main([*arguments, "--lang", "en", "-o", str(out)]) == 0
    assert "MC'S SCRIPT" in _pdf_text(out.read_bytes())
    # What it is not made as is refused, naming what it is.
    assert main([*arguments[:-1], "ics", "-o", str(tmp_path / "x.ics")]) == 1


def test_nobody_is_called_who_will_not_be_there_and_nobody_twice() -> None:
    people = [
        {
            "id": "walikota",
            "name": "Hevearita Gunaryanti Rahayu",
            "position": "Wali Kota Semarang",
            "category": "official",
            "attendance": "represented",
            "represented_by": "sekda",
        },
        {
            "id": "wakil",
            "name": "Iswar Aminuddin",
            "position": "Wakil Wali Kota Semarang",
            "category": "official",
            "attendance": "represented",
            "represented_by": "sekda",
        },
        {
            "id": "sekda",
            "name": "Budi Prakosa",
            "position": "Sekretaris Daerah Kota Semarang",
            "category": "official",
            "attendance": "confirmed",
        },
        {
            "id": "absent",
            "name": "Tidak Datang",
            "position": "Ketua DPRD Kota Semarang",
            "category": "official",
            "attendance": "declined",
        },
    ]
    plan = _plan(
        [
            _item("a", "09:00:00", "Pembukaan"),
            _item("b", "09:10:00", "Sambutan", speakers=["wakil", "sekda", "absent", "walikota"]),
            _item("c", "09:20:00", "Sambutan DPRD", pic="absent"),
        ],
        people,
    )
    lines = _lines(plan)
    # Represented twice, said once, the Wali Kota before the deputy, and said alone.
    assert (
        "Acara selanjutnya, Sambutan, oleh Wali Kota Semarang dan Wakil Wali Kota Semarang, "
        "yang dalam hal ini diwakili oleh Sekretaris Daerah Kota Semarang."
    ) in lines
    assert "Kepada beliau kami persilakan." in lines
    assert "Acara terakhir, Sambutan DPRD." in lines
    assert "Tidak Datang" not in " ".join(lines) and "Ketua DPRD" not in " ".join(lines[-6:])


def test_the_script_as_docx_is_in_large_type_too() -> None:
    import docx

    plan = load_plan(PLANS / VISIT).model
    word = docx.Document(io.BytesIO(export(plan, None, "mc-script", "docx", "id")))
    styles = {
        paragraph.style.name for paragraph in word.paragraphs if paragraph.text and paragraph.style
    }
    assert {"Reading Large", "Section Title Large"} <= styles
    assert "Reading" not in styles
    assert any("Acara pertama" in paragraph.text for paragraph in word.paragraphs)
