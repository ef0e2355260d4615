"""What the session says to people through the window: switching services, the key, the library.

The session (the composition root) makes these decisions; the sentences live here, in the shell's
room, so they are translated with the rest of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def key_waits(session_only: bool) -> str:
    """A key was saved while the simulator is in use: it can be used now, without a restart."""
    waits = translate(
        "SessionWords",
        "The window uses the offline simulator (its own history). Use the key now to switch to Runway "
        "and your Runway history, without a restart.",
    )
    if not session_only:
        return waits
    lost = translate(
        "SessionWords", "Your key is kept for this session only (no keychain here): a restart would lose it."
    )
    return translate("SessionWords", "{lost} {waits}").format(lost=lost, waits=waits)


def runway_unusable(reason: str) -> str:
    return translate("SessionWords", "Runway cannot be used: {reason}").format(reason=reason)


def no_key_yet() -> str:
    return translate("SessionWords", "There is no key to use yet: save one in Settings first.")


def key_removed() -> str:
    return translate(
        "SessionWords",
        "The key was removed. Tasks already sent keep their place in the history; "
        "add a key again to generate or to follow them.",
    )


def unknown_to_simulator(count: int) -> str:
    """Unfinished Runway tasks would be lost on the simulator: why it does not start."""
    if count == 1:
        return translate(
            "SessionWords",
            "Your history has 1 unfinished Runway task the simulator would not know. Add your API key "
            "so it can finish, or start with `runway-desktop --simulator`, which keeps a separate history.",
        )
    return translate(
        "SessionWords",
        "Your history has {count} unfinished Runway tasks the simulator would not know. Add your API key "
        "so they can finish, or start with `runway-desktop --simulator`, which keeps a separate history.",
    ).format(count=QLocale().toString(count))


def library_unavailable(reason: str) -> str:
    return translate(
        "SessionWords",
        "The library could not be opened: {reason}. Your takes are safe in the library folder "
        "(File → Open Library Folder); restart to try again.",
    ).format(reason=reason)


def history_set_aside(kept: str, reason: str) -> str:
    """The history file could not be read: it was kept under another name and a new one started."""
    return translate(
        "SessionWords",
        "Your history could not be read ({reason}), so a new, empty one was started. The old file is kept "
        "as {kept}; its tasks may be recoverable with SQLite's tools. Your saved outputs are untouched.",
    ).format(reason=reason, kept=kept)


def history_unavailable(folder: str, reason: str) -> str:
    """Start-up cannot open the history at all (a folder it may not write, a full disk, a lock)."""
    return translate(
        "SessionWords",
        "Runway Desktop cannot open its history in {folder}: {reason}. Check that the folder exists, "
        "that you may write to it and that the disk has room, or start with --data-dir and another folder.",
    ).format(folder=folder, reason=reason)


def work(name: str) -> str:
    """The name of the session's background work, for "<work> failed: …" in the banner."""
    names = {
        "closing": translate("SessionWords", "Closing"),
        "simulator": translate("SessionWords", "Starting the simulator"),
        "settings": translate("SessionWords", "Applying settings"),
        "key removed": translate("SessionWords", "Removing the key"),
        "runway": translate("SessionWords", "Switching to Runway"),
        "keychain": translate("SessionWords", "Reading the keychain"),
        "library": translate("SessionWords", "Opening the library"),
        "media": translate("SessionWords", "Starting the media worker"),
    }
    return names[name]
