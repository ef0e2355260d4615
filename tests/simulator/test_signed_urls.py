"""Output URLs are signed, expire after url_ttl, are re-signed on every GET, and serve ranges."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from sim_media import HEADERS, eventually

IMAGE = {"model": "gen4_image", "promptText": "a kite", "ratio": "720:720"}


async def succeeded(api: httpx.AsyncClient) -> dict:
    created = (await api.post("/v1/text_to_image", json=IMAGE)).json()

    async def done():
        body = (await api.get(f"/v1/tasks/{created['id']}")).json()
        return body if body["status"] == "SUCCEEDED" else None

    return await eventually(done)


def with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()} | changes
    return urlunsplit(parts._replace(query=urlencode(query)))


@pytest.fixture
async def short_lived(start_sim):
    server = await start_sim(url_ttl=300)
    async with httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, timeout=30) as api:
        yield api


async def test_download_needs_no_auth_and_has_content_length(short_lived) -> None:
    url = (await succeeded(short_lived))["output"][0]
    async with httpx.AsyncClient() as anonymous:
        response = await anonymous.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert int(response.headers["content-length"]) == len(response.content) > 1000


async def test_url_expires_after_its_ttl_and_a_new_get_re_signs(short_lived, clock) -> None:
    task = await succeeded(short_lived)
    url = task["output"][0]
    expires = int(parse_qs(urlsplit(url).query)["expires"][0])
    assert 299 <= expires - clock() <= 300
    clock.advance(299)
    assert (await short_lived.get(url)).status_code == 200
    clock.advance(2)
    expired = await short_lived.get(url)
    assert expired.status_code == 403
    assert "<Code>AccessDenied</Code>" in expired.text and "expired" in expired.text
    fresh = (await short_lived.get(f"/v1/tasks/{task['id']}")).json()["output"][0]
    assert fresh != url
    assert (await short_lived.get(fresh)).status_code == 200


@pytest.mark.parametrize("field", ["signature", "expires"])
async def test_tampered_url_is_refused(short_lived, field) -> None:
    url = (await succeeded(short_lived))["output"][0]
    original = parse_qs(urlsplit(url).query)[field][0]
    tampered = with_query(
        url, **{field: ("0" * len(original)) if field == "signature" else str(int(original) + 3600)}
    )
    response = await short_lived.get(tampered)
    assert response.status_code == 403
    assert "<Code>SignatureDoesNotMatch</Code>" in response.text


async def test_url_for_another_file_is_refused(short_lived) -> None:
    url = (await succeeded(short_lived))["output"][0]
    response = await short_lived.get(url.replace("output_0.png", "output_1.png"))
    assert response.status_code == 403
    unsigned = await short_lived.get(url.split("?")[0])
    assert unsigned.status_code == 403


async def test_range_requests_are_served(short_lived) -> None:
    url = (await succeeded(short_lived))["output"][0]
    whole = (await short_lived.get(url)).content
    part = await short_lived.get(url, headers={"Range": "bytes=10-99"})
    assert part.status_code == 206
    assert part.content == whole[10:100]
    assert part.headers["content-range"] == f"bytes 10-99/{len(whole)}"
    assert part.headers["content-length"] == "90"
    tail = await short_lived.get(url, headers={"Range": "bytes=-16"})
    assert tail.content == whole[-16:]
