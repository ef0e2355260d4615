"""Benchmarks of the simulator, the engine, the client and the window (run with `make bench`)."""
