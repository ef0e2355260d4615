"""Qt Designer forms (.ui) for static layouts, loaded at run time."""
