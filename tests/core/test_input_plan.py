"""Input planning: data URI or upload, exact sizes at the 5 MB boundary, URLs, encoding."""

from __future__ import annotations

import base64
import hashlib
import os
import time

import pytest
from heartbeat import Heartbeat
from hypothesis import given
from hypothesis import strategies as st
from media_factory import make_gif, make_png, make_wav

from runway_desktop.core.intake.inspect import IntakeError, describe, inspect_file
from runway_desktop.core.intake.media import DATA_URI_LIMIT, UPLOAD_MAX_BYTES, MediaInfo
from runway_desktop.core.intake.plan import (
    InputPlan,
    check_url,
    data_uri_length,
    encode_data_uri,
    hash_file,
    plan_input,
)

MB = 1024 * 1024


def _info(size: int, mime: str = "image/png", name: str = "photo.png") -> MediaInfo:
    return MediaInfo(f"/media/{name}", "image", mime, size, 64, 64)


def _sparse_file(path, size: int):
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


# --- planning -----------------------------------------------------------------------------


@given(
    size=st.integers(min_value=0, max_value=5000),
    mime=st.sampled_from(["image/png", "video/quicktime", "a/b"]),
)
def test_data_uri_length_is_exactly_what_encoding_produces(size, mime):
    encoded = f"data:{mime};base64," + base64.b64encode(b"\x7f" * size).decode("ascii")
    assert data_uri_length(size, mime) == len(encoded)


def test_the_limit_applies_to_the_whole_data_uri_string():
    # "data:video/quicktime;base64," is 28 characters, so the encoded text can end exactly on the limit.
    exact = 3 * (DATA_URI_LIMIT - 28) // 4
    assert data_uri_length(exact, "video/quicktime") == DATA_URI_LIMIT
    assert plan_input(_info(exact, "video/quicktime")) == InputPlan("data-uri", DATA_URI_LIMIT)
    over = plan_input(_info(exact + 1, "video/quicktime"))
    assert over == InputPlan("upload", exact + 1)


def test_a_longer_mime_type_moves_the_boundary():
    # "data:image/png;base64," is 22 characters: the largest PNG inline is 3,932,142 bytes.
    assert plan_input(_info(3_932_142)).method == "data-uri"
    assert plan_input(_info(3_932_143)).method == "upload"
    assert plan_input(_info(3_932_142, "image/jpeg")).method == "data-uri"


def test_uploads_stop_at_200_mb():
    assert plan_input(_info(UPLOAD_MAX_BYTES)) == InputPlan("upload", UPLOAD_MAX_BYTES)
    with pytest.raises(IntakeError) as caught:
        plan_input(_info(UPLOAD_MAX_BYTES + 1, name="huge.png"))
    assert caught.value.code == "too-large"
    assert str(caught.value).startswith("'huge.png' is 200 MB; Runway accepts files up to 200 MB")


def test_small_real_files_go_inline(tmp_path):
    info = inspect_file(make_png(tmp_path / "photo.png"))
    assert plan_input(info) == InputPlan("data-uri", data_uri_length(info.size, "image/png"))


# --- encoding and hashing ---------------------------------------------------------------------


async def test_data_uri_round_trips(tmp_path):
    path = make_png(tmp_path / "photo.png", 40, 30)
    uri = await encode_data_uri(path, "image/png")
    prefix = "data:image/png;base64,"
    assert uri.startswith(prefix)
    assert base64.b64decode(uri[len(prefix) :], validate=True) == path.read_bytes()
    assert len(uri) == plan_input(inspect_file(path)).encoded_size


async def test_encoding_a_file_too_big_for_a_data_uri_is_refused_without_reading_it(tmp_path):
    path = _sparse_file(tmp_path / "big.mov", 4 * MB)  # 5.3 MB once encoded
    started = time.perf_counter()
    with pytest.raises(IntakeError) as caught:
        await encode_data_uri(path, "video/quicktime")
    assert time.perf_counter() - started < 0.5
    assert caught.value.code == "too-large"
    assert str(caught.value).startswith("'big.mov' is 4 MB, too big for a data URI")


async def test_hashing_runs_off_the_event_loop(tmp_path):
    path = tmp_path / "blob.bin"
    data = os.urandom(24 * MB)
    path.write_bytes(data)
    async with Heartbeat() as heart:
        before = heart.beats
        digest = await hash_file(path)
        during = heart.beats - before
    assert digest == hashlib.sha256(data).hexdigest()
    assert during >= 1  # hashing on the loop would leave no room for a single beat


