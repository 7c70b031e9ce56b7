"""Hypothesis profiles: ``ci`` (the default, a few minutes for the whole suite at most) and
``long`` (for a night's search: ``HYPOTHESIS_PROFILE=long pytest tests/test_properties.py``).

``ci`` is derandomised: the same examples every run, so a build passes or fails on the code,
not on the draw. ``long`` searches with fresh randomness and is where new bugs are found;
each one found is fixed and, where useful, pinned with ``@example``.

Property tests size their example counts relative to the loaded profile (see
``tests/test_properties.py``), so one variable scales all of them.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True, derandomize=True)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("quick", max_examples=10, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
