"""Smart task lists: Today, Overdue, This week, Waiting on my mentor."""

from datetime import date

import pytest

from mentordesk.core.task_lists import SmartList, in_smart_list, smart_counts, week_end

TODAY = date(2026, 11, 26)  # a Thursday


def member(smart, *, status="todo", due=None, waiting_on=""):
    return in_smart_list(smart, status=status, due=due, waiting_on=waiting_on, today=TODAY)


@pytest.mark.parametrize(
    ("smart", "due", "expected"),
    [
        (SmartList.TODAY, date(2026, 11, 26), True),
        (SmartList.TODAY, date(2026, 11, 25), False),
        (SmartList.TODAY, None, False),
        (SmartList.OVERDUE, date(2026, 11, 25), True),
        (SmartList.OVERDUE, date(2026, 11, 26), False),
        (SmartList.OVERDUE, None, False),
        (SmartList.THIS_WEEK, date(2026, 11, 26), True),
        (SmartList.THIS_WEEK, date(2026, 11, 29), True),  # Sunday ends the week
        (SmartList.THIS_WEEK, date(2026, 11, 30), False),  # next Monday
        (SmartList.THIS_WEEK, date(2026, 11, 24), False),  # earlier this week: overdue
    ],
)
def test_dated_lists(smart, due, expected):
    assert member(smart, due=due) is expected


@pytest.mark.parametrize("status", ["done", "dropped"])
@pytest.mark.parametrize("smart", list(SmartList))
def test_finished_tasks_are_in_no_smart_list(smart, status):
    assert not member(smart, status=status, due=TODAY, waiting_on="them")


def test_doing_counts_as_open():
    assert member(SmartList.TODAY, status="doing", due=TODAY)


def test_waiting_on_my_mentor_ignores_dates():
    assert member(SmartList.WAITING, waiting_on="them")
    assert member(SmartList.WAITING, waiting_on="them", due=date(2027, 1, 1))
    assert not member(SmartList.WAITING, waiting_on="")
    assert not member(SmartList.WAITING, waiting_on="me")


def test_week_end_is_sunday():
    assert week_end(TODAY) == date(2026, 11, 29)
    assert week_end(date(2026, 11, 29)) == date(2026, 11, 29)
    assert week_end(date(2026, 11, 30)) == date(2026, 12, 6)


def test_counts():
    class T:
        def __init__(self, status, due, waiting_on=""):
            self.status, self.due, self.waiting_on = status, due, waiting_on

    tasks = [
        T("todo", TODAY),
        T("todo", date(2026, 11, 1)),
        T("done", TODAY),
        T("doing", None, "them"),
    ]
    counts = smart_counts(tasks, today=TODAY)
    assert counts == {
        SmartList.TODAY: 1,
        SmartList.OVERDUE: 1,
        SmartList.THIS_WEEK: 1,
        SmartList.WAITING: 1,
    }


def test_labels():
    assert [s.label for s in SmartList] == ["Today", "Overdue", "This week", "Waiting on my mentor"]
