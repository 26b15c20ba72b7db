"""Loading a plan imports nothing heavy, and the app draws before it validates.

That the core imports no textual at all is an import-linter contract (pyproject.toml).
Heavy libraries may be imported, but only inside the functions that need them; these
tests check what a run actually loads.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import PLANS, VISIT


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_loading_a_plan_imports_no_heavy_library() -> None:
    loaded = _modules_after(
        "from pathlib import Path\n"
        "from gathertui.storage import load_plan\n"
        "from gathertui.state import plan_problems\n"
        f"plan_problems(load_plan(Path({str(PLANS / VISIT)!r})))"
    )
    heavy = {"textual", "babel", "rich", "reportlab", "icalendar", "jsonschema"}
    assert not {m.split(".")[0] for m in loaded} & heavy


def test_the_app_starts_without_pydantic() -> None:
    # Validation happens after the first frame, so that the plan list shows at once: the
    # modules up to the workspace screen must not pull in pydantic or the model.
    loaded = _modules_after(
        "from pathlib import Path\n"
        "import gathertui.cli, gathertui.tui_launch\n"
        "from gathertui.tui.app import GathertuiApp\n"
        "from gathertui.tui.screens.workspace import WorkspaceScreen\n"
        f"GathertuiApp(Path({str(PLANS)!r}), 'id')"
    )
    assert "pydantic" not in loaded
    assert not {m for m in loaded if m.startswith(("gathertui.model", "gathertui.storage"))}


def test_pdf_and_icalendar_load_only_for_their_formats() -> None:
    loaded = _modules_after(
        "from pathlib import Path\n"
        "from gathertui.exports import export\n"
        "from gathertui.storage import load_plan\n"
        f"plan = load_plan(Path({str(PLANS / VISIT)!r})).model\n"
        "for fmt in ('md', 'txt', 'html'):\n"
        "    export(plan, None, 'agenda', fmt, 'id')\n"
        "export(plan, None, 'roster', 'csv', 'id')"
    )
    assert not {m.split(".")[0] for m in loaded} & {"reportlab", "icalendar", "textual"}
