"""The migrabot engine: knowledge base, NLU components and answers for Rasa 3.6."""
