"""Reading a spreadsheet in a child process, with a memory cap and a time limit.

Why a child: the readers are native code (calamine, in Rust). A hostile or broken file can make
them allocate without bound or spin; in our own process that would freeze or kill the app. In a
child, the worst case is a killed child and an error message.

How:

- Start: a fresh interpreter (`subprocess`, i.e. fork+exec or CreateProcess — the "spawn" start
  method without `multiprocessing`), so the app's Qt threads are never forked. Not
  `multiprocessing` itself: its children re-run the app's main script first (its "safe importing
  of the main module"), which for `kam-desktop` imports PySide6 and pandas — measured 0.2-0.3 s
  per read even with the `forkserver` method, whose `__main__` preload is broken in Python 3.11
  (it looks for a `main_path` key where `spawn` stores `init_main_from_path`). Here the child
  imports only what it needs (fastexcel, pyarrow).
- A spare: after the first read (or `prewarm()`), one idle child is kept ready — interpreter
  started, readers imported — so the next read costs a pipe write, not ~0.2 s of start-up. Each
  child runs one job and exits, so every read gets a fresh memory cap and no state leaks from a
  hostile file into the next read. An unused spare exits after `SPARE_IDLE_S`, or with the app.
- Memory: on Linux and macOS the child caps its own address space (`RLIMIT_AS`) at what it already
  maps plus `memory_mb`, before running the job. macOS does not enforce `RLIMIT_AS`: there only
  the time limit and the parent's size checks protect. On Windows the child puts itself in a job
  object with a per-process commit limit (`memory_mb` + 256 MB for the interpreter and readers).
- Time: the parent waits for the answer (a reader thread on the child's stdout) and kills the
  child past the deadline or when the caller's `cancelled()` says so. Should the parent die
  mid-job, the child's own `RLIMIT_CPU` (POSIX) still ends a spinning reader.
- Transfer: the job is pickled to the child's stdin (paths and options only); the child writes
  the cells as an Arrow IPC file in a folder the parent made and answers with a small pickled
  dict on its stdout; the parent reads the file as one buffer (zero-copy into Arrow, one copy per
  column into pandas) — no per-cell pickling.
- Diagnosis: the child points its stderr (file descriptor 2) into that folder, so an abort in
  native code ("memory allocation of N bytes failed") can be told apart from other crashes.
- Frozen builds (PyInstaller): `sys.executable` is the app, so the child is started as
  `app --kam-import-child`, and the entry script must call `child_main_if_requested()` before
  anything else.

The child-side jobs (`read_workbook_job`, `read_csv_job`) live here as well: this module imports
nothing heavy at module level, so the child never pays for pandas (~0.4 s to import).
"""

from __future__ import annotations

import atexit
import codecs
import contextlib
import csv
import importlib
import io
import os
import pickle
import queue
import re
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

Job = Callable[..., dict[str, Any]]

CHILD_FLAG = "--kam-import-child"
WINDOWS_BASE_MB = 256
SPARE_IDLE_S = 600.0  # an unused spare child exits after this long
KEEP_SPARE = True  # keep one started child ready for the next read
_PRELOAD = ("numpy", "pyarrow", "pyarrow.compute", "pyarrow.ipc", "fastexcel")
_STDERR_NAME = "child-stderr.txt"
_lock = threading.Lock()
_spare: subprocess.Popen[bytes] | None = None


class SandboxError(Exception):
    """The child did not deliver a result. `kind`: timeout, memory, cancelled, crashed, failed.

    "failed" means the job raised: `error_type` is the exception's class name, the message its
    text. Callers translate these into user-facing errors that name the file.
    """

    def __init__(self, kind: str, message: str = "", *, error_type: str = "") -> None:
        super().__init__(message or kind)
        self.kind = kind
        self.error_type = error_type


# --- parent side ----------------------------------------------------------------------------


