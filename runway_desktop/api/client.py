"""The Runway HTTP client: the API's operations as typed calls on one httpx.AsyncClient.

Proxies come from the environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY; on macOS and
Windows also the system settings) exactly as httpx reads them; loopback hosts always bypass them so
the offline simulator keeps working behind a corporate proxy. SOCKS proxies need `socksio`.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import random
import re
import stat
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from runway_desktop.api import models
from runway_desktop.api.base_url import DEFAULT_BASE_URL, checked_base_url
from runway_desktop.api.errors import (
    InvalidResponseError,
    InvalidTaskIdError,
    OutcomeUnknownError,
    ReplyUnreadable,
    RunwayError,
    UnsafeUrlError,
    UploadError,
)
from runway_desktop.api.exchange import (
    DUPLICATE_WARNING,
    USER_AGENT,
    Call,
    Exchange,
    check_each_hop,
    discard,
    environment_proxies,
)
from runway_desktop.api.limits import WireLimits
from runway_desktop.api.multipart import StreamedForm
from runway_desktop.api.output_fetch import OutputFetch, direct_proxies, fetch_in_thread
from runway_desktop.api.output_stream import stream_to_file
from runway_desktop.api.retry import Repeat, RetryPolicy
from runway_desktop.api.urls import check_output_url, check_task_id

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# Requests to these never go through a proxy: they are the local simulator.
_LOOPBACK_MOUNTS = ("all://localhost", "all://127.0.0.1", "all://[::1]")
_ENDPOINT = re.compile(r"[a-z0-9_]+(/[a-z0-9_]+)*", re.IGNORECASE)


def _checked_key(api_key: str) -> str:
    key = api_key.strip() if isinstance(api_key, str) else ""
    if not key:
        raise ValueError("The Runway API key is empty; add your key in Settings")
    if any(not (33 <= ord(char) <= 126) for char in key):
        raise ValueError("The Runway API key contains spaces or characters a key cannot have; paste it again")
    return key


def _object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ReplyUnreadable(f"Runway's answer about {what} was not the object the API sends (it was "
                              f"{_json_kind(data)}). Try again later; if it persists, check the API base "
                              "URL.", status=200)
    return data


def _json_kind(data: Any) -> str:
    kinds = {list: "a list", str: "a string", bool: "true or false", int: "a number", float: "a number"}
    return "null" if data is None else kinds.get(type(data), type(data).__name__)


def _task(data: dict[str, Any], task_id: str) -> models.TaskSnapshot:
    """The snapshot, once the reply is known to be about this task and to hold a status."""
    what = f"task {task_id}"
    if not isinstance(data.get("status"), str):
        raise ReplyUnreadable(f"Runway's answer about {what} held no status. Try again later; if it "
                              "persists, check the API base URL.", status=200)
    answered = data.get("id")
    if answered is not None and answered != task_id:
        raise ReplyUnreadable(f"Runway's answer about {what} was about another task. Try again later; if it "
                              "persists, check the API base URL.", status=200)
    outputs = data.get("output")
    if isinstance(outputs, list) and len(outputs) > models.MAX_OUTPUTS:
        raise ReplyUnreadable(f"Runway's answer about {what} listed {len(outputs):,} outputs (a task has at "
                              f"most {models.MAX_OUTPUTS}). Try again later; if it persists, check the API "
                              "base URL.", status=200)
    return models.parse_task(data, task_id)


class RunwayClient:
    """Runway's developer API over one httpx.AsyncClient; the key goes only to the API base URL."""

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        limits: WireLimits | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        key = _checked_key(api_key)
        self.base_url = checked_base_url(base_url)
        self._timeout = timeout or DEFAULT_TIMEOUT
        self._transport = transport
        try:
            self._http = httpx.AsyncClient(
                timeout=self._timeout,
                transport=transport,
                headers={"User-Agent": USER_AGENT},
                mounts=dict.fromkeys(_LOOPBACK_MOUNTS) if transport is None else None,
                follow_redirects=False,
                event_hooks={"request": [check_each_hop]},
            )
        except ImportError as exc:  # a SOCKS proxy in the environment without socksio installed
            raise ValueError(f"The proxy configured in the environment cannot be used: {exc}") from None
        proxies = environment_proxies() if transport is None else {}
        self._exchange = Exchange(self._http, key, retry or RetryPolicy(), sleep, rng or random.Random(),
                                  proxies, limits)

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy in force."""
        return self._exchange.retry

    @property
    def limits(self) -> WireLimits:
        """The size and time caps in force."""
        return self._exchange.limits

    def __repr__(self) -> str:
        return f"RunwayClient(base_url={self.base_url!r})"

    async def __aenter__(self) -> RunwayClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._http.aclose()

    async def create(self, endpoint: str, body: dict[str, Any]) -> models.CreatedTask:
        """POST /v1/{endpoint}; re-sent only when Runway cannot have accepted it."""
        path = endpoint.strip().strip("/").removeprefix("v1/") if isinstance(endpoint, str) else ""
        if not _ENDPOINT.fullmatch(path):
            raise ValueError(f"{endpoint!r} is not a Runway endpoint name such as 'image_to_video'")
        if not isinstance(body, dict):
            raise ValueError(f"The body for {path} must be a JSON object (a dict), not {type(body).__name__}")
        try:  # bodies may hold megabytes of data URIs: encode them off the event loop
            content = (await asyncio.to_thread(json.dumps, body, ensure_ascii=False)).encode()
        except (TypeError, ValueError) as exc:
            raise ValueError(f"The body for {path} cannot be sent as JSON: {exc}") from None
        call = Call("POST", self._api_url(path), Repeat.CREATE, "api", f"the endpoint {path}", content)
        try:
            data = await self._exchange.run(call, self._exchange.json_reader(f"the new {path} task"))
        except ReplyUnreadable as exc:  # accepted (2xx), so perhaps created and billed: never sent again
            raise OutcomeUnknownError(
                f"Runway accepted the request but its answer could not be read, so it is unknown whether the "
                f"task was created. {DUPLICATE_WARNING}", status=exc.status, body=exc.body, cause=exc,
            ) from exc
        created = models.parse_created(data)
        if created is None:
            raise OutcomeUnknownError(
                f"Runway accepted the request but its answer held no task id. {DUPLICATE_WARNING}",
                status=200, body=data,
            )
        try:
            task_id = check_task_id(created.id)
        except InvalidTaskIdError as exc:
            raise OutcomeUnknownError(
                f"Runway accepted the request but its answer held no usable task id ({exc.user_message}) "
                f"{DUPLICATE_WARNING}", status=200, cause=exc,
            ) from exc
        return models.CreatedTask(id=task_id, estimated_credits=created.estimated_credits)

    async def retrieve(self, task_id: str) -> models.TaskSnapshot:
        """GET /v1/tasks/{id}."""
        task_id = check_task_id(task_id)
        what = f"task {task_id}"
        call = Call("GET", self._task_url(task_id), Repeat.SAFE, "api", what)
        return _task(_object(await self._exchange.run(call, self._exchange.json_reader(what)), what), task_id)

    async def delete(self, task_id: str) -> None:
        """DELETE /v1/tasks/{id}: cancels a live task, deletes a finished one and its outputs."""
        task_id = check_task_id(task_id)
        call = Call("DELETE", self._task_url(task_id), Repeat.SAFE, "api", f"task {task_id}")
        await self._exchange.run(call, discard)

    async def organization(self) -> models.Organization:
        """GET /v1/organization: credit balance, tier limits, today's use."""
        call = Call("GET", self._api_url("organization"), Repeat.SAFE, "api", "your organization")
        data = _object(await self._exchange.run(call, self._exchange.json_reader("your organization")),
                       "your organization")
        return models.parse_organization(data)

    async def usage(self, start_date: date | None = None, before_date: date | None = None) -> models.Usage:
        """POST /v1/organization/usage (a read, despite the verb); UTC dates, `before_date` exclusive."""
        body = {k: v.isoformat() for k, v in (("startDate", start_date), ("beforeDate", before_date)) if v}
        call = Call("POST", self._api_url("organization/usage"), Repeat.SAFE, "api", "your usage",
                    json.dumps(body).encode())
        data = await self._exchange.run(call, self._exchange.json_reader("your usage"))
        return models.parse_usage(_object(data, "your usage"))

    async def upload(
        self,
        path: str | Path,
        *,
        filename: str | None = None,
        mime: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> str:
        """Upload a file as an ephemeral asset (valid 24 h) and return its runway:// URI.

        The file is streamed from disk; `progress(sent, total)` counts its bytes as they go out.
        """
        path = Path(path)
        try:
            info = await asyncio.to_thread(path.stat)
        except FileNotFoundError:
            raise FileNotFoundError(f"Cannot upload {path}: the file does not exist") from None
        if not stat.S_ISREG(info.st_mode):
            raise ValueError(f"Cannot upload {path}: it is not a regular file")
        name = filename or path.name
        mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        ticket_body = json.dumps({"filename": name, "type": "ephemeral"}).encode()
        call = Call("POST", self._api_url("uploads"), Repeat.SAFE, "api", "uploads", ticket_body)
        ticket = models.parse_upload_ticket(
            _object(await self._exchange.run(call, self._exchange.json_reader("the upload")), "the upload"))
        if ticket is None:
            raise InvalidResponseError("Runway's answer to the upload request held no usable upload address.")
        check_output_url(ticket.upload_url, self.base_url, what="upload")
        form = StreamedForm(ticket.fields, path, info.st_size, filename=name, mime=mime, progress=progress)
        try:
            await self._exchange.run(Call("POST", ticket.upload_url, Repeat.SAFE, "storage", name, form=form),
                                     discard)
        except OSError as exc:
            reason = exc.strerror or exc
            raise UploadError(f"Could not read {path.name} while uploading it: {reason}") from exc
        return ticket.runway_uri

    async def download(
        self,
        url: str,
        dest: str | Path,
        *,
        progress: Callable[[int, int | None], None] | None = None,
        chunk_size: int = 1 << 20,
        kind: str | None = None,
    ) -> int:
        """Stream an output URL to `dest` (give a .part path), returning the bytes written.

        No Authorization goes to output hosts. `progress(written, total)` has total None when the
        host does not say. `kind` ("video", "image", "audio") picks the size cap. The URL is checked
        first (UnsafeUrlError). A 403/404 means the link expired: fetch the task again for fresh ones.
        """
        try:  # the plain-ASCII form (IDNA host, percent-encoded path) both download paths can send
            url = str(httpx.URL(check_output_url(url, self.base_url)))
        except httpx.InvalidURL as exc:
            raise UnsafeUrlError(f"Runway gave an address for the output file that is not a valid URL "
                                 f"({exc}).", reason="malformed") from None
        dest = Path(dest)
        limits = self._exchange.limits
        cap = limits.output_cap(kind)
        call = Call("GET", url, Repeat.SAFE, "output", dest.name,
                    check_url=lambda hop: check_output_url(hop, self.base_url))
        proxies = direct_proxies(url, self._exchange.proxies) if self._transport is None else None
        try:
            if proxies is None:  # an injected transport or a SOCKS proxy: only httpx can go that way
                return await self._exchange.run(call, lambda response: stream_to_file(
                    response, dest, progress, chunk_size, cap=cap, limits=limits))
            direct = proxies

            def fetch_for(report: Callable[[int, int | None], None] | None) -> OutputFetch:
                return OutputFetch(url, dest, proxies=direct, limits=limits, cap=cap, buffer_size=chunk_size,
                                   timeout=self._timeout.read, api_base=self.base_url, progress=report)

            return await self._exchange.attempts(call, lambda: fetch_in_thread(fetch_for, progress, limits))
        except RunwayError:
            # No half file is left behind: a refused or cut-off download may be gigabytes of nothing.
            await asyncio.to_thread(dest.unlink, missing_ok=True)
            raise

    def _api_url(self, path: str) -> str:
        return f"{self.base_url}/v1/{path}"

    def _task_url(self, task_id: str) -> str:
        return self._api_url(f"tasks/{quote(check_task_id(task_id), safe='')}")
