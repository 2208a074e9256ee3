"""What the person chose: printer, receipt layout, PDF folder.

Kept in `<data dir>/printing.json` (nothing secret), chosen in Settings → Receipts or remembered
from the last Print dialog, so Print goes to the same till printer every time.

`printer_name == PDF_FOLDER_PRINTER` means "no paper printer: save each printed receipt as a PDF
in `print_folder`" (merchants without a printer, and tests).
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from dollr_desktop import paths
from dollr_desktop.ui.printing.layouts import ReceiptLayout, full_page_for_locale

log = logging.getLogger(__name__)
PDF_FOLDER_PRINTER = "pdf-folder"


@dataclass
class PrinterPreferences:
    printer_name: str = ""
    layout: str = ""           # a ReceiptLayout value; "" = A4/Letter by locale
    pdf_folder: str = ""
    export_folder: str = ""
    print_folder: str = ""     # where PDF_FOLDER_PRINTER writes

    @property
    def prints_to_folder(self) -> bool:
        return self.printer_name == PDF_FOLDER_PRINTER and bool(self.print_folder)

    @property
    def receipt_layout(self) -> ReceiptLayout:
        try:
            return ReceiptLayout(self.layout)
        except ValueError:
            return full_page_for_locale()

    @staticmethod
    def default_path() -> Path:
        return paths.data_dir() / "printing.json"

    @classmethod
    def load(cls, path: Path | None = None) -> "PrinterPreferences":
        path = path or cls.default_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Printing preferences unreadable (%s); using defaults", exc)
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})

    def save(self, path: Path | None = None) -> None:
        path = path or self.default_path()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".printing-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, indent=2)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
