#!/usr/bin/env python3
"""Peak memory and time of two pmo binaries on one site, runs alternated:

  benchmarks/memory.py BEFORE AFTER SITE [--rounds 3] [--jobs 2,1] [--also-identical]

For each round and each --jobs value, BEFORE then AFTER build SITE into a fresh folder
(`pmo build --source SITE --output OUT --no-cache --jobs J`, OUT removed first) under
`/usr/bin/time -v`; the two binaries alternate so that a change in the machine's load (it is
shared) falls on both. Prints every run (maximum resident set size in MB = 10^6 bytes, wall,
user and system CPU seconds, the load average before it) and the medians, and the ratio
AFTER ÷ BEFORE of each median. With --also-identical, the two outputs of the last round are
compared byte for byte (`diff -r`).

Used for BENCHMARKS.md, "Memory — simulation draws and the board pack (session 3)". A site:
`pmo sample --projects 1000 --seed 7 --into SITE`.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile


def timed_build(binary, site, out, jobs):
    shutil.rmtree(out, ignore_errors=True)
    load = os.getloadavg()[0]
    cmd = ["/usr/bin/time", "-v", binary, "build", "--source", site, "--output", out, "--no-cache", "--jobs", str(jobs), "--quiet"]
    result = subprocess.run(cmd, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = result.stderr

    def field(name):
        m = re.search(re.escape(name) + r":\s*(.+)", err)
        if not m:
            sys.exit(f"no '{name}' in the output of {' '.join(cmd)}:\n{err[-2000:]}")
        return m.group(1).strip()

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    return {"rss": int(field("Maximum resident set size (kbytes)")) * 1024 / 1e6, "wall": seconds,
            "user": float(field("User time (seconds)")), "sys": float(field("System time (seconds)")), "load": load,
            "status": result.returncode}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("site")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--jobs", default="2,1")
    p.add_argument("--also-identical", action="store_true")
    a = p.parse_args()
    work = tempfile.mkdtemp(prefix="pmo-memory-")
    runs = {}
    for r in range(a.rounds):
        for jobs in [int(j) for j in a.jobs.split(",")]:
            for name, binary in (("before", a.before), ("after", a.after)):
                m = timed_build(binary, a.site, os.path.join(work, name), jobs)
                runs.setdefault((jobs, name), []).append(m)
                print(f"round {r + 1} --jobs {jobs} {name:6}: {m['rss']:7.1f} MB  wall {m['wall']:6.2f} s  "
                      f"user {m['user']:6.2f} s  sys {m['sys']:5.2f} s  (load {m['load']:.1f}, exit {m['status']})", flush=True)
    print()
    print("| --jobs | binary | peak RSS (MB) | wall (s) | user + sys CPU (s) |")
    print("|---:|---|---:|---:|---:|")
    medians = {}
    for (jobs, name), ms in sorted(runs.items(), key=lambda kv: (-kv[0][0], kv[0][1] != "before")):
        med = {k: statistics.median(m[k] for m in ms) for k in ("rss", "wall")}
        med["cpu"] = statistics.median(m["user"] + m["sys"] for m in ms)
        medians[(jobs, name)] = med
        print(f"| {jobs} | {name} | {med['rss']:.0f} | {med['wall']:.2f} | {med['cpu']:.2f} |")
    print()
    for jobs in sorted({j for j, _ in medians}, reverse=True):
        b, f = medians[(jobs, "before")], medians[(jobs, "after")]
        print(f"--jobs {jobs}: after ÷ before: peak RSS {f['rss'] / b['rss']:.2f}, wall {f['wall'] / b['wall']:.2f}, "
              f"CPU {f['cpu'] / b['cpu']:.2f}  (medians of {a.rounds})")
    if a.also_identical:
        same = subprocess.run(["diff", "-r", "-q", os.path.join(work, "before"), os.path.join(work, "after")]).returncode == 0
        print("outputs of the last round: " + ("byte-identical" if same else "DIFFERENT"))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
