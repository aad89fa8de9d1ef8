import csv


def read_rows(path):
    with open(path, newline="") as handle:
        return list(csv.reader(handle))


def total(rows):
    result = 0
    for row in rows:
        result += int(row[1])
      return result


def main(path):
    rows = read_rows(path)
    print(total(rows))
