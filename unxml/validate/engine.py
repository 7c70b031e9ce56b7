"""The validator: well-formedness and safety, the OASIS schema, the profile schema, the rules.

One :class:`Validator` is built per process (the command) or per call (:func:`validate`); the
schemas behind it are compiled once per process. Compiling the OASIS schema takes about 0.3 s,
so the validator starts compiling both schemas in background threads as soon as it is built
(libxml2 releases the GIL while it compiles) and waits for them only when a document needs them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

from unxml.errors import XmlInputError
from unxml.validate import attribute_names, stages, uniqueness
from unxml.validate.attribute_names import Group
from unxml.validate.location import OTHER_NODES, Locations, shorten_names
from unxml.validate.report import Finding, Report
from unxml.validate.rules.base import Document, LexiconProvider, Rule
from unxml.validate.schemas import COMPILING
from unxml.validate.stages import StageCode


def default_lexicons(lang: str) -> Any:
    """``unxml.lexicons.lexicon(lang)``, or None where the package has no lexicon for ``lang``."""
    try:
        from unxml.lexicons import lexicon
    except ImportError:
        return None
    try:
        return lexicon(lang)
    except (KeyError, LookupError, FileNotFoundError):
        return None


class _Background:
    """A value computed in a background thread; ``get()`` waits for it (and re-raises its error)."""

    def __init__(self, compute: Callable[[], Any], after: _Background | None = None) -> None:
        """Start ``compute()``; once ``after``, if given, has finished (whether or not it failed)."""
        self._compute = compute
        self._after = after
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self._after is not None:
            self._after._thread.join()
        try:
            self._value = self._compute()
        except BaseException as err:  # handed to the caller of get()
            self._error = err

    def done(self) -> bool:
        """Whether the value (or its error) is there, so that ``get()`` would not wait."""
        return not self._thread.is_alive()

    def get(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


_SCHEMAS: dict[str, _Background] = {}
_OASIS, _OASIS_LEAN = "oasis", "oasis without unique"
_PROFILE, _PROFILE_LEAN = "profile", "profile without unique, any attribute"
_LIGHTER = {_OASIS: _OASIS_LEAN, _PROFILE: _PROFILE_LEAN}
_OTHER_COPY = {**_LIGHTER, **{lighter: full for full, lighter in _LIGHTER.items()}}
_SCHEMAS_LOCK = threading.Lock()


def _one_at_a_time(compile_: Callable[[], Any]) -> Callable[[], Any]:
    """``compile_`` taking its turn: never while another schema is being compiled."""

    def compile_in_turn() -> Any:
        with COMPILING:
            return compile_()

    return compile_in_turn


def _schema(kind: str) -> etree.XMLSchema | None:
    return _schema_loader(kind).get()


def _lighter_if_ready(kind: str) -> etree.XMLSchema | None:
    """The lighter copy of schema ``kind`` if it is compiled already, else None: a document
    never waits for it, as the full schema gives the same findings."""
    loader = _schema_loader(_LIGHTER[kind])
    return loader.get() if loader.done() else None


def _start_compiling(kind: str) -> None:
    """Compile schema ``kind`` and then its lighter copy, in the background. The full schema
    comes first: it alone gives any document its findings, so the first file of a run (a cold
    start) waits for one compilation, whatever it needs; the documents after it get the
    lighter copy where it gives the same findings (``unxml.validate.uniqueness``)."""
    _schema_loader(kind)
    _schema_loader(_LIGHTER[kind])


def _schema_loader(kind: str) -> _Background:
    """Start compiling a schema once per process: ``oasis``, ``profile``, or either ``… without
    unique`` (without its uniqueness constraints). A profile is None where it is not installed."""
    with _SCHEMAS_LOCK:
        if kind not in _SCHEMAS:
            from unxml.validate import schemas

            def profile(compile_: Callable[[], etree.XMLSchema]) -> Callable[[], etree.XMLSchema | None]:
                return lambda: compile_() if schemas.profile_xsd_path().is_file() else None

            compilers = {
                _OASIS: schemas.oasis_schema,
                _OASIS_LEAN: schemas.oasis_schema_without_unique,
                _PROFILE: profile(schemas.profile_schema),
                _PROFILE_LEAN: profile(schemas.profile_schema_lighter),
            }
            # libxml2 must not compile two schemas at once: about one cold start in 300, with
            # the OASIS schema and the profile compiled side by side, failed with "Document is
            # not valid XML Schema" (and so did two copies of one schema). Compilations take
            # turns (schemas.COMPILING); a copy started while the other is compiled waits for it, so
            # that the full schema, which any document can take, comes first.
            _SCHEMAS[kind] = _Background(
                _one_at_a_time(compilers[kind]), after=_SCHEMAS.get(_OTHER_COPY[kind])
            )
        return _SCHEMAS[kind]


_POSITIONS = re.compile(r"\[\d+\]")
_VALUE = re.compile(r"The value '[^']*'")
_NOT_VALIDATED = "No precomputed value available"
"""libxml2's warning, from a uniqueness constraint, about a value it did not validate."""
_SKIPPING = (attribute_names.NOT_EXPECTED, attribute_names.NO_ELEMENTS)


