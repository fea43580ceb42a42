"""newsgraph: turn news reporting into a sourced knowledge graph."""
__version__ = "0.1.0"


def open(path):  # noqa: A001 - newsgraph.open(path) is the notebook entry point
    """Open a store for analysis: returns a newsgraph.corpus_api.Corpus."""
    from .corpus_api import Corpus  # noqa: PLC0415

    return Corpus(path)
