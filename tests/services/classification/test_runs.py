"""Runs in the database: storage, policy versions, history and comparison, what-if, overrides,
explanations, and the policy library."""

from __future__ import annotations

import json
import math
import struct
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from kam_desktop.errors import InvalidInputError, KamError, NotFoundError, RefusedError
from kam_desktop.services.accounts import list_accounts
from kam_desktop.services.classification import (
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    NOT_CLASSIFIED,
    IndicatorRule,
    Policy,
    TierLevel,
    classify,
    clear_override,
    compare_runs,
    delete_policy,
    ensure_builtin_policies,
    explain,
    export_policy,
    get_policy,
    get_policy_version,
    import_policy,
    list_overrides,
    list_policies,
    list_runs,
    pareto_curve,
    policy_to_toml,
    policy_versions,
    results,
    run_results,
    save_policy,
    set_override,
    tier_distribution,
    what_if,
)
from kam_desktop.services.classification.results import (
    breakdown_raws,
    parse_breakdown,
    time_ordered_ids,
)
from kam_desktop.storage.database import Database
from tests.services.classification.conftest import END, Portfolio

WEIGHTED = Policy(
    name="Test scorecard", method="weighted", mode="cutoffs",
    levels=(TierLevel("S", min=80), TierLevel("A", min=60), TierLevel("B", min=40),
            TierLevel("C", min=0)),
    indicators=(IndicatorRule("sales", 50), IndicatorRule("recency_days", 30, "lower", "minmax",
                                                          "neutral"),
                IndicatorRule("growth", 20, missing="exclude")),
)


def counts(db: Database) -> dict[str, int]:
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("tier_policies", "tier_runs", "tier_results", "tier_overrides")}


def tiers_in_force(db: Database) -> dict[str, str | None]:
    with db.unit_of_work() as uow:
        return {a.code: a.tier for a in list_accounts(uow)}


# --- classify and storage ------------------------------------------------------------------------


def test_abc_run_is_stored_with_results_and_breakdown(db: Database, portfolio: Portfolio) -> None:
    steps: list[tuple[int, int, str]] = []
    result = classify(db, ABC_BY_SALES, user="mei", progress=lambda *a: steps.append(a))
    assert not result.dry_run and result.run_id and result.policy_version == 1
    assert result.window.start == date(2024, 1, 1) and result.window.end == END
    # sales: A001 400, A002 300 (T = 700, P = 0 and .571 → A, A); A003 0 and A006 −80 → C.
    assert result.rows.set_index("code")["tier"].to_dict() == {
        "A001": "A", "A002": "A", "A003": "C", "A006": "C"}
    table = result.table()
    assert list(table.columns) == ["code", "name", "tier", "computed_tier", "score", "rank",
                                   "sales"]
    assert table["code"].tolist() == ["A001", "A002", "A003", "A006"]  # by rank
    assert table["score"].isna().all()
    assert steps[-1][0] == steps[-1][1] and [s[0] for s in steps] == sorted(s[0] for s in steps)
    assert counts(db)["tier_runs"] == 1 and counts(db)["tier_results"] == 4
    with db.unit_of_work() as uow:
        runs = list_runs(uow)
        assert runs[0].run_id == result.run_id and runs[0].user == "mei"
        assert (runs[0].policy_name, runs[0].policy_version) == (ABC_BY_SALES, 1)
        assert runs[0].account_count == 4
        stored = run_results(uow, with_indicators=True)
        text = uow.session.connection().connection.driver_connection.execute(
            "SELECT breakdown_json FROM tier_results WHERE account_id = ?",
            (portfolio.ids["A002"],)).fetchone()[0]
    assert stored.set_index("code").loc["A002", "sales"] == 300
    assert stored["rank"].tolist() == [1, 2, 3, 4]
    entry = parse_breakdown(text, result.policy)[0]
    assert entry["key"] == "sales" and entry["raw"] == 300
    assert entry["cum_share"] == pytest.approx(400 / 700)
    assert tiers_in_force(db)["A001"] == "A"  # shown everywhere from the newest run


