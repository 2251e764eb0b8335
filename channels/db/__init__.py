"""Gateway persistence: models, engine and session factory, migrations."""
