"""Settings: a typed JSON file with defaults, validation, and no room for the API key."""

from __future__ import annotations

import json

import pytest

from runway_desktop.core.storage.settings import (
    FILE_NAME,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
)


def test_a_missing_file_gives_the_defaults_without_complaint(tmp_path):
    loaded = load_settings(tmp_path / FILE_NAME)
    assert loaded.settings == Settings()
    assert loaded.problems == ()
    assert Settings().base_url == "https://api.dev.runwayml.com"
    assert Settings().library_path(tmp_path) == tmp_path / "library"


def test_settings_round_trip_through_the_file(tmp_path):
    path = tmp_path / "nested" / FILE_NAME
    chosen = Settings(
        base_url="https://runway.example.com/",
        use_simulator=True,
        library_dir=str(tmp_path / "Outputs"),
        max_concurrent_tasks=7,
        notifications=False,
        warn_above_credits=350,
    )
    save_settings(path, chosen)
    loaded = load_settings(path)
    assert loaded.settings == chosen
    assert loaded.problems == ()
    assert chosen.library_path(tmp_path) == tmp_path / "Outputs"
    assert not list(path.parent.glob(".settings-*"))  # the temporary file was renamed into place


def test_invalid_values_are_refused_on_save_with_every_reason(tmp_path):
    bad = Settings(base_url="http://runway.example.com", max_concurrent_tasks=0, library_dir="relative/dir")
    with pytest.raises(SettingsError) as caught:
        save_settings(tmp_path / FILE_NAME, bad)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"base_url", "max_concurrent_tasks", "library_dir"}
    assert "plain http://" in str(caught.value)
    assert "between 1 and 20" in str(caught.value)
    assert not (tmp_path / FILE_NAME).exists()


def test_a_damaged_file_falls_back_per_setting_and_says_what_was_wrong(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text(
        json.dumps(
            {
                "base_url": "ftp://nowhere",
                "max_concurrent_tasks": "many",
                "notifications": 1,  # a number is not a yes/no
                "warn_above_credits": 500,
            }
        )
    )
    loaded = load_settings(path)
    assert loaded.settings.base_url == Settings().base_url
    assert loaded.settings.max_concurrent_tasks == Settings().max_concurrent_tasks
    assert loaded.settings.notifications is True
    assert loaded.settings.warn_above_credits == 500  # the valid entry is kept
    assert len(loaded.problems) == 3
    assert any("max_concurrent_tasks" in p for p in loaded.problems)
    assert any("ftp://nowhere" in p and "default" in p for p in loaded.problems)


def test_garbage_is_reported_and_the_defaults_used(tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text("{not json")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "not valid JSON" in loaded.problems[0]
    path.write_text("[1, 2]")
    assert "no JSON object" in load_settings(path).problems[0]


def test_a_key_put_into_the_file_by_hand_is_never_read_nor_written_back(tmp_path):
    path = tmp_path / FILE_NAME
    key = "key_" + "ab" * 64
    path.write_text(json.dumps({"api_key": key, "notifications": False}))
    loaded = load_settings(path)
    assert not hasattr(loaded.settings, "api_key")
    save_settings(path, loaded.settings)
    assert key not in path.read_text()
    assert json.loads(path.read_text())["notifications"] is False


def test_the_file_lives_in_the_data_dir_when_given_else_in_the_config_folder(tmp_path, monkeypatch):
    assert settings_path(tmp_path / "data") == tmp_path / "data" / FILE_NAME
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert settings_path() == tmp_path / "config" / "runway-desktop" / FILE_NAME
