"""newsgraph: turn news reporting into a sourced knowledge graph."""
__version__ = "0.1.0"
