"""Runway's default API address, and the check every configured base URL goes through."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.dev.runwayml.com"


def checked_base_url(base_url: str) -> str:
    """The base URL without its trailing slash; plain HTTP is refused except to loopback."""
    if base_url == DEFAULT_BASE_URL:
        return base_url  # checked once here, so starting up with the default never loads httpx
    # httpx (a tenth of a second to import) is loaded only when a URL is actually checked.
    import httpx

    from runway_desktop.api.urls import is_loopback_host

    try:
        url = httpx.URL(base_url.strip())
    except (httpx.InvalidURL, TypeError, AttributeError) as exc:
        raise ValueError(f"The Runway base URL {base_url!r} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"The Runway base URL {base_url!r} must look like https://host[:port]")
    if url.scheme == "http" and not is_loopback_host(url.host):
        raise ValueError(
            f"The Runway base URL {base_url!r} uses plain http://, which would send the API key "
            "unencrypted; use https:// (plain http is allowed only for localhost, the offline simulator)"
        )
    if url.userinfo or url.query or url.fragment:
        raise ValueError(f"The Runway base URL {base_url!r} must not hold credentials, a query or a fragment")
    return str(url.copy_with(path=url.path.rstrip("/") or "/")).rstrip("/")
