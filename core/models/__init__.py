from .locale_roles import LocaleRole
from .publishable import LiveQuerySet, PublishableTranslatableSnippet
from .share_links import DraftShareLink

__all__ = ["DraftShareLink", "LiveQuerySet", "LocaleRole", "PublishableTranslatableSnippet"]
