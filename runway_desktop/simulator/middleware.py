"""Request middleware: injected faults, bearer-token and version checks, and JSON error bodies."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from .config import API_VERSION
from .signing import s3_error
from .state import STATE, SimState

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# A route's name starts with its fault scope: 'create.text_to_video' is in scope create.
SCOPED_ROUTES = ("create", "poll", "delete", "upload", "storage", "download")
_API_FAULTS = {
    "429": (429, "Too many requests. Please slow down and try again."),
    "429-retry-after": (429, "Too many requests. Please retry after the time in the Retry-After header."),
    "500": (500, "An internal error occurred."),
    "502": (502, "Bad gateway: the service is shedding load. Please retry."),
    "503": (503, "The service is temporarily unavailable: it is shedding load. Please retry."),
    "504": (504, "Gateway timeout: the service is overloaded. Please retry."),
}
_S3_FAULTS = {
    "429": (429, "SlowDown", "Please reduce your request rate."),
    "429-retry-after": (429, "SlowDown", "Please reduce your request rate."),
    "500": (500, "InternalError", "We encountered an internal error. Please try again."),
    "502": (502, "BadGateway", "Bad gateway."),
    "503": (503, "ServiceUnavailable", "Service is unable to handle request."),
    "504": (504, "GatewayTimeout", "The gateway timed out."),
}


def json_error(status: int, message: str, **headers: str) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers or None)


def _route_name(request: web.Request) -> str | None:
    route = request.match_info.route
    return getattr(route, "name", None)


def drop_connection(request: web.Request) -> web.Response:
    """Close the connection so nothing is answered; aiohttp then skips writing the returned response."""
    transport = request.transport
    if transport is not None:
        transport.close()
    return web.Response(status=204)


def _fault_response(scope: str, fault: str) -> web.Response:
    headers = {"Retry-After": "1"} if fault == "429-retry-after" else {}
    if scope in ("storage", "download"):
        status, code, message = _S3_FAULTS[fault]
        response = s3_error(status, code, message)
        response.headers.update(headers)
        return response
    status, message = _API_FAULTS[fault]
    return json_error(status, message, **headers)


async def _slow(state: SimState, scope: str, request: web.Request, handler: Handler) -> web.StreamResponse:
    """Hold the request past the client's read timeout, then process it as usual, even if the client left.

    The body is read first, so a client that gave up still gets its request processed (a task created),
    except for storage uploads: they are streamed, so they are stored only if the client is still sending.
    """
    if scope != "storage" and request.can_read_body:
        await request.read()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(state.closing.wait(), state.config.slow_delay)
    if state.closing.is_set():
        return drop_connection(request)
    return await handler(request)


@web.middleware
async def fault_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    state = request.app[STATE]
    name = _route_name(request)
    state.stats.requests[name or "unmatched"] += 1
    scope = (name or "").split(".", 1)[0]
    if scope not in SCOPED_ROUTES:
        return await handler(request)
    fault = state.faults.http_fault(scope)
    if fault is None:
        return await handler(request)
    state.stats.faults[scope][fault] += 1
    if fault == "drop":
        return drop_connection(request)
    if fault == "drop-after":
        try:
            await handler(request)
        except web.HTTPException:
            pass
        return drop_connection(request)
    if fault == "slow":
        return await _slow(state, scope, request, handler)
    return _fault_response(scope, fault)


@web.middleware
async def api_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """For /v1: authentication, the version header, and JSON bodies for every error."""
    if not request.path.startswith("/v1/"):
        return await handler(request)
    state = request.app[STATE]
    problem = _auth_problem(state, request)
    if problem is not None:
        return problem
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        message = error.reason
        if error.status == 404:
            message = f"Not found: {request.method} {request.path}"
        elif error.status == 405:
            message = f"Method {request.method} is not allowed on {request.path}"
        elif error.status == 413:
            message = "Request body is too large; send large media with POST /v1/uploads"
        return json_error(error.status, message)
    except Exception:
        log.exception("unexpected error handling %s %s", request.method, request.path)
        return json_error(500, "An internal error occurred.")


def _auth_problem(state: SimState, request: web.Request) -> web.Response | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return json_error(401, "Missing API key: send it as 'Authorization: Bearer <key>'.")
    expected = state.config.api_key
    if expected is not None and token.strip() != expected:
        return json_error(401, "Invalid API key: the key is not valid for this server.")
    version = request.headers.get("X-Runway-Version")
    if version is None:
        return json_error(400, f"Missing X-Runway-Version header: send 'X-Runway-Version: {API_VERSION}'.")
    if version != API_VERSION:
        return json_error(
            400,
            f"Unsupported API version '{version}' in X-Runway-Version; this server speaks {API_VERSION}.",
        )
    return None
