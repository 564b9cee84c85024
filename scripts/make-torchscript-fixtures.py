#!/usr/bin/env python3
"""Makes the TorchScript modules under examples/torchscript/ that the `torchscript` family's tests and the README
use; they are committed, so the build needs no Python.

Every module maps a (points, inputs) float tensor to (points, 1), as the family expects (DESIGN §2 networks
written in PyTorch). relu-mlp.pt and tanh-mlp.pt are the built-in `mlp` at its defaults (2 inputs, 3 hidden
layers of 64 units, one linear output): their profiles must give the built-in's verdicts. residual-ln-mlp.pt is
the README's "your architecture". wrong-output.pt and three-inputs.pt are the wrong shapes the loader refuses.

Usage: apt-get install -y python3-torch libopenblas0-pthread && /usr/bin/python3 scripts/make-torchscript-fixtures.py
"""
import os

import torch
from torch import nn

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "examples", "torchscript"))


def mlp(activation, inputs=2, width=64, depth=3, outputs=1):
    layers, fan_in = [], inputs
    for _ in range(depth):
        layers += [nn.Linear(fan_in, width), activation()]
        fan_in = width
    layers.append(nn.Linear(fan_in, outputs))
    return nn.Sequential(*layers)


class ResidualLayerNormMlp(nn.Module):
    """x <- x + tanh(LayerNorm(W x + b)) after a first projection: an architecture a user might bring."""

    def __init__(self, inputs=2, width=64, depth=3):
        super().__init__()
        self.embed = nn.Linear(inputs, width)
        self.blocks = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.norms = nn.ModuleList(nn.LayerNorm(width, elementwise_affine=False) for _ in range(depth))
        self.head = nn.Linear(width, 1)

    def forward(self, x):
        h = self.embed(x)
        for block, norm in zip(self.blocks, self.norms):
            h = h + torch.tanh(norm(block(h)))
        return self.head(h)


def save(name, module, inputs=2):
    torch.manual_seed(0)  # the saved parameters are what `init: saved` evaluates
    for p in module.parameters():
        with torch.no_grad():
            if p.dim() > 1:
                nn.init.xavier_uniform_(p)
            else:
                nn.init.uniform_(p, -1, 1)
    scripted = torch.jit.script(module.eval())
    path = os.path.join(OUT, name)
    scripted.save(path)
    y = scripted(torch.zeros(5, inputs))
    print(f"wrote {os.path.relpath(path)}: (5, {inputs}) -> {tuple(y.shape)}")
    return scripted


def save_outputs(name, scripted, points):
    """What the saved module computes at a few points: the test of `init: saved`, computed by PyTorch itself."""
    x = torch.tensor(points, dtype=torch.float32)
    with torch.no_grad():
        y = scripted(x)[:, 0]
    with open(os.path.join(OUT, name), "w") as f:
        f.write("x1,x2,y\n")
        for (a, b), v in zip(points, y.tolist()):
            f.write(f"{a!r},{b!r},{v!r}\n")


os.makedirs(OUT, exist_ok=True)
torch.manual_seed(0)
relu = save("relu-mlp.pt", mlp(nn.ReLU))
save_outputs("relu-mlp-saved-outputs.csv", relu, [[-1.0, -1.0], [0.0, 0.5], [1.0, -0.25], [0.75, 0.75]])
save("tanh-mlp.pt", mlp(nn.Tanh))
save("residual-ln-mlp.pt", ResidualLayerNormMlp())
save("wrong-output.pt", mlp(nn.ReLU, depth=1, width=8, outputs=3))
save("three-inputs.pt", mlp(nn.ReLU, inputs=3, depth=1, width=8), inputs=3)
