#!/usr/bin/env python3
"""What a GPU allows for trained claims (README, "Trained networks"): the peer's batched full-batch Adam program
(../shared/bench/peer_train.py: its task, initialisation and forward pass, imported unchanged) run on CUDA at
growing batches, runs per second at each. Redshift's own GPU path needs a CUDA libtorch 2.7.1 that the machine
measured did not have, so these are the tensor program's figures on the device, not Redshift's.

  python3 bench/gpu/train_gpu.py PEER_DIR [STEPS]
"""
import os
import sys
import time

import torch

sys.path.insert(0, sys.argv[1])
import peer_train as pt  # noqa: E402

STEPS = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
DEV = torch.device(os.environ.get("DEVICE", "cuda"))


def sync():
    if DEV.type == "cuda":
        torch.cuda.synchronize()


def train(batch, gen, xtr, ytr, xte, yte):
    params = [p.detach().to(DEV).requires_grad_() for p in pt.init(batch, [2, 128, 128, 128, 128, 1], gen)]
    opt = torch.optim.Adam(params, lr=0.001)
    for _ in range(STEPS):
        opt.zero_grad(set_to_none=True)
        logits = pt.forward(params, xtr, "relu", 1.0)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            logits, ytr.expand_as(logits), reduction="none").mean(1).sum()
        loss.backward()
        opt.step()
    with torch.no_grad():
        return ((pt.forward(params, xte, "relu", 1.0) > 0).float() == yte).float().mean(1).mean().item()


def main():
    print(torch.__version__, torch.cuda.get_device_name(0) if DEV.type == "cuda" else "cpu", flush=True)
    gen = torch.Generator().manual_seed(0)
    xtr, ytr, xte, yte = (t.to(DEV) for t in pt.task(16, 10, 2, gen))
    train(8, gen, xtr, ytr, xte, yte)  # warm-up: kernels, allocator
    for batch in (40, 256, 1024, 4096):
        sync()
        t0 = time.perf_counter()
        acc = train(batch, gen, xtr, ytr, xte, yte)
        sync()
        dt = time.perf_counter() - t0
        print(f"batch {batch}: {batch} runs x {STEPS} steps in {dt:.1f} s = {batch / dt:.1f} runs/s, "
              f"test accuracy {acc:.3f}, peak memory {(torch.cuda.max_memory_allocated() if DEV.type == 'cuda' else 0) / 2**20:.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
