"""The daily budget in Settings: stored as credits, 0 for none, and refused when out of range."""

from __future__ import annotations

from runway_desktop.core.storage.settings import Settings, settings_from_json


def test_the_daily_budget_reads_back_and_none_is_zero():
    assert Settings().daily_budget is None
    loaded = settings_from_json({"daily_budget_credits": 500})
    assert loaded.settings.daily_budget == 500.0 and not loaded.problems


def test_a_negative_daily_budget_is_refused_with_the_rule():
    loaded = settings_from_json({"daily_budget_credits": -5})
    assert loaded.settings.daily_budget is None
    assert any("daily budget must be between 0 (none)" in p for p in loaded.problems)
