"""The code of the lint's rules, one module per family; the rules' codes, severities and messages are data."""
