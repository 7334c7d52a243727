"""From the IR to files: the SDK (``sdk``), stub, webhooks, docs; ``package`` puts them together."""
