"""Keys for django-ratelimit, which counts in the default cache (Redis when
REDIS_URL is set, so every worker shares one count)."""


def client_address(group, request) -> str:
    """The address a limit counts by. A request without REMOTE_ADDR (a WSGI server
    on a Unix socket, some test clients) counts as one shared client instead of
    raising KeyError inside django-ratelimit."""
    return request.META.get("REMOTE_ADDR") or "unknown"
