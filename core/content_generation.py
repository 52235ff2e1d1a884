"""Cache versioning: a generation number per locale, bumped on every public change.

Which cached listings or searches include a given page cannot be worked out, so
instead of hunting for keys every cached answer carries the generations it was
built under; a bump makes all of them stale at once. A change to a page or
snippet in any locale bumps the global generation: other locales fall back to the
default one, and every locale's answers list the item's translations.
"""

from django.core.cache import cache
from wagtail.models import Locale

GLOBAL = "all"
_KEY = "content-generation:{}"

# Models whose rows change public answers without going through Wagtail's
# publish signals (ledgers, settings). Apps add theirs from AppConfig.ready().
_public_models: set[type] = set()


def keys(locale_code: str | None) -> list[str]:
    """The cache keys whose values make up `locale_code`'s version tag."""
    return [_KEY.format(GLOBAL), _KEY.format(locale_code or GLOBAL)]


def tag(values: dict, generation_keys: list[str]) -> str:
    """The version tag from the values read under `keys()` (read in the same
    round trip as whatever else the caller needs)."""
    return f"{values.get(generation_keys[0], 0)}.{values.get(generation_keys[1], 0)}"


def current(locale_code: str | None) -> str:
    """The version tag for answers in `locale_code`."""
    generation_keys = keys(locale_code)
    return tag(cache.get_many(generation_keys), generation_keys)


def bump(locale_code: str | None = None) -> None:
    """Make every cached answer in `locale_code` stale (all locales when None or default)."""
    default = Locale.get_default().language_code if Locale.objects.exists() else "en"
    target = GLOBAL if locale_code in (None, default) else locale_code
    key = _KEY.format(target)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=None)


def bump_for(instance) -> None:
    """A change to anything translatable refreshes every locale: each locale's
    answers list the item's translations (`locales`, `translations`), so
    unpublishing the French copy changes the English answer too."""
    bump(None)


def register_public_model(model: type) -> None:
    """Declare that saving or deleting `model` rows changes public answers."""
    _public_models.add(model)


def is_public_model(model: type) -> bool:
    return any(issubclass(model, registered) for registered in _public_models)
