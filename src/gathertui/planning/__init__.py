"""Pure planning logic on plans: checks, times, and what later builds on them."""

from gathertui.planning.checks import PLAN_CHECKS, plan_checks, workspace_checks

__all__ = ["PLAN_CHECKS", "plan_checks", "workspace_checks"]
