"""The `kam` command line: output, exit codes, --db / KAM_DB."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kam_desktop import __version__
from kam_desktop.cli import main
from kam_desktop.models import Account, Contact
from kam_desktop.services.database import open_database
from tests.helpers.sqlite_dump import dump, file_digest


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with open_database(db_path) as db, db.unit_of_work() as uow:
        a = Account(code="000123", name="上海华信精密制造有限公司", industry="制造业",
                    region="华东", owner="张敏")
        b = Account(code="000456", name="Apex Components Ltd", industry="电子", region="华南")
        uow.session.add_all([a, b])
        uow.session.flush()
        uow.session.add(Contact(account_id=a.id, name="王伟", role="decision_maker",
                                attitude="supporter", influence=5, relationship_strength=4))
        uow.commit()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_accounts_list_json(filled_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(filled_db), "accounts", "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert [a["code"] for a in data] == ["000123", "000456"]
    for key in ("code", "name", "industry", "region", "owner", "tier"):
        assert key in data[0]
    assert data[0]["tier"] is None
    assert data[0]["name"] == "上海华信精密制造有限公司"


def test_accounts_list_table_and_tier_filter(filled_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "accounts", "list", "--db", str(filled_db))
    assert code == 0 and "Apex Components Ltd" in out and "2 accounts" in out
    code, out, _ = run(capsys, "--db", str(filled_db), "accounts", "list", "--tier", "A",
                       "--json")
    assert code == 0 and json.loads(out) == []


def test_accounts_show(filled_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(filled_db), "accounts", "show", "000123", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["name"] == "上海华信精密制造有限公司"
    assert data["contacts"][0]["name"] == "王伟"
    code, out, err = run(capsys, "--db", str(filled_db), "accounts", "show", "123")
    assert code == 2 and "No account with code '123'" in err


def test_kam_db_environment_variable(filled_db: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KAM_DB", str(filled_db))
    code, out, _ = run(capsys, "accounts", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 2


def test_default_database_is_created_in_the_data_folder(kam_home: Path, capsys) -> None:
    code, out, _ = run(capsys, "accounts", "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert (kam_home / "data" / "kam.db").exists()


def test_db_check_and_upgrade(filled_db: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(filled_db), "db", "check")
    assert code == 0 and "integrity: ok" in out and "accounts: 2" in out
    code, out, _ = run(capsys, "--db", str(filled_db), "db", "upgrade")
    assert code == 0 and "already at schema" in out
    code, _, err = run(capsys, "--db", str(filled_db.with_name("none.db")), "db", "check")
    assert code == 2 and "No database" in err


def test_db_check_reports_broken_references(filled_db: Path, capsys) -> None:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(filled_db)) as conn, conn:
        conn.execute("UPDATE contacts SET account_id = '0000000000000000000000000000dead'")
    code, out, _ = run(capsys, "--db", str(filled_db), "db", "check", "--json")
    assert code == 2
    result = json.loads(out)
    assert not result["ok"] and "foreign key: contacts" in result["problems"][0]


def test_backup_and_restore_commands(filled_db: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "b.db"
    code, out, _ = run(capsys, "--db", str(filled_db), "backup", "--to", str(target))
    assert code == 0 and target.exists()
    code, _, err = run(capsys, "--db", str(filled_db), "backup", "--to", str(target))
    assert code == 2 and "already exists" in err
    code, out, _ = run(capsys, "--db", str(filled_db), "backup")
    assert code == 0 and ".backups" in out
    code, out, _ = run(capsys, "--db", str(filled_db), "restore", str(target))
    assert code == 0 and "backed up to" in out


def test_restore_of_truncated_file_exits_2_and_changes_nothing(
    filled_db: Path, tmp_path: Path, capsys
) -> None:
    good = tmp_path / "good.db"
    assert run(capsys, "--db", str(filled_db), "backup", "--to", str(good))[0] == 0
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.read_bytes()[:-4096])
    digest, content = file_digest(filled_db), dump(filled_db)
    code, _, err = run(capsys, "--db", str(filled_db), "restore", str(truncated))
    assert code == 2 and "truncated" in err
    assert file_digest(filled_db) == digest and dump(filled_db) == content


def test_bad_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["accounts", "frobnicate"])
    assert exc.value.code == 2


def test_console_script_version_and_exit_codes(tmp_path: Path) -> None:
    kam = Path(sys.executable).with_name("kam")
    result = subprocess.run([str(kam), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and __version__ in result.stdout
    result = subprocess.run(
        [sys.executable, "-m", "kam_desktop", "--db", str(tmp_path / "x.db"), "db", "check"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2 and "No database" in result.stderr
