"""Lenient parsing: whatever JSON comes back, the caller gets a typed value, never a crash."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runway_desktop.api import TaskStatus
from runway_desktop.api.models import (
    parse_created,
    parse_organization,
    parse_task,
    parse_upload_ticket,
    parse_usage,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


def test_a_full_running_task_is_read_field_by_field():
    task = parse_task({
        "id": "t-1", "status": "RUNNING", "createdAt": "2024-11-06T10:20:30.123Z", "progress": 0.25,
        "estimatedCost": {"credits": 40},
    }, "fallback")
    assert task.id == "t-1"
    assert task.status is TaskStatus.RUNNING and task.raw_status == "RUNNING"
    assert task.created_at == datetime(2024, 11, 6, 10, 20, 30, 123000, tzinfo=UTC)
    assert task.progress == 0.25
    assert task.estimated_credits == 40
    assert task.is_live and not task.is_terminal


def test_a_succeeded_task_has_outputs_and_cost():
    task = parse_task({"id": "t", "status": "SUCCEEDED", "output": ["https://o/1.mp4", 7, "", "https://o/2.mp4"],
                       "cost": {"credits": 12}}, "t")
    assert task.outputs == ("https://o/1.mp4", "https://o/2.mp4")
    assert task.cost_credits == 12
    assert task.is_terminal and not task.is_live


def test_a_failed_task_keeps_failure_text_and_code():
    task = parse_task({"id": "t", "status": "FAILED", "failure": "Your prompt was flagged.",
                       "failureCode": "SAFETY.INPUT.TEXT", "cost": {"credits": 0}}, "t")
    assert (task.failure, task.failure_code, task.cost_credits) == ("Your prompt was flagged.",
                                                                    "SAFETY.INPUT.TEXT", 0)


def test_an_unknown_status_is_kept_raw_and_is_neither_live_nor_terminal():
    task = parse_task({"id": "t", "status": "PAUSED_FOR_REVIEW"}, "t")
    assert task.status is TaskStatus.UNKNOWN
    assert task.raw_status == "PAUSED_FOR_REVIEW"
    assert not task.is_live and not task.is_terminal


@pytest.mark.parametrize("spelling", ["CANCELED", "CANCELLED", "cancelled"])
def test_both_spellings_of_cancelled_are_terminal(spelling):
    task = parse_task({"id": "t", "status": spelling}, "t")
    assert task.status is TaskStatus.CANCELLED
    assert task.is_terminal and not task.is_live
    assert task.raw_status == spelling


def test_missing_and_extra_fields_are_tolerated():
    task = parse_task({"status": "PENDING", "surprise": {"nested": [1, 2]}, "progress": "half",
                       "createdAt": "yesterday", "estimatedCost": 5, "failure": {"reason": "odd shape"}},
                      "t-9")
    assert task.id == "t-9"
    assert task.status is TaskStatus.PENDING
    assert task.created_at is None and task.progress is None and task.estimated_credits is None
    assert task.failure == "odd shape"
    assert task.outputs == ()


def test_booleans_and_non_finite_numbers_are_not_numbers():
    odd = {"id": "t", "status": "RUNNING", "progress": True, "estimatedCost": {"credits": float("nan")}}
    task = parse_task(odd, "t")
    assert task.progress is None and task.estimated_credits is None


@given(json_values)
def test_no_json_at_all_crashes_the_parsers(value):
    task = parse_task(value, "fallback")
    assert task.id and isinstance(task.status, TaskStatus)
    parse_created(value)
    parse_organization(value)
    parse_usage(value)
    parse_upload_ticket(value)


def test_created_task_reads_estimated_cost_and_the_router_shape():
    assert parse_created({"id": "a", "estimatedCost": {"credits": 25.5}}).estimated_credits == 25.5
    routed = parse_created({"id": "b", "routing": {"estimatedCost": {"credits": 8}, "model": "gen4.5"}})
    assert routed.estimated_credits == 8
    assert parse_created({"id": "c"}).estimated_credits is None
    assert parse_created({"estimatedCost": {"credits": 1}}) is None


def test_organization_merges_limits_and_todays_use():
    org = parse_organization({
        "creditBalance": 1234,
        "tier": {"maxMonthlyCreditSpend": 10000, "models": {
            "gen4.5": {"maxConcurrentGenerations": 2, "maxDailyGenerations": 50},
            "veo3.1": {"maxConcurrentGenerations": None, "maxDailyGenerations": None}}},
        "usage": {"models": {"gen4.5": {"dailyGenerations": 3}, "act_two": {"dailyGenerations": 1}}},
    })
    assert org.credit_balance == 1234 and org.max_monthly_credit_spend == 10000
    assert org.models["gen4.5"].max_concurrent == 2 and org.models["gen4.5"].max_daily == 50
    assert org.models["gen4.5"].daily_used == 3
    assert org.models["veo3.1"].max_concurrent is None and org.models["veo3.1"].daily_used == 0
    assert org.models["act_two"].daily_used == 1 and org.models["act_two"].max_daily is None


def test_usage_sums_per_model_and_skips_unreadable_days():
    usage = parse_usage({
        "models": ["gen4.5", 3, "veo3.1"],
        "results": [
            {"date": "2024-11-06", "usedCredits": [{"model": "gen4.5", "amount": 12},
                                                   {"model": "gen4.5", "amount": -2},
                                                   {"model": "veo3.1", "amount": 40}, {"amount": 1}]},
            {"date": "not a date", "usedCredits": []},
            {"date": "2024-11-07T00:00:00Z"},
        ],
        "apiKeys": None,
    })
    assert usage.models == ("gen4.5", "veo3.1")
    assert [d.date for d in usage.days] == [date(2024, 11, 6), date(2024, 11, 7)]
    assert usage.days[0].credits_by_model == {"gen4.5": 10, "veo3.1": 40}
    assert usage.days[1].credits_by_model == {}


def test_upload_ticket_keeps_field_order():
    ticket = parse_upload_ticket({"runwayUri": "runway://u", "uploadUrl": "https://s/up",
                                  "fields": {"key": "k", "policy": "p", "x-amz-signature": "s"}})
    assert ticket.fields == (("key", "k"), ("policy", "p"), ("x-amz-signature", "s"))
    assert parse_upload_ticket({"uploadUrl": "https://s/up"}) is None
