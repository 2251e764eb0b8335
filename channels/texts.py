"""Gateway texts used by more than one router."""

from channels.i18n import Gettext


def privacy_short(_: Gettext) -> str:
    """The short privacy notice shown at the first contact."""
    return _(
        "Privacy: the assistant sees a pseudonym, not your name or account. This bot keeps "
        "your language and the last few messages so that it can help you and hand you over "
        "to staff. Details: /privacy. Delete everything: /delete_my_data."
    )
