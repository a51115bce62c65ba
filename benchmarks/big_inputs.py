#!/usr/bin/env python3
"""Writes the big-input sites of issue #10 (part 5), deterministically, at a scale factor.

    benchmarks/big_inputs.py narrative SCALE DIR     # one project, a SCALE × 5 MB narrative
    benchmarks/big_inputs.py financials ROWS DIR     # one project, a financials.csv of ROWS rows
    benchmarks/big_inputs.py register SCALE DIR      # SCALE × 10,000 projects in registers/projects.csv
    benchmarks/big_inputs.py hugo-register SCALE DIR # the Hugo peer of that register: one page a project

Every site passes `pmo check`. Nothing here is random: the same arguments write the same bytes.
"""
import os
import shutil
import sys

SETTINGS = """title: Big inputs
as_of: 2026-06-30
currency: GBP
locale: en_GB
simulation: {{trials: {trials}, seed: 1}}
"""

PORTFOLIO = """---
name: Big inputs
objectives:
  - {id: growth, name: Growth, weight: 3}
  - {id: efficiency, name: Efficiency, weight: 1}
funding: 50000000
horizon: {from: 2026-01, to: 2028-12}
capacity:
  - {role: developer, fte: 40}
---
A portfolio for benchmarks.
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="") as f:
        f.write(text)


def fresh(folder, trials=10000):
    shutil.rmtree(folder, ignore_errors=True)
    write(os.path.join(folder, "pmo.yaml"), SETTINGS.format(trials=trials))
    write(os.path.join(folder, "content/_index.md"), PORTFOLIO)


def project(name, extra=""):
    return (f"---\nname: {name}\nphase: active\nstart: 2026-01-05\nfinish: 2027-06-30\nbudget: 1200000\n"
            f"scores: {{growth: 3, efficiency: 2}}\ndemand:\n  - {{role: developer, fte: 4}}\n{extra}---\n")


def section(i):
    """About 1.2 KB of the Markdown a project narrative holds: a heading, prose with emphasis
    and links, a list, a task list, a table and a code span, all numbered by `i`."""
    return f"""## Workstream {i}

Delivery of increment {i} continued: the team closed **{i % 17 + 3} stories** and *{i % 5}* defects,
and the [runbook](https://example.org/runbook/{i}) was updated. Supplier call-off {i} is with
procurement; the `batch-{i}` job now runs nightly.

- Decision needed: approve change {i} by the board on day {i % 28 + 1}
- Risk {i % 9 + 1} reviewed; exposure unchanged
- Next: user testing of release {i}.{i % 4}

- [x] Design signed off
- [ ] Data migration rehearsal {i}

| Measure | Plan | Actual |
|---|---:|---:|
| Stories | {i % 20 + 10} | {i % 20 + 8} |
| Spend (£k) | {i % 300 + 100} | {i % 300 + 95} |

"""


def narrative(scale, folder):
    fresh(folder)
    target = int(scale * 5 * 1024 * 1024)
    parts, size, i = [], 0, 0
    while size < target:
        text = section(i)
        parts.append(text)
        size += len(text.encode())
        i += 1
    write(os.path.join(folder, "content/projects/big-narrative/index.md"), project("Big narrative") + "".join(parts))


def financials(rows, folder):
    fresh(folder)
    write(os.path.join(folder, "content/projects/long-ledger/index.md"), project("Long ledger"))
    # One row a month, unique as the loader requires: from 1200-01 on (100,000 months end in 9533).
    lines = ["month,planned,actual,forecast"]
    for k in range(rows):
        year, month = 1200 + k // 12, k % 12 + 1
        planned = 1000 + (k * 37) % 900
        actual = planned + (k * 11) % 200 - 100 if year * 100 + month <= 202606 else ""
        forecast = "" if actual != "" else planned + 50
        lines.append(f"{year:04d}-{month:02d},{planned},{actual},{forecast}")
    write(os.path.join(folder, "content/projects/long-ledger/financials.csv"), "\r\n".join(lines) + "\r\n")


PHASES = ["active"] * 6 + ["closed", "approved", "on-hold", "proposed"]


def register_rows(scale):
    count = int(scale * 10000)
    programs = max(1, count // 100)
    for k in range(count):
        phase = PHASES[k % len(PHASES)]
        start_month = 1 + k % 12
        yield {
            "id": f"p{k:06d}", "name": f"Project {k}", "program": f"program-{k % programs:04d}",
            "manager": f"Manager {k % 997}", "phase": phase,
            "start": f"{2025 + (k % 3)}-{start_month:02d}-01", "finish": f"{2027 + (k % 3)}-{start_month:02d}-28",
            "budget": str(100000 + (k * 7919) % 900000),
            "percent_complete": "" if phase == "proposed" else str((k * 13) % 100),
            "actual_cost": "" if phase == "proposed" else str((k * 7919) % 90000),
            "scores.growth": str(k % 6), "scores.efficiency": str((k * 3) % 6),
        }, programs


def register(scale, folder):
    fresh(folder, trials=1000)
    header = ["id", "name", "program", "manager", "phase", "start", "finish", "budget", "percent_complete",
              "actual_cost", "scores.growth", "scores.efficiency"]
    lines = [",".join(header)]
    programs = 1
    for row, programs in register_rows(scale):
        lines.append(",".join(row[h] for h in header))
    write(os.path.join(folder, "content/registers/projects.csv"), "\r\n".join(lines) + "\r\n")
    for p in range(programs):
        write(os.path.join(folder, f"content/programs/program-{p:04d}/index.md"),
              f"---\nname: Program {p}\nobjectives: [growth]\n---\nProgram {p}.\n")


def hugo_register(scale, folder):
    """The same register as a Hugo site: one page a project (its fields as a list), one per
    program, a list page for each section; the trivial layouts of benchmarks/hugo_site.py."""
    shutil.rmtree(folder, ignore_errors=True)
    write(os.path.join(folder, "hugo.toml"), 'baseURL = "/"\ntitle = "Big inputs"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    write(os.path.join(folder, "layouts/_default/single.html"),
          "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n")
    write(os.path.join(folder, "layouts/_default/list.html"),
          "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>"
          "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n")
    write(os.path.join(folder, "content/_index.md"), "---\ntitle: Big inputs\n---\n")
    programs = 1
    for row, programs in register_rows(scale):
        body = "\n".join(f"- {k}: {v}" for k, v in row.items() if k not in ("id", "name"))
        write(os.path.join(folder, f"content/projects/{row['id']}.md"), f"---\ntitle: \"{row['name']}\"\n---\n{body}\n")
    for p in range(programs):
        write(os.path.join(folder, f"content/programs/program-{p:04d}.md"), f"---\ntitle: \"Program {p}\"\n---\nProgram {p}.\n")


if __name__ == "__main__":
    kind, size, out = sys.argv[1], sys.argv[2], sys.argv[3]
    {"narrative": lambda: narrative(float(size), out),
     "financials": lambda: financials(int(size), out),
     "register": lambda: register(float(size), out),
     "hugo-register": lambda: hugo_register(float(size), out)}[kind]()
