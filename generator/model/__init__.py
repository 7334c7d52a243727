"""The intermediate representation every later stage reads (``ir``)."""
