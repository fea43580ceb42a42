"""Everyday senses of conflict and refusal words that everyday.py does not hold (one test each, in
its own module): records destroyed by an office (destroyed_records.py), a reporter's request refused
(press_requests.py), the closure of a line or a business with no one named who closed it
(everyday_closures.py), a measure or an economy "held hostage" by a figure of speech (held_hostage.py), a
resource "freed up" (freed_up.py), an "attack" on rights or freedoms (attacked_values.py), the dead and
injured a quake or a storm left (hazard_tolls.py), an inquiry into a mishap (probed_incidents.py). The sense judge (sense.py) drops a candidate any of
them finds."""
from __future__ import annotations

from .attacked_values import value_attacked
from .destroyed_records import records_destroyed
from .everyday_closures import everyday_closure
from .freed_up import freed_up
from .hazard_tolls import hazard_toll
from .held_hostage import thing_held_hostage
from .press_requests import press_request_refused
from .probed_incidents import incident_probed


def everyday_act(c) -> bool:
    """The candidate's trigger is used in an everyday sense that no event between sides is."""
    return records_destroyed(c) or press_request_refused(c) or everyday_closure(c) or thing_held_hostage(c) \
        or freed_up(c) or value_attacked(c) or hazard_toll(c) \
        or incident_probed(c)
