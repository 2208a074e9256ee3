"""Payouts: pay suppliers and staff by mobile money, approved with the merchant passcode."""
