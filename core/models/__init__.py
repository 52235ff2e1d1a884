from .changes import ContentChange
from .document_access import DocumentAccessSettings
from .locale_roles import LocaleRole
from .publish_refusals import ScheduledPublishRefusal
from .publishable import LiveQuerySet, PublishableTranslatableSnippet
from .share_links import DraftShareLink
from .site_content import SiteContent, SiteLink
from .translation_review import TranslationReviewTask
from .untranslated_confirmation import UntranslatedPublishConfirmation

__all__ = [
    "ContentChange",
    "DocumentAccessSettings",
    "DraftShareLink",
    "LiveQuerySet",
    "LocaleRole",
    "PublishableTranslatableSnippet",
    "SiteContent",
    "SiteLink",
    "ScheduledPublishRefusal",
    "TranslationReviewTask",
    "UntranslatedPublishConfirmation",
]