@lru_cache(maxsize=4096)
def _kind(message: str) -> tuple[str, tuple[str, ...]]:
    """A libxml2 message without the value it quotes ("The value 'container_2' is not accepted
    by the pattern …"): the same error whatever the value; and which of :data:`_SKIPPING` it
    says. The same messages recur."""
    kind = _VALUE.sub("The value …", message) if "The value '" in message else message
    return kind, tuple(reason for reason in _SKIPPING if reason in message)


@lru_cache(maxsize=4096)
def _structure(node_path: str) -> str:
    """A libxml2 node path without positions (``/*/*/*[6]/*[2]`` → ``/*/*/*/*``): where in the
    document's structure an element is, whichever of its siblings it is."""
    return _POSITIONS.sub("", node_path)


def _more_like_it(line: int, more: list[int]) -> str:
    """`` (and 2 more like it, on lines 40, 57)`` for the repeats of a schema error."""
    if not more:
        return ""
    lines = dict.fromkeys(more)  # each once, in order: not the first's line, nor an unknown one
    lines.pop(line, None)
    lines.pop(0, None)
    lines.pop(None, None)
    where = f", on line{'s' if len(lines) > 1 else ''} {', '.join([str(n) for n in lines])}" if lines else ""
    return f" (and {len(more)} more like it{where})"


def _grouped(
    schema: etree.XMLSchema, tree: etree._ElementTree
) -> tuple[list[tuple[Group, str]], dict[str, list[str]]]:
    """A schema's errors on a document, one group per error and place in the structure (each
    with the node path of its first error), and the node paths of the elements whose subtree
    it skipped (by the message that says so: :data:`_SKIPPING`).

    A file that breaks the schema systematically (the UN's files break the profile about 160
    times each) repeats the same error on element after element, with the same value or
    another (every container's eId off the pattern): one finding per error and place in the
    structure, with the first message and the lines of the others, says the same in fewer
    words, and only the first of each needs its location."""
    skips: dict[str, list[str]] = {reason: [] for reason in _SKIPPING}
    if schema.validate(tree):
        return [], skips
    repeats: dict[tuple[str, str], tuple[Group, str]] = {}
    for entry in schema.error_log:
        message, node_path, line = entry.message, entry.path, entry.line
        kind, reasons = _kind(message)
        key = (kind, _structure(node_path) if node_path else "")
        first = repeats.get(key)
        if first is None:
            repeats[key] = ([message, node_path, line, []], node_path)
        else:
            first[0][3].append(line)
        for reason in reasons:
            skips[reason].append(node_path)
    return list(repeats.values()), skips


def _add_findings(groups: list[Group], stage: StageCode, collect: _Collector, locations: Locations) -> None:
    """One finding per group: its first message, at its place (a node path or an element)."""
    code, severity = stage.code, stage.severity
    for message, where, line, more in groups:
        if isinstance(where, str):
            location = locations.of_node_path(where) if where else None
        else:
            location = locations.of(where)
        message = shorten_names(message) + _more_like_it(line, more)
        collect.add(code, severity, message, line or None, location)


