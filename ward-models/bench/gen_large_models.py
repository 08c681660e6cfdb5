"""Writes large benign model-like files for the throughput bench, with python3's standard library only.

usage: gen_large_models.py OUT_DIR SIZE_MB
  OUT_DIR/large.pkl        a protocol-4 pickle: an OrderedDict of bytes blobs (one big stream of BINBYTES8 payloads)
  OUT_DIR/large_torch.zip  the same pickle as archive/data.pkl plus raw archive/data/N blobs, stored like torch.save
  OUT_DIR/many_opcodes.pkl a SIZE_MB/8 pickle of small ints appended to a list: opcode-bound, nothing to skip
"""
import collections
import os
import pickle
import sys
import zipfile

out, size_mb = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
chunk = os.urandom(1 << 20)
blobs = max(1, size_mb // 64)
state = collections.OrderedDict()
with open(os.path.join(out, "large.pkl"), "wb") as f:
    # Stream the pickle by hand so the generator never holds SIZE_MB in memory: PROTO 4, EMPTY_DICT, then per blob
    # a key, BINBYTES8 and SETITEM, then STOP.
    f.write(b"\x80\x04}")
    for i in range(blobs):
        key = ("layer.%d.weight" % i).encode()
        f.write(b"\x8c" + bytes([len(key)]) + key)
        n = 64 << 20
        f.write(b"\x8e" + n.to_bytes(8, "little"))
        for _ in range(64):
            f.write(chunk)
        f.write(b"s")
    f.write(b".")

meta = pickle.dumps(collections.OrderedDict((("layer.%d.weight" % i, i) for i in range(blobs))), protocol=2)
with zipfile.ZipFile(os.path.join(out, "large_torch.zip"), "w", zipfile.ZIP_STORED, allowZip64=True) as z:
    z.writestr("archive/data.pkl", meta)
    z.writestr("archive/version", "3\n")
    for i in range(blobs):
        with z.open("archive/data/%d" % i, "w", force_zip64=True) as w:
            for _ in range(64):
                w.write(chunk)

with open(os.path.join(out, "many_opcodes.pkl"), "wb") as f:
    # PROTO 4, EMPTY_LIST, then batches of MARK + 1000 x BININT1 + APPENDS: two bytes per opcode.
    batch = b"(" + b"K\x07" * 1000 + b"e"
    f.write(b"\x80\x04]")
    for _ in range((size_mb << 20) // 8 // len(batch)):
        f.write(batch)
    f.write(b".")
