"""Versioned schema. `PRAGMA user_version` says which migrations a file already has.

Each migration runs once, in its own transaction, in order, so an older file is upgraded in place
and a file from a newer app is refused before anything touches it. Never edit a released
migration: add a new one at the end.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from dollr_desktop.store.errors import StoreTooNewError
from dollr_desktop.store.search import NUMBER_KEY_SQL

_CACHE_TABLES = """
CREATE TABLE parties (
    id INTEGER PRIMARY KEY, fullname TEXT NOT NULL, phone TEXT, email TEXT, country_code TEXT,
    created_at TEXT, updated_at TEXT,
    confirmed_at TEXT, gone_at TEXT, local_state TEXT, local_error TEXT
);
CREATE TABLE counterparties (
    id INTEGER PRIMARY KEY, party_id INTEGER, relationship_type TEXT,
    owner_party_type TEXT, owner_party_id INTEGER,
    name TEXT NOT NULL DEFAULT '', phone TEXT, email TEXT, country_code TEXT,
    created_at TEXT, updated_at TEXT,
    confirmed_at TEXT, gone_at TEXT, local_state TEXT, local_error TEXT
);
CREATE INDEX counterparties_party ON counterparties(party_id);
CREATE INDEX counterparties_name ON counterparties(name COLLATE NOCASE);
CREATE TABLE documents (
    doc_key INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('INVOICE', 'ORDER')),
    id INTEGER NOT NULL,
    number TEXT, counterparty_id INTEGER, counterparty_name TEXT NOT NULL DEFAULT '',
    currency TEXT, total_amount TEXT, status TEXT, note TEXT NOT NULL DEFAULT '',
    fee_bearer TEXT, due_date TEXT, as_payment_link INTEGER, owner_id INTEGER, owner_type TEXT,
    reference_id TEXT, paid_at TEXT, created_at TEXT, updated_at TEXT,
    item_names TEXT NOT NULL DEFAULT '', detail_confirmed_at TEXT,
    confirmed_at TEXT, gone_at TEXT, local_state TEXT, local_error TEXT,
    UNIQUE (kind, id)
);
CREATE INDEX documents_counterparty ON documents(counterparty_id);
CREATE INDEX documents_created ON documents(created_at);
CREATE TABLE document_items (
    kind TEXT NOT NULL, id INTEGER NOT NULL, document_id INTEGER NOT NULL,
    name TEXT NOT NULL, currency TEXT, qty INTEGER, amount TEXT,
    created_at TEXT, updated_at TEXT, confirmed_at TEXT,
    PRIMARY KEY (kind, id)
);
CREATE INDEX document_items_document ON document_items(kind, document_id);
CREATE TABLE payment_accounts (
    id INTEGER PRIMARY KEY, operation_type TEXT NOT NULL, account_name TEXT, provider TEXT,
    method TEXT, party_id INTEGER, account_number TEXT, country_code TEXT, is_active INTEGER,
    created_at TEXT, updated_at TEXT, confirmed_at TEXT
);
CREATE INDEX payment_accounts_lookup
    ON payment_accounts(party_id, account_number, method, operation_type);
CREATE TABLE sessions (
    kind TEXT NOT NULL, id INTEGER NOT NULL, source_type TEXT, source_id INTEGER,
    account_id INTEGER, wallet_id INTEGER, amount TEXT, currency TEXT, status TEXT,
    expires_at TEXT, created_at TEXT, updated_at TEXT, confirmed_at TEXT,
    PRIMARY KEY (kind, id)
);
CREATE TABLE receipts (
    source_type TEXT NOT NULL, source_id INTEGER NOT NULL, source_number TEXT,
    reference_id TEXT, body TEXT NOT NULL, confirmed_at TEXT,
    PRIMARY KEY (source_type, source_id)
);
CREATE TABLE fee_quotes (
    id INTEGER PRIMARY KEY, source_type TEXT, source_id INTEGER, payment_method TEXT,
    provider TEXT, target_currency TEXT, payer_amount TEXT, payer_currency TEXT,
    payee_amount TEXT, payee_currency TEXT, platform_fee TEXT, platform_currency TEXT,
    gateway_fee TEXT, gateway_currency TEXT, fx_fee TEXT, confirmed_at TEXT
);
CREATE INDEX fee_quotes_source ON fee_quotes(source_type, source_id);
CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY, last_synced_at TEXT, row_count INTEGER, last_error TEXT
);
"""

# Local phone habits: people type "0770…" or "770…" for "231770…" (Liberia) / "250…" (Rwanda).
_PHONE_TOKENS = """coalesce({r}.phone, '') || CASE WHEN substr({r}.phone, 1, 3) IN ('231', '250')
    THEN ' ' || substr({r}.phone, 4) || ' 0' || substr({r}.phone, 4) ELSE '' END"""

_CONTACT_VALUES = f"{{r}}.id, {{r}}.name, {_PHONE_TOKENS}, coalesce({{r}}.email, '')"
_DOCUMENT_VALUES = (
    "{r}.doc_key, coalesce({r}.number, ''), {r}.note, {r}.counterparty_name, {r}.item_names"
)


def _search_indexes() -> str:
    contact_new = _CONTACT_VALUES.format(r="new")
    document_new = _DOCUMENT_VALUES.format(r="new")
    return f"""
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    name, phone, email, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    number, note, counterparty, items, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TRIGGER counterparties_fts_insert AFTER INSERT ON counterparties BEGIN
    INSERT INTO contacts_fts (rowid, name, phone, email) VALUES ({contact_new});
