"""The signature receivers check: the project's one scheme, in core/signing.py
(Stripe's: `t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">`), so a receiver can
reject forged and replayed notices. Re-exported here for the outbox and its docs."""

from core.signing import signature_header, verify

__all__ = ["signature_header", "verify"]