def child_command() -> list[str]:
    """How to start a child: this interpreter, or the frozen app with `CHILD_FLAG`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-c", f"from {__name__} import child_main; child_main()"]


def prewarm() -> None:
    """Start the spare child now (say, when the import dialog opens): the first read then does
    not wait for an interpreter to start. Harmless when one is ready."""
    global _spare
    with _lock:
        if _spare is not None and _spare.poll() is None:
            return
        old, _spare = _spare, _start_child()
    _reap(old)


def run_in_child(
    job: Job,
    workdir: Path,
    *,
    timeout_s: float,
    memory_mb: int,
    cancelled: Callable[[], bool] | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Run `job(**kwargs)` (a module-level function) in a child process and return its dict.

    `workdir` must exist; the child's stderr goes there, and jobs write their output there.
    Raises `SandboxError`; the child is gone when this returns or raises.
    """
    if job.__module__ == "__main__" or "<locals>" in job.__qualname__:
        raise ValueError(f"{job.__qualname__} must be a function the child can import")
    deadline = time.monotonic() + timeout_s
    stderr_path = workdir / _STDERR_NAME
    spec = {
        "module": job.__module__, "name": job.__qualname__, "kwargs": kwargs,
        "memory_mb": memory_mb, "stderr": str(stderr_path), "sys_path": list(sys.path),
        # CPU time can outrun wall time with threads: generous, the parent's clock comes first.
        "cpu_s": 2 * timeout_s + 5,
    }
    child = _take_child()
    answers: queue.Queue[tuple[Any, ...] | None] = queue.Queue()
    reader = threading.Thread(target=_read_answer, args=(child, answers), daemon=True,
                              name="kam-import-reader")
    try:
        assert child.stdin is not None
        try:
            _send(child.stdin, spec)
            child.stdin.close()
        except OSError:
            pass  # the child is already gone: diagnosed below like any silent death
        reader.start()
        message = _wait(child, answers, deadline, cancelled, timeout_s, stderr_path)
    finally:
        if child.poll() is None:
            # It answered and is exiting (os._exit), or it is being abandoned: either way, gone.
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=0.5)
        _reap(child)
        if reader.is_alive():
            reader.join(timeout=1)
        if KEEP_SPARE:
            _replace_spare()
    status = message[0]
    if status == "ok":
        return message[1]  # type: ignore[no-any-return]
    if status == "memory":
        raise SandboxError("memory", message[1])
    raise SandboxError("failed", message[2], error_type=message[1])


def _start_child() -> subprocess.Popen[bytes]:
    extra: dict[str, Any] = {}
    if sys.platform == "win32":  # pragma: no cover - no console window for a GUI app's child
        extra["creationflags"] = subprocess.CREATE_NO_WINDOW  # type: ignore[attr-defined]
    return subprocess.Popen(
        child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, env={**os.environ, "RUST_BACKTRACE": "0"}, **extra,
    )


def _take_child() -> subprocess.Popen[bytes]:
    global _spare
    with _lock:
        child, _spare = _spare, None
    if child is not None and child.poll() is None:
        return child
    _reap(child)
    return _start_child()


def _replace_spare() -> None:
    global _spare
    with _lock:
        if _spare is not None and _spare.poll() is None:
            return
        old, _spare = _spare, _start_child()
    _reap(old)


def _reap(child: subprocess.Popen[bytes] | None) -> None:
    """Kill (if needed) and wait for a child, closing its pipes: no zombie, no ResourceWarning."""
    if child is None:
        return
    if child.poll() is None:
        child.kill()
    child.wait()
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


@atexit.register
def _drop_spare() -> None:
    global _spare
    with _lock:
        child, _spare = _spare, None
    _reap(child)


