"""The Classification page: choose or edit a tier policy, preview it, apply it, see the charts
and the history of runs.

- The policy bar picks a stored policy and version; editing in the `PolicyEditor` and saving
  makes a new version (the service's `save_policy`); import and export read and write TOML.
- Every edit is validated at once with the service's `validate_policy`; its problems are shown
  under the editor and block Preview, Apply, Save and Export until fixed.
- Preview (`what_if`) and Apply (`classify`) run off the UI thread with a progress dialog and
  Cancel. Apply stores the run, compares it with the run before, and emits `data_changed` so
  the Accounts page shows the new tiers.
- The charts (accounts per tier of the newest run, with the preview's beside them; the Pareto
  curve with the ABC cut-offs) and the run history reload after each run and whenever the main
  window says the data behind them changed.

The page is built and loaded lazily, the first time it is shown: a user who never comes here
pays nothing for it, neither when the window opens nor on every style or language change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kam_desktop.errors import InvalidInputError, KamError
from kam_desktop.services.classification import (
    BALANCED_SCORECARD,
    Policy,
    PolicyVersion,
    RunComparison,
    WhatIf,
    Window,
    policy_to_toml,
    validate_policy,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, classification_dialogs, formatting, i18n
from kam_desktop.ui import classification_work as work
from kam_desktop.ui.classification_editor import PolicyEditor
from kam_desktop.ui.classification_labels import policy_description, policy_name, tier_counts
from kam_desktop.ui.classification_policy_bar import PolicyBar
from kam_desktop.ui.classification_results import ResultsPanel
from kam_desktop.ui.classification_work import Applied, ChartData, Library
from kam_desktop.ui.import_widgets import IMPORT_STYLE, MessagePanel
from kam_desktop.ui.operations import Op, report_failure

CHART_DELAY_MS = 300
# Data whose change can change the charts or the tiers in force.
RELEVANT = frozenset({changes.ACCOUNTS, changes.SALES, changes.RECEIVABLES, changes.CONTACTS})



class ClassificationPage(QWidget):
    data_changed = Signal(object)  # changes.Changes, after a run is applied
    library_loaded = Signal(int)  # number of policies
    charts_loaded = Signal()
    preview_finished = Signal(bool)  # True when a preview was shown
    apply_finished = Signal(bool)  # True when a run was saved
    policy_saved = Signal(object)  # the PolicyVersion saved or imported
    comparison_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classificationPage")
        self.db: Database | None = None
        self.library: Library | None = None
        self.loaded_version: PolicyVersion | None = None
        self.baseline: Policy | None = None
        self.problem: str | None = None
        self.whatif: WhatIf | None = None
        self.preview_policy: Policy | None = None
        self.applied: Applied | None = None
        self.charts: ChartData | None = None
        self.op: Op[object] | None = None  # the preview or apply under way
        self._writing = False  # a save or an import under way
        self._stale = True
        self._library_generation = 0
        self._chart_generation = 0
        self._chart_key: object = None
        self._emitting = False
        self._splitter_placed = False
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(CHART_DELAY_MS)
        self._chart_timer.timeout.connect(self.reload_charts)
        self._built = False

    def ensure_built(self) -> None:
        """Make the widgets (done on the first show)."""
        if self._built:
            return
        self._built = True
        self._build()
        self.retranslate_ui()
        self._update_buttons()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.bar = PolicyBar()
        self.bar.policy_chosen.connect(self._on_policy_chosen)
        self.bar.version_chosen.connect(self._on_version_chosen)
        self.bar.save_requested.connect(self.save_policy)
        self.bar.import_requested.connect(self.import_policy)
        self.bar.export_requested.connect(self.export_policy)

        self.editor = PolicyEditor()
        self.editor.changed.connect(self._on_editor_changed)
        self.validation = MessagePanel()
        # The message panels' colours (IMPORT_STYLE) on them alone: a style sheet on the whole
        # page would be re-resolved for each of its many widgets on every style change.
        self.validation.setStyleSheet(IMPORT_STYLE)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.validation)

        self.results = ResultsPanel()
        self.results.window_changed.connect(self._on_window_changed)
        self.results.default_window_requested.connect(self.reset_window)
        self.results.preview_requested.connect(lambda: self.preview())
        self.results.apply_requested.connect(lambda: self.apply())
        self.results.history.compare_requested.connect(self.compare)
        # The parts tests and the screenshots reach for most.
        self.summary = self.results.summary
        self.summary.setStyleSheet(IMPORT_STYLE)
        self.changes_view = self.results.changes_view
        self.history = self.results.history
        self.distribution_chart = self.results.distribution_chart
        self.pareto_chart = self.results.pareto_chart

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("classificationSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.results)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

    # --- database and loading ------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.library = None
        self.loaded_version = None
        self.baseline = None
        self.whatif = None
        self.applied = None
        self.charts = None
        self._chart_key = None
        if self._built:
            self.summary.clear()
            self.changes_view.set_migration(None)
            self.history.set_runs([])
        self._stale = True
        if db is not None and self.isVisible():
            self.reload()
        if self._built:
            self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.ensure_built()
        super().showEvent(event)
        if not self._splitter_placed:  # first show: the editor 58 %, results 42 %
            self._splitter_placed = True
            width = max(self.splitter.width(), 900)
            self.splitter.setSizes([width * 58 // 100, width * 42 // 100])
        if self._stale and self.db is not None:
            self.reload()

    @property
    def is_loaded(self) -> bool:
        return self.library is not None and not self._stale

    def reload(self, select: str | None = None) -> Op[Library] | None:
        """Read the policies (installing the built-in ones once), the default window and the
        history; then show `select` (a policy name), else the policy shown, else the policy of
        the newest run, else the balanced scorecard."""
        self.ensure_built()
        if self.db is None:
            return None
        self._stale = False
        self._library_generation += 1
        generation, db = self._library_generation, self.db

        def done(library: Library) -> None:
            if generation != self._library_generation or db is not self.db:
                return
            self._on_library(library, select)

        return Op(parent=self, run=lambda _p, _c: work.load_library(db), done=done,
                  writes=True).start()

    def _on_library(self, library: Library, select: str | None) -> None:
        self.library = library
        names = library.names()
        current = self.current_name()
        if select in names:
            name: str | None = select
        elif current in names and select is None:
            name = current
        elif library.runs and library.runs[0].policy_name in names:
            name = library.runs[0].policy_name
        elif BALANCED_SCORECARD in names:
            name = BALANCED_SCORECARD
        else:
            name = names[0] if names else None
        self.bar.set_policies(library.policies, name)
        if name is not None and (select is not None or name != current or self.baseline is None
                                 or not self.is_dirty()):
            self._load_policy(name)
        self.history.set_runs(library.runs)
        self.reload_charts()
        self._update_buttons()
        self.library_loaded.emit(len(library.policies))

    def current_name(self) -> str | None:
        return self.bar.current_name()

    def _load_policy(self, name: str, version: int | None = None) -> None:
        """Show a stored version (the newest by default) in the editor."""
        if self.db is None:
            return
        try:
            versions = work.load_versions(self.db, name)
        except KamError as exc:
            report_failure(self, exc)
            return
        chosen = next((v for v in versions if v.version == version), None) \
            if version is not None else None
        chosen = chosen or (versions[0] if versions else None)
        self.bar.select_policy(name)
        self.bar.set_versions(versions, chosen.version if chosen else None)
        self.loaded_version = chosen
        if chosen is None:
            return
        self.editor.set_policy(chosen.policy)
        self.baseline = self.editor.policy()
        self.bar.set_description(policy_description(chosen.policy))
        self.reset_window()
        self._on_editor_changed()

    def _on_policy_chosen(self) -> None:
        name = self.current_name()
        if name is None:
            return
        if self.is_dirty() and not classification_dialogs.confirm_discard(
                self, self.baseline.name if self.baseline else name):
            # stay on the policy being edited
            self.bar.select_policy(self.loaded_version.name if self.loaded_version else None)
            return
        self._load_policy(name)

    def _on_version_chosen(self) -> None:
        version = self.bar.current_version()
        name = self.current_name()
        if name is None or version is None:
            return
        if self.is_dirty() and not classification_dialogs.confirm_discard(self, name):
            self.bar.select_version(self.loaded_version.version if self.loaded_version else None)
            return
        self._load_policy(name, version)

    def choose_policy(self, name: str, version: int | None = None) -> bool:
        """Show a stored policy (for tests and the screenshots); unsaved edits are dropped."""
        if self.bar.policy_combo.findData(name) < 0:
            return False
        self._load_policy(name, version)
        return True

    # --- editing and validation ----------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.baseline is not None and self.editor.policy() != self.baseline

    def _on_editor_changed(self) -> None:
        self.validate()
        if self.whatif is not None and self.preview_policy is not None \
                and self.editor.policy() != self.preview_policy:
            self.summary.show_message(
                self.tr("The policy has changed since this preview."),
                self.tr("Preview again to see the effect of your changes."), "warning")
        self._schedule_charts()
        self._update_buttons()

    def validate(self) -> bool:
        """Check the policy and the window; show the problems under the editor."""
        problems: list[str] = []
        try:
            validate_policy(self.editor.policy())
        except InvalidInputError as exc:
            problems.append(str(exc))
        start, end = self.window()
        if start > end:
            problems.append(self.tr("The window starts on %1, after its end %2.")
                            .replace("%1", formatting.day(start))
                            .replace("%2", formatting.day(end)))
        self.problem = "\n".join(problems) or None
        if self.problem is None:
            self.validation.clear()
        else:
            self.validation.show_message(
                self.tr("This policy cannot be used yet. Fix the following, then preview or "
                        "apply it:"), self.problem, "error")
        return self.problem is None

    # --- the window ----------------------------------------------------------------------

    def window(self) -> tuple[date, date]:
        return self.results.window()

    def default_window(self) -> Window | None:
        """The window of the policy shown, filled in from the service's default."""
        if self.library is None:
            return None
        default = self.library.default_window
        policy = self.loaded_version.policy if self.loaded_version else None
        start = policy.window_start if policy else None
        end = policy.window_end if policy else None
        if end is not None and start is None:
            return Window.trailing_year(end)
        try:
            return Window(start or default.start, end or default.end)
        except InvalidInputError:
            return default

    def set_window(self, start: date, end: date) -> None:
        self.results.set_window(start, end)

    def reset_window(self) -> None:
        window = self.default_window()
        if window is not None:
            self.set_window(window.start, window.end)

    def _on_window_changed(self, *_args: object) -> None:
        self.validate()
        self._schedule_charts()
        self._update_buttons()

    # --- charts --------------------------------------------------------------------------

    def _chart_request(self) -> tuple[Window, str, tuple | None] | None:
        start, end = self.window()
        if start > end or self.library is None:
            return None
        policy = self.editor.policy()
        if policy.method == "abc" and policy.indicator:
            try:
                levels = validate_policy(policy).levels
            except InvalidInputError:
                levels = None
            return Window(start, end), policy.indicator, levels
        if policy.method == "thresholds" and policy.indicator:
            return Window(start, end), policy.indicator, None
        return Window(start, end), "sales", None

    def _schedule_charts(self) -> None:
        request = self._chart_request()
        if request is not None and request != self._chart_key and self.charts is not None:
            self._chart_timer.start()

    def reload_charts(self) -> Op[ChartData] | None:
        """Read the distribution of the newest run and the Pareto curve, off the UI thread."""
        self._chart_timer.stop()
        request = self._chart_request()
        if self.db is None or request is None:
            return None
        self._chart_key = request
        self._chart_generation += 1
        generation, db = self._chart_generation, self.db
        window, indicator, levels = request

        def done(data: ChartData) -> None:
            if generation != self._chart_generation or db is not self.db:
                return
            self.charts = data
            self._show_charts()
            self.charts_loaded.emit()

        return Op(parent=self, run=lambda _p, _c: work.load_charts(db, window, indicator, levels),
                  done=done).start()

    def _show_charts(self) -> None:
        data = self.charts
        in_force: dict[str, int] = {}
        if data is not None and data.distribution is not None:
            in_force = {str(t): int(v) for t, v in data.distribution["in_force"].items()}
        preview: dict[str, int] | None = None
        if self.whatif is not None and self.applied is None:
            preview = self.whatif.result.counts()
        tiers = list(dict.fromkeys([*(preview or {}), *in_force]))
        self.distribution_chart.set_distribution(
            tiers, [in_force.get(t, 0) for t in tiers],
            [preview.get(t, 0) for t in tiers] if preview is not None else None)
        self.pareto_chart.set_pareto(data.pareto if data is not None else None)

    # --- preview and apply ---------------------------------------------------------------

    def _progress_label(self, apply: bool) -> str:
        if apply:
            return self.tr("Classifying the accounts…")
        return self.tr("Previewing the classification…")

    def preview(self) -> Op[WhatIf] | None:
        """Try the policy as edited without saving: what would change."""
        if self.db is None or self.op is not None or not self.validate():
            return None
        db, policy = self.db, self.editor.policy()
        start, end = self.window()

        def done(whatif: WhatIf) -> None:
            self.op = None
            if db is not self.db:  # another database was opened meanwhile
                return
            self.whatif, self.preview_policy, self.applied = whatif, policy, None
            moved, total = whatif.migration.moved, len(whatif.result.rows)
            self.summary.show_message(
                self.tr("Preview: %1 of %2 accounts would change tier.")
                .replace("%1", formatting.integer(moved))
                .replace("%2", formatting.integer(total)),
                self.tr("Tiers with this policy: %1. Nothing has been saved; Apply saves the "
                        "run.").replace("%1", tier_counts(whatif.result.counts())), "info")
            self.changes_view.set_migration(whatif.migration)
            self.results.tabs.setCurrentWidget(self.results.changes_tab)
            self._show_charts()
            self._update_buttons()
            self.preview_finished.emit(True)

        def failed(exc: BaseException) -> None:
            self._failed(exc, apply=False)
            self.preview_finished.emit(False)

        op: Op[WhatIf] = Op(parent=self, run=lambda p, c: work.preview(db, policy, start, end,
                                                                        p, c),
                            done=done, failed=failed)
        self.op = op  # type: ignore[assignment]
        self._update_buttons()
        return op.with_progress(self._progress_label(False),
                                show_messages=i18n.current_language() == "en").start()

    def apply(self) -> Op[Applied] | None:
        """Classify with the policy as edited and save the run (and the policy, when edited,
        as a new version)."""
        if self.db is None or self.op is not None or not self.validate():
            return None
        db, policy = self.db, self.editor.policy()
        start, end = self.window()

        def done(applied: Applied) -> None:
            self.op = None
            if db is not self.db:
                return
            self.applied, self.whatif, self.preview_policy = applied, None, None
            result, comparison = applied.result, applied.comparison
            moved = comparison.migration.moved
            detail = self.tr("Tiers in force: %1.").replace(
                "%1", tier_counts(result.counts()))
            if comparison.previous is not None:
                detail += " " + self.tr("%1 accounts changed tier against the previous run.") \
                    .replace("%1", formatting.integer(moved))
            self.summary.show_message(
                self.tr("Classification saved: %1 accounts classified with %2 (version %3).")
                .replace("%1", formatting.integer(len(result.rows)))
                .replace("%2", policy_name(result.policy.name))
                .replace("%3", str(result.policy_version)), detail, "success")
            self.changes_view.set_migration(comparison.migration)
            self.results.tabs.setCurrentWidget(self.results.changes_tab)
            self._update_buttons()
            self._emitting = True
            try:  # the page reloads itself below, not through on_data_changed
                self.data_changed.emit(frozenset({changes.ACCOUNTS}))
            finally:
                self._emitting = False
            self.reload(select=result.policy.name)
            self.apply_finished.emit(True)

        def failed(exc: BaseException) -> None:
            self._failed(exc, apply=True)
            self.apply_finished.emit(False)

        op: Op[Applied] = Op(parent=self, run=lambda p, c: work.apply(db, policy, start, end,
                                                                       p, c),
                             done=done, failed=failed, writes=True)
        self.op = op  # type: ignore[assignment]
        self._update_buttons()
        return op.with_progress(self._progress_label(True),
                                show_messages=i18n.current_language() == "en").start()

    def _failed(self, exc: BaseException, *, apply: bool) -> None:
        op, self.op = self.op, None
        self._update_buttons()
        if op is not None and op.cancelled() and isinstance(exc, KamError):
            self.summary.show_message(
                self.tr("Cancelled; nothing was saved.") if apply
                else self.tr("Preview cancelled."), "", "warning")
            return
        report_failure(self, exc)

    # --- saving, import, export ----------------------------------------------------------

    def save_policy(self) -> Op[PolicyVersion] | None:
        """Save the policy as edited as a new version of its name."""
        if self.db is None or self._writing or not self.validate():
            return None
        db, policy = self.db, self.editor.policy()
        return self._write(lambda: work.save(db, policy), self.tr("Saving the policy…"))

    def import_policy(self) -> Op[PolicyVersion] | None:
        """Read a TOML policy file; it becomes a new version of the policy it names."""
        if self.db is None or self._writing:
            return None
        if self.is_dirty() and not classification_dialogs.confirm_discard(
                self, self.baseline.name if self.baseline else ""):
            return None
        path = classification_dialogs.ask_policy_file(self)
        if path is None:
            return None
        db = self.db
        return self._write(lambda: work.import_file(db, path), self.tr("Importing the policy…"))

    def _write(self, work, label: str) -> Op[PolicyVersion]:  # type: ignore[no-untyped-def]
        self._writing = True
        self._update_buttons()

        def done(stored: PolicyVersion) -> None:
            self._writing = False
            self.baseline = None  # show the stored version, whatever was being edited
            self.summary.show_message(
                self.tr("Saved %1 as version %2.").replace("%1", stored.name)
                .replace("%2", str(stored.version)), "", "success")
            self.reload(select=stored.name)
            self._update_buttons()
            self.policy_saved.emit(stored)

        def failed(exc: BaseException) -> None:
            self._writing = False
            self._update_buttons()
            report_failure(self, exc)

        return Op(parent=self, run=lambda _p, _c: work(), done=done, failed=failed,
                  writes=True).with_progress(label).start()

    def export_policy(self) -> Path | None:
        """Write the policy as shown in the editor to a TOML file."""
        if not self.validate():
            return None
        policy = validate_policy(self.editor.policy())
        path = classification_dialogs.ask_policy_export_path(self, Path(f"{policy.name}.toml"))
        if path is None:
            return None
        try:
            tmp = path.with_name(path.name + ".partial")
            tmp.write_text(policy_to_toml(policy), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            report_failure(self, exc)
            return None
        self.summary.show_message(self.tr("Exported %1 to %2.").replace("%1", policy.name)
                                  .replace("%2", str(path)), "", "success")
        return path

    # --- history -------------------------------------------------------------------------

    def compare(self, run_id: str) -> Op[RunComparison] | None:
        if self.db is None:
            return None
        db = self.db

        def done(comparison: RunComparison) -> None:
            self.history.show_comparison(comparison)
            self.comparison_loaded.emit()

        return Op(parent=self, run=lambda _p, _c: work.compare(db, run_id), done=done).start()

    def on_data_changed(self, what: changes.Changes) -> None:
        """Another part of the app wrote data: refresh what depends on it."""
        if self.db is None or self._stale or self._emitting or not (what & RELEVANT):
            return
        db = self.db

        def done(runs: list) -> None:  # type: ignore[type-arg]
            if db is self.db:
                self.history.set_runs(runs)

        Op(parent=self, run=lambda _p, _c: work.load_runs(db), done=done).start()
        self.reload_charts()

    # --- state ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self.db is not None and self.library is not None
        busy = self.op is not None or self._writing
        valid = self.problem is None and self.loaded_version is not None
        self.results.set_state(ready=ready, busy=busy, valid=valid)
        self.bar.set_state(ready=ready, busy=busy, valid=valid, dirty=self.is_dirty())

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if not self._built:
            return
        self.title.setText(self.tr("Classification"))
        if self.loaded_version is not None:
            self.bar.set_description(policy_description(self.loaded_version.policy))
        if self.problem is not None:
            self.validate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

