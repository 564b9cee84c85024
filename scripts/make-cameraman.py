#!/usr/bin/env python3
"""Makes src/main/resources/dev/redshift/train/cameraman-64.png, the 64x64 target of the `image` task (DESIGN §8).

Reads scikit-image's camera.png (512x512, 8-bit gray; CC0 by the photographer, Lav Varshney) as Debian's
python3-skimage installs it, area-averages each 8x8 block and rounds to 8 bits.
Usage: apt-get install -y python3-skimage && /usr/bin/python3 scripts/make-cameraman.py"""
import os
import numpy as np
from skimage import data, io

SIZE = 64
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "dev", "redshift", "train",
                   "cameraman-64.png")

image = data.camera().astype(np.float64)
block = image.shape[0] // SIZE
assert image.shape == (SIZE * block, SIZE * block), image.shape
small = image.reshape(SIZE, block, SIZE, block).mean(axis=(1, 3))
io.imsave(OUT, np.clip(np.rint(small), 0, 255).astype(np.uint8), check_contrast=False)
print(f"wrote {os.path.normpath(OUT)}: {SIZE}x{SIZE}, mean {small.mean() / 255:.4f}")
