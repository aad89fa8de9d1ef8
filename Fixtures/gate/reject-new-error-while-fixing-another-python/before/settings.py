import os


def config_dir():
    return os.environ.get("APP_HOME", "~/.app"))


def log_level():
    return "info"
