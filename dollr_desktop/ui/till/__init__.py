"""The till: the sale screen, the saved items, the waiting strip and the customer display."""
