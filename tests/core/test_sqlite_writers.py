"""Two writers on the development database wait for each other instead of failing.

The development server answers on threads; an editor saving a page while a
visitor's download was counted answered 500 "database is locked" (a page row
created without its revision). Each writer here reads, then writes, in one
transaction, as Wagtail's page creation does.
"""

import contextlib
import threading

from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper


def writers(path, options) -> list[str]:
    """Errors of two threads running read-then-write transactions at the same time."""
    setup = DatabaseWrapper({"NAME": str(path), "OPTIONS": options, **_defaults()})
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS saves (who TEXT)")
    setup.close()
    errors, both_read = [], threading.Barrier(2)

    def save(who):
        connection = DatabaseWrapper({"NAME": str(path), "OPTIONS": options, **_defaults()})
        try:
            connection.ensure_connection()
            # What transaction.atomic() does first on SQLite, with the options' mode.
            connection._start_transaction_under_autocommit()
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM saves")
                # Both read before either writes where the mode lets them; with IMMEDIATE
                # the other is still waiting at its start, and the barrier gives up.
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait(timeout=1)
                cursor.execute("INSERT INTO saves VALUES (%s)", [who])
            connection.commit()
        except Exception as error:  # noqa: BLE001 - the failure is what is compared
            errors.append(str(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(who,)) for who in ("editor", "visitor")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def _defaults() -> dict:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "ATOMIC_REQUESTS": False,
        "AUTOCOMMIT": True,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "TIME_ZONE": None,
        "USER": "",
        "PASSWORD": "",
        "HOST": "",
        "PORT": "",
        "TEST": {},
    }


def test_the_project_options_let_two_writers_both_save(tmp_path, django_db_blocker):
    from config.settings.base import SQLITE_OPTIONS

    with django_db_blocker.unblock():  # a database file of its own, not the test database
        assert writers(tmp_path / "dev.sqlite3", SQLITE_OPTIONS) == []


def test_without_them_one_writer_fails(tmp_path, django_db_blocker):
    """The failure the options prevent (so the test above can fail)."""
    with django_db_blocker.unblock():
        errors = writers(tmp_path / "plain.sqlite3", {"timeout": 20, "transaction_mode": "DEFERRED"})
    assert errors == ["database is locked"]


def test_the_default_sqlite_database_uses_them():
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        assert settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
