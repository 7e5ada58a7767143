"""`kam classify`, `kam policy …`, `kam tier …` through `kam_desktop.cli.main`.

Until `cli.build_parser` calls `cli_classification.register` itself, the fixture `kam` adds the
commands the same way (the one call cli.py will make), so these tests drive the real `main`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import pytest

from kam_desktop import cli
from kam_desktop.cli_classification import register
from kam_desktop.services.classification import policy_to_toml
from kam_desktop.services.database import open_database
from tests.services.classification.conftest import build_portfolio
from tests.services.classification.test_runs import WEIGHTED


def _wired() -> bool:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return "classify" in commands.choices


@pytest.fixture
def kam(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db_path: Path):
    if not _wired():
        original = cli.build_parser

        def build_parser() -> argparse.ArgumentParser:
            parser = original()
            commands = next(a for a in parser._actions
                            if isinstance(a, argparse._SubParsersAction))

            def sub(parent, name: str, help_text: str) -> argparse.ArgumentParser:
                p = parent.add_parser(name, help=help_text, description=help_text)
                cli._add_db_option(p, top=False)
                return p

            register(commands, sub)
            return parser

        monkeypatch.setattr(cli, "build_parser", build_parser)
    with open_database(db_path) as db:
        build_portfolio(db)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def runs(db_path: Path) -> int:
    with open_database(db_path) as db, db.unit_of_work() as uow:
        return uow.session.connection().exec_driver_sql(
            "SELECT count(*) FROM tier_runs").scalar_one()


def test_classify_default_policy_prints_and_saves(kam, db_path: Path) -> None:
    code, out, _ = kam("classify")
    assert code == 0
    assert out.splitlines()[0].split() == ["code", "name", "tier", "computed_tier", "score",
                                           "rank", "sales"]
    assert "saved: policy 'ABC by sales' version 1, window 2024-01-01 – 2024-12-31, 4 " \
           "accounts — A 2, B 0, C 2." in out
    assert runs(db_path) == 1
    # Without --policy, the policy of the newest run is used again.
    kam("classify", "--policy", "Balanced scorecard")
    code, out, _ = kam("classify", "--json")
    assert "score" in json.loads(out)[0] and "nps" in json.loads(out)[0]


def test_classify_json_rows(kam, db_path: Path) -> None:
    code, out, err = kam("classify", "--policy", "abc by sales", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0] == {"code": "A001", "name": "Alpha 阿尔法", "tier": "A",
                       "computed_tier": "A", "score": None, "rank": 1, "sales": 400.0}
    assert [r["code"] for r in rows] == ["A001", "A002", "A003", "A006"]
    assert "saved" in err


def test_classify_dry_run_shows_the_moves_and_saves_nothing(kam, db_path: Path) -> None:
    kam("classify")
    code, out, _ = kam("classify", "--policy", "Balanced scorecard", "--dry-run")
    assert code == 0 and runs(db_path) == 1
    assert "Dry run, nothing saved: policy 'Balanced scorecard' version 1" in out
    assert "accounts would move" in out and "from \\ to" in out


def test_classify_policy_file_window_and_out(kam, db_path: Path, tmp_path: Path) -> None:
    policy_file = tmp_path / "mine.toml"
    policy_file.write_text(policy_to_toml(WEIGHTED), encoding="utf-8")
    for suffix in (".csv", ".xlsx", ".json"):
        target = tmp_path / f"tiers{suffix}"
        code, out, _ = kam("classify", "--policy-file", str(policy_file), "--from",
                           "2024-06-01", "--to", "2024-12-31", "--out", str(target))
        assert code == 0 and f"4 accounts written to {target}" in out
        assert "window 2024-06-01 – 2024-12-31" in out
    csv = pd.read_csv(tmp_path / "tiers.csv", dtype={"code": str})
    assert list(csv.columns) == ["code", "name", "tier", "computed_tier", "score", "rank",
                                 "sales", "recency_days", "growth"]
    xlsx = pd.read_excel(tmp_path / "tiers.xlsx", engine="calamine", dtype={"code": str})
    assert xlsx["code"].tolist() == csv["code"].tolist()
    data = json.loads((tmp_path / "tiers.json").read_text(encoding="utf-8"))
    assert data[0]["score"] == round(data[0]["score"], 2) and data[-1]["growth"] is None
    assert runs(db_path) == 3
    code, out, _ = kam("policy", "list", "--json")
    mine = next(p for p in json.loads(out) if p["name"] == WEIGHTED.name)
    assert mine["version"] == 1  # the same file three times: one version


@pytest.mark.parametrize(("args", "message"), [
    (("classify", "--policy", "Nope"), "No policy named 'Nope'"),
    (("classify", "--out", "x.txt"), "choose a .csv, .xlsx or .json"),
    (("classify", "--version", "2"), "--version goes with --policy"),
    (("classify", "--policy-file", "missing.toml"), "No such policy file"),
    (("classify", "--policy", "ABC by sales", "--from", "2030-01-01"),
     "after the latest sales line"),
    (("tier", "clear", "A001"), "has no override in force"),
    (("tier", "override", "A001", "S", "--reason", " "), "needs a reason"),
    (("tier", "override", "XX", "S", "--reason", "why"), "No account with code 'XX'"),
    (("tier", "explain", "A001"), "has not been classified yet"),
    (("policy", "show", "Nope"), "No policy named 'Nope'"),
])
def test_user_errors_exit_2(kam, args: tuple[str, ...], message: str) -> None:
    code, _, err = kam(*args)
    assert code == 2 and message in err


def test_override_needs_the_reason_option(kam) -> None:
    with pytest.raises(SystemExit) as info:
        kam("tier", "override", "A001", "S")
    assert info.value.code == 2


def test_policy_show_export_import(kam, tmp_path: Path) -> None:
    code, out, _ = kam("policy", "show", "ABC by sales")
    assert code == 0 and out.startswith("# ABC by sales, version 1 (builtin)")
    assert 'method = "abc"' in out
    target = tmp_path / "scorecard.toml"
    assert kam("policy", "export", "Balanced scorecard", str(target))[0] == 0
    code, _, err = kam("policy", "export", "Balanced scorecard", str(target))
    assert code == 2 and "--force" in err
    assert kam("policy", "export", "Balanced scorecard", str(target), "--force")[0] == 0
    text = target.read_text(encoding="utf-8").replace('label = "S"', 'label = "战略"')
    target.write_text(text, encoding="utf-8")
    code, out, _ = kam("policy", "import", str(target), "--json")
    assert code == 0 and json.loads(out)["version"] == 2
    code, out, _ = kam("policy", "list")
    assert "Balanced scorecard  2" in out
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("weight = 12", "weight = -12"), encoding="utf-8")
    code, _, err = kam("policy", "import", str(broken))
    assert code == 2 and "broken.toml" in err and "negative weight -12" in err


def test_tier_override_clear_and_explain(kam) -> None:
    kam("classify", "--policy", "ABC by sales")
    code, out, _ = kam("tier", "override", "A006", "A", "--reason", "Strategic", "--user", "li")
    assert code == 0 and "A006 Zeta: tier A by li (computed: C). Reason: Strategic" in out
    code, out, _ = kam("accounts", "list", "--json")
    assert {a["code"]: a["tier"] for a in json.loads(out)}["A006"] == "A"
    code, out, _ = kam("tier", "explain", "A006", "--json")
    data = json.loads(out)
    assert (data["tier"], data["computed_tier"], data["override"]["reason"]) == (
        "A", "C", "Strategic")
    assert data["breakdown"][0]["key"] == "sales" and data["breakdown"][0]["raw"] == -80
    code, out, _ = kam("tier", "clear", "A006", "--json")
    assert code == 0 and json.loads(out)["cleared_at"] is not None
    code, out, _ = kam("classify", "--policy", "Balanced scorecard")
    code, out, _ = kam("tier", "explain", "A001")
    assert code == 0 and "score = Σ contribution" in out and "collection_days" in out
