"""Amounts of money: the currencies by their ISO 4217 codes however they are printed (``美元``, ``US$``,
``euros``; ``元`` alone a unit of its own, yuan or Taiwan dollars), an amount's number in units of its
currency with its scale word applied (``_amount``), and whether the units of a run of amounts are one
(``one_unit``). Used by ``pipeline.lang.values``, the one number parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from pipeline.lang.numbers import SCALE_WORDS, parse_number

# currencies by their ISO 4217 codes, however they are printed ("元" alone is yuan or Taiwan dollars)
_CURRENCIES = {
    "USD": "USD", "US$": "USD", "$": "USD", "美元": "USD", "美金": "USD", "ドル": "USD",
    "HK$": "HKD", "HKD": "HKD", "港元": "HKD", "港幣": "HKD", "港币": "HKD",
    "NT$": "TWD", "TWD": "TWD", "新台幣": "TWD", "新台币": "TWD", "台幣": "TWD", "台币": "TWD",
    "¥": "JPY", "￥": "JPY", "JPY": "JPY", "日圓": "JPY", "日圆": "JPY", "日元": "JPY", "円": "JPY",
    "€": "EUR", "EUR": "EUR", "歐元": "EUR", "欧元": "EUR", "ユーロ": "EUR",
    "£": "GBP", "GBP": "GBP", "RMB": "CNY", "CNY": "CNY", "人民幣": "CNY", "人民币": "CNY",
    "A$": "AUD", "C$": "CAD", "S$": "SGD",
    "DOLLARS": "USD", "US DOLLARS": "USD", "U.S. DOLLARS": "USD", "HONG KONG DOLLARS": "HKD",
    "TAIWAN DOLLARS": "TWD", "NEW TAIWAN DOLLARS": "TWD", "EURO": "EUR", "EUROS": "EUR", "POUNDS": "GBP",
    "YEN": "JPY", "YUAN": "CNY", "RENMINBI": "CNY", "元人民幣": "CNY", "元人民币": "CNY",
    "元": "元",  # alone, yuan or Taiwan dollars (the amount does not say which): a unit of its own
}  # fmt: skip


def amount(m: re.Match[str], unit: str, number: float) -> tuple[float, str]:
    """An amount's number in units of its currency and the currency's code: ``3.2億美元``,
    ``$320 million`` and ``3億2000万ドル`` are all 320,000,000 USD, ``141633.8亿元`` and ``14.16兆元``
    14,163,380,000,000 and 14,160,000,000,000 元, ``14.16 trillion yuan`` 14,160,000,000,000 CNY; an
    unknown currency keeps its scale word in the unit."""
    groups = m.groupdict()
    currency = re.sub(r"\s+", " ", (groups.get("cur") or "").strip()) if unit == "currency" else "USD"
    code = _CURRENCIES.get(currency.upper() if currency.isascii() else re.sub(r"\s", "", currency))
    scale = (groups.get("scale") or "").strip()
    factor = SCALE_WORDS.get(scale.casefold() if scale.isascii() else scale, 1.0)
    if (n2 := m.groupdict().get("n2")) is not None and (extra := parse_number(n2)) is not None:
        number, factor, scale = number * factor + extra * SCALE_WORDS.get(m.group("scale2"), 1.0), 1.0, ""
    if code is None:
        return number, f"{scale} {currency}".strip()
    return scaled(number, factor), code


def one_unit(units: Sequence[str]) -> bool:
    """The values' units are one: the same, or ``元`` beside the one currency code a value names
    (``14.16兆元人民幣`` then ``13.70兆元``: the currency said once, on the first amount)."""
    named = set(units) - {_CURRENCIES["元"]}
    return len(set(units)) == 1 or len(named) == 1 and next(iter(named)) in _SAID_IN_YUAN


_SAID_IN_YUAN = frozenset({"CNY", "TWD"})  # the currencies whose amounts Chinese prints in 元


def scaled(number: float, factor: float) -> float:
    """``number`` times its scale word's ``factor`` in decimal, as printed (``141633.8亿`` is
    14,163,380,000,000, not a binary float's 14,163,379,999,999.998)."""
    return round(float(Decimal(repr(number)) * Decimal(repr(factor))), 6)
