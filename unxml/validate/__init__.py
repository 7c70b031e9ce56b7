"""``unxml validate``: resolution XML against the OASIS schema, the unxml profile and semantic rules.

:func:`validate` checks one document; :class:`~unxml.validate.engine.Validator` checks many
with the same options. Findings are described in ``docs/validation.md`` and ``docs/rules.md``.
"""

from __future__ import annotations

from unxml.validate.engine import Validator, validate
from unxml.validate.report import Finding, Report

__all__ = ["Finding", "Report", "Validator", "validate"]
