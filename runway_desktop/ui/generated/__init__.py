"""Python compiled from the Qt Designer forms in ui/ by `make forms` (tools/compile_forms.py)."""
