"""Tables of facts as Python literals: agencies, places, months."""
