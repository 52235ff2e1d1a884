from .document_access import DocumentAccessSettings
from .locale_roles import LocaleRole
from .publish_refusals import ScheduledPublishRefusal
from .publishable import LiveQuerySet, PublishableTranslatableSnippet
from .share_links import DraftShareLink

__all__ = [
    "DocumentAccessSettings",
    "DraftShareLink",
    "LiveQuerySet",
    "LocaleRole",
    "PublishableTranslatableSnippet",
    "ScheduledPublishRefusal",
]
