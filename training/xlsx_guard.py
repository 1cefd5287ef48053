"""Refuse spreadsheets that attack their reader before openpyxl opens them.

An XLSX file is a zip archive of XML parts. Checked from the archive's directory (nothing is
inflated), a workbook is refused when:

* a part expands more than ``MAX_RATIO`` times (a zip bomb: a tiny file whose sheet or shared
  strings inflate to gigabytes; openpyxl keeps every shared string in memory), or all parts
  together expand past ``MAX_EXPANDED`` bytes;
* it holds macros (``vbaProject.bin``, an .xlsm saved with code): nothing would run them here,
  but a file of drafts or labels has no reason to carry code, and a reader who opens it might;
* it links to other workbooks (``xl/externalLinks/``): the linked cells hold copies of values
  from files we cannot see, so what would be read is not what the sheet says it is.

zipfile never inflates a part past the size its directory declares (it stops there and reports a
bad CRC), so checking the declared sizes bounds what a reader can be made to inflate.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

MAX_RATIO = 100  # Apache POI's default too (a minimum inflate ratio of 0.01)
RATIO_FROM = 1 << 20  # small parts (styles, themes) may compress better than that harmlessly
MAX_EXPANDED = 1 << 30


class UnsafeWorkbookError(ValueError):
    """The workbook is refused; the message says why and what to do instead."""


def check_workbook(source: Path | BinaryIO) -> None:
    """Raise ``UnsafeWorkbookError`` for a zip bomb, macros or external links; anything else passes.

    A file that is not a zip archive passes too: openpyxl reports it as unreadable as before.
    A stream is left at the position it had.
    """
    position = None if isinstance(source, Path) else source.tell()
    try:
        with zipfile.ZipFile(source) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    finally:
        if position is not None:
            source.seek(position)  # type: ignore[union-attr]
    total = 0
    for part in parts:
        name = part.filename
        total += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise UnsafeWorkbookError(
                f"refused: {name} expands {ratio:.0f} times ({part.file_size:,} bytes from {part.compress_size:,}), "
                f"more than the {MAX_RATIO} times a real spreadsheet does (a zip bomb?); save the data as CSV")
        lower = name.lower()
        if lower.endswith("vbaproject.bin"):
            raise UnsafeWorkbookError(
                f"refused: the workbook contains macros ({name}); save it as an Excel Workbook (.xlsx) without "
                "macros, or as CSV, and try again")
        if lower.startswith("xl/externallinks/"):
            raise UnsafeWorkbookError(
                f"refused: the workbook links to other workbooks ({name}), so some cells hold copies of values "
                "from elsewhere; break the links (Data > Edit Links > Break Link) or save the data as CSV")
    if total > MAX_EXPANDED:
        raise UnsafeWorkbookError(f"refused: the workbook expands to {total:,} bytes, over the {MAX_EXPANDED:,} "
                                  "this reader accepts; split it or save the data as CSV")
