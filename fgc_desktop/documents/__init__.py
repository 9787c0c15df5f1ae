"""Printed documents (the family plan) built from domain objects; the only code using reportlab."""
