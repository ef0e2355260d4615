"""Model-specific limits on input media, and checking one inspected file against a form field.

Every rule below is quoted from the runwayml SDK 5.24.0 request-type docstrings, which the
catalogue copies into `FieldSpec.help`; tests/core/test_input_rules.py checks that each entry
still names a real model field of the right media kind. Rules are keyed by (model id, field
name); the key ("*", field name) would apply to every model, but no docstring states a limit
that general, so none is used.

Not encoded, on purpose:
- act_two `character` videos: the docstring asks only that "a visually recognizable face must
  be visible and stay within the frame", which cannot be checked locally, and states no
  duration. Borrowing the reference video's 3–30 s would reject characters Runway accepts, so
  a character video is checked for kind only.
- aleph2 `videoUri` and the other single video inputs: their docstrings give the 5 MB data URI
  limit only (handled by input planning), no duration or size.
- Sums over several files ("combined duration …") are checked per file here (one file over the
  total can never pass) and across the slot by `check_slot`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from runway_desktop.core.catalogue.spec import FieldSpec, ModelSpec
from runway_desktop.core.intake.errors import IntakeError, display_name
from runway_desktop.core.intake.media import MediaInfo, MediaKind

A_KIND = {"image": "an image", "video": "a video", "audio": "audio"}


@dataclass(frozen=True)
class InputRule:
    """One limit on the files of one field; `subject` names them in messages."""

    subject: str  # "Act-Two's reference video"
    kind: MediaKind  # the rule applies to files of this kind only
    min_seconds: float | None = None
    max_seconds: float | None = None
    below_max: bool = False  # "less than" the maximum, rather than "at most"
    combined: bool = False  # the maximum holds for all the files of the field together
    min_side: int | None = None
    min_aspect: float | None = None  # width / height
    max_aspect: float | None = None


def _combined(subject: str, kind: MediaKind, seconds: float, below: bool = False) -> InputRule:
    return InputRule(subject, kind, max_seconds=seconds, below_max=below, combined=True)


def _references(model: str, name: str, seconds: float, audio_below: bool = False) -> dict:
    """The combined-duration limits shared by a model's referenceVideos and referenceAudio."""
    return {
        (model, "referenceVideos"): (_combined(f"{name}'s reference videos", "video", seconds),),
        (model, "referenceAudio"): (
            _combined(f"{name}'s reference audio clips", "audio", seconds, audio_below),
        ),
    }


RULES: dict[tuple[str, str], tuple[InputRule, ...]] = {
    # character_performance_create_params.Reference: "The video must be between 3 and 30
    # seconds in duration."
    ("act_two", "reference"): (
        InputRule("Act-Two's reference video", "video", min_seconds=3, max_seconds=30),
    ),
    # image_to_video H3Max.prompt_image: "Each image must be at least 256 pixels on both sides."
    ("h3_max", "promptImage"): (InputRule("H3 Max's prompt images", "image", min_side=256),),
    # image_to_video GrokImagine1_5(.Lite).prompt_image: "The output keeps its aspect ratio,
    # which (width / height) must be between 0.4 and 2.5."
    ("grok_imagine_1_5", "promptImage"): (
        InputRule("Grok Imagine 1.5's prompt image", "image", min_aspect=0.4, max_aspect=2.5),
    ),
    ("grok_imagine_1_5_lite", "promptImage"): (
        InputRule("Grok Imagine 1.5 Lite's prompt image", "image", min_aspect=0.4, max_aspect=2.5),
    ),
    # text_to_video GrokImagine1_5.reference_audio: "each clip must be between 3 and 15 seconds."
    ("grok_imagine_1_5", "referenceAudio"): (
        InputRule("each of Grok Imagine 1.5's reference audio clips", "audio", min_seconds=3, max_seconds=15),
    ),
    # reference_videos: "The combined duration across all video references must not exceed 15
    # seconds." reference_audio: "The total combined duration must not exceed 15 seconds."
    **_references("hailuo3", "Hailuo 3", 15),
    **_references("seedance2", "Seedance 2", 15),
    **_references("seedance2_fast", "Seedance 2 Fast", 15),
    **_references("seedance2_mini", "Seedance 2 Mini", 15),
    **_references("wan3", "Wan 3", 15),
    **_references("wan3_prime", "Wan 3 Prime", 15),
    # Seedance2_5: videos "must not exceed 30 seconds"; audio "must be less than 30 seconds".
    **_references("seedance2_5", "Seedance 2.5", 30, audio_below=True),
    # Kling4.reference_videos: "Up to 5 videos … together at most 30 seconds long."
    ("kling_4", "referenceVideos"): (_combined("Kling 4's reference videos", "video", 30),),
}


