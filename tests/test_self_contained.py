"""The repository explains itself: no tracked file points to documents kept elsewhere."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT

# Written in pieces so that this file does not match itself.
OUTSIDE = [name.encode() for name in ("DESIGN" + ".md", "CONVENTIONS" + ".md", "shared" + "/")]


def _tracked_files() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [name for name in listing.decode("utf-8").split("\0") if name]


def test_no_file_cites_a_document_outside_the_repository() -> None:
    cited = []
    for name in _tracked_files():
        path = ROOT / name
        if not path.is_file():  # deleted in the work tree, not yet committed
            continue
        for number, line in enumerate(path.read_bytes().splitlines(), start=1):
            cited += [f"{name}:{number}: {word.decode()}" for word in OUTSIDE if word in line]
    assert not cited, "cite README.md or docs/ instead:\n" + "\n".join(cited)
