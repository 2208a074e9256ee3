"""The "Connect my Dollr account" fields, shared by the first-run dialog and Settings."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from dollr_desktop.services.account import DEFAULT_BASE_URL, AccountConfig
from dollr_desktop.settings import Environment, Settings
from dollr_desktop.ui.widgets.field_errors import FieldErrors
from dollr_desktop.ui.widgets.phone_edit import PhoneEdit
from dollr_desktop.ui.widgets.settings_form import settings_form
from dollr_desktop.ui.wording.api import keyring_problem_words
from dollr_desktop.ui.wording.phones import phone_words


class AccountForm(QWidget):
    def __init__(self, keyring_problem: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.client_id_edit = QLineEdit()
        self.client_id_edit.setAccessibleName(self.tr("Client ID"))
        self.client_secret_edit = QLineEdit()
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret_edit.setAccessibleName(self.tr("Client secret"))
        self.base_url_edit = QLineEdit(DEFAULT_BASE_URL)
        self.base_url_edit.setAccessibleName(self.tr("API address"))
        self.realtime_url_edit = QLineEdit()
        self.realtime_url_edit.setAccessibleName(self.tr("Realtime address"))
        self.realtime_url_edit.setPlaceholderText(self.tr("https://<project>.supabase.co"))
        self.anon_key_edit = QLineEdit()
        self.anon_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.anon_key_edit.setAccessibleName(self.tr("Realtime anon key"))
        self.passcode_phone_edit = PhoneEdit()
        self.passcode_phone_edit.setAccessibleName(self.tr("Payout passcode phone"))
        # Named for this form: the till's and the payout's phone fields live in the same window.
        self.passcode_phone_edit.country_combo.setAccessibleName(self.tr("Payout passcode phone country"))
        self.passcode_phone_edit.number_edit.setAccessibleName(self.tr("Payout passcode phone number"))

        form = settings_form(self)
        hint = QLabel(self.tr("Find these in the Dollr merchant portal under Developers → API keys. The "
                      "client secret is kept in this computer's password store, never in a file."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow(hint)
        self.keyring_label = QLabel(keyring_problem_words(keyring_problem))
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setProperty("role", "fieldError")
        self.keyring_label.setAccessibleName(self.tr("Password store problem"))
        self.keyring_label.setVisible(bool(keyring_problem))
        form.addRow(self.keyring_label)
        self.errors.add_row(form, self.tr("Client ID"), self.client_id_edit, "client_id")
        self.errors.add_row(form, self.tr("Client secret"), self.client_secret_edit, "client_secret")
        self.errors.add_row(form, self.tr("API address"), self.base_url_edit, "base_url")
        self.errors.add_row(form, self.tr("Realtime address"), self.realtime_url_edit, "realtime_url")
        self.errors.add_row(form, self.tr("Realtime anon key"), self.anon_key_edit, "anon_key")
        self.errors.add_row(form, self.tr("Payout passcode phone"), self.passcode_phone_edit, "passcode_phone")

    def set_keyring_problem(self, problem: str | None) -> None:
        self.keyring_label.setText(keyring_problem_words(problem))
        self.keyring_label.setVisible(bool(problem))

    def load(self, settings: Settings) -> None:
        if settings.environment is Environment.LIVE:
            self.client_id_edit.setText(settings.client_id)
            self.base_url_edit.setText(settings.base_url or DEFAULT_BASE_URL)
            self.realtime_url_edit.setText(settings.realtime_url)
            self.passcode_phone_edit.set_number(settings.passcode_phone)

    def check(self) -> AccountConfig | None:
        """The config when every field makes sense; otherwise messages on the fields."""
        self.errors.clear()
        problems: dict[str, str] = {}
        client_id = self.client_id_edit.text().strip()
        secret = self.client_secret_edit.text().strip()
        base_url = self.base_url_edit.text().strip().rstrip("/")
        if not client_id:
            problems["client_id"] = self.tr("Paste the client ID from the merchant portal.")
        if not secret:
            problems["client_secret"] = self.tr("Paste the client secret from the merchant portal.")
        if not base_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            problems["base_url"] = self.tr("The API address starts with https://.")
        realtime = self.realtime_url_edit.text().strip()
        if realtime and not realtime.startswith(("https://", "wss://", "http://127.0.0.1", "http://localhost")):
            problems["realtime_url"] = self.tr("The Realtime address starts with https:// or wss://.")
        phone = self.passcode_phone_edit.info
        if self.passcode_phone_edit.number_edit.text().strip() and not phone.valid:
            problems["passcode_phone"] = phone_words(phone)
        if problems:
            self.errors.show(problems)
            return None
        return AccountConfig(
            environment=Environment.LIVE, base_url=base_url, client_id=client_id,
            client_secret=secret, realtime_url=realtime,
            anon_key=self.anon_key_edit.text().strip(),
            passcode_phone=phone.digits if phone.valid else "",
        )

    def show_field_errors(self, field_errors: dict[str, str]) -> dict[str, str]:
        return self.errors.show(field_errors)

    def show_keys_refused(self) -> None:
        """Dollr answered 401 to these keys: said under the secret, where it is typed again."""
        self.errors.show({"client_secret": self.tr("Dollr did not accept this client ID and secret. Copy them "
                                                   "again from the portal.")})
