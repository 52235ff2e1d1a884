"""Production: refuses to start rather than run with an unsafe default."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    PUBLISH_WEBHOOK_SECRET,
    PUBLISH_WEBHOOK_URLS,
    SECRET_KEY,
    STORAGES,
    WAGTAILDOCS_SERVE_METHOD,
    env,
)

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set: production refuses to start without a secret key. "
        "Set DJANGO_SECRET_KEY to a long random string."
    )
# Django's own measure of a guessable key (the security.W009 check), and the
# development default committed in the repository, which anyone can read.
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or "insecure" in SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is too weak for production (under 50 characters, fewer than 5 different ones, or a "
        "development key): anything it signs could be forged. Set it to a long random string, e.g. the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set: list the host names this site answers to, "
        "comma-separated (for example ALLOWED_HOSTS=www.example.org)."
    )
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS contains '*': any Host header would be accepted and written into absolute links (feeds, "
        "calendars, canonical URLs) that a shared cache could then serve to everyone. List the real host names."
    )
if not env.str("REDIS_URL", default=""):
    raise ImproperlyConfigured(
        "REDIS_URL is not set: production needs the shared cache. Without it each worker keeps its own API cache "
        "(a publish made by the scheduled-publishing cron never reaches it) and counts login failures and rate "
        "limits on its own (five wrong passwords per worker). Set REDIS_URL, e.g. redis://127.0.0.1:6379/0."
    )
if PUBLISH_WEBHOOK_URLS and not PUBLISH_WEBHOOK_SECRET:
    raise ImproperlyConfigured(
        "PUBLISH_WEBHOOK_SECRET is not set but PUBLISH_WEBHOOK_URLS lists receivers: "
        "notices must be signed. Set PUBLISH_WEBHOOK_SECRET to a long random string."
    )

# Donations: only real money counts. The sandbox lets anyone "pay" without paying,
# so production refuses it unless a staging site opts in explicitly (its gifts are
# then test gifts, left out of public totals; see docs/donate.md).
DONATE_PAYMENT_PROVIDER = env.str("DONATE_PAYMENT_PROVIDER", default="sandbox")
DONATE_ALLOW_SANDBOX = env.bool("DONATE_ALLOW_SANDBOX", default=False)
if DONATE_PAYMENT_PROVIDER == "sandbox" and not DONATE_ALLOW_SANDBOX:
    raise ImproperlyConfigured(
        "DONATE_PAYMENT_PROVIDER is 'sandbox' (the default): production refuses to start, since anyone could "
        "record gifts that were never paid. Set DONATE_PAYMENT_PROVIDER=stripe with STRIPE_SECRET_KEY and "
        "STRIPE_WEBHOOK_SECRET, or DONATE_ALLOW_SANDBOX=true on a staging site."
    )
if DONATE_PAYMENT_PROVIDER == "stripe":
    for _name in ("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"):
        if not env.str(_name, default=""):
            raise ImproperlyConfigured(
                f"{_name} is not set but DONATE_PAYMENT_PROVIDER is 'stripe': set it from the Stripe dashboard."
            )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 30)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is hard to undo (browsers ship the list): opt in once every subdomain serves HTTPS.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)

# Settings that would publish private files or open the login to guessing.
if WAGTAILDOCS_SERVE_METHOD == "direct":
    raise ImproperlyConfigured(
        "WAGTAILDOCS_SERVE_METHOD is 'direct': document links would skip the access check. "
        "Use 'serve_view' (files on disk) or 'redirect' (object storage with signed URLs)."
    )
if STORAGES["default"].get("OPTIONS", {}).get("querystring_auth") is False:
    raise ImproperlyConfigured(
        "The default storage hands out unsigned URLs: documents would be public. "
        "Keep querystring_auth on for the default storage (MEDIA_STORAGE=s3 does)."
    )
if SECURE_HSTS_SECONDS < 60 * 60 * 24:
    raise ImproperlyConfigured("SECURE_HSTS_SECONDS is under a day: set at least 86400 (30 days by default).")
