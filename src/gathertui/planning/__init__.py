"""Pure planning logic on loaded plans: checks, times, and what later builds on them."""

from gathertui.planning.checks import PLAN_CHECKS, plan_problems, workspace_problems

__all__ = ["PLAN_CHECKS", "plan_problems", "workspace_problems"]
