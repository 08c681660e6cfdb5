#!/usr/bin/env python3
"""Listens on each ADDRESS:PORT given (loopback or a private test namespace only), accepts and closes every
connection, and runs until killed. With --no-accept, listens with a backlog of 1 and never accepts, so further
connects hang until the client's timeout (a tarpit for memory benchmarks)."""
import selectors
import socket
import sys

no_accept = "--no-accept" in sys.argv
targets = [a for a in sys.argv[1:] if not a.startswith("--")]
sel = selectors.DefaultSelector()
for target in targets:
    host, port = target.rsplit(":", 1)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((host, int(port)))
    s.listen(1 if no_accept else 4096)
    if not no_accept:
        s.setblocking(False)
        sel.register(s, selectors.EVENT_READ)
print("listening", flush=True)
while True:
    if no_accept:
        selectors.DefaultSelector().select(3600)
        continue
    for key, _ in sel.select():
        try:
            conn, _ = key.fileobj.accept()
            conn.close()
        except OSError:
            pass
