import shutil
from pathlib import Path


def remove_cache(root: Path) -> None:
    shutil.rmtree(root / ".cache", ignore_errors=True)


def remove_build(root: Path) -> None:
    shutil.rmtree(root / "build", ignore_errors=True)
