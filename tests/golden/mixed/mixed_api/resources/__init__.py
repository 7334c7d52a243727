"""Resource classes, one module per resource; the clients create them on first use."""

RESOURCES: dict[str, str] = {
    "nodes": "NodesResource",
    "pets": "PetsResource",
    "pings": "PingsResource",
    "uploads": "UploadsResource",
}
