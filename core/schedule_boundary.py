"""The next moment public answers change by themselves: a live page's
`expire_at`, or a scheduled go-live.

Expiry sends no signal: the delivery querysets hide an expired page at once,
but a cached answer built before would be served until its lifetime ends
(found by the attacker test, F-B). So no cache, server-side or in a browser
or CDN, keeps an answer past this boundary. It is read from the database once
per content generation (publishing anything may move it) and again only when
it has passed; every request in between costs one cache read.
"""

from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Page, Revision

from . import content_generation

_KEY = "schedule-boundary:{}"
_NONE = "none"
# Read again at least daily, whatever happens.
_KEEP_SECONDS = 24 * 60 * 60


def _read(now):
    expiry = Page.objects.filter(live=True, expire_at__gt=now).aggregate(at=Min("expire_at"))["at"]
    go_live = Page.objects.filter(live=True, go_live_at__gt=now).aggregate(at=Min("go_live_at"))["at"]
    scheduled = Revision.objects.filter(approved_go_live_at__gt=now).aggregate(at=Min("approved_go_live_at"))["at"]
    moments = [moment for moment in (expiry, go_live, scheduled) if moment is not None]
    return min(moments) if moments else None


def next_boundary():
    """The earliest future expiry or go-live, or None."""
    now = timezone.now()
    key = _KEY.format(content_generation.current(None))
    stored = cache.get(key)
    if stored == _NONE:
        return None
    if stored is not None and stored > now:
        return stored
    boundary = _read(now)
    cache.set(key, boundary or _NONE, timeout=_KEEP_SECONDS)
    return boundary


def seconds_left(cap: int) -> int:
    """Whole seconds an answer built now may be kept: `cap`, or fewer when a
    boundary comes first (0: do not keep it)."""
    if cap <= 0:
        return 0
    return seconds_before(next_boundary(), cap)


def seconds_before(boundary, cap: int) -> int:
    """`cap`, or the whole seconds left until `boundary` when that comes first.
    A cached answer keeps the boundary it was built under, so a hit needs no
    cache read to work out its remaining lifetime."""
    if cap <= 0:
        return 0
    if boundary is None:
        return cap
    return max(0, min(cap, int((boundary - timezone.now()).total_seconds())))
