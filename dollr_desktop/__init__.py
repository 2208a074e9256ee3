"""Dollr Desktop: invoices, collections and payouts for small merchants, on the Dollr API."""

__version__ = "0.1.0"
APP_NAME = "Dollr Desktop"
USER_AGENT = f"DollrDesktop/{__version__}"
