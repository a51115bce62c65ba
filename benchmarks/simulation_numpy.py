#!/usr/bin/env python3
"""The numpy peer of pmo's Monte Carlo simulation (SPEC §3.9), for benchmarks/simulation.sh.

Ranks use scipy.stats.rankdata (average ranks, vectorised along the trials axis) when scipy
is installed, else an equivalent pure-numpy routine.

Reads the model inputs that `pmo-bench simulation --export FILE` writes (the same synthetic
portfolio pmo simulates) and runs the same model, fully vectorised: every trial of every project
is drawn at once in (projects × trials) arrays with numpy.random.Generator (`beta` for PERT,
`triangular`, `random` for occurrences); the only Python loops run over the risk slots (10) and
the dependency layers, never over trials or projects. Outputs are the same: P10/P50/P80/P90 of
finish and cost by the rank rule ceil(k*N/100), prob_on_time, prob_on_budget, Spearman rho with
average ranks of every input, program finish (max per trial) and the portfolio total cost.

Usage: simulation_numpy.py INPUTS.json [--seed S]
Prints the seconds of the simulation alone (loading the JSON is not timed) and summary figures
to compare with pmo-bench's.
"""
import json
import sys
import time

import numpy as np


try:  # scipy's rankdata (C-accelerated numpy) is the usual way; a pure-numpy fallback below
    from scipy.stats import rankdata as _rankdata
except ImportError:  # pragma: no cover
    _rankdata = None


def average_ranks(a):
    """1-based ranks along axis 1, ties sharing the average of their ranks, and the sorted rows."""
    if _rankdata is not None:
        return _rankdata(a, axis=1), None
    return _numpy_average_ranks(a)


def _numpy_average_ranks(a):
    p, n = a.shape
    order = np.argsort(a, axis=1, kind="stable")
    s = np.take_along_axis(a, order, axis=1)
    new = np.ones((p, n), dtype=bool)
    new[:, 1:] = s[:, 1:] != s[:, :-1]
    pos = np.broadcast_to(np.arange(n), (p, n))
    first = np.maximum.accumulate(np.where(new, pos, 0), axis=1)
    last_flag = np.ones((p, n), dtype=bool)
    last_flag[:, :-1] = new[:, 1:]
    last = np.minimum.accumulate(np.where(last_flag, pos, n - 1)[:, ::-1], axis=1)[:, ::-1]
    ranks = np.empty((p, n))
    np.put_along_axis(ranks, order, (first + last) / 2.0 + 1.0, axis=1)
    return ranks, s


def spearman(rx, ry):
    """Row-wise Pearson correlation of average ranks; NaN where a row is constant."""
    m = (rx.shape[1] + 1) / 2.0
    dx, dy = rx - m, ry - m
    sxy = np.einsum("ij,ij->i", dx, dy)
    sxx = np.einsum("ij,ij->i", dx, dx)
    syy = np.einsum("ij,ij->i", dy, dy)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where((sxx > 0) & (syy > 0), sxy / np.sqrt(sxx * syy), np.nan)


