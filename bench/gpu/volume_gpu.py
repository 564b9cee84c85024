#!/usr/bin/env python3
"""GPU sizing for the blog's local-volume sweep (README, "Local volumes"): the peer's exact procedure
(../shared/bench/peer_volume.py, imported unchanged) with its forward passes moved to CUDA, and the raw throughput
of batched modadd forward passes, from which the full sweep (5 activations x 5 depths x 6 scales x 100 seeds) is
projected. Redshift's own GPU path needs a CUDA libtorch 2.7.1 that this measurement's machine did not have, so
these are the tensor program's figures on the device, not Redshift's.

  python3 bench/gpu/volume_gpu.py PEER_DIR [NETS]
"""
import math
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, sys.argv[1])
import peer_volume as pv  # noqa: E402

if not hasattr(np, "trapz"):  # NumPy 2.4 dropped the alias the peer uses
    np.trapz = np.trapezoid

NETS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
DEV = torch.device(os.environ.get("DEVICE", "cuda"))


def sync():
    if DEV.type == "cuda":
        torch.cuda.synchronize()
evaluated = [0]


def cost_on_gpu(w0, dirs, radii, log_p0, p0, layout, n, act):
    """The peer's cost, with the parameter sets built and evaluated on the GPU."""
    evaluated[0] += radii.shape[0]
    flat = (w0.to(DEV)[None, :] + radii.to(DEV)[:, None] * dirs.to(DEV)).to(pv.DTYPE)
    log_q = torch.log_softmax(pv.forward(flat, layout, n, act), dim=-1)
    lp, p = log_p0.to(DEV), p0.to(DEV)
    return (p[None] * (lp[None] - log_q)).sum(-1).mean(-1).double().cpu()


pv.cost = cost_on_gpu  # the peer's radius search looks its cost function up by name


def per_network(depth, act_name, scale):
    """Volumes per second of the peer's one-network-at-a-time program, forward passes on the GPU."""
    n, e, h = 53, 36, 48
    layout = pv.shapes(n, e, h, depth)
    d = sum(int(np.prod(s)) for _, s, _ in layout)
    act = pv.ACTIVATIONS[act_name]
    evaluated[0] = 0
    values = []
    sync()
    t0 = time.perf_counter()
    with torch.no_grad():
        for k in range(NETS):
            gen = torch.Generator().manual_seed(k)
            w0 = pv.init_params(layout, scale, gen)
            sigma = float(w0.norm()) / math.sqrt(d)
            dirs = torch.randn(100, d, generator=gen, dtype=torch.float64)
            dirs = dirs / dirs.norm(dim=1, keepdim=True)
            log_p0 = torch.log_softmax(pv.forward(w0[None].to(pv.DTYPE), layout, n, act)[0], -1)
            radii = pv.radii_of(w0, dirs, 0.01, sigma, 1e-6, layout, n, act, log_p0, log_p0.exp())
            values.append(pv.log_gaussian_volume(w0, dirs, radii, sigma).mean())
    sync()
    dt = time.perf_counter() - t0
    print(f"per-network depth={depth} {act_name} x{scale}: D={d}, {NETS} volumes in {dt:.2f} s = "
          f"{NETS / dt:.3f} volumes/s, {evaluated[0] / NETS:.0f} parameter sets per volume, "
          f"mean-log {np.mean(values):.1f}", flush=True)
    return evaluated[0] / NETS


def batched_rate(depth, rows):
    """Parameter sets evaluated per second when `rows` sets form one forward pass (all 53^2 inputs)."""
    n, e, h = 53, 36, 48
    layout = pv.shapes(n, e, h, depth)
    d = sum(int(np.prod(s)) for _, s, _ in layout)
    flat = (torch.rand(rows, d, device=DEV) * 2 - 1) * 0.15
    with torch.no_grad():
        for _ in range(3):
            pv.forward(flat, layout, n, torch.relu)
        sync()
        reps, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < 2.0:
            torch.log_softmax(pv.forward(flat, layout, n, torch.relu), -1)
            reps += 1
        sync()
        dt = time.perf_counter() - t0
    rate = reps * rows / dt
    print(f"batched depth={depth} rows={rows}: {rate:,.0f} parameter sets/s", flush=True)
    return rate


def main():
    print(torch.__version__, torch.cuda.get_device_name(0) if DEV.type == "cuda" else "cpu", flush=True)
    passes = {1: per_network(1, "relu", 1.0), 5: per_network(5, "relu", 1.0)}
    per_network(5, "tanh", 10 ** 0.5)
    # the sweep: per depth, 3,000 networks (5 activations x 6 scales x 100 seeds) of 100 directions each; the
    # parameter sets per volume measured at depths 1 and 5 (ReLU, scale 1) and interpolated between them
    rate = {dd: max(batched_rate(dd, rows) for rows in (1000, 4000, 16000)) for dd in range(1, 6)}
    exact = sum(3000 * (passes[1] + (passes[5] - passes[1]) * (dd - 1) / 4) / rate[dd] for dd in rate)
    blog = sum(3000 * 100 * 15 / rate[dd] for dd in rate)
    print(f"projected exact sweep (15,000 volumes): {exact / 60:.1f} min of batched forward passes on this GPU; "
          f"the blog procedure (at most 15 evaluations per direction) at most {blog / 60:.1f} min more", flush=True)

if __name__ == "__main__":
    main()
