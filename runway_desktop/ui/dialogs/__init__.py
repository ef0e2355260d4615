"""Dialogs: settings and the close notice."""
