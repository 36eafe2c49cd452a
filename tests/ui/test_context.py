"""The objects every screen shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from drem_desktop.domain.race_config import RaceConfig
from drem_desktop.domain.records import EventInfo, TrackInfo
from drem_desktop.ui.context import Current


def test_current_takes_the_events_qt_sends_it(qapp: QApplication) -> None:
    """A plain attribute named ``event`` on a QObject shadows QObject.event(): the first event Qt sent
    it crashed the process. The current event lives under another name."""
    current = Current()
    info = EventInfo("e1", "Cup", "2026-05-01", RaceConfig(), (TrackInfo("t1", "e1", 1),))
    current.set(info)
    seen: list[bool] = []
    current.changed.connect(lambda: seen.append(True))
    QCoreApplication.sendEvent(current, QEvent(QEvent.Type.User))  # crashed the process before
    current.setProperty("probe", 1)  # a DynamicPropertyChange event
    current.set(info, "t1")  # unchanged: no signal
    current.set(None)
    assert (current.event_id, current.track_id, seen) == (None, None, [True])
