"""The bulk filter-and-sort proxy: same answers as filtering row by row, selections kept."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from mentordesk.ui.widgets.fast_proxy import FastRowProxy
from mentordesk.ui.widgets.table_model import Column, RowTableModel


@dataclass(frozen=True)
class Row:
    name: str
    size: int | None


ROWS = [Row("alpha", 3), Row("Beta", None), Row("gamma", 1), Row("delta", 2), Row("alpine", 5)]


@pytest.fixture
def proxy(qapp):
    model = RowTableModel(
        [
            Column("Name", lambda r: r.name),
            Column("Size", lambda r: str(r.size or ""), lambda r: r.size),
        ]
    )
    model.set_rows(ROWS)
    fast = FastRowProxy()
    fast.setSourceModel(model)
    fast.model_ = model  # keep the source alive
    return fast


def names(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_filter_narrows_and_erasing_comes_back(proxy):
    proxy.setFilterFixedString("AL")
    assert names(proxy) == ["alpha", "alpine"]
    proxy.setFilterFixedString("alp")
    assert names(proxy) == ["alpha", "alpine"]
    proxy.setFilterFixedString("alph")
    assert names(proxy) == ["alpha"]
    proxy.setFilterFixedString("a")
    assert names(proxy) == ["alpha", "Beta", "gamma", "delta", "alpine"]
    proxy.setFilterFixedString("")
    assert len(names(proxy)) == 5


def test_sort_by_keys_none_first_and_descending(proxy):
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Beta", "gamma", "delta", "alpha", "alpine"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["gamma", "delta", "Beta", "alpine", "alpha"]  # case-insensitive
    proxy.sort(-1)
    assert names(proxy) == [r.name for r in ROWS]


def test_keep_rule_and_search_combine(proxy):
    proxy.set_keep(lambda r: (r.size or 0) >= 2)
    assert names(proxy) == ["alpha", "delta", "alpine"]
    proxy.setFilterFixedString("del")
    assert names(proxy) == ["delta"]


def test_selection_survives_a_filter_and_a_sort(proxy, qapp):
    selection = QItemSelectionModel(proxy)
    selection.setCurrentIndex(proxy.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert selection.currentIndex().data() == "delta"
    proxy.setFilterFixedString("el")
    assert selection.currentIndex().data() == "delta"
    proxy.setFilterFixedString("gam")
    assert not selection.currentIndex().isValid()


def test_source_changes_pass_through(proxy):
    proxy.setFilterFixedString("ta")
    proxy.model_.set_rows([Row("theta", 1), *ROWS])
    assert names(proxy) == ["theta", "Beta", "delta"]
    source = proxy.mapToSource(proxy.index(0, 0))
    assert source.row() == 0 and proxy.mapFromSource(source).row() == 0
    assert not proxy.mapFromSource(proxy.model_.index(1, 0)).isValid()  # alpha is hidden


def test_model_tester(qtmodeltester, proxy):
    proxy.setFilterFixedString("a")
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_a_paused_proxy_catches_up_when_resumed(proxy):
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    proxy.pause()
    proxy.model_.set_rows(ROWS[:3])
    assert names(proxy) == []  # nothing computed while paused
    proxy.set_keep(lambda row: row.name != "gamma")
    assert names(proxy) == []
    proxy.resume()
    assert names(proxy) == ["Beta", "alpha"]


def test_a_source_offering_its_order_and_texts_is_asked_for_them(qapp):
    class Offering(RowTableModel):
        asked: list = []

        def sort_order(self, column):
            self.asked.append(column)
            return [2, 0, 1]

        def search_texts(self):
            return ["x", "y", "x"]

    model = Offering([Column("Name", lambda r: r.name)])
    model.set_rows(ROWS[:3])
    fast = FastRowProxy()
    fast.setSourceModel(model)
    fast.sort(0)
    assert names(fast) == ["gamma", "alpha", "Beta"] and model.asked == [0]
    fast.setFilterFixedString("x")
    assert names(fast) == ["gamma", "alpha"]