class _Stop(Exception):
    """Raised by the collector when ``max_errors`` is reached."""


class _Collector:
    def __init__(self, report: Report, wanted: Callable[[str], bool], max_errors: int | None) -> None:
        self.report = report
        self.wanted = wanted
        self.max_errors = max_errors
        self.problems = 0

    def add(self, code: str, severity: Any, message: str, line: int | None, location: str | None) -> None:
        if not self.wanted(code):
            return
        self.report.findings.append(Finding(code, severity, message, self.report.file, line, location))
        if severity != "info":
            self.problems += 1
            if self.max_errors is not None and self.problems >= self.max_errors:
                self.report.truncated = True
                raise _Stop

    def stage(
        self, stage: StageCode, message: str, line: int | None = None, location: str | None = None
    ) -> None:
        self.add(stage.code, stage.severity, message, line, location)


def _matcher(select: Iterable[str] | None, ignore: Iterable[str] | None) -> Callable[[str], bool]:
    chosen = tuple(select) if select else ("",)
    dropped = tuple(ignore or ())

    def wanted(code: str) -> bool:
        return (
            code.startswith(chosen) and not code.startswith(dropped) if dropped else code.startswith(chosen)
        )

    return wanted


class Validator:
    """Validates documents with fixed options; reuse one for many files."""

    def __init__(
        self,
        *,
        profile: bool = True,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        lexicons: LexiconProvider = default_lexicons,
    ) -> None:
        from unxml.validate.rules import all_rules

        self._wanted = _matcher(select, ignore)
        self._oasis = self._wanted(stages.OASIS.code)
        self._profile = profile and (
            self._wanted(stages.PROFILE.code) or self._wanted(stages.NO_PROFILE.code)
        )
        self._rules: list[Rule] = [r for r in all_rules() if self._wanted(r.code)]
        self._lexicons = lexicons
        # By tag, the attribute names the attribute pass need not look at again (the profile's
        # table, read once).
        self._safe_names = attribute_names.profile().safe if self._profile else None
        if self._oasis:
            _start_compiling(_OASIS)
        if self._profile:
            _start_compiling(_PROFILE)
        if any(rule.needs_lexicon for rule in self._rules):
            # A lexicon takes about 50 ms to load (its TOML, babel's month names). The English
            # one serves every document, as the UN prints masthead dates in English in all six
            # languages: it is loaded while the schemas compile, instead of after.
            _Background(lambda: lexicons("en"))

    def validate(self, source: bytes | str | Path, *, max_errors: int | None = None) -> Report:
        """Check one document (bytes, or a path) and return its report."""
        from unxml import xmlsafe

        name = "<bytes>" if isinstance(source, bytes | bytearray) else str(source)
        report = Report(name)
        collect = _Collector(report, self._wanted, max_errors)
        try:
            try:
                data, name = xmlsafe.read_source(source)
            except XmlInputError as err:
                collect.stage(stages.UNREADABLE, err.message + (f" ({err.hint})" if err.hint else ""))
                return report
            report.checks.append("wellformed")
            try:
                tree = xmlsafe.parse_bytes(data, name)
            except XmlInputError as err:
                # xmlsafe refuses DOCTYPEs before parsing; its message says so.
                unsafe = "DOCTYPE" in err.message
                code = stages.UNSAFE if unsafe else stages.NOT_WELL_FORMED
                collect.stage(code, err.message + (f" ({err.hint})" if err.hint else ""), err.line)
                return report
            document = Document(tree, self._lexicons, self._safe_names)
            # Asked tag by tag: the index holds a list per tag, and any order serves Locations.
            locations = Locations(tree, lambda: [n for tag in OTHER_NODES for n in document.elements(tag)])
            if self._oasis:
                report.checks.append("oasis")
                self._oasis_findings(document, collect, locations)
            if self._profile:
                self._profile_findings(document, collect, locations, data)
            if self._rules:
                report.checks.append("rules")
                self._rule_findings(document, collect, locations)
        except _Stop:
            pass
        return report

    @staticmethod
    def _oasis_findings(document: Document, collect: _Collector, locations: Locations) -> None:
        """The OASIS schema's findings. Where its uniqueness constraints cannot add anything
        (``unxml.validate.uniqueness``), a valid document needs only the schema without them,
        which libxml2 checks in about half the time."""
        tree = document.tree
        lighter = _lighter_if_ready(_OASIS)
        if lighter is not None and uniqueness.constraints_add_nothing(document) and lighter.validate(tree):
            return
        Validator._schema_findings(_schema(_OASIS), tree, stages.OASIS, collect, locations)

    @staticmethod
    def _profile_findings(document: Document, collect: _Collector, locations: Locations, data: bytes) -> None:
        """The profile schema's findings. Where the document's eIds are distinct, they come from
        the lighter copy of the profile (without the eId uniqueness constraint, accepting any
        attribute name) and the names the attribute pass found the profile does not allow
        (``unxml.validate.attribute_names``); otherwise, or where those cannot stand for the
        full profile's, from the full profile, without libxml2's warning that repeats an
        error about an eId (``unxml.validate.uniqueness``)."""
        lighter = _lighter_if_ready(_PROFILE)
        attributes = document.attributes
        if (
            lighter is not None
            and uniqueness.eids_distinct(document)
            and attribute_names.checkable(data, document.root)
        ):
            groups, skips = _grouped(lighter, document.tree)
            merged = attribute_names.merge(
                groups,
                skips[attribute_names.NOT_EXPECTED],
                skips[attribute_names.NO_ELEMENTS],
                attributes.suspects,
                attributes.elements,
                locations.element_at,
            )
            if merged is not None:
                collect.report.checks.append("profile")
                _add_findings(merged, stages.PROFILE, collect, locations)
                return
        schema = _schema(_PROFILE)
        if schema is None:
            collect.stage(
                stages.NO_PROFILE, "the unxml profile schema is not installed; profile check skipped"
            )
            return
        collect.report.checks.append("profile")
        Validator._schema_findings(
            schema, document.tree, stages.PROFILE, collect, locations, leave_out=_NOT_VALIDATED
        )

    @staticmethod
    def _schema_findings(
        schema: etree.XMLSchema,
        tree: etree._ElementTree,
        stage: StageCode,
        collect: _Collector,
        locations: Locations,
        leave_out: str | None = None,
    ) -> None:
        """The findings of one schema; those whose message holds ``leave_out`` are left out."""
        groups, _ = _grouped(schema, tree)
        _add_findings(
            [group for group, _ in groups if not (leave_out and leave_out in group[0])],
            stage,
            collect,
            locations,
        )

    def _rule_findings(self, document: Document, collect: _Collector, locations: Locations) -> None:
        missing_lexicon = False
        for rule in self._rules:
            if rule.needs_lexicon and document.lexicon is None:
                missing_lexicon = True
                continue
            try:
                issues = list(rule.check(document))
            except Exception as err:  # a rule must never take the whole run down
                collect.stage(stages.RULE_FAILED, f"{rule.code} failed: {type(err).__name__}: {err}")
                continue
            for element, message in issues:
                if element is None:
                    collect.add(rule.code, rule.severity, message, None, None)
                else:
                    collect.add(rule.code, rule.severity, message, element.sourceline, locations.of(element))
        if missing_lexicon:
            skipped = ", ".join(r.code for r in self._rules if r.needs_lexicon)
            lang = document.lang or "this document's language"
            collect.stage(stages.NO_LEXICON, f"no lexicon for {lang}: skipped {skipped}")


def validate(
    source: bytes | str | Path,
    *,
    profile: bool = True,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    max_errors: int | None = None,
) -> Report:
    """Validate one XML document (bytes, or a path): safety, OASIS schema, profile, rules."""
    return Validator(profile=profile, select=select, ignore=ignore).validate(source, max_errors=max_errors)
