"""The window: Qt widgets over the engine."""

from runway_desktop.ui.refcount_guard import keep_singletons_alive

keep_singletons_alive()
