"""Settings shared by every environment, secure by default.

Everything that differs between machines comes from the environment (see the
README's configuration table). Production is the strict case; dev and test relax
only what they must.
"""

from pathlib import Path

import dj_database_url
import environ
from corsheaders.defaults import default_headers as corsheaders_default_headers

from .storage import s3_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "site"

env = environ.Env()

# Empty here on purpose: production.py refuses to start without it, dev/test
# provide throwaway values.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "core",
    "home",
    "glossary",
    "publications",
    "flagships",
    "donate",
    "stories",
    "events",
    "briefs",
    "search",
    "webhooks",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "ninja",
    "corsheaders",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # /api/: HEAD answered like GET, Accept-Language and Vary: Cookie kept out (core/api_cache.py).
    "core.api_cache.ApiHttpMiddleware",
    # Refuses control characters and out-of-range ids before anything reads them.
    "core.input_guard.InputGuardMiddleware",
    # Refuses a body larger than MAX_REQUEST_BODY_SIZE before anything reads it.
    "core.uploads.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Remembers the request for emails composed without it (core/absolute_urls.py).
    "core.absolute_urls.RequestBaseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.locale_permissions.TranslationEditorLocaleGuard",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.csp.PathAwareCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.api_cache.ApiCacheMiddleware",
    # After authentication, CSRF and CSP: on a hit they still run, the view does not.
    "core.page_cache.PageCacheMiddleware",
    # Inside the page cache, which then keeps pages with their untranslated parts marked.
    "core.source_language.SourceLanguageMiddleware",
    # Login throttling; last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# One variable switches SQLite to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=env.int("DATABASE_CONN_MAX_AGE", default=0),
    )
}
# SQLite (the default for development): the development server answers on threads,
# and an editor's save meeting a visitor's download counter failed with "database is
# locked". IMMEDIATE takes the write lock when a transaction starts, so a writer waits
# (up to the timeout) instead of failing when two transactions upgrade their read
# locks; WAL lets visitors read while an editor writes.
SQLITE_OPTIONS = {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory is per process: with more than one worker, set REDIS_URL so that
# every worker sees the same cached answers and the same invalidations.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.SharedCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="outreach"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "core.cache_backends.ProcessCache"}}

# One login page (Wagtail's, /admin/login/), throttled by django-axes through the
# shared cache: after AXES_FAILURE_LIMIT wrong passwords for one username from one
# address, that pair is locked out for AXES_COOLOFF_TIME hours, the right password included.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("LOGIN_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/login_locked.html"
# Behind a reverse proxy, how many proxies append to X-Forwarded-For.
AXES_IPWARE_PROXY_COUNT = env.int("PROXY_COUNT", default=0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
LOGIN_URL = "wagtailadmin_login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: the six official UN languages, English first (the default). ---
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("zh-hans", "中文"),
    ("ru", "Русский"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LOCALE_PATHS = [BASE_DIR / "locale"]
# Submitting a live page for translation must not publish the untranslated copy.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media ---
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
# Documents are private files: they leave the server only through the access-checked
# view (core/documents.py), never from MEDIA_URL. With MEDIA_STORAGE=s3 (django-storages,
# any S3-compatible store) the bucket stays private: documents and image originals
# are reached through signed URLs that expire after DOCUMENT_URL_SECONDS, handed out
# by that view after the check; image renditions go to a public prefix.
MEDIA_STORAGE = env.str("MEDIA_STORAGE", default="filesystem")
DOCUMENT_URL_SECONDS = env.int("DOCUMENT_URL_SECONDS", default=60)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
if MEDIA_STORAGE == "s3":
    STORAGES.update(
        s3_storages(
            env.str("S3_BUCKET"),
            endpoint_url=env.str("S3_ENDPOINT_URL", default="") or None,
            region=env.str("S3_REGION", default="") or None,
            expire=DOCUMENT_URL_SECONDS,
            public_domain=env.str("S3_PUBLIC_DOMAIN", default="") or None,
        )
    )
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    # After the access check, a redirect to a signed URL: the file never streams through Django.
    WAGTAILDOCS_SERVE_METHOD = "redirect"
elif MEDIA_STORAGE != "filesystem":
    STORAGES["default"] = {"BACKEND": MEDIA_STORAGE}  # a storage class path
# Uploads are checked by type and size before Wagtail stores them. Sizes are in
# decimal units everywhere they are shown (50 MB = 50,000,000 bytes), as
# operating systems show download sizes, so a limit and a file compare plainly.
MAX_UPLOAD_SIZE = env.int("MAX_UPLOAD_SIZE", default=50_000_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Any request body (form fields and files together) larger than this is refused
# before it is read (core/uploads.py). Keep the web server's own limit
# (nginx client_max_body_size) at or below it; see README, "Uploads".
MAX_REQUEST_BODY_SIZE = env.int("MAX_REQUEST_BODY_SIZE", default=MAX_UPLOAD_SIZE + 1_000_000)
FILE_UPLOAD_HANDLERS = [
    "core.uploads.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Images are decoded in full to make thumbnails: an image of more pixels than this
# is refused at upload (a 15 KB PNG can claim 121 megapixels), and Pillow refuses
# to decode one anywhere else (core/uploads.py).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env.int("IMAGE_MAX_PIXELS", default=25_000_000)
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "csv", "txt", "epub", "zip"]
# Refuses oversized files and files whose bytes contradict their extension.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publications.document_forms.CheckedDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("MAX_IMAGE_UPLOAD_SIZE", default=10 * 1024 * 1024)

# --- Wagtail ---
WAGTAIL_SITE_NAME = env.str("SITE_NAME", default="UN-Habitat")
# Not read: Wagtail's emails build their links on the one base of core.absolute_urls
# (core.patches, item 6). Defined so Wagtail's check (wagtailadmin.W003) stays quiet.
WAGTAILADMIN_BASE_URL = ""
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILREDIRECTS_AUTO_CREATE = True
WAGTAILAPI_LIMIT_MAX = 100

# --- CDN purging (wagtail.contrib.frontend_cache), only when a CDN is configured ---
# Wagtail purges a page's own URL on publish; API answers carry max-age=API_CLIENT_MAX_AGE,
# which bounds how long a CDN may keep a listing that includes the page.
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN", default=""),
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]

# --- Search ---
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="database")
# Elasticsearch (SEARCH_BACKEND=elasticsearch): see docs/search.md, "Running
# Elasticsearch in production". The URL may list several nodes, comma-separated.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_CLOUD_ID = env.str("ELASTICSEARCH_CLOUD_ID", default="")
ELASTICSEARCH_API_KEY = env.str("ELASTICSEARCH_API_KEY", default="")
ELASTICSEARCH_CA_CERTS = env.str("ELASTICSEARCH_CA_CERTS", default="")
SEARCH_ELASTICSEARCH_ALIAS = env.str("ELASTICSEARCH_ALIAS", default="outreach-public-content")
ELASTICSEARCH_SHARDS = env.int("ELASTICSEARCH_SHARDS", default=1)
ELASTICSEARCH_REPLICAS = env.int("ELASTICSEARCH_REPLICAS", default=1)
ELASTICSEARCH_SEARCH_TIMEOUT = env.float("ELASTICSEARCH_SEARCH_TIMEOUT", default=2.0)
ELASTICSEARCH_INDEX_TIMEOUT = env.float("ELASTICSEARCH_INDEX_TIMEOUT", default=30.0)
ELASTICSEARCH_CIRCUIT_SECONDS = env.int("ELASTICSEARCH_CIRCUIT_SECONDS", default=30)
ELASTICSEARCH_SYNONYM_SETS = env.bool("ELASTICSEARCH_SYNONYM_SETS", default=True)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- The public API ---
# Anonymous API answers are cached server-side (0 turns it off) and by clients.
API_CACHE_SECONDS = env.int("API_CACHE_SECONDS", default=300)
# Server-side cache of reference pages for anonymous visitors (core/page_cache.py);
# the same generations as the API cache keep it fresh after publishing. 0: off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
API_CLIENT_MAX_AGE = env.int("API_CLIENT_MAX_AGE", default=60)
# Shared caches (CDNs) may keep an answer this long (s-maxage), and serve it stale
# this much longer while they fetch a fresh one; publishing purges by surrogate key.
API_SHARED_MAX_AGE = env.int("API_SHARED_MAX_AGE", default=300)
API_STALE_WHILE_REVALIDATE = env.int("API_STALE_WHILE_REVALIDATE", default=60)
# A CDN endpoint that purges by surrogate key (Varnish xkey, Fastly): on publish and
# unpublish it receives `PURGE` with the page's keys in Surrogate-Key and xkey-purge.
API_PURGE_KEYS_URL = env.str("API_PURGE_KEYS_URL", default="")
# A headless front end's preview route; when set, the admin's preview pane shows
# the draft through it (see README, "Drafts: share links and previews").
HEADLESS_PREVIEW_CLIENT_URL = env.str("HEADLESS_PREVIEW_CLIENT_URL", default="")
HEADLESS_PREVIEW_MINUTES = env.int("HEADLESS_PREVIEW_MINUTES", default=60)
API_PAGE_SIZE = 20
API_MAX_PAGE_SIZE = 100
# Headless front ends read the API from their own origins.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
# Front ends revalidate with If-None-Match and read the ETag and the answer's language.
CORS_ALLOW_HEADERS = [*corsheaders_default_headers, "if-none-match"]
CORS_EXPOSE_HEADERS = ["ETag", "Content-Language", "Surrogate-Key"]
# View beacons are counted only from the site's own pages and these origins.
BEACON_ALLOWED_ORIGINS = env.list("BEACON_ALLOWED_ORIGINS", default=CORS_ALLOWED_ORIGINS)

# --- Security headers ---
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
# Two policies (core/csp.py picks by path). The public site is strict: no inline
# script or style, no plugins, nothing from other origins but video embeds.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", *env.list("CSP_MEDIA_ORIGINS", default=[])],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# The admin (and the API's Swagger UI) still need inline scripts and styles
# (wagtail#1288); everything else stays on this origin.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *env.list("CSP_MEDIA_ORIGINS", default=[])],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
ADMIN_CSP_PATH_PREFIXES = ("/admin/", "/api/v1/docs")

# Static front ends rebuild on these signed notices (see README, "Publish webhooks").
PUBLISH_WEBHOOK_URLS = env.list("PUBLISH_WEBHOOK_URLS", default=[])
PUBLISH_WEBHOOK_SECRET = env.str("PUBLISH_WEBHOOK_SECRET", default="")
PUBLISH_WEBHOOK_TIMEOUT = env.float("PUBLISH_WEBHOOK_TIMEOUT", default=10.0)
PUBLISH_WEBHOOK_MAX_ATTEMPTS = env.int("PUBLISH_WEBHOOK_MAX_ATTEMPTS", default=10)

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# --- Editorial policy ---
FLAGSHIP_REVIEW_INTERVAL_DAYS = env.int("FLAGSHIP_REVIEW_INTERVAL_DAYS", default=90)

# --- Events: questions sent ahead of regional group meetings (docs/events.md) ---
EVENTS_QUESTION_RATE = env.str("EVENTS_QUESTION_RATE", default="5/m")
EVENTS_QUESTION_RATE_PER_EMAIL = env.str("EVENTS_QUESTION_RATE_PER_EMAIL", default="10/h")
EVENTS_CONFIRMATION_DAYS = env.int("EVENTS_CONFIRMATION_DAYS", default=7)
