"""The words compare and the preview share (a media kind, a parameter's name) read alike in both, in
English and in Chinese; the close notice picks the sentence for one task or several."""

from __future__ import annotations

import pytest
from media_factory import make_png

from runway_desktop.core.running.tasks import OutputFile, OutputState, TaskRecord, TaskState
from runway_desktop.ui.compare.labels import parameter_label as compare_label
from runway_desktop.ui.compare.takes import Take, why_not_comparable
from runway_desktop.ui.dialogs.close_notice import unfinished_work_notice
from runway_desktop.ui.i18n import install_language
from runway_desktop.ui.preview.details import parameter_rows
from runway_desktop.ui.shell.connection import ConnectionMode


@pytest.fixture
def chinese(qapp):
    assert install_language(qapp, "zh_CN") == "zh_CN"
    yield
    install_language(qapp, "en")


def _task(state: TaskState = TaskState.SUCCEEDED, **body) -> TaskRecord:
    return TaskRecord(
        id=f"t-{state.value}", endpoint="text_to_image", model="gen4_image", tab="image", state=state,
        body={"model": "gen4_image", **body},
        outputs=(OutputFile(0, "https://x.test/0", state=OutputState.SAVED),) if state.is_settled else (),
    )


def _mixed(tmp_path) -> list[Take]:
    image = make_png(tmp_path / "a.png")
    video = tmp_path / "b.mp4"
    video.write_bytes(b"\0")
    return [Take(str(image), "image"), Take(str(video), "video")]


def test_compare_and_the_preview_name_parameters_alike(qapp, tmp_path):
    rows = dict(parameter_rows(_task(seed=42, contentModeration={"publicFigureThreshold": "low"}), None))
    assert rows["Seed"] == "42" and compare_label("seed") == "Seed"
    assert rows["Content moderation"] == "public figure threshold low"
    assert compare_label("contentModeration") == "Content moderation"
    assert compare_label("promptText") == "Prompt" and compare_label("model") == "Model"
    assert why_not_comparable(_mixed(tmp_path)).endswith("these mix image and video.")


def test_in_chinese_the_shared_words_are_translated_in_both(chinese, tmp_path):
    rows = dict(parameter_rows(_task(seed=42, contentModeration={"publicFigureThreshold": "low"}), None))
    assert rows["种子"] == "42" and compare_label("seed") == "种子"
    assert "内容审核" in rows and compare_label("contentModeration") == "内容审核"
    assert compare_label("promptText") == "提示词" and compare_label("model") == "模型"
    assert why_not_comparable(_mixed(tmp_path)) == "一次只能对比同一类型的成品；所选成品混合了图像和视频。"


def test_the_close_notice_says_one_task_or_several(qapp):
    running = [_task(TaskState.RUNNING), _task(TaskState.RUNNING)]
    notice = unfinished_work_notice([*running, _task(TaskState.QUEUED)], ConnectionMode.RUNWAY)
    assert notice.split("\n\n") == [
        "2 tasks are still running at Runway. They will carry on, and their results will be downloaded the "
        "next time you open Runway Desktop.",
        "1 task is waiting to be sent; it will be sent the next time you open Runway Desktop.",
    ]
    assert unfinished_work_notice(running, ConnectionMode.SIMULATOR).startswith("2 simulated tasks are not")


def test_the_close_notice_in_chinese(chinese):
    running = [_task(TaskState.RUNNING), _task(TaskState.RUNNING)]
    notice = unfinished_work_notice(running, ConnectionMode.RUNWAY)
    assert notice.startswith("有 2 个任务仍在 Runway 上进行。")
    sending = unfinished_work_notice([_task(TaskState.SUBMITTING)], ConnectionMode.RUNWAY)
    assert sending.startswith("有 1 个任务正在发送。")
