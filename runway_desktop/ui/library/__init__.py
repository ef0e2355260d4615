"""The library: every saved take, found again by prompt, kind, model, date, rating and batch."""