# --- URLs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://media.example.com/a/photo.png", "https://media.example.com/a/photo.png"),
        ("  HTTPS://Media.Example.COM:443/a/photo.png#top ", "https://media.example.com/a/photo.png"),
        (
            "https://cdn.example.com:8443/x.mp4?sig=a%2Fb&e=1",
            "https://cdn.example.com:8443/x.mp4?sig=a%2Fb&e=1",
        ),
        ("https://example.com/my photo.png", "https://example.com/my%20photo.png"),
        ("https://bücher.example/b.jpg", "https://xn--bcher-kva.example/b.jpg"),
        ("runway://uploads/abc123", "runway://uploads/abc123"),
    ],
)
def test_good_urls_are_normalised(url, normalised):
    assert check_url(url) == normalised


@pytest.mark.parametrize(
    ("url", "code", "words"),
    [
        ("http://example.com/a.png", "http", "only fetches media over HTTPS"),
        ("ftp://example.com/a.png", "bad-url", "not an HTTPS URL"),
        ("example.com/a.png", "bad-url", "not an HTTPS URL"),
        ("https://203.0.113.7/a.png", "ip-host", "IP address 203.0.113.7"),
        ("https://[2001:db8::1]/a.png", "ip-host", "IP address 2001:db8::1"),
        ("https://127.1/a.png", "ip-host", "IP address 127.1"),
        ("https://0x7f000001/a.png", "ip-host", "IP address"),
        ("https://localhost/a.png", "local-host", "'localhost', a local name"),
        ("https://nas.local/a.png", "local-host", "a local name"),
        ("https://intranet/a.png", "local-host", "a local name"),
        ("https://user:secret@example.com/a.png", "credentials", "user name or password"),
        ("https://example.com:99999/a.png", "bad-url", "not a valid URL"),
        ("https:///a.png", "bad-url", "has no host name"),
        ("https://exa mple.com/a.png", "bad-url", "invalid host name 'exa mple.com'"),
        ("https://-bad-.example.com/a.png", "bad-url", "invalid host name"),
        ("", "bad-url", "The URL is empty"),
    ],
)
def test_bad_urls_are_refused_with_the_reason(url, code, words):
    with pytest.raises(IntakeError) as caught:
        check_url(url)
    assert caught.value.code == code
    assert words in str(caught.value)


def test_url_length_limit_is_2048_characters():
    base = "https://example.com/"
    assert len(check_url(base + "a" * (2048 - len(base)))) == 2048
    with pytest.raises(IntakeError) as caught:
        check_url(base + "a" * (2049 - len(base)))
    assert caught.value.code == "too-long"
    assert "is 2049 characters long; Runway accepts URLs of at most 2048 characters" in str(caught.value)
    assert len(str(caught.value)) < 250  # the URL is shortened in the sentence


# --- what the CLI prints -------------------------------------------------------------------

KEYS = ["path", "kind", "mime", "size", "width", "height", "duration", "plan", "error"]


def test_describe_a_good_image(tmp_path):
    path = make_png(tmp_path / "photo.png", 40, 30)
    described = describe(path)
    assert list(described) == KEYS
    assert described == {
        "path": str(path),
        "kind": "image",
        "mime": "image/png",
        "size": path.stat().st_size,
        "width": 40,
        "height": 30,
        "duration": None,
        "plan": "data-uri",
        "error": None,
    }


def test_describe_audio_that_needs_an_upload(tmp_path):
    path = make_wav(tmp_path / "interview.wav", 48)  # 4.2 MB: 5.6 MB as a data URI
    described = describe(path)
    assert (described["kind"], described["plan"], described["duration"]) == ("audio", "upload", 48.0)


def test_describe_a_refused_file(tmp_path):
    path = make_gif(tmp_path / "loop.gif")
    described = describe(path)
    assert list(described) == KEYS
    assert (
        described["error"]
        == "GIF images are not supported by Runway: convert 'loop.gif' to PNG, JPEG or WebP."
    )
    assert described["size"] == path.stat().st_size
    assert [described[k] for k in KEYS if k not in ("path", "size", "error")] == [None] * 6
    assert describe(tmp_path)["size"] is None  # a folder has no file size to report
