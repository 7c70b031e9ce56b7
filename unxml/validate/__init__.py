"""``unxml validate``: resolution XML against the OASIS schema, the unxml profile and semantic rules.

:func:`validate` checks one document; :class:`~unxml.validate.engine.Validator` checks many
with the same options. Findings are described in ``docs/validation.md`` and ``docs/rules.md``.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from unxml.validate.engine import Validator, validate
from unxml.validate.report import Finding, Report

__all__ = ["Finding", "Report", "Validator", "validate"]


class _CallableModule(types.ModuleType):
    """Importing this package sets the attribute ``unxml.validate`` to the package, hiding the
    facade function of the same name; making the package callable keeps ``unxml.validate(xml)``
    working either way."""

    def __call__(self, source: Any, **options: Any) -> Report:
        return validate(source, **options)


sys.modules[__name__].__class__ = _CallableModule
