"""Surface perturbations that must not change a draft's concerns."""

from __future__ import annotations

import random
import re

_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|DC|PC|DS)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_SURNAMES = ["Kowalczyk", "Adeyemi", "Fairbrother", "Nakamura", "Oduya", "Pennington", "Szabo", "Whitlock"]


def swap_names(text: str) -> str:
    """Replace every titled surname by another, consistently within the draft."""
    mapping: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        surname = m.group(2)
        mapping.setdefault(surname, _SURNAMES[len(mapping) % len(_SURNAMES)])
        return f"{m.group(1)} {mapping[surname]}"

    out = _TITLED.sub(repl, text)
    for old, new in mapping.items():
        out = re.sub(rf"\b{re.escape(old)}\b", new, out)
    return out


def flatten_line_breaks(text: str) -> str:
    """Join the lines of each paragraph; paragraphs stay apart."""
    return "\n\n".join(re.sub(r"\s*\n\s*", " ", p) for p in re.split(r"\n\s*\n", text))


def light_typos(text: str, rate: float = 0.02, seed: int = 7) -> str:
    """Swap two inner letters in about ``rate`` of the longer words."""
    rng = random.Random(seed)

    def repl(m: re.Match[str]) -> str:
        w = m.group(0)
        if rng.random() >= rate:
            return w
        i = rng.randrange(1, len(w) - 2)
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]

    return re.sub(r"[A-Za-z]{6,}", repl, text)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def doubled_spaces(text: str) -> str:
    return text.replace(" ", "  ")


PERTURBATIONS = {
    "swap_names": swap_names,
    "flatten_line_breaks": flatten_line_breaks,
    "light_typos": light_typos,
    "crlf": crlf,
    "doubled_spaces": doubled_spaces,
}
