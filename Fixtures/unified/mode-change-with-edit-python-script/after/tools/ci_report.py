#!/usr/bin/env python3
"""Print a summary of failed jobs from a CI export."""
import csv
import sys
from collections import Counter


def main(path: str) -> int:
    failures = Counter()
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row["status"] == "failed":
                failures[row["job"]] += 1
    if not failures:
        print("no failures")
        return 0
    for job, count in failures.most_common():
        print(f"{count:4d}  {job}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
