"""Mail backends for the sending tests: Django's in-memory outbox, and one that
kills the worker in the middle of handing over a message (as a crash would)."""

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend


class WorkerKilled(BaseException):
    """Not an Exception: nothing in the worker may catch it, as with SIGKILL."""


class CrashingBackend(EmailBackend):
    crash_after: int | None = None

    def send_messages(self, messages):
        if self.crash_after is not None and len(mail.outbox) >= self.crash_after:
            raise WorkerKilled("the worker died while the mail server was receiving a message")
        return super().send_messages(messages)
