"""Everyday senses of conflict and refusal words that everyday.py does not hold (one test each, in
its own module): records destroyed by an office (destroyed_records.py), a reporter's request refused
(press_requests.py), the closure of a line or a business with no one named who closed it
(everyday_closures.py). The sense judge (sense.py) drops a candidate any of them finds."""
from __future__ import annotations

from .destroyed_records import records_destroyed
from .everyday_closures import everyday_closure
from .press_requests import press_request_refused


def everyday_act(c) -> bool:
    """The candidate's trigger is used in an everyday sense that no event between sides is."""
    return records_destroyed(c) or press_request_refused(c) or everyday_closure(c)
