#!/usr/bin/env python3
"""Whole-process benchmark of ./scopekit commands (issue 23), alternating each run with a JVM hello-world.

Every figure is the median of --runs runs of the command, each run right after one run of `java Hello` (a JVM that
prints one line), so a figure can be compared across machines and loads by its ratio to hello measured alongside.
Peak RSS is the largest resident set of the command's process tree (wait4's ru_maxrss); CPU is user + system time.
The load average before and after is printed, because a shared machine inflates wall times (the ratio much less).

    python3 benchmarks/whole-process.py                       # every figure, 5 runs each
    python3 benchmarks/whole-process.py --runs 3 version explain
    python3 benchmarks/whole-process.py --list                # the commands, nothing run

Never run from a unit test: no test asserts a duration (BRIEF, docs/ci.md).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name -> (arguments of ./scopekit, what the figure is). The names are the rows of README's performance table.
FIGURES = {
    "verify": (["verify", "--report", "{tmp}/verify"], "every scenario against the reference"),
    "verify-kuaishou": (["verify", "--platform", "kuaishou", "--report", "{tmp}/verify"], "one platform"),
    "explain": (["explain", "--platform", "wechat-miniprogram", "--scope", "scope.userLocation", "--action",
                 "authorize"], "one situation"),
    "specs-show": (["specs", "show", "wechat-miniprogram"], "one platform's spec"),
    "version": (["--version"], "the launcher and picocli only"),
    "explore": (["explore", "--seed", "14", "--runs", "10000", "--report", "{tmp}/explore"],
                "10,000 sequences, steps/s as reported"),
    "certify-port": (["certify-port", "@uni/apis@1.1.13", "--report", "{tmp}/certify"],
                     "needs Node.js and adapters/node's packages; after its first run"),
}
STEPS_PER_S = re.compile(r"\(([\d,]+) steps/s\)")


def hello(tmp):
    src = os.path.join(tmp, "Hello.java")
    with open(src, "w") as f:
        f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    subprocess.run(["javac", "-d", tmp, src], check=True)
    return ["java", "-cp", tmp, "Hello"]


def run(cmd, cwd=ROOT):
    """Runs cmd in cwd; returns (wall s, cpu s, peak RSS KiB, exit code, stdout)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode, out.decode("utf-8", "replace")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--list", action="store_true", help="print the commands and exit")
    p.add_argument("--root", default=ROOT, help="the checkout whose ./scopekit runs (default: this one), e.g. to "
                   "measure main and a branch in one sitting")
    p.add_argument("figures", nargs="*", default=[f for f in FIGURES if f != "certify-port"],
                   help="figures to measure: " + ", ".join(FIGURES) + " (default: all but certify-port)")
    a = p.parse_args()
    unknown = [f for f in a.figures if f not in FIGURES]
    if unknown:
        p.error("unknown figure(s) " + ", ".join(unknown) + "; choose from " + ", ".join(FIGURES))
    if a.list:
        for name in a.figures:
            print(name + ": ./scopekit " + " ".join(FIGURES[name][0]).replace("{tmp}", "TMP"))
        return 0
    tmp = tempfile.mkdtemp(prefix="scopekit-bench-")
    try:
        hello_cmd = hello(tmp)
        # Not measured: the launcher builds the jar when it is stale, and the first verify after a build records the
        # class-data archive every later command starts from.
        run(["./scopekit", "verify", "--platform", "kuaishou", "--report", os.path.join(tmp, "warm-up")], a.root)
        print(f"# {a.root}: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {a.runs} runs each, load before "
              f"{os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
        print("| command | wall median | CPU median | peak RSS | × hello (wall) | hello median | exit | note |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for name in a.figures:
            args, note = FIGURES[name]
            cmd = ["./scopekit"] + [x.replace("{tmp}", tmp) for x in args]
            hellos, walls, cpus, rss, codes, rates = [], [], [], 0, set(), []
            for _ in range(a.runs):
                hellos.append(run(hello_cmd)[0])
                wall, cpu, peak, code, out = run(cmd, a.root)
                walls.append(wall); cpus.append(cpu); rss = max(rss, peak); codes.add(code)
                m = STEPS_PER_S.search(out)
                if m:
                    rates.append(int(m.group(1).replace(",", "")))
                for d in ("verify", "explore", "certify"):
                    shutil.rmtree(os.path.join(tmp, d), ignore_errors=True)
            h, w = statistics.median(hellos), statistics.median(walls)
            extra = f"; {statistics.median(rates):,.0f} steps/s" if rates else ""
            print(f"| `./scopekit {' '.join(args).replace('{tmp}', 'TMP')}` | {w:.2f} s | {statistics.median(cpus):.2f} s"
                  f" | {rss / 1024:.0f} MiB | {w / h:.1f}× | {h:.3f} s | {','.join(map(str, sorted(codes)))} | {note}{extra} |",
                  flush=True)
        print(f"# load after {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
