"""Machine facts, markdown tables and the sections of the results page."""

from __future__ import annotations

import datetime
import math
import os
import pathlib
import platform
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable

MARKER_START = "<!-- bench:{name} start -->"
MARKER_END = "<!-- bench:{name} end -->"


@dataclass
class Section:
    """The results of one benchmark: markdown text and the raw numbers behind it."""

    name: str
    title: str
    markdown: str
    data: dict[str, Any] = field(default_factory=dict)


def cpu_model() -> str:
    """Return the `model name` of the first processor in /proc/cpuinfo, or the platform's processor string."""
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gib() -> float:
    try:
        for line in pathlib.Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return float("nan")


def gpu_names() -> list[str]:
    """Return the names of the CUDA devices torch finds (empty without CUDA)."""
    import torch

    if not torch.cuda.is_available():
        return []
    return [torch.cuda.get_device_name(index) for index in range(torch.cuda.device_count())]


def busy_processes(limit: int = 3) -> list[str]:
    """Return the command lines of the processes using the most CPU besides this one (from `ps`)."""
    try:
        output = subprocess.run(
            ["ps", "-eo", "pid,pcpu,args", "--sort=-pcpu", "--no-headers"],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = []
    for line in output.splitlines():
        parts = line.split(None, 2)
        if len(parts) < 3 or int(parts[0]) == os.getpid() or float(parts[1]) < 20.0:
            continue
        rows.append(f"{parts[1]}% {parts[2][:90]}")
        if len(rows) == limit:
            break
    return rows


def machine_line() -> str:
    """Return one line naming the machine: CPU model, logical cores, memory, GPUs."""
    gpus = gpu_names()
    gpu_text = ", ".join(gpus) if gpus else "no GPU"
    return f"{cpu_model()}, {os.cpu_count()} logical cores, {memory_gib():.0f} GiB memory, {gpu_text}"


def conditions_line() -> str:
    """Load averages and the busiest other processes at this moment."""
    load = os.getloadavg()
    text = f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min)"
    busy = busy_processes()
    if busy:
        text += "; busiest other processes: " + "; ".join(f"`{row}`" for row in busy)
    return text


def command_line() -> str:
    args = " ".join(shlex.quote(arg) for arg in sys.argv[1:])
    return f"python -m mlirrl.bench {args}".strip()


def header(title: str, started: datetime.datetime, conditions_before: str) -> str:
    """Return the lines every section starts with: command, machine, date and load."""
    return "\n".join([
        f"Command: `{command_line()}`  ",
        f"Machine: {machine_line()}  ",
        f"Date: {started.strftime('%Y-%m-%d %H:%M UTC')}, {(utc_now() - started).total_seconds():.0f} s  ",
        f"Conditions at the start: {conditions_before}  ",
        f"Conditions at the end: {conditions_line()}",
        "",
    ])


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def fmt(value: Any, spec: str = ".2f") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if isinstance(value, str):
        return value
    return format(value, spec)


def table(columns: Iterable[str], rows: Iterable[Iterable[Any]], align: str | None = None) -> str:
    """Format a markdown table; `align` has one character per column, `l` or `r` (default: first left, rest right)."""
    columns = list(columns)
    align = align or "l" + "r" * (len(columns) - 1)
    rule = ["---" if side == "l" else "---:" for side in align]
    lines = ["| " + " | ".join(columns) + " |", "| " + " | ".join(rule) + " |"]
    for row in rows:
        lines.append("| " + " | ".join(str(cell) for cell in row) + " |")
    return "\n".join(lines) + "\n"


def update_page(path: pathlib.Path, sections: list[Section]) -> list[str]:
    """Replace each section's block between its markers in `path`; return the names not found there."""
    text = path.read_text()
    missing = []
    for section in sections:
        start = MARKER_START.format(name=section.name)
        end = MARKER_END.format(name=section.name)
        pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
        if not pattern.search(text):
            missing.append(section.name)
            continue
        block = f"{start}\n{section.markdown.rstrip()}\n{end}"
        text = pattern.sub(lambda _: block, text, count=1)
    path.write_text(text)
    return missing
