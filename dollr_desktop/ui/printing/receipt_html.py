"""ReceiptData -> the HTML/CSS that Qt's rich text engine lays out, from `resources/receipts/`.

Every value that came from the API or the merchant passes through `esc()` before it touches the
markup; fragments are assembled only from escaped values and fixed tags.

The printed words go through Qt's catalogue (context "Receipt"), so a French app prints "Reçu";
`QCoreApplication.translate` is thread-safe, and receipts render on a worker thread.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
from string import Template

from PySide6.QtCore import QCoreApplication

from dollr_desktop.ui import i18n
from dollr_desktop.services.receipts import ReceiptData
from dollr_desktop.ui.formatting import phone_label
from dollr_desktop.ui.money import format_money as _money
from dollr_desktop.ui.printing.layouts import ReceiptLayout
from dollr_desktop.ui.printing.logo import LOGO_RESOURCE, fitted_size
from dollr_desktop.ui.wording.catalogue import carrier_words, channel_words, fee_words
from dollr_desktop.ui.wording.taxes import tax_words

QR_RESOURCE = "dollr-receipt:qr"
RESOURCES_DIR = Path(__file__).resolve().parents[3] / "resources" / "receipts"
_TILL_INLINE_CHARS = 18
_MM_TO_CSS_PX = 96 / 25.4   # Qt scales document pixels from 96 dpi to the paint device


def tr(text: str) -> str:
    return QCoreApplication.translate("Receipt", text)


def format_money(amount, currency: str | None) -> str:
    """`1,855.00 LRD` (`1 855,00 LRD` in French): the app's one formatter, Dollr's digits kept."""
    return "" if amount is None else _money(amount, currency or "")


def labels() -> dict[str, str]:
    return {
        "t_receipt": esc(QCoreApplication.translate("Receipt", "Receipt")),
        "t_received_from": esc(QCoreApplication.translate("Receipt", "Received from")),
        "t_item": esc(QCoreApplication.translate("Receipt", "Item")),
        "t_qty": esc(QCoreApplication.translate("Receipt", "Qty")),
        "t_unit_price": esc(QCoreApplication.translate("Receipt", "Unit price")),
        "t_amount": esc(QCoreApplication.translate("Receipt", "Amount")),
        "t_payment": esc(QCoreApplication.translate("Receipt", "Payment")),
        "t_thanks": esc(QCoreApplication.translate("Receipt", "Thank you for your payment.")),
        "t_thanks_short": esc(QCoreApplication.translate("Receipt", "Thank you!")),
    }


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    return Template((RESOURCES_DIR / name).read_text(encoding="utf-8"))


def receipt_css(layout: ReceiptLayout) -> str:
    base = layout.spec.font_pt
    if layout.is_till:
        return _template("receipt_till.css").substitute(
            large_pt=f"{base * 1.35:.1f}", medium_pt=f"{base * 1.15:.1f}",
            small_pt=f"{base * 0.85:.1f}")
    return _template("receipt_page.css").template


def receipt_html(data: ReceiptData, layout: ReceiptLayout) -> str:
    """In the customer's language when their contact has one (words, numbers, dates), else the app's."""
    with i18n.speaking(data.language):
        return _receipt_html(data, layout)


def fx_rate_words(data: ReceiptData) -> str:
    """`1 LRD = 0.005391 USD (1 USD ≈ 185.49 LRD)`, written the language's way (`0,005391` in French):
    the API's rate with every digit, and the inverse people quote rounded to cents."""
    if data.fx_rate is None or not data.fx_currency_from or not data.fx_currency_to:
        return ""
    from decimal import ROUND_HALF_UP, Decimal

    rate = data.fx_rate.normalize()
    text = f"1 {data.fx_currency_from} = {i18n.format_decimal(rate, 0)} {data.fx_currency_to}"
    if 0 < data.fx_rate < 1:
        inverse = (1 / data.fx_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        text += f" (1 {data.fx_currency_to} ≈ {i18n.format_decimal(inverse, 2)} {data.fx_currency_from})"
    return text


def _receipt_html(data: ReceiptData, layout: ReceiptLayout) -> str:
    till = layout.is_till
    qr_px = round(layout.spec.qr_mm * _MM_TO_CSS_PX)
    values = {
        "merchant_name": esc(data.merchant.name),
        "logo_image": _logo_html(data, layout),
        "merchant_lines": _lines(_merchant_lines(data), "muted", center=till),
        "document_number": esc(data.document_number),
        "paid_line": esc(_paid_line(data)),
        "customer_name": esc(data.customer_name or QCoreApplication.translate("Receipt", "Customer")),
        "customer_lines": _lines([_phone(data.customer_phone), data.customer_email], "muted"),
        "item_rows": _till_item_rows(data) if till else _page_item_rows(data),
        "total_rows": _total_rows(data, till),
        "payment_rows": _payment_rows(data, till),
        "qr_image": (f'<img src="{QR_RESOURCE}" width="{qr_px}" height="{qr_px}" />'
                     if data.receipt_url else ""),
        "qr_cell_px": str(qr_px + 12),
        "qr_caption": esc(QCoreApplication.translate("Receipt", "Scan to see this receipt on Dollr")
                          if data.receipt_url else ""),
        "receipt_url": esc(data.receipt_url or ""),
        "note_block": _lines([data.note], "note"),
        **labels(),
    }
    name = "receipt_till.html" if till else "receipt_page.html"
    return _template(name).substitute(values)


def _logo_html(data: ReceiptData, layout: ReceiptLayout) -> str:
    """The logo above the business's name (its own paragraph), or nothing."""
    path = data.merchant.logo_path
    spec = layout.spec
    most_w_mm, most_h_mm = ((spec.width_mm - 2 * spec.margin_mm) * 0.8, 14) if layout.is_till else (60, 18)
    size = fitted_size(path, round(most_w_mm * _MM_TO_CSS_PX), round(most_h_mm * _MM_TO_CSS_PX)) if path else None
    if size is None:
        return ""
    align = ' align="center"' if layout.is_till else ""
    return f'<p{align}><img src="{LOGO_RESOURCE}" width="{size[0]}" height="{size[1]}" /></p>'


def _merchant_lines(data: ReceiptData) -> list[str | None]:
    m = data.merchant
    contact = " · ".join(x for x in (_phone(m.phone), m.email) if x)
    tax = QCoreApplication.translate("Receipt", "TIN {tax_id}").format(tax_id=m.tax_id) \
        if m.tax_id else None
    return [m.address, contact or None, tax]


def _phone(value: str | None) -> str | None:
    """`+231 886 401 275` for digits from the API; anything else as typed."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    return phone_label(digits) if digits and len(digits) >= 8 else value


def _paid_line(data: ReceiptData) -> str:
    if data.paid_at is None:
        return QCoreApplication.translate("Receipt", "Status: {status}").format(
            status=data.status) if data.status else ""
    paid = data.paid_at.astimezone() if data.paid_at.tzinfo else data.paid_at  # local time
    when = paid.strftime("%d %b %Y, %H:%M") if i18n.speaking_language() == "en" else \
        f"{i18n.format_date(paid)}, {paid.strftime('%H:%M')}"
    return QCoreApplication.translate("Receipt", "Paid {when}").format(when=when)


def _lines(lines: list[str | None], css_class: str, center: bool = False) -> str:
    align = ' align="center"' if center else ""
    return "".join(f'<p class="{css_class}"{align}>{esc(line)}</p>' for line in lines if line)


def _typed_lines(data: ReceiptData) -> tuple | None:
    """The lines as the merchant typed them (name, qty, unit price, amount), when taxes or
    discounts are kept for this document; Dollr's lines (the tax as a line) otherwise."""
    stored = data.breakdown
    if stored is None:
        return None
    return tuple((line.name, line.qty, line.unit_price, line.gross) for line in stored.breakdown.lines)


def _page_item_rows(data: ReceiptData) -> str:
    typed = _typed_lines(data)
    if typed is not None:
        return "".join(
            "<tr>"
            f'<td class="line">{esc(name)}</td>'
            f'<td class="line" align="right">{qty}</td>'
            f'<td class="line" align="right">{esc(format_money(unit, data.currency))}</td>'
            f'<td class="line" align="right">{esc(format_money(gross, data.currency))}</td>'
            "</tr>" for name, qty, unit, gross in typed)
    return "".join(
        "<tr>"
        f'<td class="line">{esc(line.name)}</td>'
        f'<td class="line" align="right">{line.qty}</td>'
        f'<td class="line" align="right">{esc(format_money(line.unit_price, line.currency))}</td>'
        f'<td class="line" align="right">{esc(format_money(line.line_total, line.currency))}</td>'
        "</tr>"
        for line in data.items)


def _till_item_rows(data: ReceiptData) -> str:
    rows = []
    typed = _typed_lines(data)
    if typed is not None:
        for name, qty, unit, gross in typed:
            rows.append(f'<tr><td class="item" colspan="2">{esc(name)}</td></tr>')
            rows.append(f"<tr><td>{qty} × {esc(format_money(unit, data.currency))}</td>"
                        f'<td align="right">{esc(format_money(gross, data.currency))}</td></tr>')
        return "".join(rows)
    for line in data.items:
        rows.append(f'<tr><td class="item" colspan="2">{esc(line.name)}</td></tr>')
        rows.append(
            f"<tr><td>{line.qty} × {esc(format_money(line.unit_price, line.currency))}</td>"
            f'<td align="right">{esc(format_money(line.line_total, line.currency))}</td></tr>')
    return "".join(rows)


def _row(key: str, value: str, css_class: str = "key") -> str:
    value_class = "total" if css_class == "total" else ""
    return (f'<tr><td class="{css_class}">{esc(key)}</td>'
            f'<td class="{value_class}" align="right">{esc(value)}</td></tr>')


def _total_rows(data: ReceiptData, till: bool) -> str:
    """Customer-borne fees sit between subtotal and total (they add up); merchant-borne fees
    come after the total with what the merchant received, so the customer's sum stays clear."""
    subtotal = _row(QCoreApplication.translate("Receipt", "Subtotal"), format_money(data.subtotal, data.currency))
    if data.breakdown is not None:
        subtotal = _breakdown_rows(data)
    fees = [_row(fee_words(fee.kind), format_money(fee.amount, fee.currency)) for fee in data.fees]
    bearer = (f'<tr><td class="bearer" colspan="2">{esc(_bearer_line(data))}'
              "</td></tr>") if data.fees and (data.fee_bearer or "").upper() in ("PAYER", "PAYEE") else ""
    total = _row(QCoreApplication.translate("Receipt", "Total paid"),
                 format_money(data.total_paid, data.total_paid_currency), "total")
    total += _plan_rows(data)
    if (data.fee_bearer or "").upper() != "PAYEE":
        return subtotal + "".join(fees) + bearer + total
    received = _row(QCoreApplication.translate("Receipt", "Merchant received"),
                    format_money(data.payee_amount, data.payee_currency)) \
        if data.payee_amount is not None else ""
    return subtotal + total + bearer + "".join(fees) + received


def _plan_rows(data: ReceiptData) -> str:
    """An instalment's receipt: which part of which document, paid so far and the balance."""
    part = data.plan_part
    if part is None:
        return ""
    translate = QCoreApplication.translate
    return (_row(translate("Receipt", "Part"), translate("Receipt", "{n} of {count} of {number}").format(
                n=part.position + 1, count=part.parts, number=part.parent_number))
            + _row(translate("Receipt", "Paid so far"), format_money(part.paid_so_far, data.currency))
            + _row(translate("Receipt", "Balance"), format_money(part.balance, data.currency)))


def _breakdown_rows(data: ReceiptData) -> str:
    """Subtotal, discount, net, each tax and the total they make (kept on this computer)."""
    b = data.breakdown.breakdown
    translate = QCoreApplication.translate
    rows = [_row(translate("Receipt", "Subtotal"), format_money(b.subtotal, data.currency))]
    if b.discount:
        rows.append(_row(translate("Receipt", "Discount"), "−" + format_money(b.discount, data.currency)))
    if b.taxes:
        rows.append(_row(translate("Receipt", "Net before tax"), format_money(b.net, data.currency)))
    for tax in b.taxes:
        rows.append(_row(tax_words(tax.code), format_money(tax.amount, data.currency)))
    rows.append(_row(translate("Receipt", "Total"), format_money(b.total, data.currency)))
    return "".join(rows)


def _ebm_rows(data: ReceiptData) -> list[tuple[str, str]]:
    if not data.merchant.ebm_field:
        return []
    reference = data.breakdown.ebm_reference if data.breakdown is not None else ""
    return [(QCoreApplication.translate("Receipt", "EBM receipt reference"), reference or "____________________")]


def _bearer_line(data: ReceiptData) -> str:
    if (data.fee_bearer or "").upper() == "PAYEE":
        return QCoreApplication.translate("Receipt", "Fees paid by the merchant")
    return QCoreApplication.translate("Receipt", "Fees paid by the customer")


def _payment_rows(data: ReceiptData, till: bool) -> str:
    rows: list[tuple[str, str]] = []
    translate = QCoreApplication.translate
    paid_with = channel_words(data.payment_method) or (data.payment_method or "")
    if paid_with:
        rows.append((translate("Receipt", "Paid with"), paid_with))
    carrier = carrier_words(data.payment_method, data.payment_provider)
    if carrier and carrier != paid_with:
        rows.append((translate("Receipt", "Operator"), carrier))
    if data.payer_account_name:
        rows.append((translate("Receipt", "Payer account"), data.payer_account_name))
    if data.crosses_currencies:
        if data.fx_rate_label:
            rows.append((translate("Receipt", "Exchange rate"), fx_rate_words(data)))
        if data.payer_amount is not None:
            rows.append((translate("Receipt", "Customer paid"),
                         format_money(data.payer_amount, data.payer_currency)))
        if data.payee_amount is not None and (data.fee_bearer or "").upper() != "PAYEE":
            rows.append((translate("Receipt", "Merchant received"),
                         format_money(data.payee_amount, data.payee_currency)))
    if data.provider_transaction_id:
        rows.append((translate("Receipt", "Transaction ID"), data.provider_transaction_id))
    if data.reference_id:
        rows.append((translate("Receipt", "Reference"), data.reference_id))
    rows.extend(_ebm_rows(data))
    if not till:
        return "".join(f'<tr><td class="key" width="28%">{esc(key)}</td><td>{esc(value)}</td></tr>'
                       for key, value in rows)
    # A till roll is narrow: long identifiers get a line of their own instead of breaking.
    return "".join(
        _row(key, value) if len(value) <= _TILL_INLINE_CHARS else
        f'<tr><td class="key" colspan="2">{esc(key)}</td></tr>'
        f'<tr><td class="ident" colspan="2">{esc(value)}</td></tr>'
        for key, value in rows)
