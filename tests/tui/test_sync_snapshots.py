"""The workspace screen with its git phrase in the header, at the sizes and in the
languages of `LOOKS`. Looked at before being accepted (see test_snapshots.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from conftest import PLANS, VISIT
from git_repos import add_person, git, isolate_git, remote_and_clones
from tui_helpers import LOOKS, SIZES, make_app

PHRASES = {
    "id": "plans · 1 berkas belum dicatat · 1 untuk dikirim",
    "en": "plans · 1 file not yet recorded · 1 to send",
}


def clone_named_plans(tmp_path: Path) -> Path:
    """A clone of a remote, in a folder named `plans` as the README's, holding the
    example workspace: one commit not yet sent, one plan changed and not yet recorded."""
    remote, _, _ = remote_and_clones(tmp_path)
    folder = tmp_path / "desk" / "plans"
    git(tmp_path, "clone", "-q", str(remote), str(folder))
    git(folder, "config", "user.name", "Ani")
    git(folder, "config", "user.email", "ani@example.org")
    shutil.copytree(PLANS, folder, dirs_exist_ok=True)
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "The example plans")
    add_person(folder / VISIT, "andi-pratama", "Andi Pratama")
    return folder


@pytest.mark.parametrize(("lang", "size"), LOOKS)
def test_workspace_with_its_git_phrase(  # type: ignore[no-untyped-def]
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: str
) -> None:
    isolate_git(tmp_path, monkeypatch)
    folder = clone_named_plans(tmp_path)
    monkeypatch.chdir(folder.parent)

    async def phrase_shown(pilot: Pilot[None]) -> None:
        for _ in range(400):
            if pilot.app.screen.sub_title == PHRASES[lang]:
                break
            await pilot.pause(0.05)
        assert pilot.app.screen.sub_title == PHRASES[lang]

    app = make_app(Path("plans"), lang, git_status=True)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=phrase_shown)
