"""Background work: reference cycles holding widgets are collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication, QDialog

from inclusion_desktop.gui.common.workers import GuiThreadGarbageCollector, run_in_background


def test_cycles_are_collected_by_the_gui_thread_timer_not_by_a_pool_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert app is not None
    was_enabled = gc.isenabled()
    collector = GuiThreadGarbageCollector(app, interval_ms=20)
    try:
        assert not gc.isenabled()
        gc.collect()
        freed_in: list[str] = []

        class Cycle:
            def __del__(self) -> None:
                freed_in.append(threading.current_thread().name)

        cycle = Cycle()
        cycle.self_ref = cycle  # type: ignore[attr-defined]
        cycle.dialog = QDialog()  # type: ignore[attr-defined]
        alive = weakref.ref(cycle)
        del cycle

        def allocate(report):  # type: ignore[no-untyped-def]
            # Enough allocations to trigger an automatic collection, were it still on.
            return len([[index] for index in range(50_000)])

        results: list[int] = []
        task = run_in_background(allocate, on_done=results.append, on_failed=results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=10_000)
        assert alive() is not None and freed_in == []  # the pool thread collected nothing
        collector.thresholds = (0, 0, 0)
        qtbot.waitUntil(lambda: alive() is None, timeout=5_000)
        assert freed_in == [threading.main_thread().name]
        del task
    finally:
        collector.timer.stop()
        if was_enabled:
            gc.enable()