END;
CREATE TRIGGER counterparties_fts_delete AFTER DELETE ON counterparties BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
END;
CREATE TRIGGER counterparties_fts_update AFTER UPDATE ON counterparties
WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.phone IS NOT new.phone
    OR old.email IS NOT new.email
BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
    INSERT INTO contacts_fts (rowid, name, phone, email) VALUES ({contact_new});
END;
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, number, note, counterparty, items) VALUES ({document_new});
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    DELETE FROM documents_fts WHERE rowid = old.doc_key;
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents
WHEN old.number IS NOT new.number OR old.note IS NOT new.note
    OR old.counterparty_name IS NOT new.counterparty_name OR old.item_names IS NOT new.item_names
BEGIN
    DELETE FROM documents_fts WHERE rowid = old.doc_key;
    INSERT INTO documents_fts (rowid, number, note, counterparty, items) VALUES ({document_new});
END;
INSERT INTO contacts_fts (rowid, name, phone, email)
    SELECT {_CONTACT_VALUES.format(r="c")} FROM counterparties AS c;
INSERT INTO documents_fts (rowid, number, note, counterparty, items)
    SELECT {_DOCUMENT_VALUES.format(r="d")} FROM documents AS d;
"""


_PAYMENT_JOURNAL = """
CREATE TABLE payments (
    reference_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('COLLECTION', 'PAYOUT')),
    state TEXT NOT NULL,
    lock_key TEXT NOT NULL,
    source_type TEXT, source_id INTEGER, source_number TEXT,
    counterparty_id INTEGER, party_id INTEGER, party_name TEXT,
    session_id INTEGER, account_id INTEGER, account_number TEXT, method TEXT, provider TEXT,
    amount TEXT NOT NULL, currency TEXT NOT NULL,
    payee_amount TEXT, payee_currency TEXT, quote TEXT NOT NULL DEFAULT '{}',
    fingerprint TEXT NOT NULL,
    server_status TEXT, server_message TEXT, provider_transaction_id TEXT,
    owner_run TEXT NOT NULL,
    retry_of TEXT, superseded_by TEXT,
    follow_up TEXT NOT NULL DEFAULT '[]',
    check_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    last_checked_at TEXT, finished_at TEXT, reconciled_at TEXT
);
-- One payment in flight per document (or payout account): a double-click, a second window or
-- a restart cannot start another while this row is open.
CREATE UNIQUE INDEX payments_one_open_per_lock ON payments(lock_key)
    WHERE state IN ('SUBMITTING', 'PENDING', 'PROCESSING', 'UNKNOWN');
CREATE INDEX payments_created ON payments(created_at);
CREATE INDEX payments_source ON payments(source_type, source_id);
CREATE INDEX payments_state ON payments(state);
CREATE TABLE payment_events (
    id INTEGER PRIMARY KEY, reference_id TEXT NOT NULL REFERENCES payments(reference_id),
    at TEXT NOT NULL, origin TEXT NOT NULL, state TEXT NOT NULL,
    server_status TEXT, message TEXT
);
CREATE INDEX payment_events_reference ON payment_events(reference_id);
"""

_OUTBOX = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('CONTACT', 'INVOICE', 'ORDER')),
    local_id INTEGER NOT NULL,
    draft_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'QUEUED',
    server_id INTEGER,
    progress TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
"""