def rules_for(model: ModelSpec, field: FieldSpec) -> tuple[InputRule, ...]:
    return RULES.get((model.id, field.name), ()) + RULES.get(("*", field.name), ())


def check_for_field(info: MediaInfo, model: ModelSpec, field: FieldSpec) -> None:
    """Raise IntakeError unless `info` is a file `field` of `model` accepts (kind and model rules)."""
    name = display_name(info.path)
    if not field.media:
        raise ValueError(f"{model.id}.{field.name} is not a media field")
    if info.kind not in field.media:
        takes = " or ".join(A_KIND[kind] for kind in field.media)
        raise IntakeError(
            f"'{name}' is {A_KIND[info.kind]}, but {field.label} takes {takes}.",
            path=info.path,
            code="wrong-kind",
        )
    for rule in rules_for(model, field):
        if rule.kind == info.kind:
            _check_rule(info, name, rule)


def check_slot(infos: Sequence[MediaInfo], model: ModelSpec, field: FieldSpec) -> None:
    """`check_for_field` for each file, then the limits on the files of the field together."""
    for info in infos:
        check_for_field(info, model, field)
    for rule in rules_for(model, field):
        if not rule.combined or rule.max_seconds is None:
            continue
        durations = [i.duration for i in infos if i.kind == rule.kind and i.duration is not None]
        total = sum(durations)
        if len(durations) > 1 and _over(total, rule):
            names = ", ".join(f"'{display_name(i.path)}'" for i in infos if i.kind == rule.kind)
            raise IntakeError(
                f"{names} last {_secs(total, rule.max_seconds)} s together; {rule.subject} must last "
                f"{_most(rule)} {rule.max_seconds:g} s together.",
                path=infos[-1].path,
                code="rule",
            )


def _check_rule(info: MediaInfo, name: str, rule: InputRule) -> None:
    problem = None
    if info.duration is not None:
        problem = _duration_problem(info.duration, name, rule)
    if problem is None and info.width and info.height:
        problem = _pixel_problem(info.width, info.height, name, rule)
    if problem:
        raise IntakeError(problem, path=info.path, code="rule")


def _duration_problem(seconds: float, name: str, rule: InputRule) -> str | None:
    low, high = rule.min_seconds, rule.max_seconds
    too_short = low is not None and seconds < low
    if not too_short and (high is None or not _over(seconds, rule)):
        return None
    bound = low if too_short else high
    length = f"'{name}' is {_secs(seconds, bound)} s long"
    if low is not None and high is not None:
        return f"{length}; {rule.subject} must be {low:g}–{high:g} s."
    if low is not None:
        return f"{length}; {rule.subject} must be at least {low:g} s."
    together = " together, so no single one can be longer" if rule.combined else ""
    return f"{length}; {rule.subject} must last {_most(rule)} {high:g} s{together}."


def _pixel_problem(width: int, height: int, name: str, rule: InputRule) -> str | None:
    size = f"'{name}' is {width}×{height} pixels"
    if rule.min_side and min(width, height) < rule.min_side:
        return f"{size}; {rule.subject} must be at least {rule.min_side} pixels on both sides."
    aspect = width / height
    low, high = rule.min_aspect, rule.max_aspect
    if (low is not None and aspect < low) or (high is not None and aspect > high):
        return (
            f"{size} (width / height = {aspect:.3g}); {rule.subject} must have a width / height "
            f"between {low:g} and {high:g}."
        )
    return None


def _over(seconds: float, rule: InputRule) -> bool:
    assert rule.max_seconds is not None
    return seconds >= rule.max_seconds if rule.below_max else seconds > rule.max_seconds


def _most(rule: InputRule) -> str:
    return "less than" if rule.below_max else "at most"


def _secs(seconds: float, bound: float | None) -> str:
    """Seconds to one decimal, or more where one decimal would look like the limit itself."""
    text = f"{seconds:.1f}"
    if bound is not None and float(text) == bound and seconds != bound:
        text = f"{seconds:.3f}".rstrip("0")
    return text
