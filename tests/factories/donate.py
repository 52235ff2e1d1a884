import json
import uuid
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from core.signing import signature_header
from donate import conf
from donate.models import DonatePage, DonationIntent, DonationProjectPage
from tests.factories.home import DefaultLocale, ThematicAreaFactory


class DonatePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DonatePage

    title = "Donate now"
    slug = "donate"
    introduction = "Your gift goes where it is needed most."
    locale = DefaultLocale()


class DonationProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DonationProjectPage

    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    summary = "Clean water for a neighbourhood."
    thematic_area = factory.SubFactory(ThematicAreaFactory)
    country = "ke"
    goal_amount = Decimal("1000.00")
    currency = "USD"
    status = "open"
    gift_impact = "50 USD pays for a water filter."
    locale = DefaultLocale()


class DonationIntentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DonationIntent

    project = None
    project_key = factory.LazyAttribute(lambda o: o.project.translation_key if o.project else uuid.uuid4())
    amount = Decimal("25.00")
    currency = "USD"
    frequency = "one_off"
    donor_email = "donor@example.org"
    provider = "sandbox"


def sandbox_event(intent, event_type="donation.completed", *, event_id=None, amount=None, created=None, **data):
    body = {
        "intent_id": str(intent.pk),
        "amount": str(intent.amount if amount is None else amount),
        "currency": intent.currency,
        "frequency": intent.frequency,
        "payment_id": f"pay_{intent.pk.hex}",
    }
    if intent.frequency == "monthly":
        body["subscription_id"] = f"sub_{intent.pk.hex}"
    body.update(data)
    return {
        "id": event_id or f"evt_{uuid.uuid4().hex}",
        "type": event_type,
        "created": created or int(timezone.now().timestamp()),
        "data": body,
    }


def signed(event, secret=None, timestamp=None) -> tuple[bytes, str]:
    """(payload, header) signed with Stripe's scheme: t=..., v1=HMAC-SHA256(secret, "t.payload")."""
    payload = event if isinstance(event, str) else json.dumps(event)
    return payload.encode(), signature_header(secret or conf.sandbox_webhook_secret(), payload, timestamp)
