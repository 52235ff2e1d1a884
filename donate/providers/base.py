"""The one interface every payment provider adapter implements."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

# What the ledger understands; each provider maps its own event types onto these.
COMPLETED = "completed"
REFUNDED = "refunded"
FAILED = "failed"
SUBSCRIPTION_CANCELLED = "subscription_cancelled"
# Events we are told about but that change nothing (e.g. a checkout paid later).
ACKNOWLEDGED = "acknowledged"


class WebhookRejected(Exception):
    """The delivery is not a genuine, fresh, understood event, or it contradicts
    the gift it names: answer 400, record nothing in the ledger (the refusal itself
    is recorded).

    Attributes:
        reason: what a person reading the log or the admin needs to know.
        verified: whether the signature was good (an attack or a provider bug?).
    """

    def __init__(self, reason: str, verified: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.verified = verified


@dataclass(frozen=True)
class ProviderEvent:
    """A verified provider event, reduced to what the ledger needs."""

    event_id: str
    event_type: str
    kind: str
    occurred_at: datetime
    intent_id: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    payment_id: str = ""
    subscription_id: str = ""
    session_id: str = ""
    # A later payment of a monthly gift (not the first completion of its intent).
    renewal: bool = False


class PaymentProvider:
    """Adapter to one payment provider.

    Attributes:
        name: the provider's key in settings, URLs and the ledger.
        sends_receipts: whether the provider emails donors their receipt
            (otherwise we do, once the gift is in the ledger).
        signature_header: the request header (as in `request.META`) carrying the signature.
    """

    name = ""
    sends_receipts = False
    signature_header = ""

    def start_checkout(self, request, intent) -> str:
        """Prepare the provider's checkout for `intent`; return the URL to send the donor to."""
        raise NotImplementedError

    def parse_webhook(self, payload: bytes, signature: str | None) -> ProviderEvent:
        """Verify the signature and its timestamp and map the event.

        Raises:
            WebhookRejected: bad or missing signature, stale timestamp, malformed
                JSON, unknown event type or missing fields.
        """
        raise NotImplementedError

    def manage_subscription_url(self, request, intent) -> str:
        """Where a monthly donor goes to cancel."""
        raise NotImplementedError
