"""Use cases the buttons call: each combines domain rules, the store and documents."""
