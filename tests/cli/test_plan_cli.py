"""`kam plan export` through `kam_desktop.cli.main`: files, folders, merged, options, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop import cli
from kam_desktop.services.database import open_database
from tests.services.test_plan_document import NAME, make_account, make_plan

LETTER_HEIGHT = 792.0


@pytest.fixture
def portfolio(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        for i in (1, 2, 3):
            account_id = make_account(db, f"C90000{i}", name=f"{NAME}{i}",
                                      tier="S" if i < 3 else "B")
            make_plan(db, account_id, "2026", actions=3)
        make_plan(db, account_id, "2025", actions=1, what="Old action")
    finally:
        db.close()
    return db_path


def kam(db_path: Path, *args: str) -> int:
    return cli.main(["--db", str(db_path), "plan", "export", *args])


def test_one_account_to_a_file(portfolio: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "plan.pdf"
    assert kam(portfolio, "--account", "C900001", "--out", str(out), "--lang", "zh",
               "--paper", "letter") == 0
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(LETTER_HEIGHT)
    assert f"{NAME}1" in reader.pages[0].extract_text()
    assert reader.metadata.title == f"2026 客户计划 — {NAME}1"
    assert str(out) in capsys.readouterr().out


def test_period(portfolio: Path, tmp_path: Path) -> None:
    out = tmp_path / "old.pdf"
    assert kam(portfolio, "--account", "C900003", "--out", str(out), "--period", "2025") == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Old action 001" in text and "行动 001" not in text


def test_tier_to_a_folder_with_progress(portfolio: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "plans"
    assert kam(portfolio, "--tier", "S", "--out", str(folder)) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        f"C900001 {NAME}1 2026.pdf", f"C900002 {NAME}2 2026.pdf"]
    captured = capsys.readouterr()
    assert "[1/2] C900001" in captured.err and "[2/2] C900002" in captured.err
    assert "Wrote 2 plans" in captured.out


def test_all_merged(portfolio: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    assert kam(portfolio, "--all", "--merged", "--out", str(out), "--lang", "zh") == 0
    reader = PdfReader(out)
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == [f"C90000{i}  {NAME}{i}" for i in (1, 2, 3)]


def test_several_accounts_go_to_a_folder(portfolio: Path, tmp_path: Path) -> None:
    folder = tmp_path / "two"
    assert kam(portfolio, "--account", "C900003", "--account", "C900001",
               "--out", str(folder)) == 0
    assert len(list(folder.iterdir())) == 2


@pytest.mark.parametrize(("args", "message"), [
    (("--account", "NOPE"), "No account with code NOPE"),
    (("--tier", "A"), "No accounts with tier A"),
    (("--account", "C900001", "--period", " "), "--period"),
])
def test_user_errors_exit_2(portfolio: Path, tmp_path: Path, args: tuple[str, ...],
                            message: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    assert kam(portfolio, *args, "--out", str(out)) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_bad_paths_exit_2(portfolio: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "taken.pdf"
    a_file.write_bytes(b"mine")
    assert kam(portfolio, "--tier", "S", "--out", str(a_file)) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert kam(portfolio, "--account", "C900001", "--out", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    assert kam(portfolio, "--all", "--merged", "--out", str(tmp_path)) == 2
    assert kam(portfolio, "--account", "C900001", "--out", str(a_file / "x.pdf")) == 2
    assert a_file.read_bytes() == b"mine"


def test_missing_database_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kam(tmp_path / "none.db", "--all", "--out", str(tmp_path / "x")) == 2
    assert "No database" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_argument_errors_exit_2(portfolio: Path, tmp_path: Path) -> None:
    for args in ((), ("--all",), ("--all", "--tier", "S", "--out", "x"),
                 ("--all", "--out", "x", "--lang", "fr"),
                 ("--all", "--out", "x", "--paper", "a3")):
        with pytest.raises(SystemExit) as exit_info:
            kam(portfolio, *args)
        assert exit_info.value.code == 2
