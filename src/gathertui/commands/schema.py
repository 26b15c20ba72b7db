"""`gathertui schema`: the JSON Schema of plan files, for editors (Taplo, Even Better TOML).

Pydantic writes `format: time` for times, which JSON Schema defines with a UTC offset;
TOML local times (`09:45:00`) have none, so editors would flag every rundown item. Times
become strings with a pattern instead.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings

LOCAL_TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?$"


def _toml_times(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("format") == "time":
            return {
                **{k: v for k, v in node.items() if k != "format"},
                "pattern": LOCAL_TIME_PATTERN,
            }
        return {key: _toml_times(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_toml_times(value) for value in node]
    return node


def plan_schema(workspace: bool = False) -> dict[str, Any]:
    model = WorkspaceSettings if workspace else Plan
    schema = _toml_times(model.model_json_schema())
    title = "gathertui workspace settings" if workspace else "gathertui plan"
    return {"$schema": "http://json-schema.org/draft-07/schema#", **schema, "title": title}


def run(args: argparse.Namespace) -> int:
    print(json.dumps(plan_schema(args.workspace), indent=2, ensure_ascii=False))
    return 0