_NUMBER_INDEX = f"""
CREATE INDEX documents_number_key ON documents({NUMBER_KEY_SQL.format(column="number")});
"""

# Each request for a reference_id is recorded (any process on this file sees it), an answer that
# comes after "never received" is flagged late, and a failure says whose side it was on. A late
# entry no longer holds its lock key: a newer attempt may hold it, and recording the late answer
# must never fail on the index.
_SENDS_AND_LATE_ANSWERS = """
ALTER TABLE payments ADD COLUMN last_sent_at TEXT;
ALTER TABLE payments ADD COLUMN sending_until TEXT;
ALTER TABLE payments ADD COLUMN late_at TEXT;
ALTER TABLE payments ADD COLUMN failure_code TEXT;
UPDATE payments SET last_sent_at = created_at, sending_until = created_at;
DROP INDEX payments_one_open_per_lock;
CREATE UNIQUE INDEX payments_one_open_per_lock ON payments(lock_key)
    WHERE state IN ('SUBMITTING', 'PENDING', 'PROCESSING', 'UNKNOWN') AND late_at IS NULL;
"""


def _search_only_live_rows() -> str:
    """Rows a sync found gone are not searched: keeping them in the index made a short prefix
    walk every gone match (100,000 after an account's cache was replaced) to find a handful."""
    contact_new = _CONTACT_VALUES.format(r="new")
    document_new = _DOCUMENT_VALUES.format(r="new")
    return f"""
DROP TRIGGER documents_fts_insert;
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.gone_at IS NULL BEGIN
    INSERT INTO documents_fts (rowid, number, note, counterparty, items) VALUES ({document_new});
END;
DROP TRIGGER documents_fts_update;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents
WHEN old.number IS NOT new.number OR old.note IS NOT new.note
    OR old.counterparty_name IS NOT new.counterparty_name OR old.item_names IS NOT new.item_names
    OR old.gone_at IS NOT new.gone_at
BEGIN
    DELETE FROM documents_fts WHERE rowid = old.doc_key;
    INSERT INTO documents_fts (rowid, number, note, counterparty, items)
        SELECT {document_new} WHERE new.gone_at IS NULL;
END;
DROP TRIGGER counterparties_fts_insert;
CREATE TRIGGER counterparties_fts_insert AFTER INSERT ON counterparties WHEN new.gone_at IS NULL BEGIN
    INSERT INTO contacts_fts (rowid, name, phone, email) VALUES ({contact_new});
END;
DROP TRIGGER counterparties_fts_update;
CREATE TRIGGER counterparties_fts_update AFTER UPDATE ON counterparties
WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.phone IS NOT new.phone
    OR old.email IS NOT new.email OR old.gone_at IS NOT new.gone_at
BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.id;
    INSERT INTO contacts_fts (rowid, name, phone, email) SELECT {contact_new} WHERE new.gone_at IS NULL;
END;
DELETE FROM documents_fts WHERE rowid IN (SELECT doc_key FROM documents WHERE gone_at IS NOT NULL);
DELETE FROM contacts_fts WHERE rowid IN (SELECT id FROM counterparties WHERE gone_at IS NOT NULL);
"""

# Taxes and discounts (services/taxes.py) are the app's own: the full breakdown of a document
# (what the merchant typed, each tax, each discount, what was sent to Dollr) kept per document.
_DOCUMENT_BREAKDOWNS = """
CREATE TABLE IF NOT EXISTS document_breakdowns (
    kind TEXT NOT NULL, document_id INTEGER NOT NULL,
    currency TEXT NOT NULL, prices_include_tax INTEGER NOT NULL DEFAULT 0,
    document_discount TEXT, document_tax TEXT,
    subtotal TEXT NOT NULL, discount TEXT NOT NULL, net TEXT NOT NULL, tax_total TEXT NOT NULL,
    total TEXT NOT NULL, taxes TEXT NOT NULL, lines TEXT NOT NULL, sent TEXT NOT NULL,
    ebm_reference TEXT NOT NULL DEFAULT '', updated_at TEXT,
    PRIMARY KEY (kind, document_id)
);
"""


