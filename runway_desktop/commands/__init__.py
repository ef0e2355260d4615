"""Subcommands of runway-desktop-cli, one module each (`add_parser`, `run`, `main`)."""
