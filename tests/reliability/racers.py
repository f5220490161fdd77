"""What the second process of a race does: each function runs in a process of its own
(multiprocessing, spawn), like another window or command on the same file, and puts
what became of its save on a queue.

Two barriers force the interleaving. ``loaded``: both have read what their form shows
before either saves. ``inside``: reached right after a save's check (a version, a clash)
and before its write; without the write lock both meet there, both checks having passed,
and both write. With the lock the second writer cannot begin until the first commits,
so the first waits at ``inside`` alone for ``MEET`` seconds, then writes; the second,
then let in, checks what the first wrote.
"""

import threading
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from typing import Any

MEET = 3.0  # how long a writer waits at ``inside`` for the other one
LOCK_WAIT = 20.0  # how long a writer waits for the other's write lock: longer than MEET
SAVED, CHANGED, CONFLICT, DUPLICATE, BUSY = "saved", "changed", "conflict", "duplicate", "busy"


def _store(path: str, busy_timeout: float = LOCK_WAIT) -> Any:
    from coordinator.db import store as store_module

    store_module.BUSY_TIMEOUT = busy_timeout
    return store_module.Store.open(Path(path))


def _meet(barrier: Barrier) -> None:
    with suppress(threading.BrokenBarrierError):  # the other is kept out: go on alone
        barrier.wait(timeout=MEET)


def _after(module: Any, name: str, inside: Barrier) -> None:
    """``module.name`` (a check inside a save) meets the other writer once it returns."""
    real = getattr(module, name)

    def checked_then_meet(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        _meet(inside)
        return result

    setattr(module, name, checked_then_meet)


def _outcome(save: Callable[[], object]) -> str:
    from coordinator.db.errors import BusyError
    from coordinator.db.queries.scheduling import ConflictError
    from coordinator.db.versions import RecordChangedError
    from coordinator.domain.validation import Problem, ValidationError

    try:
        save()
    except RecordChangedError:
        return CHANGED
    except ConflictError:
        return CONFLICT
    except ValidationError as exc:
        if [e.problem for e in exc.errors] == [Problem.DUPLICATE]:
            return DUPLICATE
        return repr(exc)
    except BusyError:
        return BUSY
    except Exception as exc:  # noqa: BLE001 - the test names what went wrong
        return repr(exc)
    return SAVED


def save_partner_notes(
    path: str, partner_id: int, words: str, loaded: Barrier, inside: Barrier, out: Queue
) -> None:
    """A partner form: load, wait for the other form, type ``words`` in its notes, save."""
    from coordinator.db.queries import partners

    store = _store(path)
    detail = partners.get_partner(store, partner_id)
    assert detail is not None
    form = detail.partner
    form.notes = words
    loaded.wait(timeout=60)
    _after(partners, "claim", inside)
    out.put((words, _outcome(lambda: partners.save_partner(store, form))))
    store.close()


def save_minutes_summary(
    path: str, event_id: int, loaded: Barrier, marked: Barrier, out: Queue
) -> None:
    """The minutes form: loaded before the item is marked done elsewhere, saved after."""
    from coordinator.db.queries.minutes import load_minutes, save_minutes

    store = _store(path)
    form = load_minutes(store, event_id)
    assert form is not None
    loaded.wait(timeout=60)
    marked.wait(timeout=60)
    form.summary = "Thống nhất lộ trình chuyển đổi số."
    out.put(("minutes", _outcome(lambda: save_minutes(store, form))))
    store.close()


def mark_done(
    path: str, item_id: int, day: date, loaded: Barrier, marked: Barrier, out: Queue
) -> None:
    """The follow-up list: marks the action item done (Ctrl+D) between load and save."""
    from coordinator.db.queries import actions
    from coordinator.domain.enums import TaskStatus

    store = _store(path)
    loaded.wait(timeout=60)
    result = _outcome(
        lambda: actions.set_task_state(store, (actions.ACTION, item_id), TaskStatus.DONE, day)
    )
    marked.wait(timeout=60)
    out.put(("follow-up", result))
    store.close()


def book_event(path: str, data: Any, loaded: Barrier, inside: Barrier, out: Queue) -> None:
    """The event editor: its live check finds no clash; both saves come at once."""
    from coordinator.db.queries import scheduling
    from coordinator.db.queries.events import save_event

    store = _store(path)
    assert not scheduling.check_event(store, data).blocking  # what the editor shows
    loaded.wait(timeout=60)
    _after(scheduling, "check_input", inside)
    out.put((data.title, _outcome(lambda: save_event(store, data))))
    store.close()


def book_stay(path: str, data: Any, loaded: Barrier, inside: Barrier, out: Queue) -> None:
    """The stay editor: the same volunteer on the same project, over the same days."""
    from coordinator.db.queries import assignments

    store = _store(path)
    assignments.validate_assignment(store, data)  # what the editor checks as one types
    loaded.wait(timeout=60)
    _after(assignments, "_overlaps", inside)
    out.put((data.role, _outcome(lambda: assignments.save_assignment(store, data))))
    store.close()


def hold_write_lock(path: str, held: Event, release: Event) -> None:
    """Another window or command in the middle of a long write (an import)."""
    store = _store(path)
    with store.session() as s:
        s.connection()  # BEGIN IMMEDIATE: the write lock, until released
        held.set()
        release.wait(timeout=120)
    store.close()


def issue_number(
    path: str, key: str, loaded: Barrier, inside: Barrier, out: Queue, finished: Barrier
) -> None:
    """ "Cấp số" in two windows at once: each reads the highest number of the year, then
    meets the other before writing the next one. Neither closes the file before both have
    issued: the last connection's checkpoint on closing is not what is tried here."""
    from coordinator.db.queries import register

    store = _store(path)
    loaded.wait(timeout=60)
    _after(register, "next_number", inside)
    try:
        issued = register.issue(store, "BB", key, f"Biên bản {key}", date(2026, 12, 1))
        out.put((key, f"{issued.number:02d}"))
    except Exception as exc:  # noqa: BLE001 - the test names what went wrong
        out.put((key, repr(exc)))
    finished.wait(timeout=120)
    store.close()
