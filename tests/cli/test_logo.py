"""The letterhead's logo: `check` reports one that cannot be printed at its key's line,
and `export` prints without it, saying why, never with a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from conftest import VISIT
from gathertui.images import PNG
from helpers import run_gathertui as gathertui


def _logo_line(workspace: Path) -> int:
    lines = (workspace / "gathertui.toml").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if line.startswith("logo = "))


def _point_logo_at(workspace: Path, name: str) -> None:
    settings = workspace / "gathertui.toml"
    text = settings.read_text(encoding="utf-8").replace('logo = "logo.png"', f'logo = "{name}"')
    settings.write_text(text, encoding="utf-8")


def _images(pdf: Path) -> int:
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    return sum(len(page.images) for page in reader.pages)


def test_the_example_logo_checks_clean_and_prints(workspace: Path, tmp_path: Path) -> None:
    checked = gathertui("check", workspace)
    assert "[logo-" not in checked.stdout + checked.stderr
    out = tmp_path / "agenda.pdf"
    result = gathertui(
        "export", workspace / VISIT, "--what", "agenda", "--format", "pdf", "-o", out
    )
    assert result.returncode == 0, result.stderr
    assert "tanpa logo" not in result.stderr
    assert _images(out) == 1


@pytest.mark.parametrize(
    ("lang", "words"), [("id", "tidak dapat dibaca"), ("en", "cannot be read")]
)
def test_a_missing_logo_is_an_error_at_its_line(workspace: Path, lang: str, words: str) -> None:
    _point_logo_at(workspace, "lambang.png")
    result = gathertui("check", "--lang", lang, workspace)
    assert result.returncode == 1
    line = f"gathertui.toml:{_logo_line(workspace)}:1: error: "
    found = [text for text in result.stdout.splitlines() if "[logo-missing]" in text]
    assert len(found) == 1
    assert line in found[0] and "lambang.png" in found[0] and words in found[0]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"GIF89a not a png", "is not a PNG or JPEG"),
        (PNG + b"\0" * (2 * 1024 * 1024), "2.0 MB, more than the 2 MB"),
    ],
    ids=["not-an-image", "too-large"],
)
def test_a_logo_that_is_no_png_or_jpeg_or_too_large_is_a_warning(
    workspace: Path, content: bytes, words: str
) -> None:
    (workspace / "logo.png").write_bytes(content)
    result = gathertui("check", "--lang", "en", workspace)
    found = [text for text in result.stdout.splitlines() if "[logo-unusable]" in text]
    assert len(found) == 1
    assert f"gathertui.toml:{_logo_line(workspace)}:1: warning: " in found[0]
    assert words in found[0]


@pytest.mark.parametrize(
    "content", [b"plain text", PNG + b"cut short"], ids=["not-an-image", "damaged"]
)
def test_export_prints_without_a_logo_it_cannot_use(
    workspace: Path, tmp_path: Path, content: bytes
) -> None:
    (workspace / "logo.png").write_bytes(content)
    for fmt in ("pdf", "html"):
        out = tmp_path / f"agenda.{fmt}"
        result = gathertui(
            "export", workspace / VISIT, "--what", "agenda", "--format", fmt, "-o", out
        )
        assert result.returncode == 0, result.stderr
        assert "kop surat dicetak tanpa logo" in result.stderr
        if fmt == "pdf":
            assert _images(out) == 0
        else:
            assert "<img" not in out.read_text(encoding="utf-8")
    # Markdown has no logo: nothing to say.
    result = gathertui("export", workspace / VISIT, "--what", "agenda", "--format", "md")
    assert result.returncode == 0 and "tanpa logo" not in result.stderr