def test_weighted_run_breakdown_reproduces_the_score(db: Database,
                                                     portfolio: Portfolio) -> None:
    result = classify(db, WEIGHTED)
    rows = result.rows.set_index("code")
    # sales percentile over 4 accounts (−80, 0, 300, 400): 0, 33.3, 66.7, 100.
    # recency lower minmax over 0, 184, 334 days; A003 never ordered → neutral 50.
    # growth: A001 1.0, A006 −1.8 → percentile 100 and 0; others excluded.
    a1 = (50 * 100 + 30 * 100 + 20 * 100) / 100
    a2 = (50 * 200 / 3 + 30 * 100 * (334 - 184) / 334) / 80
    a3 = (50 * 100 / 3 + 30 * 50) / 80
    a6 = (50 * 0 + 30 * 0 + 20 * 0) / 100
    assert rows["score"].to_dict() == pytest.approx({"A001": a1, "A002": a2, "A003": a3,
                                                     "A006": a6})
    assert rows["tier"].to_dict() == {"A001": "S", "A002": "B", "A003": "C", "A006": "C"}
    with db.unit_of_work() as uow:
        for code in ("A001", "A002", "A003", "A006"):
            e = explain(uow, code)
            assert e.score == pytest.approx(rows.loc[code, "score"])
            total = sum(r.contribution for r in e.rows if r.contribution is not None)
            assert total == pytest.approx(e.score, abs=1e-3)
            by_hand = sum(r.weight * r.norm for r in e.rows if not r.excluded)
            assert by_hand / e.weights_counted == pytest.approx(e.score, abs=1e-3)
        e2 = explain(uow, "A002")
    growth = next(r for r in e2.rows if r.key == "growth")
    assert growth.excluded and growth.norm is None and growth.raw is None
    assert e2.weights_counted == 80
    assert (e2.policy_name, e2.policy_version, e2.run.run_id) == (WEIGHTED.name, 1,
                                                                   result.run_id)


def test_dry_run_writes_nothing(db: Database, portfolio: Portfolio) -> None:
    before = counts(db)
    result = classify(db, BALANCED_SCORECARD, dry_run=True)
    assert result.dry_run and result.run_id is None and result.policy_version is None
    assert len(result.rows) == 4
    assert counts(db) == before  # not even the builtin policies are installed
    ensure_builtin_policies(db)
    assert classify(db, BALANCED_SCORECARD, dry_run=True).policy_version == 1


def test_cancel_writes_nothing(db: Database, portfolio: Portfolio) -> None:
    ensure_builtin_policies(db)
    before = counts(db)
    calls = iter(range(100))
    with pytest.raises(KamError, match="cancelled"):
        classify(db, BALANCED_SCORECARD, cancelled=lambda: next(calls) > 4)
    assert counts(db) == before


def test_window_from_arguments_and_policy(db: Database, portfolio: Portfolio) -> None:
    june = classify(db, ABC_BY_SALES, start=date(2024, 6, 1), end=date(2024, 6, 30),
                    dry_run=True)
    assert june.rows.set_index("code")["sales"].to_dict() == {"A001": 0, "A002": 300,
                                                              "A003": 0, "A006": 0}
    with_window = replace(WEIGHTED, window_start=date(2024, 3, 1), window_end=date(2024, 3, 31))
    march = classify(db, with_window, dry_run=True)
    assert (march.window.start, march.window.end) == (date(2024, 3, 1), date(2024, 3, 31))
    override_end = classify(db, with_window, end=date(2024, 4, 30), dry_run=True)
    assert (override_end.window.start, override_end.window.end) == (date(2024, 3, 1),
                                                                    date(2024, 4, 30))


# --- edge cases end to end -----------------------------------------------------------------------


