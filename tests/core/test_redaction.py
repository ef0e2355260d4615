"""The key is hidden in every spelling a server might echo it in."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

from runway_desktop.core.running.redaction import Redactor
from runway_desktop.core.running.states import Attention, NextStep, TaskState
from runway_desktop.core.running.tasks import OutputFile, TaskRecord

KEY = "key_" + "9f8e7d6c5b4a" * 5


@pytest.fixture
def redactor() -> Redactor:
    r = Redactor()
    r.add(KEY)
    return r


@pytest.mark.parametrize("prefix", [b"", b"a", b"ab", b"abc"])
@pytest.mark.parametrize("suffix", [b"", b"z", b"zz"])
@pytest.mark.parametrize("alphabet", [base64.b64encode, base64.urlsafe_b64encode])
def test_base64_at_every_alignment_is_hidden(redactor, prefix, suffix, alphabet):
    encoded = alphabet(prefix + KEY.encode() + suffix).decode()
    clean = redactor.text(f"token={encoded};")
    assert "REDACTED" in clean
    # What is left beside the marker is a few characters of the prefix and suffix: no part of the key.
    left, right = clean.removeprefix("token=").removesuffix(";").split("key_…REDACTED")
    assert len(left) <= 4 and len(right.rstrip("=")) <= 4


def test_raw_and_url_encoded_keys_are_hidden_and_other_text_is_kept(redactor):
    assert redactor.text(f"a {KEY} b") == "a key_…REDACTED b"
    assert KEY not in redactor.text(quote(f"key={KEY}&x=1", safe=""))
    assert redactor.text("nothing secret here") == "nothing secret here"


def test_a_record_is_redacted_field_by_field(redactor):
    task = TaskRecord(
        id="t", endpoint="text_to_image", model="m", tab="image", state=TaskState.NEEDS_ATTENTION, body={},
        failure=f"bad {KEY}", failure_code=KEY, error=f"echo {KEY}",
        outputs=(OutputFile(0, url=f"https://c/o.png?k={KEY}", error=KEY),),
        attention=Attention(f"reason {KEY}", 1.0, NextStep.REENTER_KEY),
    )
    clean = redactor.record(task)
    assert KEY not in repr(clean)
    assert clean.attention.action is NextStep.REENTER_KEY
    plain = task.evolve(failure=None, failure_code=None, error=None, outputs=(), attention=None)
    assert redactor.record(plain) is plain  # nothing to hide: the same record back


def test_a_short_key_is_hidden_only_where_whole():
    r = Redactor()
    r.add("abc")
    r.add("   ")
    r.add(None)
    assert r.text("abcdef YWJj") == "key_…REDACTEDdef YWJj"


def test_log_records_are_redacted_in_every_spelling(redactor, caplog):
    import logging

    from runway_desktop.core.running.redaction import install_log_filter

    logger = logging.getLogger("redaction-test")
    install_log_filter(redactor, logger)
    install_log_filter(redactor, logger)  # idempotent
    encoded = base64.b64encode(b"x" + KEY.encode()).decode()
    with caplog.at_level(logging.INFO, logger="redaction-test"):
        try:
            raise ValueError(f"echoed {encoded}")
        except ValueError:
            logger.exception("reply held %s", quote(KEY))
    text = caplog.text
    assert "REDACTED" in text and quote(KEY) not in text and encoded[4:20] not in text
