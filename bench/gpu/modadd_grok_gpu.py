#!/usr/bin/env python3
"""The blog-size grokking question (specs-gpu/local-volume-training-blog.yaml) as a plain PyTorch program on a GPU.

Redshift's own GPU path needs a CUDA libtorch 2.7.1 the lent machine does not have, so these are the task's figures
on the device, not Redshift's. Same definitions as task modadd and the grokked measure: modadd N 53, e 36, h 48,
depth 1, every weight and bias U(±1/sqrt(fan_in)); all N² pairs, label (a + b) mod N, a random FR of them per run
train; full-batch torch.optim.AdamW (lr LR, weight decay 1), R runs per activation as one batched program;
accuracies every 10 steps; grokked = test accuracy ≥ 0.9 at or after the first checkpoint with training accuracy 1.
Prints per activation the runs that grokked and their steps, then gelu − relu with a normal 95% interval
(descriptive).

  python3 bench/gpu/modadd_grok_gpu.py R STEPS LR FR     (outputs: bench/gpu/modadd_grok_gpu*.h200.txt)
"""
import math
import sys
import time

import torch

N, E, H = 53, 36, 48
DEVICE = torch.device("cuda")
ACTIVATIONS = {"relu": torch.relu, "gelu": torch.nn.functional.gelu}


def uniform(gen, shape, fan_in):
    """PyTorch's default initialisation of a linear layer: U(±1/sqrt(fan_in))."""
    return ((torch.rand(shape, generator=gen) * 2 - 1) / math.sqrt(fan_in)).to(DEVICE).requires_grad_()


def run(activation, seed, runs, steps, lr, fraction):
    """Trains `runs` networks together; returns (grokked, their steps, mean final test accuracy, fitted, seconds)."""
    gen = torch.Generator().manual_seed(seed)
    params = [uniform(gen, (runs, N, E), N), uniform(gen, (runs, N, E), N),      # E_L, E_R
              uniform(gen, (runs, E, H), E), uniform(gen, (runs, E, H), E),      # W_L, W_R
              uniform(gen, (runs, H, H), H), uniform(gen, (runs, 1, H), H),      # W_1, c_1
              uniform(gen, (runs, H, N), H), uniform(gen, (runs, 1, N), H)]      # U, b_U
    act = ACTIVATIONS[activation]
    pairs = N * N
    a, b = torch.arange(pairs) // N, torch.arange(pairs) % N
    labels = ((a + b) % N).to(DEVICE)
    n_train = round(fraction * pairs)
    order = torch.stack([torch.randperm(pairs, generator=gen) for _ in range(runs)]).to(DEVICE)
    train, test = order[:, :n_train], order[:, n_train:]
    one_a = torch.nn.functional.one_hot(a, N).float().to(DEVICE)
    one_b = torch.nn.functional.one_hot(b, N).float().to(DEVICE)

    def logits(p):
        el, er, wl, wr, w1, c1, u, bu = p
        h = act(one_a @ (el @ wl) + one_b @ (er @ wr))
        h = act(h @ w1 + c1)
        return h @ u + bu

    opt = torch.optim.AdamW(params, lr=lr, weight_decay=1.0)
    fitted = torch.zeros(runs, dtype=torch.bool, device=DEVICE)
    grokked_at = torch.full((runs,), -1, device=DEVICE)
    train_labels = labels[train]
    start = time.time()
    for step in range(steps + 1):
        if step % 10 == 0 or step == steps:
            with torch.no_grad():
                right = (logits(params).argmax(-1) == labels).float()
                train_acc = torch.gather(right, 1, train).mean(1)
                test_acc = torch.gather(right, 1, test).mean(1)
                fitted |= train_acc >= 1
                grokked_at[fitted & (test_acc >= 0.9) & (grokked_at < 0)] = step
        if step == steps:
            break
        z = torch.gather(logits(params), 1, train.unsqueeze(-1).expand(-1, -1, N))
        loss = torch.nn.functional.cross_entropy(z.reshape(-1, N), train_labels.reshape(-1), reduction="none")
        # mean over a run's training pairs, summed over runs: each run's gradient is its own
        loss = loss.view(runs, n_train).mean(1).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    torch.cuda.synchronize()
    at = grokked_at.cpu()
    return ((at >= 0).sum().item(), sorted(at[at >= 0].tolist()), test_acc.mean().item(), fitted.sum().item(),
            time.time() - start)


def main():
    runs, steps, lr, fraction = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    print(runs, steps, lr, fraction, torch.cuda.get_device_name(), torch.__version__)
    counts = {}
    for activation, seed in (("relu", 1), ("gelu", 2)):
        k, at, test, fitted, seconds = run(activation, seed, runs, steps, lr, fraction)
        counts[activation] = k
        print(activation, k, "of", runs, "grokked at", at, "fitted", fitted, "test", round(test, 3),
              "s", round(seconds, 1), flush=True)
    pg, pr = counts["gelu"] / runs, counts["relu"] / runs
    se = math.sqrt(pg * (1 - pg) / runs + pr * (1 - pr) / runs)
    print("gelu-relu", pg - pr, pg - pr - 1.96 * se, pg - pr + 1.96 * se)


if __name__ == "__main__":
    main()
