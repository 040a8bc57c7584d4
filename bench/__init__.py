"""Benchmarks that print ratios; run with `python -m bench`, never part of the test run."""
