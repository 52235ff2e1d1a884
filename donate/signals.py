from .services import record_status_change


def record_status_on_publish(sender, instance, **kwargs):
    """Publishing is when a status change becomes public, so that is when it is dated."""
    record_status_change(instance)
