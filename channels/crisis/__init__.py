"""Crisis mode: a notice pinned and shown on chosen topics, crisis cases first, announcements to subscribers."""
