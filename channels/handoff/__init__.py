"""Staff handoff: cases in a Telegram forum supergroup, one topic per case (wired in `wiring`)."""
