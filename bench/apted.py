#!/usr/bin/env python3
"""Compares astpatch's edit-script lengths with the optimal tree edit distance.

Reads DIR/pairs.tsv as astpatch-diffbench --apted DIR writes it (id, our action count, node
counts, source) and the trees DIR/<id>.old and DIR/<id>.new in bracket notation; computes the
unit-cost tree edit distance of each pair with APTED (Pawlik and Augsten), where renaming a node
costs 1 unless its name (type and label) is unchanged; and prints how our scripts compare.

Our scripts may be shorter than the distance: a move of a whole subtree is one action, where an
edit distance without moves pays for deleting and inserting every node of it.

Usage: bench/apted.py DIR [--worst N]
"""
import os
import statistics
import sys
import time

# This file is named like the package it uses: keep its own folder from shadowing it.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]
from apted import APTED, Config  # noqa: E402
from apted.helpers import Tree  # noqa: E402


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    directory = sys.argv[1]
    worst = int(sys.argv[sys.argv.index("--worst") + 1]) if "--worst" in sys.argv else 5
    rows = []
    with open(f"{directory}/pairs.tsv", encoding="utf-8") as index:
        next(index)
        for line in index:
            pair_id, actions, old_nodes, new_nodes, source = line.rstrip("\n").split("\t")
            rows.append((pair_id, int(actions), int(old_nodes), int(new_nodes), source))
    results = []
    started = time.perf_counter()
    for pair_id, actions, old_nodes, new_nodes, source in rows:
        with open(f"{directory}/{pair_id}.old", encoding="utf-8") as handle:
            old = Tree.from_text(handle.read())
        with open(f"{directory}/{pair_id}.new", encoding="utf-8") as handle:
            new = Tree.from_text(handle.read())
        distance = APTED(old, new, Config()).compute_edit_distance()
        results.append((pair_id, actions, distance, old_nodes, new_nodes, source))
    elapsed = time.perf_counter() - started
    if not results:
        sys.exit("no pairs")

    ours = sum(r[1] for r in results)
    optimal = sum(r[2] for r in results)
    ratios = [r[1] / r[2] for r in results if r[2] > 0]
    within = sum(1 for r in results if r[1] <= 1.2 * r[2])
    shorter = sum(1 for r in results if r[1] < r[2])
    print(f"{len(results)} declaration pairs ({min(r[3] for r in results)}-{max(max(r[3], r[4]) for r in results)} nodes a side), "
          f"APTED took {elapsed:.1f} s")
    print(f"  script actions, total:        {ours}")
    print(f"  optimal edit distance, total: {optimal}")
    print(f"  ratio of totals:              {ours / optimal:.3f}")
    print(f"  median ratio per pair:        {statistics.median(ratios):.3f}")
    print(f"  pairs within 1.2x:            {within}/{len(results)} ({100 * within / len(results):.1f}%)")
    print(f"  pairs shorter than optimal (moves): {shorter}")
    print(f"  largest excess (actions - distance):")
    for pair_id, actions, distance, old_nodes, new_nodes, source in sorted(
            results, key=lambda r: r[1] - r[2], reverse=True)[:worst]:
        print(f"    #{pair_id} {actions}/{distance} ({old_nodes}→{new_nodes} nodes) {source}")
    print(f"  worst pairs (actions / distance):")
    for pair_id, actions, distance, old_nodes, new_nodes, source in sorted(
            results, key=lambda r: r[1] / max(r[2], 1), reverse=True)[:worst]:
        print(f"    #{pair_id} {actions}/{distance} ({old_nodes}→{new_nodes} nodes) {source}")


if __name__ == "__main__":
    main()