# Every payment Dollr knows: a PAID document is a payment (the synced lists say so at once); its
# receipt, fetched on sync, adds who paid, how, the fees and the FX. The journal adds what the
# lists cannot show: this computer's pending, failed and refused attempts, and payouts.
_RECEIVED_PAYMENTS = """
CREATE TABLE received_payments (
    source_type TEXT NOT NULL, source_id INTEGER NOT NULL, source_number TEXT,
    reference_id TEXT, paid_at TEXT,
    counterparty_id INTEGER, counterparty_name TEXT, counterparty_phone TEXT,
    method TEXT, provider TEXT, account_name TEXT, provider_transaction_id TEXT,
    currency TEXT, total_amount TEXT,
    payer_amount TEXT, payer_currency TEXT, payee_amount TEXT, payee_currency TEXT,
    platform_fee TEXT, platform_currency TEXT, gateway_fee TEXT, gateway_currency TEXT,
    fx_fee TEXT, fx_rate TEXT, fee_bearer TEXT,
    PRIMARY KEY (source_type, source_id)
);
CREATE INDEX received_payments_reference ON received_payments(reference_id);
CREATE INDEX received_payments_method ON received_payments(method);
CREATE INDEX received_payments_currency ON received_payments(currency);
INSERT OR REPLACE INTO received_payments
SELECT source_type, source_id, source_number, coalesce(reference_id, json_extract(body, '$.reference_id')),
    coalesce(json_extract(body, '$.paid_at'), json_extract(body, '$.gateway_confirmed_at')),
    json_extract(body, '$.counterparty_id'), json_extract(body, '$.counterparty_name'),
    json_extract(body, '$.counterparty_phone'), json_extract(body, '$.payment_method'),
    json_extract(body, '$.payment_provider'), json_extract(body, '$.account_name'),
    json_extract(body, '$.provider_transaction_id'), json_extract(body, '$.currency'),
    CAST(json_extract(body, '$.total_amount') AS TEXT),
    CAST(json_extract(body, '$.payer_amount') AS TEXT), json_extract(body, '$.payer_currency'),
    CAST(json_extract(body, '$.payee_amount') AS TEXT), json_extract(body, '$.payee_currency'),
    CAST(json_extract(body, '$.platform_fee') AS TEXT), json_extract(body, '$.platform_currency'),
    CAST(json_extract(body, '$.gateway_fee') AS TEXT), json_extract(body, '$.gateway_currency'),
    CAST(json_extract(body, '$.fx_fee') AS TEXT), CAST(json_extract(body, '$.fx_rate') AS TEXT),
    json_extract(body, '$.fee_bearer')
FROM receipts;
CREATE INDEX documents_paid ON documents(status, paid_at);
CREATE INDEX documents_reference ON documents(reference_id);
CREATE TABLE opening_balances (
    currency TEXT PRIMARY KEY, amount TEXT NOT NULL, as_of TEXT NOT NULL, entered_at TEXT NOT NULL
);
CREATE VIEW payments_from_dollr AS
SELECT 'dollr' AS origin, d.kind || ':' || d.id AS key, 'COLLECTION' AS kind, 'COMPLETED' AS state,
    d.kind AS source_type, d.id AS source_id, d.number AS source_number,
    coalesce(r.reference_id, d.reference_id, j.reference_id) AS reference_id,
    d.counterparty_id AS counterparty_id, j.party_id AS party_id,
    coalesce(nullif(d.counterparty_name, ''), r.counterparty_name, j.party_name, '') AS party_name,
    coalesce(r.method, j.method) AS method, coalesce(r.provider, j.provider) AS provider,
    coalesce(j.account_number, r.counterparty_phone) AS account_number,
    d.total_amount AS amount, d.currency AS currency,
    coalesce(r.payer_amount, CAST(json_extract(j.quote, '$.payer_amount') AS TEXT)) AS payer_amount,
    coalesce(r.payer_currency, json_extract(j.quote, '$.payer_currency')) AS payer_currency,
    coalesce(r.payee_amount, j.payee_amount) AS payee_amount,
    coalesce(r.payee_currency, j.payee_currency) AS payee_currency,
    CASE WHEN r.source_id IS NULL THEN CAST(json_extract(j.quote, '$.platform_fee') AS TEXT) ELSE r.platform_fee END
        AS platform_fee,
    CASE WHEN r.source_id IS NULL THEN json_extract(j.quote, '$.platform_currency') ELSE r.platform_currency END
        AS platform_currency,
    CASE WHEN r.source_id IS NULL THEN CAST(json_extract(j.quote, '$.gateway_fee') AS TEXT) ELSE r.gateway_fee END
        AS gateway_fee,
    CASE WHEN r.source_id IS NULL THEN json_extract(j.quote, '$.gateway_currency') ELSE r.gateway_currency END
        AS gateway_currency,
    CASE WHEN r.source_id IS NULL THEN CAST(json_extract(j.quote, '$.fx_fee') AS TEXT) ELSE r.fx_fee END AS fx_fee,
    coalesce(r.fee_bearer, d.fee_bearer) AS fee_bearer,
    coalesce(r.provider_transaction_id, j.provider_transaction_id) AS provider_transaction_id,
    NULL AS failure_code, NULL AS server_message, j.reconciled_at AS reconciled_at,
    r.source_id IS NOT NULL AS has_receipt,
    d.paid_at AS at
FROM documents AS d
LEFT JOIN received_payments AS r ON r.source_type = d.kind AND r.source_id = d.id
LEFT JOIN payments AS j ON j.source_type = d.kind AND j.source_id = d.id AND j.kind = 'COLLECTION'
    AND j.state = 'COMPLETED'
WHERE d.status = 'PAID' AND d.gone_at IS NULL;
CREATE VIEW payments_from_journal AS
SELECT 'journal' AS origin, p.reference_id AS key, p.kind AS kind, p.state AS state,
    p.source_type AS source_type, p.source_id AS source_id, p.source_number AS source_number,
    p.reference_id AS reference_id, p.counterparty_id AS counterparty_id, p.party_id AS party_id,
    coalesce(p.party_name, '') AS party_name, p.method AS method, p.provider AS provider,
    p.account_number AS account_number, p.amount AS amount, p.currency AS currency,
    CAST(json_extract(p.quote, '$.payer_amount') AS TEXT) AS payer_amount,
    json_extract(p.quote, '$.payer_currency') AS payer_currency,
    p.payee_amount AS payee_amount, p.payee_currency AS payee_currency,
    CAST(json_extract(p.quote, '$.platform_fee') AS TEXT) AS platform_fee,
    json_extract(p.quote, '$.platform_currency') AS platform_currency,
    CAST(json_extract(p.quote, '$.gateway_fee') AS TEXT) AS gateway_fee,
    json_extract(p.quote, '$.gateway_currency') AS gateway_currency,
    CAST(json_extract(p.quote, '$.fx_fee') AS TEXT) AS fx_fee, NULL AS fee_bearer,
    p.provider_transaction_id AS provider_transaction_id, p.failure_code AS failure_code,
    p.server_message AS server_message, p.reconciled_at AS reconciled_at, 0 AS has_receipt,
    coalesce(p.finished_at, p.created_at) AS at
FROM payments AS p
WHERE p.kind <> 'COLLECTION' OR NOT EXISTS (
    SELECT 1 FROM documents AS d WHERE d.status = 'PAID' AND d.gone_at IS NULL
    AND ((d.kind = p.source_type AND d.id = p.source_id AND p.state = 'COMPLETED')
         OR d.reference_id = p.reference_id));
-- The list pages each part through its own index (a compound view would be sorted whole).
CREATE INDEX payments_at ON payments(coalesce(finished_at, created_at));
CREATE VIEW payment_list AS
SELECT * FROM payments_from_dollr UNION ALL SELECT * FROM payments_from_journal;
"""


