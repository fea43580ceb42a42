"""One exception hierarchy. Messages say what went wrong and, where possible, how to fix it."""


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input could not be read; `source` names it."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ModelError(NewsgraphError):
    """The requested spaCy pipeline is not installed."""


class StoreError(NewsgraphError):
    """The store cannot be opened or is not a newsgraph store."""


class ConfigError(NewsgraphError):
    """A setting has an invalid value."""
