"""How a tab keeps its own data: read off the GUI thread, newest read wins, and reload only for changes
that touch what the tab shows.

A tab gives ``read(case_id, since)``, called on the GUI thread (so it may look at the tab's widgets),
which returns the work to run on the read pool (plain service reads), and ``show(result)``, called back
on the GUI thread with what the work returned (None when no case is shown). ``since`` is every change
announced since the data the tab shows now was read, or None when the tab must read everything (another
case, a toggle, the first read): a tab may then re-read only the objects those changes name.

Changes announced by :class:`~casedesk.ui.ops.CaseOps` that touch the tab's kinds schedule one
reload on the next turn of the event loop, so a burst of changes (an undo made of several writes)
costs one read; while the tab is hidden the reload waits until it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

from casedesk.core.changes import Changes
from casedesk.core.vocabulary import ObjectKind
from casedesk.ui.loads import Reader
from casedesk.ui.ops import CaseOps
from casedesk.ui.row_model import RowTableModel
from casedesk.ui.widgets import select_row

T = TypeVar("T")


class CaseLoader(QObject, Generic[T]):
    """When a tab reads (the case changed, or a change touched its kinds); ``loads.Reader`` does the
    reading (one at a time, the newest wins, results for another case dropped)."""

    def __init__(
        self,
        tab: QWidget,
        ops: CaseOps,
        kinds: tuple[ObjectKind, ...],
        read: Callable[[str, Changes | None], Callable[[], T]],
        show: Callable[[T | None], None],
    ) -> None:
        super().__init__(tab)
        self.case_id: str | None = None
        self.reader: Reader[T] = Reader(tab, self._arrived)
        self._tab = tab
        self._kinds = kinds
        self._read = read
        self._show = show
        self._stale = False
        self._shown_case: str | None = None  # the case whose data the tab shows now
        # The ids the changes behind the data being shown touched, gathered until a result is shown:
        # ``show`` selects an object an undo or redo brought back.
        self.last_ids: frozenset[str] = frozenset()
        self._ids_seen: set[str] = set()
        # The changes since the data shown was read, and since the latest read was asked for (None:
        # read everything). A read replaced before it ran covers its changes too, as its successor
        # is asked for with every change since what is shown.
        self._since_shown: Changes | None = None
        self._since_asked: Changes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)
        ops.changed.connect(self._changed)
        tab.installEventFilter(self)

    @property
    def loading(self) -> bool:
        """A read is running or about to: what the tab shows may be about to change."""
        return self.reader.busy or self._timer.isActive()

    def show_case(self, case_id: str | None) -> None:
        """Show another case (or none): its data is read now, whether or not the tab is on screen."""
        self.case_id = case_id
        self._timer.stop()
        self._since_shown = self._since_asked = None
        self._start()

    def reload(self) -> None:
        """Read everything again soon (once, however many times this is called before the next turn)."""
        self._since_shown = self._since_asked = None
        self._schedule()

    def _schedule(self) -> None:
        if self.case_id is not None:
            self._timer.start()

    def _changed(self, changes: Changes) -> None:
        if changes.touches_case(self.case_id) and changes.touches(*self._kinds):
            self._ids_seen.update(changes.ids)
            if self._since_shown is not None:
                self._since_shown |= changes
            if self._since_asked is not None:
                self._since_asked |= changes
            self._schedule()

    def _start(self) -> None:
        case_id = self.case_id
        if case_id is None:
            self.reader.read(None, lambda: None)  # type: ignore[arg-type,return-value]
            self._shown_case = None
            self._show(None)
            return
        if not self._tab.isVisible() and self._shown_case == case_id:
            self._stale = True  # read when the tab is shown again
            return
        self._stale = False
        work = self._read(case_id, self._since_shown if self._shown_case == case_id else None)
        self._since_asked = Changes()
        self.reader.read(case_id, work)

    def _arrived(self, result: T) -> None:
        self._shown_case = self.case_id
        self._since_shown = self._since_asked
        self.last_ids = frozenset(self._ids_seen)
        self._ids_seen.clear()
        self._show(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tab and event.type() == QEvent.Type.Show and self._stale:
            self._schedule()
        return False


def current_id(view: QAbstractItemView, model: RowTableModel) -> str | None:
    return model.id_at(view.currentIndex())


def keep_place(
    view: QAbstractItemView,
    model: RowTableModel,
    reset: Callable[[], object],
    prefer: str | None = None,
    touched: frozenset[str] = frozenset(),
) -> None:
    """Run ``reset`` (which replaces the model's rows), keeping the selected row and the scroll position.

    Goes instead to ``prefer`` (a new object, a search hit), or else to a row that was not there before
    and that the latest changes ``touched`` (what an undo or redo brought back), when it is shown.
    """
    keep = current_id(view, model)
    scroll = view.verticalScrollBar().value()
    before = {row.id for row in model.rows}
    reset()
    if prefer is None:
        prefer = next((r.id for r in model.rows if r.id in touched and r.id not in before), None)
    if prefer is not None and model.row_of(prefer) >= 0:
        select_row(view, model.row_of(prefer))
        return
    row = model.row_of(keep) if keep is not None else -1
    if row < 0 and model.rowCount() > 0:
        row = 0
    if row >= 0:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    view.verticalScrollBar().setValue(scroll)
