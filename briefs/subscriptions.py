"""Signing up, confirming and unsubscribing (double opt-in).

Links carry a signed token (Django's signing, keyed by SECRET_KEY with a salt of
their own): a confirmation link holds the subscriber and the choices made at
sign-up and expires; an unsubscribe link holds the subscriber and the list and
never expires, so an old email still lets its reader leave. A forged or tampered
token fails its signature and changes nothing.
"""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .emails import site_base_url
from .models import Audience, Subscriber

CONFIRM_SALT = "briefs.subscription.confirm"
UNSUBSCRIBE_SALT = "briefs.subscription.unsubscribe"


class InvalidLink(Exception):
    """A confirmation or unsubscribe link that is forged, tampered with or expired."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "expired" or "invalid"


@dataclass(frozen=True)
class Choices:
    language: str
    brief: bool
    newsletter: bool


def confirmation_max_age() -> int:
    return getattr(settings, "BRIEFS_CONFIRMATION_DAYS", 7) * 24 * 3600


def confirmation_token(subscriber: Subscriber, choices: Choices) -> str:
    payload = {"s": subscriber.pk, "l": choices.language, "b": int(choices.brief), "n": int(choices.newsletter)}
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def unsubscribe_token(subscriber_id: int, audience: str) -> str:
    return signing.dumps({"s": subscriber_id, "a": audience}, salt=UNSUBSCRIBE_SALT, compress=True)


def _absolute(language: str, name: str, token: str, base_url: str | None = None) -> str:
    with translation.override(language):
        return urljoin(base_url or site_base_url(), reverse(name, args=[token]))


def unsubscribe_url(subscriber_id: int, audience: str, language: str, base_url: str | None = None) -> str:
    """The signed one-click unsubscribe address, in the subscriber's language."""
    return _absolute(language, "briefs:unsubscribe", unsubscribe_token(subscriber_id, audience), base_url)


def request_subscription(email: str, choices: Choices, base_url: str | None = None) -> None:
    """Record a sign-up and send the confirmation link in the chosen language.

    Whatever the address's state, the answer to the visitor is the same (so the
    form never tells who is subscribed); a confirmed subscriber gets a link that
    applies the new choices once followed, nothing changes before that.
    """
    email = email.strip()
    with transaction.atomic():
        subscriber = Subscriber.objects.filter(email__iexact=email).select_for_update().first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=email,
                        language=choices.language,
                        wants_brief=choices.brief,
                        wants_newsletter=choices.newsletter,
                    )
            except IntegrityError:  # signed up twice at the same moment
                subscriber = Subscriber.objects.select_for_update().get(email__iexact=email)
        subscriber.confirmation_sent_at = timezone.now()
        subscriber.save(update_fields=["confirmation_sent_at"])
    send_confirmation(subscriber, choices, base_url)


def send_confirmation(subscriber: Subscriber, choices: Choices, base_url: str | None = None) -> None:
    """`base_url`: the visitor's request's (core/absolute_urls.py), so the link
    opens where they signed up; the default Site's without one."""
    link = _absolute(choices.language, "briefs:confirm", confirmation_token(subscriber, choices), base_url)
    with translation.override(choices.language):
        context = {
            "link": link,
            "days": confirmation_max_age() // 86400,
            "brief": choices.brief,
            "newsletter": choices.newsletter,
        }
        message = EmailMultiAlternatives(
            subject=_("Confirm your subscription"),
            body=render_to_string("briefs/email/confirm.txt", context),
            to=[subscriber.email],
        )
        message.send()


def read_confirmation(token: str) -> tuple[Subscriber, Choices]:
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=confirmation_max_age())
    except signing.SignatureExpired as error:
        raise InvalidLink("expired") from error
    except signing.BadSignature as error:
        raise InvalidLink("invalid") from error
    subscriber = Subscriber.objects.filter(pk=data.get("s")).first()
    if subscriber is None or data.get("l") not in dict(settings.LANGUAGES):
        raise InvalidLink("invalid")
    return subscriber, Choices(language=data["l"], brief=bool(data.get("b")), newsletter=bool(data.get("n")))


def confirm(token: str) -> tuple[Subscriber, bool]:
    """Apply the choices of a confirmation link. Returns (subscriber, changed):
    following the same link twice confirms once."""
    subscriber, choices = read_confirmation(token)
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        wanted = (Subscriber.Status.CONFIRMED, choices.language, choices.brief, choices.newsletter)
        current = (subscriber.status, subscriber.language, subscriber.wants_brief, subscriber.wants_newsletter)
        if wanted == current:
            return subscriber, False
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.language = choices.language
        subscriber.wants_brief, subscriber.wants_newsletter = choices.brief, choices.newsletter
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save()
    return subscriber, True


def read_unsubscribe(token: str) -> tuple[Subscriber, str]:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature as error:
        raise InvalidLink("invalid") from error
    subscriber = Subscriber.objects.filter(pk=data.get("s")).first()
    if subscriber is None or data.get("a") not in Audience.values:
        raise InvalidLink("invalid")
    return subscriber, data["a"]


def unsubscribe(token: str) -> tuple[Subscriber, str]:
    """Stop the list named in the link; with no list left, the address is
    unsubscribed altogether. Idempotent."""
    subscriber, audience = read_unsubscribe(token)
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if audience == Audience.BRIEF:
            subscriber.wants_brief = False
        else:
            subscriber.wants_newsletter = False
        if not (subscriber.wants_brief or subscriber.wants_newsletter):
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = subscriber.unsubscribed_at or timezone.now()
        subscriber.save()
    return subscriber, audience
