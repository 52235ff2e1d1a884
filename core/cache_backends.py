"""Django's Redis and local-memory caches without the memcached key check.

Every Django cache backend checks each key against memcached's limits (250
characters, no spaces or control characters), one character at a time in
Python: about 0.1 µs a character, and a cached API answer reads three keys.
Neither Redis nor the local-memory cache has those limits, so these skip the
check, as Django's documentation suggests for such backends ("Cache key
warnings": override `validate_key`). Measured in bench/bench_stock_v2.py.
"""

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache


class SharedCache(RedisCache):
    def validate_key(self, key):
        pass


class ProcessCache(LocMemCache):
    def validate_key(self, key):
        pass
