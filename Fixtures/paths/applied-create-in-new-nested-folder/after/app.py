import sys


def main(argv):
    name = argv[1] if len(argv) > 1 else "world"
    print(f"hello, {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
