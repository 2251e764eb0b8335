"""The root of the gateway's own exceptions."""


class GatewayError(Exception):
    """Something the gateway knows how to name went wrong; every gateway exception derives from it."""
