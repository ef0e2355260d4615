"""Task running: the engine, polling, downloads, events and the task record."""
