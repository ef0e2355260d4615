"""The queue: model, view, delegate, filters and per-task actions."""
