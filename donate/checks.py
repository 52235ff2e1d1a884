"""Deployment checks (`manage.py check --deploy`)."""

from django.core.checks import Tags, Warning, register

from . import conf


@register(Tags.security, deploy=True)
def sandbox_in_production(app_configs, **kwargs):
    """The sandbox lets anyone complete a test gift, which would count in the progress bars."""
    if conf.payment_provider() != "sandbox":
        return []
    return [
        Warning(
            "Donations use the sandbox provider: anyone can record test gifts that count in project totals.",
            hint="Set DONATE_PAYMENT_PROVIDER=stripe with STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET in production.",
            id="donate.W001",
        )
    ]
