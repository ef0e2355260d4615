"""Plans: pipelines and batches expanded into runs, validated and priced before anything is sent."""

from runway_desktop.core.plans.batch import plan_batch
from runway_desktop.core.plans.pipeline import load_pipeline, plan_pipeline
from runway_desktop.core.plans.plan import InputRef, Plan, PlannedRun, Total, plan_json, run_json
from runway_desktop.core.plans.problems import PlanRefused, Problem
from runway_desktop.core.plans.templates import parse_assignments

__all__ = [
    "InputRef", "Plan", "PlanRefused", "PlannedRun", "Problem", "Total", "load_pipeline", "parse_assignments",
    "plan_batch", "plan_json", "plan_pipeline", "run_json",
]
