"""Sync over the venue LAN: pairing, sealed requests, the long-polling pull, mDNS (docs/sync.md, 7)."""
