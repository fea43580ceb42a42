"""The event lexicon: lemmas and frames mapped to PLOVER types, declared as data."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def verb_types() -> dict[str, str]:
    text = resources.files("newsgraph").joinpath("data/lexicon/verbs.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in (yaml.safe_load(text) or {}).items()}
