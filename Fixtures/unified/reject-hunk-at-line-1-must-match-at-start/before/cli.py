"""Command line entry point."""
import os
import sys


def main():
    return 0
