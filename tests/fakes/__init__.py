"""Scripted stand-ins for the engine's collaborators."""
