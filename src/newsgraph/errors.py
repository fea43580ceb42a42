"""One exception hierarchy. Messages say what went wrong and, where possible, how to fix it."""
import re

# Characters that would break a one-line message or forge lines of their own: control
# characters, line and paragraph separators, bidirectional overrides.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every character that could break or forge a line escaped (\\n, \\x1b, ...)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input could not be read; `source` names it."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{printable(source)}: {printable(problem)}")


class ModelError(NewsgraphError):
    """The requested spaCy pipeline is not installed."""


class StoreError(NewsgraphError):
    """The store cannot be opened or is not a newsgraph store."""


class ConfigError(NewsgraphError):
    """A setting has an invalid value."""
