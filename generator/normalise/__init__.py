"""From the raw document to the IR: types, structural dedup, names, pagination, webhooks."""
