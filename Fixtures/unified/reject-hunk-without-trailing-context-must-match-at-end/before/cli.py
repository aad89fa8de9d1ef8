import os
import sys


def main():
    return 0


ENTRY = main
