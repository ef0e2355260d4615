"""Media intake: recognising, probing, checking and planning local media; thumbnails."""
