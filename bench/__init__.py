"""Benchmarks (make bench, bench-replicas, bench-report): measurements, not tests."""
