"""Telegram gateway of migrabot: Telegram in and out, users, feedback, staff relay."""