def test_one_account_in_scope(db: Database) -> None:
    from tests.services.classification.conftest import build_portfolio

    build_portfolio(db)
    with db.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE accounts SET status = 'inactive' WHERE code <> 'A002'")
        uow.commit()
    abc = classify(db, ABC_BY_SALES, dry_run=True)
    assert abc.rows[["code", "tier", "rank"]].values.tolist() == [["A002", "A", 1]]
    weighted = classify(db, WEIGHTED, dry_run=True)
    # percentile of one value is 100, minmax of one value 50, growth excluded.
    assert weighted.rows["score"].tolist() == pytest.approx([(50 * 100 + 30 * 50) / 80])


def test_all_values_equal_and_null_for_everyone(db: Database, portfolio: Portfolio) -> None:
    policy = Policy("eq", "weighted", WEIGHTED.levels, mode="cutoffs", indicators=(
        IndicatorRule("coverage", 1, normalize="minmax"),  # 1, 0, 0, 0
        IndicatorRule("procurement_fit", 1, missing="neutral"),  # null for everyone
        IndicatorRule("company_profit", 1, missing="exclude"),  # null for everyone
    ))
    rows = classify(db, policy, dry_run=True).rows.set_index("code")
    assert rows["score"].to_dict() == pytest.approx({"A001": 75.0, "A002": 25.0,
                                                     "A003": 25.0, "A006": 25.0})
    equal = replace(policy, indicators=(IndicatorRule("outstanding", 1, normalize="minmax"),))
    with db.unit_of_work() as uow:
        uow.session.connection().exec_driver_sql("DELETE FROM receivables")
        uow.commit()
    assert classify(db, equal, dry_run=True).rows["score"].tolist() == [50.0] * 4


# --- versions ------------------------------------------------------------------------------------


def test_editing_a_policy_adds_a_version_and_runs_keep_theirs(db: Database,
                                                             portfolio: Portfolio) -> None:
    v1 = save_policy(db, WEIGHTED)
    assert v1.version == 1 and save_policy(db, WEIGHTED).version == 1  # unchanged: no new one
    first = classify(db, WEIGHTED.name)
    edited = replace(WEIGHTED, levels=(TierLevel("Top", min=50), TierLevel("Rest")))
    v2 = save_policy(db, edited)
    assert v2.version == 2
    second = classify(db, WEIGHTED.name)
    assert second.policy_version == 2 and set(second.rows["tier"]) <= {"Top", "Rest"}
    # An edited Policy object is saved as the next version when its run is applied.
    third = classify(db, replace(edited, indicators=edited.indicators[:1]))
    assert third.policy_version == 3
    old = classify(db, WEIGHTED.name, version=1, dry_run=True)
    assert old.policy_version == 1 and old.policy == WEIGHTED
    rerun_v1 = classify(db, WEIGHTED.name, version=1)  # an older version runs as itself
    assert rerun_v1.policy_version == 1
    with db.unit_of_work() as uow:
        versions = policy_versions(uow, WEIGHTED.name)
        assert [v.version for v in versions] == [1, 2, 3]
        assert get_policy(uow, WEIGHTED.name, 1) == WEIGHTED
        runs = {r.run_id: r.policy_version for r in list_runs(uow)}
        assert runs == {first.run_id: 1, second.run_id: 2, third.run_id: 3,
                        rerun_v1.run_id: 1}
        e = explain(uow, "A001", first.run_id)
        assert e.policy_version == 1 and e.policy == WEIGHTED


# --- history, comparison, what-if ----------------------------------------------------------------


def test_compare_a_run_with_the_one_before(db: Database, portfolio: Portfolio) -> None:
    first = classify(db, ABC_BY_SALES)
    with db.unit_of_work() as uow:
        alone = compare_runs(uow)
    assert alone.previous is None
    assert alone.migration.matrix.loc[NOT_CLASSIFIED].to_dict() == {"A": 2, "B": 0, "C": 2}
    second = classify(db, WEIGHTED)
    with db.unit_of_work() as uow:
        comparison = compare_runs(uow)
        explicit = compare_runs(uow, second.run_id[:8], first.run_id)
    assert comparison.run.run_id == second.run_id and comparison.previous.run_id == first.run_id
    matrix = comparison.migration.matrix
    assert list(matrix.columns) == ["S", "A", "B", "C"]
    assert matrix.loc["A"].to_dict() == {"S": 1, "A": 0, "B": 1, "C": 0}
    assert matrix.loc["C"].to_dict() == {"S": 0, "A": 0, "B": 0, "C": 2}
    movers = comparison.migration.movers
    assert movers[["code", "from_tier", "to_tier"]].values.tolist() == [["A001", "A", "S"],
                                                                        ["A002", "A", "B"]]
    assert movers["previous_score"].isna().all() and movers["score"].notna().all()
    assert explicit.migration.movers["code"].tolist() == ["A001", "A002"]
    with db.unit_of_work() as uow:
        with pytest.raises(NotFoundError, match="No run"):
            compare_runs(uow, "ffff")
        e = explain(uow, "A001")
    assert e.change.previous == "A" and e.change.tier == "S" and e.change.run_id == second.run_id


