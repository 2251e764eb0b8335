"""Custom Rasa 3.6 graph components named in the training configs."""
