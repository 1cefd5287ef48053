"""An import-linter contract type: no module imports a private name of another package.

A private name starts with one underscore (``_norm``, ``_subprocess``); a private module is one whose
own name does. Within a top-level package (``model``, ``service``, ``training``) modules may share
private names; across packages they may not: what one package offers another is its public names.
Configured in ``pyproject.toml`` (``[tool.importlinter]``); run by ``make lint`` as ``lint-imports``.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

from importlinter import Contract, ContractCheck, fields, output


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def private_imports(module: str, source: str, packages: set[str]) -> list[tuple[int, str]]:
    """(line, imported name) of each private name or module of another package that ``module`` imports."""
    found: list[tuple[int, str]] = []
    package = module if source.endswith("__init__.py") else module.rpartition(".")[0]
    tree = ast.parse(Path(source).read_text(encoding="utf-8"), filename=source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
            names = [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if _top(name) not in packages or _top(name) == _top(module):
                continue
            if any(_private(part) for part in name.split(".")[1:]):
                found.append((node.lineno, name))
    return found


class PrivateNamesContract(Contract):
    """Modules of ``containers`` import no private name or module of another of them."""

    containers = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:  # type: ignore[no-untyped-def]
        packages = {str(c) for c in self.containers}  # type: ignore[attr-defined]
        violations = []
        for module in sorted(graph.modules):
            if _top(module) not in packages:
                continue
            spec = importlib.util.find_spec(module)
            if spec is None or not spec.origin or not spec.origin.endswith(".py"):
                continue
            for line, name in private_imports(module, spec.origin, packages):
                violations.append(f"{module}:{line} imports {name}, a private name of another package")
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for violation in check.metadata["violations"]:
            output.print_error(violation)
            output.new_line()
