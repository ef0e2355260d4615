"""The forms in 简体中文: every model's form, built with the language installed, shows no English words
of its own (model names, brands, units, numbers, file patterns and code stay as they are)."""

from __future__ import annotations

import re

import pytest
from forms_support import CATALOGUE, Backend, drop, file_mime, make_tab, pick_model
from media_factory import make_mp3, make_png
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from runway_desktop.core.requests.build import BuiltRequest
from runway_desktop.ui.form.fields.catalogue_words import is_word_choice
from runway_desktop.ui.i18n import install_language

CJK = re.compile(r"[\u4e00-\u9fff]")
# What is never translated: code and links from the API's docs, file patterns, keys, units, names.
KEPT = [
    re.compile(p) for p in (
        r"`[^`]*`", r"\[[^\]]*\]\([^)]*\)", r"\*\.\w+", r"Ctrl\+\w+", r"https?://\S+", r"<[^>]+>",
        r"\{[^}]*\}", r"\b\d[\w.:×,/–-]*\b",
    )
]
BRANDS = {
    "Runway", "RunwayML", "API", "JSON", "HTTPS", "URL", "URI", "ElevenLabs", "Google", "OpenAI", "ByteDance",
    "Alibaba", "Kling", "Magnific", "MiniMax", "Hailuo", "Ideogram", "Recraft", "Bria", "FIBO", "Mirelo",
    "Muse", "Nano", "Banana", "Gemini", "Veo", "Seedance", "Seedream", "Seed", "Audio", "Wan", "Prime",
    "Grok", "Imagine", "HappyHorse", "Act-Two", "Aleph", "Gen", "Image", "Turbo", "Flash", "Lite", "Pro",
    "Mini", "Fast", "Omni", "Max", "Edit", "Flare", "Sunburst", "Vector", "Multilingual", "Standard", "SFX",
    "GPT", "xAI", "ProRes", "MB", "KB", "fps", "Hz", "CFG", "FPS", "ISO", "SVG", "PNG", "HDR", "SDR",
    "HEVC", "Main", "Rec", "ACEScg", "ACES", "OpenEXR", "EXR", "HLG", "PQ", "BT", "VFX", "Proxy", "HQ", "LT",
    "XQ", "Stable", "Diffusion",
}


MODEL_IDS = sorted({m.id for m in CATALOGUE.models} | {r.id for r in CATALOGUE.retired},
                   key=len, reverse=True)  # longest first: "gen4.5" before "gen4"
# Values sent as they are shown ("mp4", "auto_720p", "1080p"): every choice that is not a word.
VALUES = {str(c) for m in CATALOGUE.models for f in m.fields for c in (*f.choices, *f.also)
          if not is_word_choice(f, c)}


def english_left(text: str) -> str | None:
    """The English words of `text` when it has no Chinese at all, else None."""
    if not text or CJK.search(text) or text in VALUES:
        return None
    rest = text
    for model_id in MODEL_IDS:
        rest = rest.replace(model_id, " ")
    for pattern in KEPT:
        rest = pattern.sub(" ", rest)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z_-]{2,}", rest) if w not in BRANDS]
    return " ".join(words) or None


def core_sentences(built: BuiltRequest) -> set[str]:
    """What core said about this request (problems, the price's formula): the core room translates those."""
    said = {m.message for m in (*built.errors, *built.warnings)} | {built.blocking_reason or ""}
    quote = built.quote
    if quote is not None:
        said |= {quote.detail, quote.detail.split(" = ", 1)[0], quote.headline}
    return said


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every label, button, placeholder, tooltip, accessible name and list item."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if widget.isVisibleTo(root) or widget is root:
            found += [(name, t) for t in texts if t]
    return found


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


@pytest.fixture
def harness(qtbot, qloop, tmp_path):
    backend = Backend(qtbot, tmp_path, None)
    yield backend.harness
    backend.close()


@pytest.mark.parametrize("tab_name", ["video", "image", "audio"])
def test_every_form_speaks_chinese(qtbot, chinese, harness, tab_name):
    tab = make_tab(qtbot, harness, tab_name)
    assert tab.generate_button.text() == "生成"
    left: dict[str, set[str]] = {}
    for model in tab.picker.models():
        tab.select_model(model.endpoint, model.id)
        assert tab.form is not None
        tab.form.set_more_visible(True)
        assert tab.built is not None
        from_core = core_sentences(tab.built)
        for where, text in shown_texts(tab):
            words = None if text in from_core else english_left(text)
            if words:
                left.setdefault(f"{model.id}: {where}", set()).add(text)
    assert not left, "\n".join(f"{where}: {sorted(texts)}" for where, texts in sorted(left.items())[:40])


def test_counts_and_prices_read_in_chinese(qtbot, chinese, harness):
    """Counts of files and credits read in Chinese, with numbers in the locale's form."""
    from runway_desktop.ui.form.media_words import counted_text
    from runway_desktop.ui.form.quote_label import credits_words

    tab = make_tab(qtbot, harness, "image")
    spec = next(f for m in CATALOGUE.models for f in m.media_fields if f.media == ("image",) and f.multiple)
    assert counted_text(3, spec) == "3 张图像"
    assert credits_words(1200) == "1,200 积分"
    assert tab.picker.search.placeholderText() == "搜索模型…"


def test_dropped_files_are_described_and_refused_in_chinese(qtbot, chinese, harness, tmp_path):
    """A taken file's card, its accessible name and a drop the form has no place for, all in Chinese."""
    tab = make_tab(qtbot, harness, "image")
    pick_model(qtbot, tab, "text_to_image", "gen4_image")
    cell = tab.form.editor("referenceImages").cells[0]
    assert drop(cell, file_mime([make_png(tmp_path / "face.png", 256, 256)]))
    qtbot.waitUntil(lambda: cell.filled, timeout=15000)
    assert cell.sending.text().startswith("发送方式：内联，")
    assert cell.replace_button.text() == "替换…" and cell.remove_button.text() == "移除"
    assert cell.accessibleName().startswith("参考图像：face.png，")
    assert drop(tab.drop_zone, file_mime([make_mp3(tmp_path / "song.mp3")]))
    qtbot.waitUntil(lambda: tab.drop_hint.property("tone") == "error", timeout=15000)
    assert tab.drop_hint.text() == "“song.mp3”是音频文件，但 gen4_image（文生图） 没有可放音频文件的位置。"
