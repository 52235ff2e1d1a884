"""Kept because migration 0001 references `flagships.currencies.validate_currency`;
the currency list itself is core's (core/geography.py, from pycountry)."""

from core.geography import validate_currency

__all__ = ["validate_currency"]
