"""The shape of the code, read from its syntax trees: imports point one way (no cycles, lazy
imports included), modules and functions stay short, and word lists live in data/lexicon/."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsgraph"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80
MAX_LIST_WORDS = 12   # a literal with this many single words is a word list
KNOWN_LONG_MODULES: set[str] = set()
KNOWN_LONG_FUNCTIONS: set[str] = set()


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules `name` imports anywhere in its body (inside functions too)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from . import query` imports the submodule; `from .model import Event` the module
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        out.update(t for t in targets if t in known and t != name)
    return out


def test_the_import_graph_has_no_cycle():
    found = modules()
    graph = {name: imported(name, path, set(found)) for name, path in found.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_the_cycle_check_sees_lazy_relative_imports(tmp_path):
    path = tmp_path / "b.py"
    path.write_text("def f():\n    from .a import x\n    from . import c\n", encoding="utf-8")
    assert imported("pkg.b", path, {"pkg.a", "pkg.c", "pkg"}) == {"pkg.a", "pkg.c"}


def test_no_module_is_longer_than_the_limit():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert set(long) <= KNOWN_LONG_MODULES, long


def test_no_function_is_longer_than_the_limit():
    long = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                size = node.end_lineno - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(PACKAGE)}:{node.name}"] = size
    assert set(long) <= KNOWN_LONG_FUNCTIONS, long


def is_word(node: ast.AST) -> bool:
    """A string of natural-language words ("army", "prime minister"); codes such as "ASSAULT"
    and names such as "event_id" are not words."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or not node.value.strip():
        return False
    text = node.value
    return any(c.islower() for c in text) and all(w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                                                  for w in text.split())


def word_list_size(node: ast.AST) -> int:
    """How many words a list/set/tuple/dict literal holds: its items; for a dict, its string
    values and the keys that map to literals (a record built from expressions is no word list)."""
    if isinstance(node, ast.Dict):
        items = [k for k, v in zip(node.keys, node.values, strict=True)
                 if k is not None and isinstance(v, (ast.Constant, ast.Set, ast.List, ast.Tuple))]
        items += list(node.values)
    elif isinstance(node, (ast.List, ast.Set, ast.Tuple)):
        items = node.elts
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and is_word(node.func.value):
        return len(node.func.value.value.split())   # "army navy police ...".split()
    else:
        return 0
    return sum(1 for e in items if is_word(e))


def test_word_lists_live_in_data_not_in_python():
    lists = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (n := word_list_size(node)) >= MAX_LIST_WORDS:
                lists[f"{path.relative_to(PACKAGE)}:{node.lineno}"] = n
    assert not lists, lists


def test_the_word_list_check_counts_words_in_literals():
    words = ", ".join(f'"w{"x" * i}"' for i in range(MAX_LIST_WORDS))
    assert word_list_size(ast.parse(f"{{{words}}}").body[0].value) == MAX_LIST_WORDS
    assert word_list_size(ast.parse('("a b", "x=1", "ASSAULT", "event_id", 3)').body[0].value) == 1
    assert word_list_size(ast.parse('{"army": x, "navy": "navy"}').body[0].value) == 2
    assert word_list_size(ast.parse('"one two three".split()').body[0].value) == 3
