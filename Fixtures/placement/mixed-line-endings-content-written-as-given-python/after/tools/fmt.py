import sys

def main():
    data = sys.stdin.read()
    data = data.strip()
    data += "\n"
    sys.stdout.write(data)