def _send(stream: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    (size,) = struct.unpack("<Q", head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # from our own child, over a pipe only we hold


def _read_answer(child: subprocess.Popen[bytes],
                 answers: queue.Queue[tuple[Any, ...] | None]) -> None:
    assert child.stdout is not None
    try:
        answers.put(_receive(child.stdout))
    except (EOFError, OSError, ValueError, pickle.UnpicklingError):
        answers.put(None)


def _wait(
    child: subprocess.Popen[bytes],
    answers: queue.Queue[tuple[Any, ...] | None],
    deadline: float,
    cancelled: Callable[[], bool] | None,
    timeout_s: float,
    stderr_path: Path,
) -> tuple[Any, ...]:
    """The child's answer; kills the child on timeout or cancel; classifies a silent death."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            child.kill()
            raise SandboxError("timeout", f"no answer within {timeout_s:g} s")
        if cancelled is not None and cancelled():
            child.kill()
            raise SandboxError("cancelled")
        try:
            message = answers.get(timeout=min(remaining, 0.1))
        except queue.Empty:
            continue
        if message is not None:
            return message
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=5)
        raise _diagnose_death(child.returncode, stderr_path)


def _diagnose_death(exitcode: int | None, stderr_path: Path) -> SandboxError:
    stderr = ""
    with contextlib.suppress(OSError), stderr_path.open("rb") as f:
        stderr = f.read(1 << 20).decode("utf-8", errors="replace")
    lowered = stderr.lower()
    if any(s in lowered for s in ("memory allocation of", "memoryerror", "out of memory",
                                  "capacity overflow", "cannot allocate memory")):
        return SandboxError("memory", stderr.strip()[:2000])
    # SIGKILL from the kernel's OOM killer also means memory.
    if exitcode == -9:
        return SandboxError("memory", "killed by the operating system (out of memory)")
    if exitcode == -24:  # SIGXCPU: limit_cpu's backstop
        return SandboxError("timeout", "CPU time limit reached")
    lines = [line for line in stderr.splitlines()
             if line.strip() and not line.startswith((" ", "note:", "stack backtrace"))]
    detail = lines[0] if lines else ""
    return SandboxError("crashed", f"exit code {exitcode}" + (f": {detail}" if detail else ""))


# --- child side -----------------------------------------------------------------------------


def child_main_if_requested(argv: list[str] | None = None) -> None:
    """For frozen builds: the entry script calls this first; in a child it never returns."""
    if CHILD_FLAG in (sys.argv if argv is None else argv):
        child_main()


def child_main() -> None:
    """A child's life: import the readers, wait for one job, run it, answer, exit."""
    answer = os.fdopen(os.dup(1), "wb")  # a private channel: stray prints cannot corrupt it
    os.dup2(2, 1)
    idle = threading.Timer(SPARE_IDLE_S, os._exit, args=(0,))
    idle.daemon = True
    idle.start()
    for name in _PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    try:
        spec = _receive(sys.stdin.buffer)
    except (EOFError, OSError, ValueError, pickle.UnpicklingError):
        os._exit(0)  # the parent went away (or shut its spare down)
    idle.cancel()
    with contextlib.suppress(OSError):
        fd = os.open(spec["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 2)
        os.dup2(fd, 1)
        os.close(fd)
    sys.path[:] = spec["sys_path"]
    limit_memory(spec["memory_mb"])
    limit_cpu(spec["cpu_s"])
    try:
        job = getattr(importlib.import_module(spec["module"]), spec["name"])
        message: tuple[Any, ...] = ("ok", job(**spec["kwargs"]))
    except MemoryError:
        message = ("memory", "MemoryError")
    except BaseException as exc:  # pyo3's PanicException (a Rust panic) is a BaseException
        text = str(exc)
        lowered = text.lower()
        if "memory" in lowered and ("alloc" in lowered or "out of" in lowered):
            message = ("memory", text)
        else:
            message = ("failed", type(exc).__name__, text)
    with contextlib.suppress(OSError):
        _send(answer, message)
        answer.close()
    # Leave without the interpreter's teardown (finalizers, thread pools): nothing to save.
    os._exit(0)


def limit_memory(memory_mb: int) -> bool:
    """Cap this process's memory at what it maps now plus `memory_mb`. True when a cap is set."""
    if sys.platform == "win32":
        return _limit_memory_windows(memory_mb + WINDOWS_BASE_MB)
    try:
        import resource
    except ImportError:
        return False
    budget = memory_mb * 2**20 + _mapped_bytes()
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        budget = min(budget, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (budget, hard))
    except (ValueError, OSError):
        return False
    return True


def limit_cpu(seconds: float) -> bool:
    """A backstop for a child whose parent died mid-job (nobody left to kill it): the kernel
    ends it after `seconds` of CPU time (SIGXCPU). POSIX only; True when set."""
    try:
        import resource
    except ImportError:
        return False
    limit = max(1, int(seconds) + 1)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))
    except (ValueError, OSError):
        return False
    return True


def _mapped_bytes() -> int:
    """The address space this process already uses (Linux: /proc; elsewhere an estimate)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 1 << 30  # macOS: the cap is not enforced anyway


_job_handle: Any = None  # keeps the Windows job object open for the child's lifetime


def _limit_memory_windows(limit_mb: int) -> bool:  # pragma: no cover - exercised on Windows
    """Put this process in a job object whose per-process committed memory is capped.

    Best effort: any failure leaves the process uncapped (the time limit still applies).
    """
    global _job_handle
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

        class BasicLimits(ctypes.Structure):
            _fields_ = [
                ("PerProcessUserTimeLimit", ctypes.c_int64),
                ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", wintypes.DWORD),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", wintypes.DWORD),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", wintypes.DWORD),
                ("SchedulingClass", wintypes.DWORD),
            ]

        class IoCounters(ctypes.Structure):
            _fields_ = [(name, ctypes.c_uint64) for name in (
                "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
                "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

        class ExtendedLimits(ctypes.Structure):
            _fields_ = [
                ("BasicLimitInformation", BasicLimits),
                ("IoInfo", IoCounters),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t),
            ]

        job_object_limit_process_memory = 0x00000100
        job_object_extended_limit_information = 9
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
        kernel32.SetInformationJobObject.restype = wintypes.BOOL
        kernel32.SetInformationJobObject.argtypes = [
            wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD]
        kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE

        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        info = ExtendedLimits()
        info.BasicLimitInformation.LimitFlags = job_object_limit_process_memory
        info.ProcessMemoryLimit = limit_mb * 2**20
        if not kernel32.SetInformationJobObject(
            job, job_object_extended_limit_information, ctypes.byref(info), ctypes.sizeof(info)
        ):
            return False
        if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
            return False
        _job_handle = job
        return True
    except (OSError, AttributeError, ValueError):
        return False


# --- jobs that run in the child ---------------------------------------------------------------

# calamine's error values, as fastexcel names them in CellError.detail, and how Excel shows them.
_EXCEL_ERRORS = {
    "Div0": "#DIV/0!", "NA": "#N/A", "Name": "#NAME?", "Null": "#NULL!", "Num": "#NUM!",
    "Ref": "#REF!", "Value": "#VALUE!", "GettingData": "#GETTING_DATA",
}
_ERROR_DETAIL = re.compile(r"Error\((\w+)\)")


def read_workbook_job(
    *,
    path: str,
    out: str,
    sheet: str | None,
    candidates: list[str] | None,
    list_sheets: bool,
    include_hidden: bool,
) -> dict[str, Any]:
    """Read one sheet with fastexcel, every cell as text, into an Arrow IPC file at `out`.

    `sheet` names the sheet; otherwise the first of `candidates` with any data is read (when
    `candidates` is None — formats whose sheet list only the reader knows — the child builds
    it from the sheets' visibility). With `list_sheets`, only the sheet list is returned.
    Returned: {"sheets": [(name, visible, rows)] or None, "sheet": name or None,
    "first_col": int, "rows": int, "cols": int, "error_cells": int}.
    """
    import fastexcel

    reader = fastexcel.read_excel(path)
    names = list(reader.sheet_names)
    listed: list[tuple[str, bool, int | None]] | None = None
    loaded: dict[str, Any] = {}
    if list_sheets or candidates is None:
        listed = []
        for name in names:
            try:
                loaded[name] = _load(reader, name)
            except Exception:  # a sheet that cannot be loaded (a chart sheet, say): unlisted
                continue
            listed.append((name, loaded[name].visible == "visible", loaded[name].height))
        if list_sheets:
            return {"sheets": listed, "sheet": None}
        candidates = [n for n, visible, _ in listed if visible or include_hidden]
    if sheet is not None:
        if sheet not in names:
            return {"sheets": listed, "sheet": None, "not_found": sheet}
        order = [sheet]
    else:
        order = list(candidates or [])
    for name in order:
        loaded_sheet = loaded.pop(name, None) or _load(reader, name)
        batch, errors = loaded_sheet.to_arrow_with_errors()
        if sheet is None and not _has_data(batch):
            continue
        first_col = 0
        columns = loaded_sheet.available_columns()
        if columns:
            first_col = columns[0].absolute_index
        batch, n_errors = _with_error_texts(batch, errors)
        _write_ipc(batch, out)
        return {"sheets": listed, "sheet": name, "first_col": first_col,
                "rows": batch.num_rows, "cols": batch.num_columns, "error_cells": n_errors}
    return {"sheets": listed, "sheet": None}


def _load(reader: Any, name: str) -> Any:
    # header_row=None and skip_rows=0: every row from row 1, so row i of the result is Excel
    # row i + 1 (fastexcel would otherwise drop leading empty rows without saying how many).
    return reader.load_sheet(
        name, header_row=None, skip_rows=0, dtypes="string",
        whitespace_as_null=True, skip_whitespace_tail_rows=True,
    )


def _has_data(batch: Any) -> bool:
    return batch.num_rows > 0 and any(c.null_count < len(c) for c in batch.columns)


def _with_error_texts(batch: Any, errors: Any) -> tuple[Any, int]:
    """Put Excel's error texts ("#N/A", "#DIV/0!") where fastexcel left nulls for error cells.

    A formula error in an amount column must reach validation as text ("not a number"), not as a
    silently empty cell.
    """
    if errors is None or not errors.errors:
        return batch, 0
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    by_column: dict[int, list[tuple[int, str]]] = {}
    for error in errors.errors:
        row, col = error.position
        match = _ERROR_DETAIL.search(error.detail)
        name = match.group(1) if match else "ERROR"
        text = _EXCEL_ERRORS.get(name, f"#{name.upper()}")
        by_column.setdefault(col, []).append((row, text))
    arrays = list(batch.columns)
    for col, items in by_column.items():
        items.sort()
        mask = np.zeros(batch.num_rows, dtype=bool)
        mask[[row for row, _ in items]] = True
        arrays[col] = pc.replace_with_mask(
            arrays[col], pa.array(mask), pa.array([t for _, t in items], pa.string())
        )
    return pa.RecordBatch.from_arrays(arrays, names=batch.schema.names), len(errors.errors)


def _write_ipc(batch: Any, out: str) -> None:
    import pyarrow as pa
    import pyarrow.ipc

    names = [str(i) for i in range(batch.num_columns)]
    batch = pa.RecordBatch.from_arrays(list(batch.columns), names=names)
    with pa.OSFile(out, "wb") as sink, pyarrow.ipc.new_file(sink, batch.schema) as writer:
        writer.write_batch(batch)


# --- CSV ----------------------------------------------------------------------------------

CSV_DELIMITERS = (",", ";", "\t", "|")


def detect_encoding(data: bytes) -> str:
    """BOM → utf-8-sig / utf-16; else strict UTF-8; else GB18030 (Chinese ERPs still write it).

    Raises UnicodeDecodeError when the bytes are neither.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        data.decode("gb18030")
        return "gb18030"
    return "utf-8"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (>1) of fields.

    Title lines (one field) and ragged lines do not count against a delimiter; ties go to the
    order of `CSV_DELIMITERS`. A file with one column gets ",".
    """
    sample = "\n".join(text[:65536].splitlines()[:60])
    best, best_score = ",", (0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        mode = max(set(multi), key=lambda c: (multi.count(c), c))
        score = (multi.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_job(*, path: str, out: str) -> dict[str, Any]:
    """Decode, sniff the delimiter, parse (ragged rows allowed) and write all-text Arrow IPC.

    Regular files (every line the same number of fields) go through pyarrow's parser, ~10x
    faster than the csv module; a title line, a blank line or a ragged row anywhere sends the
    file down the csv-module path instead, which keeps each record as a row of its own.
    """
    data = Path(path).read_bytes()
    try:
        encoding = detect_encoding(data)
    except UnicodeDecodeError as exc:
        return {"error": "encoding", "detail": str(exc)}
    text = data.decode(encoding)
    if "\x00" in text:
        return {"error": "binary", "detail": "NUL characters"}
    utf8 = data if encoding == "utf-8" else text.encode("utf-8")
    del data
    delimiter = sniff_delimiter(text)
    try:
        sample_width = max((len(r) for r in csv.reader(
            io.StringIO("\n".join(text[:65536].splitlines()[:60])), delimiter=delimiter)),
            default=0)
        columns = _csv_fast(utf8, delimiter, sample_width) or _csv_slow(text, delimiter)
    except csv.Error as exc:
        return {"error": "csv", "detail": str(exc)}
    rows = len(columns[0]) if columns else 0
    _write_ipc(_text_batch(columns), out)
    return {"encoding": encoding, "delimiter": delimiter, "rows": rows, "cols": len(columns)}


def _csv_fast(utf8: bytes, delimiter: str, width: int) -> list[Any] | None:
    """pyarrow's parser, all columns text; None when any line has another number of fields."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    if width == 0:
        return None
    names = [str(i) for i in range(width)]
    try:
        table = pcsv.read_csv(
            pa.py_buffer(utf8),
            read_options=pcsv.ReadOptions(column_names=names),
            parse_options=pcsv.ParseOptions(
                delimiter=delimiter, newlines_in_values=True, ignore_empty_lines=False,
                invalid_row_handler=lambda _row: "error"),
            convert_options=pcsv.ConvertOptions(
                column_types={n: pa.string() for n in names}, strings_can_be_null=True),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    return [column.combine_chunks() for column in table.columns]


def _csv_slow(text: str, delimiter: str) -> list[Any]:
    """The csv module: any shape of file; short rows are padded with missing cells."""
    import pyarrow as pa

    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    width = max((len(r) for r in rows), default=0)
    padded = [r if len(r) == width else r + [""] * (width - len(r)) for r in rows]
    return [pa.array(column, pa.string()) for column in zip(*padded, strict=True)]


def _text_batch(columns: list[Any]) -> Any:
    """Empty and whitespace-only cells → missing, as for workbooks (`whitespace_as_null`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    blank = pa.scalar(None, pa.string())
    cleaned = [pc.if_else(pc.fill_null(pc.equal(pc.utf8_trim_whitespace(c), ""), False),
                          blank, c) for c in columns]
    return pa.RecordBatch.from_arrays(cleaned, names=[str(i) for i in range(len(cleaned))])
