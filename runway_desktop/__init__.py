"""Runway Desktop: a desktop studio for Runway's generative-media API."""


def __getattr__(name: str) -> str:
    # Resolved on first use, so importing the package stays cheap; the value lives in version.py.
    if name == "__version__":
        from runway_desktop.version import version

        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
