"""Proof a stranger can check: investigator keys, signed PDF reports, RFC 3161 timestamps.

Qt-free and workspace-free: ``keys`` (the investigator's Ed25519 key and trusted keys),
``pdfsign`` (PAdES signatures bound to that key) and ``timestamps`` (offline RFC 3161 round trips).
Nothing here opens a socket; see ``_aio`` for how pyHanko's coroutines are run.
"""
