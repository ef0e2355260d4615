"""core_text: sentences made by core and api, shown in the window's language.

The first tests use the shipped Simplified Chinese catalogue and sentences made by the real code;
the last ones read templates through a table, to pin down how a sentence is cut into values.
"""

from __future__ import annotations

import re

import pytest

from runway_desktop.ui.i18n import core_text, install_language
from runway_desktop.ui.i18n.core_reading import Translator
from runway_desktop.ui.i18n.core_templates import TemplateIndex


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def test_a_fixed_sentence_is_translated_exactly(chinese):
    from runway_desktop.core.running.states import NextStep

    assert core_text(NextStep.CHECK_AGAIN.label) == "请稍后再检查该任务。"


def test_a_sentence_with_two_values_carries_them_into_the_translation(chinese):
    text = "Waiting for a slot: 3 of 5 tasks at Runway (the limit in Settings)."
    assert core_text(text) == "正在等待空位：Runway 上已有 3/5 个任务（设置中的上限）。"


def test_a_reason_and_a_next_step_are_translated_sentence_by_sentence(chinese):
    from runway_desktop.core.running.states import NextStep

    text = f"Runway reported a failure without a reason. {NextStep.CONTACT_SUPPORT.label}"
    assert core_text(text) == (
        "Runway 报告失败，但未说明原因。如果问题反复出现，请带上任务 ID 联系 Runway 支持。"
    )


def test_unknown_text_stays_as_it_is(chinese):
    assert core_text("The flux capacitor is out of alignment.") == "The flux capacitor is out of alignment."
    assert core_text("") == ""
    # A sentence it knows next to one it does not: the known one is translated, the other kept.
    assert core_text("The flux capacitor is out of alignment. Try the download again.") \
        == "The flux capacitor is out of alignment. 请重新下载。"


def test_values_with_regex_metacharacters_and_braces_are_carried_over_verbatim(chinese, tmp_path):
    from runway_desktop.core.intake.errors import IntakeError
    from runway_desktop.core.intake.inspect import inspect_file

    name = r"a(b)*+?.[x]$^\1{size}|.mp4"
    with pytest.raises(IntakeError) as refused:
        inspect_file(tmp_path / name)
    assert core_text(refused.value.message) == f"“{name}”不存在。"


def test_values_that_are_core_words_are_translated_too(chinese):
    from runway_desktop.core.running.gate import dependency_reason

    assert core_text(dependency_reason(["1.2"])) == "正在等待第 1.2 次运行完成：它的输出是本次运行的输入。"
    # The state's label is lowered inside the sentence; it is translated all the same.
    text = "Only failed, cancelled or unknown-outcome tasks can be retried; this one is queued locally."
    assert core_text(text) == "只有失败、已取消或结果未知的任务才能重试；此任务的状态是“本地排队中”。"


def test_a_plan_problem_names_its_step_and_run_in_chinese(chinese):
    from runway_desktop.core.plans.problems import Problem

    problem = Problem("The batch has no runs.", step=2, action="generate_video", run=3)
    assert core_text(problem.sentence) == "第 2 步（generate_video），第 3 次运行：该批量没有任何运行。"


def test_api_errors_translate_with_runways_own_words_kept(chinese):
    from runway_desktop.api.errors import error_for_status

    gone = error_for_status(404, {"error": "No such task"}, what="task 1234").user_message
    assert core_text(gone) == "Runway 找不到任务 1234；它可能已被删除。Runway 的答复：No such task"
    limited = error_for_status(429, {}, retry_after=12).user_message
    assert core_text(limited) == "Runway 当前正在限制请求；请在 12 秒后重试。"


def test_state_labels_group_progress_and_prices_are_translated(chinese):
    from runway_desktop.core.catalogue.pricing import quote
    from runway_desktop.core.catalogue.spec import load_catalogue
    from runway_desktop.core.running.groups import GroupProgress
    from runway_desktop.core.running.states import TaskState

    assert core_text(TaskState.PENDING.label) == "等待中"
    progress = GroupProgress("g1", total=12, succeeded=7, failed=1, cancelled=0, unknown=0, attention=2,
                             live=1, queued=1, saving=0, cost_credits=56, estimated_credits=120)
    assert core_text(progress.text) == "已完成 7/12，1 个失败，2 个需要处理，目前已花费 56 积分"
    price = quote(load_catalogue().named("gen4_turbo")[0], {"duration": 5})
    assert core_text(price.headline) == "25 积分 · $0.25"
    assert core_text(price.detail) == "5 积分/秒 × 5 秒 = 25 积分（$0.25）"


