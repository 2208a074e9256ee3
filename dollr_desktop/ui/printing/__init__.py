"""Receipt rendering, PDF export, printing and sharing (Qt). Entry points: `receipt_actions`."""
