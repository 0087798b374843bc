"""Tables of facts as Python literals: agencies, places, the small words of place names, months, characters."""
