"""Common OS, network and PyAV failures are worded in the window's language, the original kept in the log.

The harvest (`failure_harvest.py`) provokes each failure through the code that words it. Before
these words existed, 1 of its 16 messages came out wholly Chinese; now all do.
"""

from __future__ import annotations

import errno
import logging
import socket
import sqlite3
import ssl
import sys
from pathlib import Path

import pytest
from failure_harvest import KEPT, harvest, refused

from runway_desktop.failure_words import failure_reason, plain_reason
from runway_desktop.ui.i18n import core_text, install_language

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))  # the window tests' word finder
from english_words import english_words


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def test_every_harvested_failure_reads_wholly_in_chinese(chinese, tmp_path):
    messages = harvest(tmp_path)
    english = {name: english_words(core_text(text), KEPT) for name, text in messages.items()}
    assert {name: words for name, words in english.items() if words} == {}
    assert len(messages) == 16


def test_in_english_each_message_names_its_cause_in_plain_words(qapp, tmp_path):
    messages = harvest(tmp_path)
    assert "(the connection was refused)" in messages["connection refused"]
    assert "(the connection was reset)" in messages["connection reset"]
    assert "DNS could not find the server's name" in messages["DNS failure"]
    assert "(the disk is read-only). Choose another library folder." in messages["read-only disk"]
    assert "cannot be decoded (the data is not in a format that can be decoded)" \
        in messages["damaged video dropped"]
    assert messages["history database full"] == "Saving the output failed unexpectedly (the disk is full)."
    assert not any("Errno" in text for text in messages.values())


def test_the_original_text_goes_to_the_log(caplog):
    with caplog.at_level(logging.INFO, logger="runway_desktop"):
        message = refused()
    assert "the connection was refused" in message
    assert "All connection attempts failed" in caplog.text


def test_the_cause_is_found_inside_the_errors_that_wrap_it():
    try:
        try:
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        except OSError as inner:
            raise RuntimeError("All connection attempts failed") from inner
    except RuntimeError as outer:
        assert plain_reason(outer) == "DNS could not find the server's name"
    # An SSL error is an OSError with errno 1 (EPERM): it is a TLS failure, not a permission.
    assert plain_reason(ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")) \
        == "a secure TLS connection could not be set up"
    assert failure_reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert failure_reason(ValueError("something rare")) == "something rare"
    assert plain_reason(ValueError("something rare")) is None


def test_the_window_words_an_os_error_it_caught_in_chinese(chinese):
    from runway_desktop.ui.shell.background import error_message

    gone = FileNotFoundError(errno.ENOENT, "No such file or directory", "/clips/a.mp4")
    assert error_message(gone) == "文件或文件夹不存在（/clips/a.mp4）"
    assert error_message(PermissionError(errno.EACCES, "Permission denied")) == "权限不足"
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # as sqlite3 sets it
    assert error_message(full) == "磁盘已满"
