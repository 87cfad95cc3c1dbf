#!/usr/bin/env python3
"""Benchmark (not a test): terang with search off and on against Hugo then Pagefind.

    compare_search.py --terang BIN --hugo BIN --pagefind BIN --site-off DIR --site-on DIR
                      --hugo-site DIR --out-root DIR [--runs N] [--warmup W] [--label TEXT]

Called by bench/compare_search.sh, which installs the tools and makes the sites. One
round runs, one after the other: terang (`search: false`), terang (`search: true`), Hugo,
then the Pagefind CLI on Hugo's output (`pagefind --site HUGO_OUTPUT`). Rounds alternate
the tools so load drifts on the machine hit them all alike; W warm-up rounds are not
counted. Each process is timed from start to exit: wall time, CPU (user + sys, from
wait4) and peak resident memory (ru_maxrss of the process). "Hugo + Pagefind" is, per
round, the sum of the two walls and of the two CPU times and the larger of the two peaks;
the table gives medians over the rounds.

Every run writes into a folder that does not exist yet: the previous run's output is moved
aside (same file system), flushed with an untimed `sync`, and deleted only after the last
round (the deletion trap of docs/performance.md). Standard library only.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time


def timed(argv, log, env):
    """Run argv to its end; its output goes to log. Returns wall, cpu and rss_mib."""
    with open(log, "wb") as out:
        t0 = time.monotonic()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                                 stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv)} exited with {code}: see {log}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mib": usage.ru_maxrss / 1024.0}


class Outputs:
    """Fresh output folders under one root; old ones moved aside, deleted at the end."""

    def __init__(self, root):
        self.root = root
        self.trash = os.path.join(root, "trash")
        self.logs = os.path.join(root, "logs")
        os.makedirs(self.trash, exist_ok=True)
        os.makedirs(self.logs, exist_ok=True)
        self.count = 0

    def fresh(self, name):
        path = os.path.join(self.root, name)
        if os.path.exists(path):
            self.count += 1
            os.rename(path, os.path.join(self.trash, f"{name}-{self.count}"))
            subprocess.run(["sync"], check=True)
        return path

    def log(self, name):
        return os.path.join(self.logs, name + ".log")

    def empty_trash(self):
        shutil.rmtree(self.trash, ignore_errors=True)


def one_round(a, outputs, env):
    """Time each tool once. Returns {row: figures}."""
    figures = {}
    for row, site in (("off", a.site_off), ("on", a.site_on)):
        out = outputs.fresh(f"terang-{row}")
        log = outputs.log(f"terang-{row}")
        figures[row] = timed([a.terang, "build", "--site", site, "--output", out,
                              "--timings"], log, env)
        stage = re.search(r"search index (\d+) ms", open(log, encoding="utf-8").read())
        figures[row]["index_s"] = int(stage.group(1)) / 1000 if stage else None
    out = outputs.fresh("hugo")
    figures["hugo"] = timed([a.hugo, "--quiet", "-s", a.hugo_site, "-d", out],
                            outputs.log("hugo"), env)
    figures["pagefind"] = timed([a.pagefind, "--site", out], outputs.log("pagefind"), env)
    h, p = figures["hugo"], figures["pagefind"]
    figures["hugo+pagefind"] = {"wall": h["wall"] + p["wall"], "cpu": h["cpu"] + p["cpu"],
                                "rss_mib": max(h["rss_mib"], p["rss_mib"])}
    return figures


def median(rounds, row, key):
    return statistics.median(r[row][key] for r in rounds)


def memory(mib):
    return f"{mib / 1024:.2f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"


def table(rounds, a):
    m = lambda row, key: median(rounds, row, key)  # noqa: E731
    index = [r["on"]["index_s"] for r in rounds if r["on"]["index_s"] is not None]
    index_note = f" (search index {statistics.median(index):.2f} s)" if index else ""
    lines = [
        f"| build ({a.label}) | wall | CPU | peak memory |",
        "|---|---|---|---|",
        f"| terang, `search: false` | {m('off', 'wall'):.2f} s | {m('off', 'cpu'):.2f} s "
        f"| {memory(m('off', 'rss_mib'))} |",
        f"| {a.hugo_name} | {m('hugo', 'wall'):.2f} s | {m('hugo', 'cpu'):.2f} s "
        f"| {memory(m('hugo', 'rss_mib'))} |",
        f"| terang, `search: true` (the default) | {m('on', 'wall'):.2f} s{index_note} "
        f"| {m('on', 'cpu'):.2f} s | {memory(m('on', 'rss_mib'))} |",
        f"| {a.hugo_name} then {a.pagefind_name} on its output "
        f"| {m('hugo+pagefind', 'wall'):.2f} s ({m('hugo', 'wall'):.2f} + "
        f"{m('pagefind', 'wall'):.2f}) | {m('hugo+pagefind', 'cpu'):.2f} s "
        f"({m('hugo', 'cpu'):.2f} + {m('pagefind', 'cpu'):.2f}) "
        f"| {memory(m('hugo+pagefind', 'rss_mib'))} (Pagefind {memory(m('pagefind', 'rss_mib'))}) |",
    ]
    paired = [r["on"]["wall"] / r["hugo+pagefind"]["wall"] for r in rounds]
    lines.append("")
    lines.append(
        f"terang (search on) ÷ (Hugo + Pagefind): wall {statistics.median(paired):.3f} "
        f"(median of the {len(rounds)} paired ratios, min {min(paired):.3f}, "
        f"max {max(paired):.3f}; goal ≤ 0.25), peak memory "
        f"{m('on', 'rss_mib') / m('hugo+pagefind', 'rss_mib'):.3f}")
    off = [r["off"]["wall"] / r["hugo"]["wall"] for r in rounds]
    lines.append(f"terang (search off) ÷ Hugo: wall {statistics.median(off):.3f}")
    return "\n".join(lines)


def spread(rounds):
    """min / median / max per row, as timeit.py prints them, to judge the noise."""
    lines = []
    for row in ("off", "on", "hugo", "pagefind", "hugo+pagefind"):
        parts = []
        for key, unit in (("wall", "s"), ("cpu", "s"), ("rss_mib", "MiB")):
            v = [r[row][key] for r in rounds]
            parts.append(f"{key} {min(v):.2f}/{statistics.median(v):.2f}/{max(v):.2f} {unit}")
        lines.append(f"  {row:<14} " + "   ".join(parts))
    return "min/median/max over the rounds:\n" + "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ("terang", "hugo", "pagefind", "site-off", "site-on", "hugo-site", "out-root"):
        ap.add_argument(f"--{name}", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--label", default="")
    ap.add_argument("--hugo-name", default="Hugo")
    ap.add_argument("--pagefind-name", default="Pagefind")
    a = ap.parse_args()
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764000000", "LC_ALL": "C.UTF-8",
           "NO_COLOR": "1"}
    outputs = Outputs(a.out_root)
    rounds = []
    try:
        for i in range(a.warmup + a.runs):
            figures = one_round(a, outputs, env)
            if i >= a.warmup:
                rounds.append(figures)
            kind = "warm-up" if i < a.warmup else f"round {i - a.warmup + 1}/{a.runs}"
            print(f"  {kind}: " + ", ".join(
                f"{row} {figures[row]['wall']:.2f} s" for row in ("off", "on", "hugo", "pagefind")),
                flush=True)
        indexed = re.findall(r"Indexed (\d+) pages?",
                             open(outputs.log("pagefind"), encoding="utf-8").read())
        if indexed:
            print(f"  Pagefind indexed {' + '.join(indexed)} pages of Hugo's site")
    finally:
        outputs.empty_trash()
    print(spread(rounds))
    print()
    print(table(rounds, a))


if __name__ == "__main__":
    main()
