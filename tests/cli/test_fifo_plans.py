"""A pipe named *.toml is refused by `diff` and `log` instead of read, which would block
forever (issue 17). Run as a child, so a regression fails on the timeout, not hangs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import command_env

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no mkfifo on Windows")

HEX = "0" * 40
NOT_REGULAR = "is not a regular file but a pipe, a device or a socket"


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    return path


def gathertui(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gathertui", *args],
        env=command_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["diff", "{plan}", "{fifo}"], id="diff"),
        pytest.param(["diff", "{fifo}", "{plan}"], id="diff-old"),
        pytest.param(["diff", "--textconv", "{fifo}"], id="textconv"),
        pytest.param(
            ["diff", "v.toml", "{plan}", HEX, "100644", "{fifo}", HEX, "100644"], id="git"
        ),
        pytest.param(
            ["diff", "gathertui.toml", "{fifo}", HEX, "100644", "{plan}", HEX, "100644"],
            id="git-settings",
        ),
        pytest.param(["log", "{fifo}"], id="log"),
    ],
)
def test_a_pipe_is_refused_with_exit_2(visit: Path, fifo: Path, arguments: list[str]) -> None:
    filled = [a.format(plan=visit, fifo=fifo) for a in arguments]
    done = gathertui(filled[0], "--lang", "en", *filled[1:])
    assert done.returncode == 2
    assert done.stderr.count(f"gathertui: {fifo}: cannot be read ({NOT_REGULAR})") == 1
    assert "Traceback" not in done.stderr
