"""Reading a spec: JSON/YAML with located errors, validation, ``$ref`` resolution."""