# Closed cash-ups (end-of-day / end-of-shift Z-reports). A closed version never changes: its
# figures are a JSON snapshot of exact decimal text. Reopening marks the version reopened (the only
# update allowed, once) and closing again writes the next version of the same period.
_CASHUPS = """
CREATE TABLE cashups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    period_key TEXT NOT NULL, version INTEGER NOT NULL,
    since TEXT NOT NULL, until TEXT NOT NULL, shift TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL, closed_on TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL, replaces INTEGER REFERENCES cashups(id), reopened_at TEXT,
    UNIQUE (period_key, version)
);
CREATE INDEX cashups_since ON cashups(since);
CREATE TRIGGER cashups_closed_never_change BEFORE UPDATE ON cashups
WHEN OLD.reopened_at IS NOT NULL OR NEW.reopened_at IS NULL
    OR NEW.id IS NOT OLD.id OR NEW.period_key IS NOT OLD.period_key OR NEW.version IS NOT OLD.version
    OR NEW.since IS NOT OLD.since OR NEW.until IS NOT OLD.until OR NEW.shift IS NOT OLD.shift
    OR NEW.closed_at IS NOT OLD.closed_at OR NEW.closed_on IS NOT OLD.closed_on OR NEW.note IS NOT OLD.note
    OR NEW.snapshot IS NOT OLD.snapshot OR NEW.replaces IS NOT OLD.replaces
BEGIN SELECT RAISE(ABORT, 'a closed cash-up cannot be changed'); END;
CREATE TRIGGER cashups_never_deleted BEFORE DELETE ON cashups
BEGIN SELECT RAISE(ABORT, 'a closed cash-up cannot be deleted'); END;
"""


