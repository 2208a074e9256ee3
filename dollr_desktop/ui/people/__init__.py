"""People on this computer: sign in and switch user, the lock screen, the People and Audit log pages."""
