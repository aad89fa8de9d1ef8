import sys

def main():
    data = sys.stdin.read()
    sys.stdout.write(data)
