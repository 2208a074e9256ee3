"""Collect a payment: the dialog (mobile-money push or payment link / QR), its QR and timeline widgets."""
