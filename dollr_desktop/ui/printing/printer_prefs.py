"""What the person chose: printer, receipt layout, PDF folder.

Kept in `<data dir>/printing.json` (nothing secret), chosen in Settings → Receipts or remembered
from the last Print dialog, so Print goes to the same till printer every time.

`printer_name == PDF_FOLDER_PRINTER` means "no paper printer: save each printed receipt as a PDF
in `print_folder`" (merchants without a printer, and tests).
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from dollr_desktop import json_files, paths
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
        raw = json_files.read_object(path or cls.default_path(), "Printing preferences")
        if raw is None:
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})

    def save(self, path: Path | None = None) -> None:
        path = path or self.default_path()
        json_files.write_atomically(path, asdict(self))
