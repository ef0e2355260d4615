"""The window: Qt widgets over the engine."""
