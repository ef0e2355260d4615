"""What a generation will cost, from the prices Runway publishes (1 credit = US$0.01).

Partial units round up (a 10 s output at 1 credit per 6 s costs 2 credits), so an estimate
never comes out below the bill. Runway returns its own `estimatedCost` once a task is created.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from runway_desktop.core.catalogue.ratios import ratio_size
from runway_desktop.core.catalogue.spec import ModelSpec, PriceSpec
from runway_desktop.core.intake.media import MediaInfo, MediaValue
from runway_desktop.core.requests.text_rules import plain_number, utf16_length
from runway_desktop.core.requests.values import parse_number

CREDIT_DOLLARS = 0.01
_UNITS = {"output_second": "s", "input_second": "s", "image": "image", "characters": "character"}


@dataclass(frozen=True)
class Quote:
    """An estimate in credits and dollars; `known` is False when a number is still missing.

    `rate` is the published rate ("5 credits/s of input") whenever Runway publishes one, so a
    total that waits for an input still reads as a published price, never as "not published".
    """

    credits: float | None
    dollars: float | None
    known: bool
    detail: str
    rate: str | None = None

    @property
    def published(self) -> bool:
        return self.known or self.rate is not None

    @property
    def headline(self) -> str:
        """"60 credits · $0.60", "5 credits/s of input", or "Price not published"."""
        if self.known and self.credits is not None:
            return f"{credits_text(self.credits)} · {dollars_text(self.dollars or 0)}"
        if self.rate is not None:
            return self.rate[:1].upper() + self.rate[1:]
        return "Price not published"


def quote(
    model: ModelSpec, values: Mapping[str, Any], media_infos: Mapping[str, MediaInfo | None] | None = None
) -> Quote:
    """The cost of one request, from its wire body or form values (keyed by wire field names).

    `media_infos` gives the inspected input per media field when `values` holds markers or URLs
    instead of MediaValues (an input billed by its length needs its duration).
    """
    price = model.price
    match price.unit:
        case "output_second" if price.credits is not None:
            found = _output_seconds(model, values)
        case "input_second" if price.credits is not None:
            found = _input_seconds(model, values, _input_info(price, values, media_infos or {}))
        case "image" if price.credits is not None or price.tiers:
            found = _images(model, values)
        case "characters" if price.credits is not None:
            found = _characters(price, values.get("promptText"))
        case _:
            return Quote(None, None, False,
                         f"Runway does not publish a price for {model.id}; "
                         "the estimate appears after submitting.")
    return found if found.known else dataclasses.replace(found, rate=rate_text(model))


def rate_text(model: ModelSpec) -> str | None:
    """The published rate: "12 credits/s", "2–8 credits/image", "20 credits/s (+20 with audio)"; None."""
    price = model.price
    if price.unit == "image" and price.tiers:
        values = [c for _limit, c in price.tiers]
        return f"{plain_number(min(values))}–{plain_number(max(values))} credits/image"
    if price.credits is None or price.unit not in _UNITS:
        return None
    unit = _UNITS[price.unit]
    if price.per == 1:
        rate = f"{credits_text(price.credits)}/{unit}"
    else:
        plural = unit if unit == "s" else f"{unit}s"
        rate = f"{credits_text(price.credits)} per {plain_number(price.per)} {plural}"
    if price.unit == "input_second":
        rate += " of input"
    extras = [f"+{plain_number(c.credits)} with {c.label}" for c in price.surcharges]
    return f"{rate} ({', '.join(extras)})" if extras else rate


def unit_credits(model: ModelSpec, values: Mapping[str, Any]) -> float:
    """Credits per unit for this request: the base rate plus every surcharge its values select."""
    price = model.price
    return (price.credits or 0) + sum(c.credits for c in price.surcharges if c.applies(values))


def credits_text(credits: float) -> str:
    return f"{plain_number(credits)} credit{'' if credits == 1 else 's'}"


def dollars_text(dollars: float) -> str:
    return f"${dollars:,.2f}"


def _units(amount: float, per: float) -> int:
    # The tolerance keeps 12.000000001 (float noise) from becoming 13.
    return max(0, math.ceil(amount / per - 1e-9))


def _known(credits: float, formula: str) -> Quote:
    dollars = round(credits * CREDIT_DOLLARS, 2)
    return Quote(credits, dollars, True, f"{formula} = {credits_text(credits)} ({dollars_text(dollars)})")


def _rate(price: PriceSpec, unit: str, amount: float | None = None) -> str:
    """"12 credits/s", "1 credit per 6 s"."""
    amount = (price.credits or 0) if amount is None else amount
    if price.per == 1:
        return f"{credits_text(amount)}/{unit}"
    return f"{credits_text(amount)} per {plain_number(price.per)} {unit}"


def _surcharged(model: ModelSpec, values: Mapping[str, Any], unit: str) -> str:
    """The rate this request pays, naming the surcharges it selects: "40 credits/s (with audio)"."""
    price = model.price
    chosen = [c.label for c in price.surcharges if c.applies(values)]
    rate = _rate(price, unit, unit_credits(model, values))
    return f"{rate} (with {' and '.join(chosen)})" if chosen else rate


def _output_seconds(model: ModelSpec, values: Mapping[str, Any]) -> Quote:
    price = model.price
    duration_field = model.field("duration")
    raw = values.get("duration")
    note = ""
    if raw is not None and not (isinstance(raw, str) and not raw.strip()):
        seconds = parse_number(raw)
        if seconds is None:
            return Quote(None, None, False,
                         f"{_rate(price, 's')}; the total depends on the duration the model chooses.")
    elif duration_field is not None and (default := parse_number(duration_field.default)) is not None:
        seconds, note = default, " (default)"
    elif price.default_units is not None:
        seconds, note = price.default_units, " (default)"
    else:
        return Quote(None, None, False, f"{_rate(price, 's')}; the total depends on the duration.")
    credits = _units(seconds, price.per) * unit_credits(model, values)
    return _known(credits, f"{_surcharged(model, values, 's')} × {plain_number(seconds)} s{note}")


def _input_info(
    price: PriceSpec, values: Mapping[str, Any], media_infos: Mapping[str, MediaInfo | None]
) -> MediaInfo | None:
    if price.input is None:
        return None
    raw = values.get(price.input)
    if isinstance(raw, list | tuple) and raw:
        raw = raw[0]
    if isinstance(raw, MediaValue) and raw.info is not None:
        return raw.info
    return media_infos.get(price.input)


def _input_seconds(model: ModelSpec, values: Mapping[str, Any], info: MediaInfo | None) -> Quote:
    price = model.price
    if info is None or info.duration is None:
        return Quote(None, None, False,
                     f"{_rate(price, 's')} of input; the total follows once the input is chosen.")
    credits = _units(info.duration, price.per) * unit_credits(model, values)
    return _known(
        credits, f"{_surcharged(model, values, 's')} of input × {plain_number(round(info.duration, 2))} s"
    )


def _images(model: ModelSpec, values: Mapping[str, Any]) -> Quote:
    price = model.price
    count_field = model.field("outputCount")
    count = parse_number(values.get("outputCount"))
    if count is None and count_field is not None:
        count = parse_number(count_field.default)
    count = int(count) if count is not None and count >= 1 else 1
    per_image, size = price.credits, ""
    if price.tiers:
        ratio = values.get("ratio")
        if not isinstance(ratio, str) or not ratio.strip():
            return Quote(None, None, False, "The price per image depends on the ratio; choose one.")
        width, height = ratio_size(ratio)
        per_image = next((c for limit, c in price.tiers if limit is None or width * height <= limit), None)
        size = f" at {width}×{height}"
    if per_image is None:
        return Quote(None, None, False, f"Runway does not publish a price for {model.id} at this size.")
    images = f"{count} image{'' if count == 1 else 's'}"
    return _known(per_image * count, f"{credits_text(per_image)}/image{size} × {images}")


def _characters(price: PriceSpec, text: Any) -> Quote:
    length = utf16_length(text) if isinstance(text, str) else 0
    credits = _units(length, price.per) * (price.credits or 0)
    rate = credits_text(price.credits or 0)
    rate += "/character" if price.per == 1 else f" per {plain_number(price.per)} characters"
    return _known(credits, f"{rate} × {plain_number(length)} characters")
