"""Text processing shared by training-data generation and the running model."""
