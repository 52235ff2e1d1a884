"""Payment providers, chosen by the DONATE_PAYMENT_PROVIDER setting."""

from django.core.exceptions import ImproperlyConfigured

from .. import conf
from .base import PaymentProvider, ProviderEvent, WebhookRejected
from .sandbox import SandboxProvider
from .stripe_checkout import StripeProvider

PROVIDERS: dict[str, type[PaymentProvider]] = {"sandbox": SandboxProvider, "stripe": StripeProvider}


def active_provider() -> PaymentProvider:
    name = conf.payment_provider()
    try:
        return PROVIDERS[name]()
    except KeyError:
        raise ImproperlyConfigured(
            f"DONATE_PAYMENT_PROVIDER is {name!r}; use one of: {', '.join(sorted(PROVIDERS))}."
        ) from None


__all__ = ["PROVIDERS", "PaymentProvider", "ProviderEvent", "WebhookRejected", "active_provider"]