def test_what_if_shows_the_moves_without_saving(db: Database, portfolio: Portfolio) -> None:
    classify(db, ABC_BY_SALES)
    before = counts(db)
    tried = what_if(db, WEIGHTED)
    assert counts(db) == before
    assert tried.matrix.loc["A"].to_dict() == {"S": 1, "A": 0, "B": 1, "C": 0}
    assert tried.movers["code"].tolist() == ["A001", "A002"]
    set_override(db, "A002", "A", "Strategic partner", user="li")
    tried = what_if(db, WEIGHTED)
    assert tried.movers["code"].tolist() == ["A001"]  # the override still wins
    assert tried.result.rows.set_index("code").loc["A002", "computed_tier"] == "B"


def test_what_if_on_a_fresh_database_moves_everyone_from_not_classified(
        db: Database, portfolio: Portfolio) -> None:
    tried = what_if(db, ABC_BY_SALES)
    # The policy's tiers are always on both axes, so the matrix keeps its shape.
    assert tried.matrix.index.tolist() == ["A", "B", "C", NOT_CLASSIFIED]
    assert tried.matrix.loc[["A", "B", "C"]].to_numpy().sum() == 0
    assert tried.matrix.loc[NOT_CLASSIFIED].to_dict() == {"A": 2, "B": 0, "C": 2}
    assert tried.migration.moved == 4


# --- overrides -----------------------------------------------------------------------------------


def test_override_needs_a_reason_and_an_account(db: Database, portfolio: Portfolio) -> None:
    with pytest.raises(InvalidInputError, match="needs a reason"):
        set_override(db, "A001", "S", "   ")
    with pytest.raises(InvalidInputError, match="Give the tier"):
        set_override(db, "A001", " ", "why")
    with pytest.raises(NotFoundError, match="No account with code 'NOPE'"):
        set_override(db, "NOPE", "S", "why")
    with pytest.raises(NotFoundError, match="has no override in force"):
        clear_override(db, "A001")


def test_overrides_survive_reruns_and_clear(db: Database, portfolio: Portfolio) -> None:
    classify(db, ABC_BY_SALES)
    info = set_override(db, "A006", "A", "New framework contract signed", user="wang")
    assert (info.tier, info.set_by, info.computed_tier, info.active) == ("A", "wang", "C", True)
    assert tiers_in_force(db)["A006"] == "A"
    rerun = classify(db, ABC_BY_SALES)
    row = rerun.rows.set_index("code").loc["A006"]
    assert (row["tier"], row["computed_tier"]) == ("A", "C")
    assert row["override_reason"] == "New framework contract signed"
    assert rerun.counts() == {"A": 3, "B": 0, "C": 1}
    assert rerun.counts("computed_tier") == {"A": 2, "B": 0, "C": 2}
    with db.unit_of_work() as uow:
        assert tier_distribution(uow).to_dict("index")["A"] == {
            "computed": 2, "in_force": 3, "share": 0.75}
        e = explain(uow, "A006")
        assert (e.tier, e.computed_tier, e.override.reason) == ("A", "C",
                                                                 "New framework contract signed")
    # A second override replaces the first, which is kept as history.
    set_override(db, "A006", "B", "Contract delayed", user="wang")
    cleared = clear_override(db, "A006", user="zhao")
    assert (cleared.tier, cleared.cleared_by, cleared.active) == ("B", "zhao", False)
    assert tiers_in_force(db)["A006"] == "C"  # the newest run's computed tier again
    with db.unit_of_work() as uow:
        history = list_overrides(uow, include_cleared=True)
        assert [o.tier for o in history] == ["B", "A"] and not list_overrides(uow)
        assert run_results(uow).set_index("code").loc["A006", "tier"] == "C"
    assert classify(db, ABC_BY_SALES).rows.set_index("code").loc["A006", "tier"] == "C"


