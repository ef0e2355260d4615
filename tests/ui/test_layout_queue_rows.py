"""A queue row in a narrow queue: the state's head stays readable, the cost gives way to it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from runway_desktop.core.running.tasks import TaskRecord, TaskState
from runway_desktop.ui.queue.delegate import fitted_cost, state_head
from runway_desktop.ui.queue.text import tooltip_text

UNKNOWN = "Submission outcome unknown"
FAILED = "Failed (SAFETY.INPUT.TEXT): The request could not be completed because of a moderation decision"


@pytest.mark.parametrize(("line", "head"), [
    (FAILED, "Failed (SAFETY.INPUT.TEXT):"),
    ("失败（SAFETY.INPUT.TEXT）：请求未能完成", "失败（SAFETY.INPUT.TEXT）："),
    ("Queued · waiting for a free slot", "Queued"),
    (UNKNOWN, UNKNOWN),
])
def test_the_head_of_a_state_line_is_its_words_before_the_first_colon_or_dot(line, head):
    assert state_head(line) == head


def test_in_a_narrow_row_the_cost_gives_way_to_the_states_head(qapp):
    metrics = QFontMetrics(QFont())
    wide = metrics.horizontalAdvance(UNKNOWN + "charge unknown") + 40
    assert fitted_cost(metrics, UNKNOWN, "charge unknown", wide) == "charge unknown"
    narrow = metrics.horizontalAdvance(UNKNOWN) + 16  # the state whole leaves no room for the cost
    assert fitted_cost(metrics, UNKNOWN, "charge unknown", narrow) == ""
    # A failure's reason is elided before the cost is; the code and the cost stay readable.
    room = metrics.horizontalAdvance(state_head(FAILED) + "charge unknown") + 30
    assert fitted_cost(metrics, FAILED, "charge unknown", room) == "charge unknown"


def test_the_rows_tooltip_says_the_cost_a_narrow_row_may_leave_out(qapp):
    task = TaskRecord(id="t1", endpoint="text_to_speech", model="eleven_multilingual_v2", tab="audio",
                      state=TaskState.UNKNOWN, body={}, params={}, prompt="Welcome", estimated_credits=2.0)
    tip = tooltip_text(task)
    assert "charge" in tip.lower() or "credit" in tip.lower(), tip
