"""The HTTP handlers of the API, the storage endpoint, output downloads and the /_sim admin endpoints."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from .faults import FaultSpecError
from .issues import Issue, error_body
from .middleware import json_error
from .organization import LimitReached, UsageError
from .outputs import plan_outputs, seed_of
from .pricing import estimate_credits
from .signing import s3_error
from .state import STATE
from .storage import STORAGE_PATH
from .tasks import OUTPUT_PREFIX
from .validation import check_resolved, validate_request

# JSON bodies above this size are parsed in a worker thread (they carry data URIs).
_INLINE_JSON = 64 * 1024


class BadBody(Exception):
    """The body is not JSON; the message says why."""


async def read_json(request: web.Request, *, empty: Any = None) -> Any:
    raw = await request.read()
    if not raw.strip():
        return empty
    try:
        if len(raw) > _INLINE_JSON:
            return await asyncio.to_thread(json.loads, raw)
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise BadBody(f"Request body is not valid JSON: {error}") from None


def issues_response(issues: list[Issue]) -> web.Response:
    return web.json_response(error_body(issues), status=400)


async def create_task(request: web.Request) -> web.Response:
    state = request.app[STATE]
    endpoint = request.path.removeprefix("/v1/")
    lenient = state.config.lenient
    try:
        body = await read_json(request)
    except BadBody as error:
        return json_error(400, str(error))
    checked = validate_request(state.catalogue, endpoint, body, lenient=lenient)
    issues = checked.issues
    if not issues:
        media_issues, media = await state.resolver.resolve(checked.refs, lenient=lenient)
        issues = media_issues
        if not issues and not lenient and checked.model is not None:
            issues = check_resolved(checked.model, body, media)
    if issues or checked.model is None:
        state.stats.rejected_creates += 1
        return issues_response(issues)
    model = checked.model
    seed = await asyncio.to_thread(seed_of, body)  # hashes the whole body, data URIs included
    plan = plan_outputs(model, state.catalogue.endpoints[endpoint].output, body, media, seed)
    estimated = estimate_credits(model, body, plan)
    try:
        state.organization.admit(model.id, estimated)
    except LimitReached as refusal:
        state.stats.rejected_creates += 1
        return json_error(refusal.status, refusal.message)
    task = state.tasks.create(endpoint, model.id, plan, estimated, model.typical_seconds)
    state.stats.creates += 1
    return web.json_response({"id": task.id, "estimatedCost": {"credits": estimated}})


def _not_found() -> web.Response:
    return json_error(404, "Task not found.")


async def get_task(request: web.Request) -> web.Response:
    state = request.app[STATE]
    task = state.tasks.get(request.match_info["task_id"])
    if task is None:
        return _not_found()
    return web.json_response(state.tasks.view(task, state.url_signer, state.base_url))


async def delete_task(request: web.Request) -> web.Response:
    state = request.app[STATE]
    if not await state.tasks.delete(request.match_info["task_id"]):
        return _not_found()
    state.stats.deletes += 1
    return web.Response(status=204)


async def create_upload(request: web.Request) -> web.Response:
    state = request.app[STATE]
    try:
        body = await read_json(request)
    except BadBody as error:
        return json_error(400, str(error))
    issues = _upload_issues(body)
    if issues:
        return issues_response(issues)
    upload = state.uploads.begin(body["filename"])
    state.stats.uploads += 1
    return web.json_response(
        {
            "runwayUri": upload.uri,
            "uploadUrl": f"{state.base_url}{STORAGE_PATH}",
            "fields": state.uploads.presigned_fields(upload),
        }
    )


def _upload_issues(body: Any) -> list[Issue]:
    if not isinstance(body, dict):
        return [
            Issue(
                "invalid_type",
                (),
                'request body must be a JSON object like {"filename": "clip.mp4", "type": "ephemeral"}',
            )
        ]
    issues = [
        Issue("unrecognized_keys", (key,), "unknown field; accepted fields: filename, type")
        for key in body
        if key not in ("filename", "type")
    ]
    filename = body.get("filename")
    if not isinstance(filename, str) or not filename.strip():
        issues.append(Issue("invalid_type", ("filename",), "required: the name of the file to upload"))
    if body.get("type") != "ephemeral":
        issues.append(Issue("invalid_literal", ("type",), f"expected 'ephemeral', got {body.get('type')!r}"))
    return issues


async def storage_post(request: web.Request) -> web.Response:
    return await request.app[STATE].uploads.receive(request)


async def storage_expect(request: web.Request) -> web.Response | None:
    """Answer `Expect: 100-continue` with the size verdict before the client sends a byte of the body."""
    too_large = request.app[STATE].uploads.too_large_for(request.content_length)
    if too_large is not None:
        return too_large
    await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    request.writer.output_size = 0
    return None


async def download(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE]
    path = request.path
    refusal = state.url_signer.check(path, request.query.get("expires"), request.query.get("signature"))
    if refusal is not None:
        return refusal
    task_id, name = request.match_info["task_id"], request.match_info["name"]
    file = state.tasks.output_file(task_id, name)
    if file is None:
        return s3_error(
            404, "NoSuchKey", "The specified key does not exist.", Key=path.removeprefix(OUTPUT_PREFIX + "/")
        )
    state.stats.downloads += 1
    return web.FileResponse(file, headers={"Cache-Control": "private, max-age=3600"})


async def get_organization(request: web.Request) -> web.Response:
    return web.json_response(request.app[STATE].organization.snapshot())


async def organization_usage(request: web.Request) -> web.Response:
    state = request.app[STATE]
    try:
        body = await read_json(request, empty={})
        return web.json_response(state.organization.usage(body, lenient=state.config.lenient))
    except BadBody as error:
        return json_error(400, str(error))
    except UsageError as error:
        return issues_response(error.issues)


async def set_faults(request: web.Request) -> web.Response:
    state = request.app[STATE]
    text = (await request.text()).strip()
    if request.content_type == "application/json" or text.startswith("{"):
        try:
            document = json.loads(text or "{}")
        except ValueError as error:
            return json_error(400, f"Body is not valid JSON: {error}")
        if not isinstance(document, dict) or not isinstance(document.get("spec", ""), str):
            return json_error(400, 'JSON body must be {"spec": "<fault spec>"}')
        text = document.get("spec", "")
    try:
        injector = state.set_faults(text)
    except FaultSpecError as error:
        return json_error(400, f"Bad fault spec: {error}")
    return web.json_response({"faults": injector.spec.describe()})


async def get_faults(request: web.Request) -> web.Response:
    return web.json_response({"faults": request.app[STATE].faults.spec.describe()})


async def get_stats(request: web.Request) -> web.Response:
    return web.json_response(request.app[STATE].stats_json())


def add_routes(app: web.Application, endpoints: list[str]) -> None:
    router = app.router
    for endpoint in endpoints:
        router.add_post(f"/v1/{endpoint}", create_task, name=f"create.{endpoint}")
    router.add_get("/v1/tasks/{task_id}", get_task, name="poll", allow_head=False)
    router.add_delete("/v1/tasks/{task_id}", delete_task, name="delete")
    router.add_post("/v1/uploads", create_upload, name="upload")
    router.add_get("/v1/organization", get_organization, name="organization", allow_head=False)
    router.add_post("/v1/organization/usage", organization_usage, name="usage")
    router.add_post(STORAGE_PATH, storage_post, name="storage", expect_handler=storage_expect)
    router.add_get(OUTPUT_PREFIX + "/{task_id}/{name}", download, name="download")
    router.add_post("/_sim/faults", set_faults, name="sim.faults")
    router.add_get("/_sim/faults", get_faults, name="sim.faults_get", allow_head=False)
    router.add_get("/_sim/stats", get_stats, name="sim.stats", allow_head=False)
