"""Payment plans: a parent document paid in parts (deposit + instalments), each part its own Dollr
order linked here to the parent. App-only facts (Dollr has no partial state). No Qt; blocking."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dollr_desktop.store.connection import ConnectionPool
from dollr_desktop.store.rows import utc_now


@dataclass(frozen=True)
class PlanPart:
    plan_id: int
    position: int          # 0 is the deposit when the plan has one
    amount: Decimal
    due_date: date | None
    order_id: int | None
    order_number: str | None
    status: str | None     # the order's status on Dollr (IDLE, ACTIVE, PAID, CANCELED), None before it exists
    paid_at: str | None


@dataclass(frozen=True)
class Plan:
    id: int
    kind: str
    document_id: int
    currency: str
    total: Decimal
    state: str             # OPEN, SETTLED, CANCELED
    parts: tuple[PlanPart, ...]


class Plans:
    def __init__(self, pool: ConnectionPool) -> None:
        self._pool = pool

    def create(self, kind: str, document_id: int, currency: str, total: Decimal,
               parts: list[tuple[Decimal, date | None]]) -> Plan:
        with self._pool.transaction(durable=True) as conn:
            cursor = conn.execute("INSERT INTO payment_plans (kind, document_id, currency, total, state, created_at) "
                                  "VALUES (?,?,?,?, 'OPEN', ?)", (kind, document_id, currency, str(total), utc_now()))
            plan_id = int(cursor.lastrowid)
            conn.executemany("INSERT INTO plan_parts (plan_id, position, amount, due_date) VALUES (?,?,?,?)",
                             [(plan_id, n, str(amount), due.isoformat() if due else None)
                              for n, (amount, due) in enumerate(parts)])
        plan = self.get(plan_id)
        assert plan is not None
        return plan

    def get(self, plan_id: int) -> Plan | None:
        conn = self._pool.conn()
        row = conn.execute("SELECT id, kind, document_id, currency, total, state FROM payment_plans WHERE id = ?",
                           (plan_id,)).fetchone()
        if row is None:
            return None
        parts = tuple(
            PlanPart(plan_id, pos, Decimal(amount), date.fromisoformat(due) if due else None, order_id, number,
                     status, paid_at)
            for pos, amount, due, order_id, number, status, paid_at in conn.execute(
                "SELECT position, amount, due_date, order_id, order_number, status, paid_at FROM plan_parts "
                "WHERE plan_id = ? ORDER BY position", (plan_id,)))
        return Plan(row[0], row[1], row[2], row[3], Decimal(row[4]), row[5], parts)

    def for_document(self, kind: str, document_id: int) -> Plan | None:
        row = self._pool.conn().execute("SELECT id FROM payment_plans WHERE kind = ? AND document_id = ?",
                                        (kind, document_id)).fetchone()
        return self.get(row[0]) if row else None

    def plan_of_order(self, order_id: int) -> tuple[Plan, int] | None:
        """The plan an order is a part of, and its position."""
        row = self._pool.conn().execute("SELECT plan_id, position FROM plan_parts WHERE order_id = ?",
                                        (order_id,)).fetchone()
        plan = self.get(row[0]) if row else None
        return (plan, row[1]) if plan is not None else None

    def open_plans(self) -> list[Plan]:
        ids = [r[0] for r in self._pool.conn().execute("SELECT id FROM payment_plans WHERE state = 'OPEN'")]
        return [p for p in (self.get(i) for i in ids) if p is not None]

    def set_part(self, plan_id: int, position: int, *, order_id: int | None = None, order_number: str | None = None,
                 status: str | None = None, paid_at: str | None = None) -> None:
        with self._pool.transaction() as conn:
            conn.execute("UPDATE plan_parts SET order_id = coalesce(?, order_id), order_number = "
                         "coalesce(?, order_number), status = coalesce(?, status), paid_at = coalesce(?, paid_at) "
                         "WHERE plan_id = ? AND position = ?",
                         (order_id, order_number, status, paid_at, plan_id, position))

    def set_state(self, plan_id: int, state: str) -> None:
        with self._pool.transaction() as conn:
            conn.execute("UPDATE payment_plans SET state = ? WHERE id = ?", (state, plan_id))
