"""The knowledge base: entries and countries kept by staff in YAML."""
