"""Subcommands of runway-desktop-cli in their own modules: each has `add_parser`, `run` and `main`."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUDGET, EXIT_INTERRUPTED = 0, 1, 2, 4, 130
PROG = "runway-desktop-cli"
