"""Answers rendered in process from the knowledge base, one module per family."""
