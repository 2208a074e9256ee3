"""HTML for the hosted pages. Every dynamic value passes through `e()` (html.escape, quotes too)."""
from __future__ import annotations

from decimal import Decimal
from html import escape

from dollr_desktop.sandbox.fees import MINOR_UNITS
from dollr_desktop.sandbox.serializers import iso
from dollr_desktop.sandbox.state import SandboxState

STYLE = """
body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1d2433}
.box{border:1px solid #d5dae3;border-radius:10px;padding:1rem 1.25rem;margin:1rem 0}
table{width:100%;border-collapse:collapse}td{padding:.3rem 0}td.r{text-align:right}
.total td{font-weight:700;border-top:1px solid #d5dae3}.error{color:#b42318}.ok{color:#067647}
.badge{display:inline-block;background:#fef0c7;border-radius:6px;padding:.1rem .5rem;font-size:.8rem}
input,select,button{font:inherit;padding:.45rem;margin:.2rem 0;width:100%;box-sizing:border-box}
button{background:#1849a9;color:#fff;border:0;border-radius:6px;cursor:pointer}
"""


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def money(amount: Decimal, currency: str) -> str:
    """Amounts are whole minor units of their currency (fees.py), so this pads and never rounds."""
    return f"{e(currency)} {amount:,.{MINOR_UNITS.get(currency, 2)}f}"


def page(title: str, body: str, *, refresh: int | None = None) -> str:
    meta = f'<meta http-equiv="refresh" content="{int(refresh)}">' if refresh else ""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{meta}"
            f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{e(title)}</title>"
            f"<style>{STYLE}</style></head><body><p class='badge'>Dollr practice mode: no real money moves"
            f"</p><h1>{e(title)}</h1>{body}</body></html>")


def _items_table(items: list[dict], currency: str, total: Decimal) -> str:
    rows = "".join(f"<tr><td>{e(i['name'])} × {int(i['qty'])}</td>"
                   f"<td class='r'>{money(i['amount'] * i['qty'], i['currency'])}</td></tr>" for i in items)
    return f"<table>{rows}<tr class='total'><td>Total</td><td class='r'>{money(total, currency)}</td></tr></table>"


def pay_html(state: SandboxState, link: dict, doc: dict, items: list[dict]) -> str:
    merchant = state.merchant["name"]
    head = (f"<div class='box'><p>{e(merchant)} asks you to pay <strong>{e(doc['number'])}</strong></p>"
            f"{_items_table(items, doc['currency'], doc['total_amount'])}"
            f"<p>{e(doc['note'])}</p></div>")
    if doc["status"] != "ACTIVE":
        words = {"PAID": "This has been paid. Thank you!", "CANCELED": "The merchant canceled this request.",
                 "PROCESSING": "A payment is in progress.", "IDLE": "This request is not ready yet."}
        return page(f"Pay {merchant}", head + f"<p>{e(words.get(doc['status'], doc['status']))}</p>")
    currencies = "".join(f"<option value='{c}'{' selected' if c == doc['currency'] else ''}>{c}</option>"
                         for c in ("USD", "LRD", "RWF"))
    momo = (f"<form class='box' method='post' action='/pay/{e(link['token'])}/momo'><h2>Mobile money</h2>"
            "<label>Phone number (with country code)<input name='phone' inputmode='numeric' "
            "placeholder='231881234567' required></label>"
            f"<label>Pay in<select name='currency'>{currencies}</select></label>"
            "<button type='submit'>Send payment request to my phone</button></form>")
    card = (f"<form class='box' method='post' action='/pay/{e(link['token'])}/card'><h2>Card</h2>"
            "<label>Name on card<input name='name' autocomplete='cc-name'></label>"
            "<label>Card number<input name='card_number' inputmode='numeric' placeholder='4242 4242 4242 4242' "
            "required></label><label>Expiry (MM/YY)<input name='expiry' placeholder='12/30' required></label>"
            "<label>Security code<input name='cvc' inputmode='numeric' required></label>"
            "<button type='submit'>Pay by card (USD)</button></form>")
    cancel = f"<p><a href='{e(link['cancel_url'])}'>Cancel and return</a></p>" if link.get("cancel_url") else ""
    return page(f"Pay {merchant}", head + momo + card + cancel)


def three_ds_html(ex: dict) -> str:
    ref = e(ex["reference_id"])
    amount = money(ex["payer_amount"], ex["payer_currency"])
    last4 = e(ex.get("card_last4") or "····")
    body = (f"<div class='box'><p>Your bank asks you to confirm a payment of <strong>{amount}</strong> "
            f"with the card ending {last4}.</p>"
            f"<form method='post' action='/pay/3ds/{ref}'><input type='hidden' name='action' value='authenticate'>"
            "<button type='submit'>Complete authentication</button></form>"
            f"<form method='post' action='/pay/3ds/{ref}'><input type='hidden' name='action' value='fail'>"
            "<button type='submit' style='background:#b42318'>Fail authentication</button></form></div>")
    return page("3-D Secure check", body)


def status_html(link: dict, doc: dict, ex: dict, receipt_url: str | None) -> str:
    status = ex["status"]
    amount = money(ex["payer_amount"], ex["payer_currency"])
    if status == "COMPLETED":
        body = f"<p class='ok'>Payment of {amount} received for {e(doc['number'])}. Thank you!</p>"
        if receipt_url:
            body += f"<p><a href='{e(receipt_url)}'>View your receipt</a></p>"
        if link.get("success_url"):
            body += f"<p><a href='{e(link['success_url'])}'>Return to the merchant</a></p>"
        return page("Payment received", body)
    if status == "FAILED":
        body = (f"<p class='error'>{e(ex.get('gateway_message') or 'The payment failed.')}</p>"
                f"<p><a href='/pay/{e(link['token'])}'>Try again</a></p>")
        return page("Payment failed", body)
    body = (f"<p>Waiting for confirmation of {amount}. If you paid by mobile money, approve the request "
            "on your phone. This page refreshes by itself.</p>"
            f"<p>Reference <code>{e(ex['reference_id'])}</code> · status {e(status)}</p>")
    return page("Payment in progress", body, refresh=2)


def receipt_html(state: SandboxState, doc: dict, receipt: dict) -> str:
    items = [{"name": i["name"], "qty": i["qty"], "amount": Decimal(str(i["amount"])), "currency": i["currency"]}
             for i in receipt["items"]]
    lines = [("Paid on", receipt.get("paid_at")), ("Customer", receipt["counterparty_name"]),
             ("Paid with", receipt.get("payment_method")), ("Payer paid",
             f"{receipt.get('payer_currency')} {receipt.get('payer_amount')}"),
             ("Transaction", receipt.get("provider_transaction_id")), ("Reference", receipt.get("reference_id"))]
    facts = "".join(f"<tr><td>{e(k)}</td><td class='r'>{e(v)}</td></tr>" for k, v in lines if v)
    body = (f"<div class='box'><p><strong>{e(state.merchant['name'])}</strong><br>{e(state.merchant['phone'])}"
            f"</p><p>{e(doc['number'])} · {e(iso(doc['paid_at']))}</p>"
            f"{_items_table(items, doc['currency'], doc['total_amount'])}<table>{facts}</table></div>")
    return page(f"Receipt {doc['number']}", body)