def test_override_before_any_run(db: Database, portfolio: Portfolio) -> None:
    set_override(db, "A003", "S", "Board decision")
    assert tiers_in_force(db)["A003"] == "S" and tiers_in_force(db)["A001"] is None
    result = classify(db, ABC_BY_SALES)
    assert result.rows.set_index("code").loc["A003", "tier"] == "S"
    assert result.counts() == {"A": 2, "B": 0, "C": 1, "S": 1}  # labels outside the policy last


# --- reports -------------------------------------------------------------------------------------


def test_pareto_curve(db: Database, portfolio: Portfolio) -> None:
    pareto = pareto_curve(db)
    assert pareto.frame["code"].tolist() == ["A001", "A002"]
    assert pareto.frame["cum_share"].tolist() == pytest.approx([400 / 700, 1.0])
    assert pareto.frame["before"].tolist() == pytest.approx([0.0, 400 / 700])
    assert pareto.frame["tier"].tolist() == ["A", "A"]
    assert (pareto.total, pareto.cutoffs, pareto.not_positive) == (700, (0.8, 0.95), 2)


def test_explain_errors(db: Database, portfolio: Portfolio) -> None:
    with db.unit_of_work() as uow:
        with pytest.raises(NotFoundError, match="not been classified"):
            explain(uow, "A001")
        with pytest.raises(NotFoundError, match="No classification has been run"):
            tier_distribution(uow)
        with pytest.raises(NotFoundError, match="No account"):
            explain(uow, "ZZZ")


# --- the policy library --------------------------------------------------------------------------


def test_builtins_are_installed_once_and_can_be_edited(db: Database) -> None:
    assert ensure_builtin_policies(db) == ["ABC by sales", "ABC by profit", BALANCED_SCORECARD]
    assert ensure_builtin_policies(db) == []
    with db.unit_of_work() as uow:
        listed = list_policies(uow)
        assert [p.name for p in listed] == ["ABC by profit", "ABC by sales", BALANCED_SCORECARD]
        assert all(p.builtin and p.version == 1 for p in listed)
        scorecard = get_policy(uow, "balanced SCORECARD")  # names match ignoring case
    families = {k for k in scorecard.keys}
    assert {"sales", "collection_days", "industry", "value_fit", "nps"} <= families
    assert sum(r.weight for r in scorecard.indicators) == 100
    edited = scorecard.relabelled({"S": "战略", "A": "重点", "B": "潜力", "C": "一般"})
    assert save_policy(db, edited).version == 2
    with db.unit_of_work() as uow:
        info = next(p for p in list_policies(uow) if p.name == BALANCED_SCORECARD)
    assert (info.version, info.versions) == (2, 2)