def test_english_is_the_text_itself(qapp):
    install_language(qapp, "en")
    text = "Waiting for a slot: 3 of 5 tasks at Runway (the limit in Settings)."
    assert core_text(text) == text


# -- how a sentence is read back into its template, with a small table ------------------------

TABLE = {
    "Runway's answer about {what} {found}. Try again later.": "关于{what}的答复{found}。请稍后重试。",
    "task {task_id}": "任务 {task_id}",
    "was empty": "为空",
    "Runway could not find {what}{gone}.{said}": "Runway 找不到{what}{gone}。{said}",
    "; it may have been deleted": "；它可能已被删除",
    "{reason} Checking again in {delay} s.": "{reason}{delay} 秒后再次检查。",
    "Runway had a problem on its side.": "Runway 端出现问题。",
    "Step {step}": "第 {step} 步",
    " It is unknown whether Runway created the task.": "不确定 Runway 是否已创建该任务。",
}


def _translate(text: str) -> str:
    return Translator(TemplateIndex(TABLE), TABLE.get).text(text)


def test_values_side_by_side_are_cut_where_the_known_words_fit():
    answer = "Runway's answer about task 12 was empty. Try again later."
    assert _translate(answer) == "关于任务 12 的答复为空。请稍后重试。"
    gone = "Runway could not find task 7; it may have been deleted."
    assert _translate(gone) == "Runway 找不到任务 7；它可能已被删除。"
    assert _translate("Runway could not find it.") == "Runway 找不到 it。"


def test_a_value_ending_a_chinese_sentence_takes_no_space_before_the_next():
    text = "Runway had a problem on its side. Checking again in 30 s."
    assert _translate(text) == "Runway 端出现问题。30 秒后再次检查。"


def test_a_sentence_listed_with_a_leading_space_is_found_on_its_own():
    assert _translate("Runway had a problem on its side. It is unknown whether Runway created the task.") \
        == "Runway 端出现问题。不确定 Runway 是否已创建该任务。"


def test_a_place_and_a_sentence_are_read_apart_rather_than_one_value_holding_both():
    assert _translate("Step 2: Runway had a problem on its side.") == "第 2 步：Runway 端出现问题。"


def test_the_right_template_is_found_among_many():
    table = {f"Rule {n}: {{name}} must be at most {{limit}} for model {n}.":
             f"规则 {n}：{{name}}不超过 {{limit}}（模型 {n}）。" for n in range(900)}
    text = "Rule 612: ratio must be at most 16:9 for model 612."
    translated = Translator(TemplateIndex(table), table.get).text(text)
    assert translated == "规则 612：ratio 不超过 16:9（模型 612）。"
    candidates = TemplateIndex(table).candidates(text)
    assert len(candidates) < 20  # looked up by its fixed start, not tried against all 900


def test_every_listed_sentence_reads_back_into_its_own_translation(chinese):
    from PySide6.QtCore import QCoreApplication

    from runway_desktop.ui.i18n.core_strings import STRINGS
    from runway_desktop.ui.i18n.core_templates import fill, parse

    wrong = []
    for source in sorted(set(STRINGS)):
        template = parse(source)
        if template is not None and not all(template.runs[1:-1]):
            continue  # values side by side ("{when}{prompt}") cannot be told apart without words
        if template is not None and not re.search("[a-z]{2}", "".join(template.runs)):
            continue  # "{formula} = {credits} ({dollars})" applies only around known words
        names = template.names if template else ()
        values = {name: f"{n}9" if name.startswith("number") else f"v{n}q" for n, name in enumerate(names)}
        expected = fill(QCoreApplication.translate("CoreText", source), values)
        text = fill(source, values)
        if core_text(text) != expected:
            wrong.append(f"{text!r}: {core_text(text)!r}, not {expected!r}")
    assert wrong == []


def test_a_long_message_of_many_sentences_and_lists_is_still_translated(chinese):
    from runway_desktop.core.running.states import NextStep

    waiting = "Waiting for a slot: 3 of 5 tasks at Runway (the limit in Settings)."
    text = " ".join([NextStep.CHECK_AGAIN.label, waiting] * 30)
    in_chinese = "正在等待空位：Runway 上已有 3/5 个任务（设置中的上限）。"
    expected = "".join(["请稍后再检查该任务。", in_chinese] * 30)
    assert core_text(text) == expected
