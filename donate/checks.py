"""Deployment checks (`manage.py check --deploy`). Production settings refuse to
start on the same condition (site/settings/production.py); this check names it
again for deployments that build their own settings module."""

from django.core.checks import Error, Tags, Warning, register

from . import conf

SANDBOX_HINT = (
    "Set DONATE_PAYMENT_PROVIDER=stripe with STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET, or, on a staging "
    "site only, DONATE_ALLOW_SANDBOX=true (sandbox gifts are then marked as test gifts and left out of totals)."
)


@register(Tags.security, deploy=True)
def sandbox_in_production(app_configs, **kwargs):
    """The sandbox lets anyone complete a test gift: no money moves."""
    if conf.payment_provider() != "sandbox":
        return []
    if conf.allow_sandbox():
        return [
            Warning(
                "Donations use the sandbox provider (DONATE_ALLOW_SANDBOX is set): gifts are test gifts, "
                "left out of public totals and reports.",
                hint=SANDBOX_HINT,
                id="donate.W001",
            )
        ]
    return [
        Error(
            "DONATE_PAYMENT_PROVIDER is 'sandbox': anyone could record gifts that were never paid.",
            hint=SANDBOX_HINT,
            id="donate.E001",
        )
    ]


@register(Tags.security, deploy=True)
def stripe_secrets(app_configs, **kwargs):
    if conf.payment_provider() != "stripe":
        return []
    missing = [
        name
        for name, value in (
            ("STRIPE_SECRET_KEY", conf.stripe_secret_key()),
            ("STRIPE_WEBHOOK_SECRET", conf.stripe_webhook_secret()),
        )
        if not value
    ]
    return [
        Error(f"{name} is not set: Stripe checkout or its signed webhooks cannot work.", id="donate.E002")
        for name in missing
    ]
