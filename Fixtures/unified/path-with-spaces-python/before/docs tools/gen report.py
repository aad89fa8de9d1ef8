import json
import sys


def load(path):
    with open(path) as fh:
        return json.load(fh)


def render(data):
    rows = [f"| {k} | {v} |" for k, v in sorted(data.items())]
    return "\n".join(["| key | value |", "| --- | --- |", *rows])


if __name__ == "__main__":
    print(render(load(sys.argv[1])))
