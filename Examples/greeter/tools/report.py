"""Summarises greeting counts per language from a CSV export."""
import csv
import sys
from collections import Counter


class Report:
    def __init__(self, rows):
        self.counts = Counter(row["language"] for row in rows)

    def lines(self):
        for language, count in self.counts.most_common():
            yield f"{language:<10} {count:>5}"


def main(path):
    with open(path, newline="", encoding="utf-8") as handle:
        report = Report(csv.DictReader(handle))
    for line in report.lines():
        print(line)


if __name__ == "__main__":
    main(sys.argv[1])
