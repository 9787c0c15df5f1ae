"""The conference process in plain Python: stages, rules, validation, the canonical plan."""
