"""Compare 2–4 takes side by side: videos on one transport, images wiped and zoomed together, audio."""