def percentile_columns(sorted_rows, n):
    return {k: sorted_rows[:, max(1, -(-k * n // 100)) - 1] for k in (10, 50, 80, 90)}


def draw(rng, kind, low, likely, high, shape=None, mask=None):
    """Draws a three-point distribution per element: `low`, `likely`, `high` are per-row arrays
    broadcast to `shape`, or, with `mask`, the values at the masked elements only."""
    if mask is not None:
        rows = np.nonzero(mask)[0]
        a, m, b = low[rows], likely[rows], high[rows]
        size = None
    else:
        a, m, b = (np.broadcast_to(x[:, None], shape) for x in (low, likely, high))
        size = shape
    width = b - a
    if kind == "pert":
        alpha = 1 + 4 * (m - a) / width
        beta = 1 + 4 * (b - m) / width
        return a + width * rng.beta(alpha, beta, size=size)
    return rng.triangular(a, m, b, size=size)


def simulate(model, seed):
    projects = model["projects"]
    n = model["trials"]
    kind = model["distribution"]
    p = len(projects)
    as_of = float(model["as_of"])
    start = np.array([x["start"] for x in projects], dtype=float)
    forecast = np.array([x["forecast_finish"] for x in projects], dtype=float)
    baseline = np.array([x["baseline_finish"] for x in projects], dtype=float)
    ac = np.array([x["ac"] for x in projects])
    etc = np.array([x["etc"] for x in projects])
    bac = np.array([x["bac"] for x in projects])
    dur = np.array([x["duration"] for x in projects])
    cst = np.array([x["cost"] for x in projects])
    r = max(len(x["risks"]) for x in projects)
    prob = np.zeros((p, r))
    rdays = np.zeros((p, r, 3))
    rcost = np.zeros((p, r, 3))
    for i, x in enumerate(projects):
        for j, risk in enumerate(x["risks"]):
            prob[i, j] = risk["p"]
            rdays[i, j] = risk["days"]
            rcost[i, j] = risk["cost"]
    k = max([len(x["predecessors"]) for x in projects] + [1])
    preds = np.full((p, k), -1)
    for i, x in enumerate(projects):
        preds[i, : len(x["predecessors"])] = x["predecessors"]
    # Layers: a project comes after its predecessors (prepared once, like pmo's model).
    depth = np.zeros(p, dtype=int)
    for i in range(p):
        for q in preds[i]:
            if q >= 0:
                depth[i] = max(depth[i], depth[q] + 1)
    program_names = sorted(set(x["program"] for x in projects))
    program_of = np.array([program_names.index(x["program"]) for x in projects])

    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    shape = (p, n)
    md = draw(rng, kind, dur[:, 0], dur[:, 1], dur[:, 2], shape)
    mc = draw(rng, kind, cst[:, 0], cst[:, 1], cst[:, 2], shape)
    days = np.zeros((r, p, n))
    costs = np.zeros((r, p, n))
    for j in range(r):  # the risk slots, each drawn for all projects and trials at once
        occurs = rng.random(shape) < prob[:, j, None]
        days[j][occurs] = draw(rng, kind, rdays[:, j, 0], rdays[:, j, 1], rdays[:, j, 2], mask=occurs)
        costs[j][occurs] = draw(rng, kind, rcost[:, j, 0], rcost[:, j, 1], rcost[:, j, 2], mask=occurs)
    begin = np.maximum(as_of, start)
    remaining = np.maximum(0.0, forecast - begin)
    work = remaining[:, None] * md + days.sum(axis=0)
    finish = np.empty(shape)
    started = start <= as_of
    for layer in range(depth.max() + 1):  # dependency layers, all projects of a layer at once
        rows = np.nonzero(depth == layer)[0]
        sim_start = np.broadcast_to(start[rows, None], (len(rows), n)).copy()
        for c in range(k):
            q = preds[rows, c]
            has = (q >= 0) & ~started[rows]
            sim_start[has] = np.maximum(sim_start[has], finish[q[has]])
        finish[rows] = np.maximum(as_of, sim_start) + work[rows]
    cost = ac[:, None] + etc[:, None] * mc + costs.sum(axis=0)

    finish_ranks = average_ranks(finish)[0]
    cost_ranks = average_ranks(cost)[0]
    finish_sorted = np.sort(finish, axis=1)
    cost_sorted = np.sort(cost, axis=1)
    finish_p = percentile_columns(finish_sorted, n)
    cost_p = percentile_columns(cost_sorted, n)
    prob_on_time = (finish <= baseline[:, None]).mean(axis=1)
    prob_on_budget = (cost <= bac[:, None]).mean(axis=1)
    rho_md = spearman(average_ranks(md)[0], finish_ranks)
    rho_mc = spearman(average_ranks(mc)[0], cost_ranks)
    rho_days = np.stack([spearman(average_ranks(days[j])[0], finish_ranks) for j in range(r)])
    rho_cost = np.stack([spearman(average_ranks(costs[j])[0], cost_ranks) for j in range(r)])
    program_finish = np.full((len(program_names), n), -np.inf)
    np.maximum.at(program_finish, program_of, finish)
    program_p = percentile_columns(np.sort(program_finish, axis=1), n)
    total = np.sort(cost.sum(axis=0))
    total_p50, total_p80 = total[max(1, -(-50 * n // 100)) - 1], total[max(1, -(-80 * n // 100)) - 1]
    seconds = time.perf_counter() - t0

    p80_days = np.ceil(finish_p[80]) - as_of
    program_p80_days = np.ceil(program_p[80]) - as_of
    budget = model["budget"]
    print(f"numpy: {p} projects × {r} risks × {n} trials, {kind}")
    print(f"seconds {seconds:.3f}")
    print(f"mean prob_on_time {prob_on_time.mean():.4f}  mean prob_on_budget {prob_on_budget.mean():.4f}  "
          f"mean finish P80 {p80_days.mean():.2f} days after as_of")
    print(f"mean rho(m_d, finish) {np.nanmean(rho_md):.4f}  mean rho(R1 days, finish) {np.nanmean(rho_days[0]):.4f}  "
          f"mean program finish P80 {program_p80_days.mean():.2f} days")
    print(f"portfolio cost P50 {total_p50:.2f}  P80 {total_p80:.2f}  budget {budget:.2f}  "
          f"share within budget {(total <= budget).mean():.4f}")
    _ = (cost_p, rho_mc, rho_cost)


if __name__ == "__main__":
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i : i + 2]
    with open(args[0]) as f:
        simulate(json.load(f), seed)
