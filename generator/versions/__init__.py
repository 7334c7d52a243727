"""Many API versions: the manifest, the names lock, the change report, fetch and add."""