def test_import_export_and_delete(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(policy_to_toml(WEIGHTED), encoding="utf-8")
    stored = import_policy(db, path)
    assert (stored.name, stored.version) == (WEIGHTED.name, 1)
    assert import_policy(db, path).version == 1  # the same file again: nothing new
    out = tmp_path / "out" / "exported.toml"
    with db.unit_of_work() as uow:
        export_policy(uow, WEIGHTED.name, out)
        with pytest.raises(RefusedError, match="--force"):
            export_policy(uow, WEIGHTED.name, out)
        export_policy(uow, WEIGHTED.name, out, force=True)
    assert out.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(policy_to_toml(WEIGHTED).replace('"sales"', '"salez"'), encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"bad\.toml.*unknown indicator 'salez'"):
        import_policy(db, bad)
    assert delete_policy(db, WEIGHTED.name) == 1
    with db.unit_of_work() as uow, pytest.raises(NotFoundError, match="No policy named"):
        get_policy_version(uow, WEIGHTED.name)
    assert save_policy(db, WEIGHTED).version == 2  # numbering continues after a delete


def test_stored_definition_is_the_canonical_toml(db: Database) -> None:
    stored = save_policy(db, WEIGHTED)
    with db.unit_of_work() as uow:
        definition = uow.session.connection().connection.driver_connection.execute(
            "SELECT definition, method, builtin FROM tier_policies WHERE id = ?",
            (stored.id,)).fetchone()
    assert definition == (policy_to_toml(WEIGHTED), "weighted", 0)


def test_stored_breakdown_is_the_documented_packed_form(db: Database,
                                                       portfolio: Portfolio) -> None:
    """Format 1 of results.py, decoded here by hand: a format byte, float64 raws, norms and
    contributions in policy order (NaN for null), then the text indicators as a JSON array."""
    policy = replace(WEIGHTED, indicators=(
        *WEIGHTED.indicators, IndicatorRule("industry", 10, scores={"零售": 70.0})))
    result = classify(db, policy)
    with db.unit_of_work() as uow:
        blob = uow.session.connection().connection.driver_connection.execute(
            "SELECT breakdown_json FROM tier_results WHERE run_id = ? AND account_id = ?",
            (result.run_id, portfolio.ids["A002"])).fetchone()[0]
    assert isinstance(blob, bytes) and blob[0] == 1
    numbers = struct.unpack("<12d", blob[1:97])
    raw, norm, contribution = numbers[0:4], numbers[4:8], numbers[8:12]
    assert raw[:2] == (300, 184) and math.isnan(raw[2]) and math.isnan(raw[3])
    assert json.loads(blob[97:].rstrip(b"\0").decode()) == ["零售"]  # padded to one width
    # sales percentile 66.67; recency minmax (334 − 184) / 334; growth excluded; 零售 → 70.
    assert norm[0] == pytest.approx(200 / 3) and math.isnan(norm[2]) and norm[3] == 70
    counted = 50 + 30 + 10
    assert contribution[0] == pytest.approx(50 * 200 / 3 / counted)
    assert math.isnan(contribution[2])
    assert sum(c for c in contribution if not math.isnan(c)) == pytest.approx(
        result.rows.loc[portfolio.ids["A002"], "score"], abs=1e-9)
    entries = parse_breakdown(blob, policy)
    assert entries[0] == {"key": "sales", "raw": 300, "norm": pytest.approx(66.6667, abs=1e-4),
                          "weight": 50, "contribution": pytest.approx(50 * 200 / 3 / counted),
                          "excluded": False}
    assert entries[2]["excluded"] is True and entries[2]["raw"] is None
    assert entries[3]["raw"] == "零售" and entries[3]["norm"] == 70
    with pytest.raises(ValueError, match="policy"):
        parse_breakdown(blob)


def test_breakdowns_stored_by_earlier_versions_still_read() -> None:
    """Schema 0003 stored JSON: an object of arrays, or before it a list of entries."""
    transposed = ('{"key":["sales","growth"],"raw":[300,null],"norm":[66.6667,null],'
                  '"weight":[50,20],"contribution":[47.619,null]}')
    entries = parse_breakdown(transposed, WEIGHTED)
    assert entries[0] == {"key": "sales", "raw": 300, "norm": 66.6667, "weight": 50,
                          "contribution": 47.619, "excluded": False}
    assert entries[1]["excluded"] is True
    listed = '[{"key": "sales", "raw": 300, "cum_share": 0.5}]'
    assert parse_breakdown(listed) == [{"key": "sales", "raw": 300, "cum_share": 0.5}]
    abc = '{"key":["sales"],"raw":[300],"cum_share":0.571429}'
    assert parse_breakdown(abc)[0]["cum_share"] == 0.571429
    assert breakdown_raws([transposed, None], WEIGHTED) == {
        "sales": [300, None], "recency_days": [None, None], "growth": [None, None]}


def test_run_results_reads_raw_values_of_every_form(db: Database, portfolio: Portfolio) -> None:
    result = classify(db, WEIGHTED)
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        # One row as an earlier version stored it.
        conn.execute("UPDATE tier_results SET breakdown_json = ? WHERE account_id = ?",
                     ('{"key":["sales","recency_days","growth"],"raw":[-80,335,-1.8]}',
                      portfolio.ids["A006"]))
        stored = run_results(uow, result.run_id, with_indicators=True).set_index("code")
    assert stored.loc["A002", ["sales", "recency_days"]].tolist() == [300, 184]
    assert math.isnan(stored.loc["A002", "growth"])
    computed = result.rows.set_index("code")
    for code in ("A001", "A002", "A003"):  # each account's own breakdown, stored beside it
        for key in ("sales", "recency_days", "growth"):
            assert stored.loc[code, key] == pytest.approx(computed.loc[code, key], nan_ok=True)
    assert stored.loc["A006", ["sales", "recency_days", "growth"]].tolist() == [-80, 335, -1.8]


def test_the_accounts_page_shows_the_newest_run(db: Database, portfolio: Portfolio) -> None:
    """The Accounts page (services/accounts.py) shows the newest run's tier."""
    classify(db, ABC_BY_SALES)
    classify(db, WEIGHTED)
    assert tiers_in_force(db) == {"A001": "S", "A002": "B", "A003": "C", "A004": None,
                                  "A006": "C"}


def test_ties_at_a_cutoff_and_at_a_quota_boundary_go_by_code(db: Database) -> None:
    from kam_desktop.models import Account, SalesLine

    with db.unit_of_work() as uow:
        for code, amount in (("K3", 10), ("K2", 10), ("K1", 10), ("K0", 70)):
            account = Account(code=code, name=f"Tie {code}")
            uow.session.add(account)
            uow.session.flush()
            uow.session.add(SalesLine(account_id=account.id, order_no=f"O-{code}", line_key="1",
                                      order_date=END, amount=amount))
        uow.commit()
    # ABC: P = 0 (K0), .7 (K1), .8 (K2), .9 (K3): K1 and K2 sell the same, K1 sorts first.
    abc = classify(db, ABC_BY_SALES).rows.set_index("code")["tier"].to_dict()
    assert abc == {"K0": "A", "K1": "A", "K2": "B", "K3": "B"}
    # Quotas: A takes ceil(0.5 × 4) = 2 accounts; K1, K2 and K3 tie on the score.
    quotas = Policy("Halves", "weighted", (TierLevel("A", share=0.5), TierLevel("B")),
                    indicators=(IndicatorRule("sales", 1),), mode="quotas")
    rows = classify(db, quotas).rows.set_index("code")
    assert rows["score"].to_dict() == pytest.approx({"K0": 100.0, "K1": 100 / 3,
                                                     "K2": 100 / 3, "K3": 100 / 3})
    assert rows["tier"].to_dict() == {"K0": "A", "K1": "A", "K2": "B", "K3": "B"}
    assert rows["rank"].to_dict() == {"K0": 1, "K1": 2, "K2": 3, "K3": 4}


def test_result_ids_are_time_ordered_version_7_uuids() -> None:
    """Result ids append at the end of the primary key: increasing without a sort (a counter
    after the time), valid RFC 9562 version 7, distinct."""
    ids = time_ordered_ids(70_000)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    parsed = [uuid.UUID(i) for i in ids[:: 997]]
    assert {(u.version, u.variant) for u in parsed} == {(7, uuid.RFC_4122)}
    later = time_ordered_ids(3)
    assert later[0] > ids[-1] or later[0][:12] == ids[-1][:12]  # a later millisecond, or tied
    assert results._id_order(np.array(ids[::-1], dtype=object)).tolist() == \
        list(range(len(ids)))[::-1]
    assert results._id_order(np.array(["b", "a", "c"], dtype=object)).tolist() == [1, 0, 2]
