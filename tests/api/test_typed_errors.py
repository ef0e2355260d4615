"""Each failure arrives as a typed error with Runway's own words and a sentence for a person."""

from __future__ import annotations

import pytest
from scripted_server import Reply

from runway_desktop.api import (
    AuthenticationError,
    BadRequestError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    RunwayClient,
    RunwayError,
    ServerError,
    UploadError,
)

BODY = {"model": "gen4.5", "promptText": "a lighthouse", "ratio": "1280:720", "duration": 5}


async def test_bad_request_names_the_field(server, client):
    server.script("POST", "/v1/image_to_video", Reply(400, {
        "error": 'promptImage: Unsupported Content-Type response header: "binary/octet-stream".',
        "docUrl": "https://docs.dev.runwayml.com/errors",
    }))
    with pytest.raises(BadRequestError) as caught:
        await client.create("image_to_video", BODY)
    error = caught.value
    assert error.status == 400 and error.field == "promptImage"
    assert error.server_message.startswith("promptImage: Unsupported Content-Type")
    assert "promptImage" in error.user_message and "binary/octet-stream" in error.user_message
    assert error.body["docUrl"].endswith("/errors")


async def test_bad_request_issues_give_the_field_when_the_message_does_not(server, client):
    issues = [{"code": "too_big", "path": ["referenceImages", 3], "message": "Array must contain at most 3"}]
    server.script("POST", "/v1/text_to_image", Reply(400, {"error": "Invalid request", "issues": issues}))
    with pytest.raises(BadRequestError) as caught:
        await client.create("text_to_image", BODY)
    assert caught.value.field == "referenceImages.3"
    assert caught.value.issues == tuple(issues)


@pytest.mark.parametrize(("status", "kind", "words"), [
    (401, AuthenticationError, "rejected the API key"),
    (403, PermissionDeniedError, "refused access to task t-1"),
    (404, NotFoundError, "could not find task t-1"),
    (405, RunwayError, "unexpected HTTP status 405"),
])
async def test_statuses_map_to_typed_errors(server, client, status, kind, words):
    server.script("GET", "/v1/tasks/t-1", Reply(status, {"error": "Runway's own words"}))
    with pytest.raises(kind) as caught:
        await client.retrieve("t-1")
    assert caught.value.status == status
    assert caught.value.server_message == "Runway's own words"
    assert words in caught.value.user_message and "Runway's own words" in caught.value.user_message
    assert len(server.seen()) == 1


async def test_a_rate_limit_says_when_to_come_back(server, make_client):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=1))
    server.script("GET", "/v1/organization",
                  Reply(429, {"error": "Too many requests"}, {"Retry-After": "12"}))
    with pytest.raises(RateLimitError) as caught:
        await client.organization()
    assert caught.value.retry_after == 12.0
    assert "12 s" in caught.value.user_message


async def test_a_server_error_body_that_is_not_json_is_kept_as_text(server, make_client):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=1))
    server.script("GET", "/v1/organization", Reply(500, body=b"<html>Bad gateway</html>"))
    with pytest.raises(ServerError) as caught:
        await client.organization()
    assert caught.value.server_message is None
    assert caught.value.body == "<html>Bad gateway</html>"


async def test_an_unreadable_success_is_an_invalid_response(server, client):
    server.script("GET", "/v1/tasks/t-1", Reply(200, body=b"not json"))
    with pytest.raises(InvalidResponseError):
        await client.retrieve("t-1")


async def test_an_upload_refused_by_storage_is_an_upload_error(server, make_client, tmp_path):
    client = make_client(server.url, retry=RetryPolicy(max_attempts=2))
    media = tmp_path / "clip.mp4"
    media.write_bytes(bytes(2048))
    ticket = {"runwayUri": "runway://x", "uploadUrl": f"{server.url}/s/x", "fields": {}}
    server.script("POST", "/v1/uploads", Reply(200, ticket))
    server.always("POST", "/s/x", Reply(403, body=b"<Error><Code>AccessDenied</Code></Error>"))
    with pytest.raises(UploadError) as caught:
        await client.upload(media)
    assert caught.value.status == 403 and "HTTP 403" in caught.value.user_message
    assert len(server.seen("POST", "/s/x")) == 1


async def test_an_expired_output_link_says_to_fetch_the_task_again(server, client, tmp_path):
    server.script("GET", "/out/1.mp4", Reply(403, body=b"expired"))
    with pytest.raises(PermissionDeniedError, match="Fetching the task again"):
        await client.download(f"{server.url}/out/1.mp4", tmp_path / "1.mp4.part")


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="empty"):
        RunwayClient("   ", "http://127.0.0.1:1")
    with pytest.raises(ValueError, match="characters"):
        RunwayClient("key_abc\ndef", "http://127.0.0.1:1")


async def test_bad_call_arguments_are_named(client, tmp_path):
    with pytest.raises(ValueError, match="endpoint name"):
        await client.create("../admin", {})
    with pytest.raises(ValueError, match="JSON object"):
        await client.create("text_to_video", ["not", "a", "dict"])
    with pytest.raises(ValueError, match="cannot be sent as JSON"):
        await client.create("text_to_video", {"when": object()})
    with pytest.raises(ValueError, match="task id"):
        await client.retrieve("")
    with pytest.raises(FileNotFoundError, match="does not exist"):
        await client.upload(tmp_path / "missing.png")
    with pytest.raises(ValueError, match="not a regular file"):
        await client.upload(tmp_path)
    with pytest.raises(ValueError, match="only http"):
        await client.download("file:///etc/passwd", tmp_path / "x")
