"""Measured answer quality: `make eval` trains the production config and two baselines and writes a report."""
