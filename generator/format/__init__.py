"""Text of generated Python: literals, docstrings, black's layout (``pyfmt``, ``blackcache``)."""
