"""The semantic rules: what no XSD can say about a resolution. One small module per subject.

Codes are stable (documented in ``docs/rules.md`` with a failing and a passing example each):
UNX10x numbering, UNX11x opening words, UNX12x footnotes, UNX13x eIds, UNX14x references,
UNX15x identity (symbol, number, session, IRIs), UNX16x dates, UNX17x the committee report.
"""

from __future__ import annotations

from unxml.validate.rules.base import RULES, Rule


def all_rules() -> list[Rule]:
    """Every rule, ordered by code."""
    from unxml.validate.rules import (  # noqa: F401  (importing a module registers its rules)
        dates,
        eids,
        footnotes,
        identity,
        numbering,
        openings,
        references,
        report_symbol,
    )

    return sorted(RULES, key=lambda r: r.code)
