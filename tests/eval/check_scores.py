#!/usr/bin/env python3
"""Builds a set of articles with vnkg and scores the graph against its gold.

usage: check_scores.py VNKG ARTICLES GOLD OUTDIR --entities F --relations F --dates N [--chairs F]

Fails (exit 1) when entities F1, relations F1, the number of event dates right
or the recall of `chaired` falls below the floor given, and prints the scorer's
summary and the misses either way, so a regression shows what it lost. The
floors sit a little under what vnkg reaches today: they catch a rule that
breaks a class of pages, not a single fact.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402  (tests/eval/score.py, the scorer of the evaluation sets)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("vnkg")
    ap.add_argument("articles")
    ap.add_argument("gold")
    ap.add_argument("outdir")
    ap.add_argument("--entities", type=float, required=True)
    ap.add_argument("--relations", type=float, required=True)
    ap.add_argument("--dates", type=int, required=True)
    ap.add_argument("--chairs", type=float, default=0.0)
    a = ap.parse_args()

    os.makedirs(a.outdir, exist_ok=True)
    run = subprocess.run([a.vnkg, "build", a.articles, "-o", a.outdir], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr, end="")
        print(f"check_scores: vnkg build exited with {run.returncode}")
        return 1
    nodes, edges = score.load_graphml(os.path.join(a.outdir, "kg.graphml"))
    rep = score.score(score.Gold(a.gold), nodes, edges)
    ent = rep["entities"]["all"]["f1"]
    rel = rep["relations"]["all"]["f1"]
    dates = rep["event_dates"]["right"]
    chairs = rep["relations"].get("chaired", {}).get("recall", 1.0)
    print(f"entities F1 {ent:.3f} (floor {a.entities}), relations F1 {rel:.3f} (floor {a.relations}), "
          f"event dates {dates}/{rep['event_dates']['gold']} (floor {a.dates}), "
          f"chairs found {chairs:.3f} (floor {a.chairs})")
    for m in rep["misses"]:
        print("MISS  ", m)
    for m in rep["false_positives"]:
        print("FALSE ", m)
    ok = ent >= a.entities and rel >= a.relations and dates >= a.dates and chairs >= a.chairs
    print("check_scores: ok" if ok else "check_scores: below a floor")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
