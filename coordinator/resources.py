"""Files shipped with the app (translations, icons), found from the installed package."""

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """``coordinator/resources`` in a wheel; the repository's ``resources/`` in a checkout."""
    packaged = Path(str(resources.files("coordinator"))) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resource_dir() / "translations"