# People on this computer (PINs only as scrypt hashes), the hash-chained audit log, and payouts
# prepared by staff that wait for the owner's approval.
_PEOPLE_AND_AUDIT = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('owner', 'staff')),
    pin_hash TEXT NOT NULL, created_at TEXT NOT NULL, removed_at TEXT
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}', prev_hash TEXT NOT NULL, hash TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE prepared_payouts (
    id INTEGER PRIMARY KEY, recipient_id INTEGER, recipient_name TEXT NOT NULL, phone TEXT NOT NULL,
    amount TEXT NOT NULL, currency TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL, prepared_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'approved', 'refused')),
    decided_by TEXT, decided_at TEXT, reference_id TEXT
);
CREATE INDEX prepared_payouts_state ON prepared_payouts(state);
"""


# The till: the merchant's saved items (Dollr has no catalogue), their price in each currency,
# and which items a sale took (stock goes down once, when the sale is paid). IF NOT EXISTS: the
# lead may renumber migrations at merge, and a file may meet this one again.
_SAVED_ITEMS = """
CREATE TABLE IF NOT EXISTS saved_items (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT, category TEXT NOT NULL DEFAULT '',
    stock INTEGER, archived INTEGER NOT NULL DEFAULT 0, created_at TEXT, updated_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS saved_items_code ON saved_items(code) WHERE code IS NOT NULL;
CREATE INDEX IF NOT EXISTS saved_items_category ON saved_items(category, name COLLATE NOCASE) WHERE archived = 0;
CREATE TABLE IF NOT EXISTS saved_item_prices (
    item_id INTEGER NOT NULL REFERENCES saved_items(id) ON DELETE CASCADE,
    currency TEXT NOT NULL, price TEXT NOT NULL,
    PRIMARY KEY (item_id, currency)
);
CREATE VIRTUAL TABLE IF NOT EXISTS saved_items_fts USING fts5(name, code, category, tokenize = 'unicode61');
CREATE TRIGGER IF NOT EXISTS saved_items_fts_insert AFTER INSERT ON saved_items WHEN new.archived = 0 BEGIN
    INSERT INTO saved_items_fts (rowid, name, code, category)
        VALUES (new.id, new.name, coalesce(new.code, ''), new.category);
END;
CREATE TRIGGER IF NOT EXISTS saved_items_fts_update AFTER UPDATE ON saved_items BEGIN
    DELETE FROM saved_items_fts WHERE rowid = old.id;
    INSERT INTO saved_items_fts (rowid, name, code, category)
        SELECT new.id, new.name, coalesce(new.code, ''), new.category WHERE new.archived = 0;
END;
CREATE TRIGGER IF NOT EXISTS saved_items_fts_delete AFTER DELETE ON saved_items BEGIN
    DELETE FROM saved_items_fts WHERE rowid = old.id;
END;
CREATE TABLE IF NOT EXISTS till_sales (
    source_type TEXT NOT NULL, source_id INTEGER NOT NULL, currency TEXT NOT NULL,
    created_at TEXT NOT NULL, stock_taken_at TEXT,
    PRIMARY KEY (source_type, source_id)
);
CREATE TABLE IF NOT EXISTS till_sale_lines (
    source_type TEXT NOT NULL, source_id INTEGER NOT NULL, item_id INTEGER, name TEXT NOT NULL,
    qty INTEGER NOT NULL, price TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS till_sale_lines_sale ON till_sale_lines(source_type, source_id);
"""


# Payout runs: a run, its rows (each linked to its journal entry once begun) and saved lists.
# A row's money state lives in the journal (payments.source_type = 'PAYOUT_RUN', source_id = row id).
_PAYOUT_RUNS = """
CREATE TABLE payout_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    state TEXT NOT NULL,
    retry_of INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    approved_at TEXT,
    finished_at TEXT,
    results_csv TEXT,
    results_pdf TEXT
);
CREATE TABLE payout_run_rows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES payout_runs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    amount TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    counterparty_id INTEGER,
    included INTEGER NOT NULL DEFAULT 1,
    duplicate_ok INTEGER NOT NULL DEFAULT 0,
    step TEXT NOT NULL DEFAULT 'WAITING',
    reference_id TEXT,
    problem TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX payout_run_rows_run ON payout_run_rows(run_id, position);
CREATE TABLE payout_lists (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    rows TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

_CUSTOMER_LANGUAGES = """
CREATE TABLE IF NOT EXISTS customer_languages (
    phone TEXT PRIMARY KEY,          -- international digits
    language TEXT NOT NULL,          -- en / fr / rw
    updated_at TEXT NOT NULL
);
"""


# Refunds (services/refunds.py) go through the same journal: its `kind` CHECK is rebuilt to allow
# REFUND (SQLite cannot alter a CHECK). Columns: `payment_intent_id` (what a collection's execute or
# status answer carried, read tolerantly; for a refund, the original's), `refund_of` (the refunded
# payment's key, e.g. "INVOICE:12") and `reason`. payment_events (the only table referring to
# payments) is set aside and put back so the rebuild never trips a foreign key; the views on
# payments are dropped and recreated from their one definition above.
def _refund_journal() -> str:
    views, buffer = [], ""
    for line in _RECEIVED_PAYMENTS.splitlines(keepends=True):
        buffer += "" if line.lstrip().startswith("--") else line
        if sqlite3.complete_statement(buffer):
            if buffer.strip().startswith("CREATE VIEW"):
                views.append(buffer.strip().rstrip(";"))
            buffer = ""
    columns = ("reference_id, kind, state, lock_key, source_type, source_id, source_number, counterparty_id, "
               "party_id, party_name, session_id, account_id, account_number, method, provider, amount, "
               "currency, payee_amount, payee_currency, quote, fingerprint, server_status, server_message, "
               "provider_transaction_id, owner_run, retry_of, superseded_by, follow_up, check_count, "
               "created_at, updated_at, last_checked_at, finished_at, reconciled_at, last_sent_at, "
               "sending_until, late_at, failure_code")
    return f"""
DROP VIEW payment_list;
DROP VIEW payments_from_journal;
DROP VIEW payments_from_dollr;
CREATE TABLE payment_events_keep AS SELECT * FROM payment_events;
DROP TABLE payment_events;
CREATE TABLE payments_new (
    reference_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('COLLECTION', 'PAYOUT', 'REFUND')),
    state TEXT NOT NULL,
    lock_key TEXT NOT NULL,
    source_type TEXT, source_id INTEGER, source_number TEXT,
    counterparty_id INTEGER, party_id INTEGER, party_name TEXT,
    session_id INTEGER, account_id INTEGER, account_number TEXT, method TEXT, provider TEXT,
    amount TEXT NOT NULL, currency TEXT NOT NULL,
    payee_amount TEXT, payee_currency TEXT, quote TEXT NOT NULL DEFAULT '{{}}',
    fingerprint TEXT NOT NULL,
    server_status TEXT, server_message TEXT, provider_transaction_id TEXT,
    owner_run TEXT NOT NULL,
    retry_of TEXT, superseded_by TEXT,
    follow_up TEXT NOT NULL DEFAULT '[]',
    check_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    last_checked_at TEXT, finished_at TEXT, reconciled_at TEXT,
    last_sent_at TEXT, sending_until TEXT, late_at TEXT, failure_code TEXT,
    payment_intent_id INTEGER, refund_of TEXT, reason TEXT
);
INSERT INTO payments_new ({columns}) SELECT {columns} FROM payments;
DROP TABLE payments;
ALTER TABLE payments_new RENAME TO payments;
CREATE UNIQUE INDEX payments_one_open_per_lock ON payments(lock_key)
    WHERE state IN ('SUBMITTING', 'PENDING', 'PROCESSING', 'UNKNOWN') AND late_at IS NULL;
CREATE INDEX payments_created ON payments(created_at);
CREATE INDEX payments_source ON payments(source_type, source_id);
CREATE INDEX payments_state ON payments(state);
CREATE INDEX payments_at ON payments(coalesce(finished_at, created_at));
CREATE INDEX payments_refund_of ON payments(refund_of);
CREATE TABLE payment_events (
    id INTEGER PRIMARY KEY, reference_id TEXT NOT NULL REFERENCES payments(reference_id),
    at TEXT NOT NULL, origin TEXT NOT NULL, state TEXT NOT NULL,
    server_status TEXT, message TEXT
);
INSERT INTO payment_events SELECT * FROM payment_events_keep;
DROP TABLE payment_events_keep;
CREATE INDEX payment_events_reference ON payment_events(reference_id);
""" + "\n".join(view + ";" for view in views) + "\n"


# Recurring bills, reminders and payment plans (app-only facts: Dollr has no recurring or partial
# state). One bill_runs row per (schedule, date), written BEFORE the invoice is made, so a date can
# never make two invoices (services/recurring.py explains the recovery).
_BILLS_REMINDERS_PLANS = """
CREATE TABLE bill_schedules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('INVOICE', 'ORDER')),
    source_id INTEGER NOT NULL, source_number TEXT,
    counterparty_id INTEGER NOT NULL, counterparty_name TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', fee_bearer TEXT NOT NULL,
    as_payment_link INTEGER NOT NULL DEFAULT 1, due_days INTEGER,
    items TEXT NOT NULL,
    every TEXT NOT NULL CHECK (every IN ('WEEKLY', 'MONTHLY', 'TERM')),
    first_date TEXT NOT NULL, until_date TEXT, max_count INTEGER,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL, stopped_at TEXT
);
CREATE TABLE bill_runs (
    schedule_id INTEGER NOT NULL REFERENCES bill_schedules(id),
    bill_date TEXT NOT NULL,
    marker TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('STARTED', 'MADE')),
    document_id INTEGER, document_number TEXT, pay_url TEXT, error TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (schedule_id, bill_date)
);
CREATE TABLE reminder_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL, document_id INTEGER NOT NULL,
    channel TEXT NOT NULL, language TEXT NOT NULL, due_date TEXT, amount TEXT,
    sent_at TEXT NOT NULL
);
CREATE INDEX reminder_log_document ON reminder_log(kind, document_id, sent_at);
CREATE TABLE payment_plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL, document_id INTEGER NOT NULL,
    currency TEXT NOT NULL, total TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('OPEN', 'SETTLED', 'CANCELED')),
    created_at TEXT NOT NULL,
    UNIQUE (kind, document_id)
);
CREATE TABLE plan_parts (
    plan_id INTEGER NOT NULL REFERENCES payment_plans(id),
    position INTEGER NOT NULL,
    amount TEXT NOT NULL, due_date TEXT,
    order_id INTEGER, order_number TEXT, status TEXT, paid_at TEXT,
    PRIMARY KEY (plan_id, position)
);
"""


MIGRATIONS: tuple[str, ...] = (
    _CACHE_TABLES, _search_indexes(), _PAYMENT_JOURNAL, _OUTBOX, _NUMBER_INDEX, _SENDS_AND_LATE_ANSWERS,
    _search_only_live_rows(), _RECEIVED_PAYMENTS, _DOCUMENT_BREAKDOWNS, _CASHUPS, _PEOPLE_AND_AUDIT,
    _SAVED_ITEMS, _PAYOUT_RUNS, _refund_journal(), _BILLS_REMINDERS_PLANS, _CUSTOMER_LANGUAGES,
)
LATEST_VERSION = len(MIGRATIONS)


def file_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_newer_file(path: Path) -> None:
    """Look at the version before anything (even switching to WAL) writes to the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        current = file_version(conn)
    finally:
        conn.close()
    if current > LATEST_VERSION:
        raise StoreTooNewError(str(path), current, LATEST_VERSION)


def migrate(conn: sqlite3.Connection, path: Path, *, target: int = LATEST_VERSION) -> int:
    """Bring the file up to `target`; refuse files from a newer app. Returns the version."""
    conn.execute("BEGIN IMMEDIATE")  # a second window opening the same file waits here
    try:
        current = file_version(conn)
        if current > LATEST_VERSION:
            raise StoreTooNewError(str(path), current, LATEST_VERSION)
        for version in range(current + 1, target + 1):
            for statement in _statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return max(current, target)


def _statements(script: str) -> list[str]:
    """Split a script into statements (executescript would commit our transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
