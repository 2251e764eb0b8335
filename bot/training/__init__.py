"""Compiling the knowledge base and nlu_data/ into Rasa training data, and training."""
