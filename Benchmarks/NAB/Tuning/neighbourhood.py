#!/usr/bin/env python3
"""How sharp is the optimum? NAB scores of parameter sets perturbed around the defaults (and around variants).

Each sample multiplies every tuned global parameter by its own random factor exp(U(-J, J)) (windows rounded to whole
points); every variant is perturbed by the same factors, so the per-sample differences measure the variant's effect
over the whole neighbourhood, not at one knife-edged point. A variant is `key=value[,key=value…]` applied to the
defaults before perturbing; `defaults` is the unmodified set. Defaults are read from `nab-score --print-parameters`.

usage: Benchmarks/NAB/Tuning/neighbourhood.py [--samples 40] [--jitter 0.08] [--seed 11] defaults volatilityFloor=1.0 …
"""
import argparse
import json
import math
import random
import statistics
import subprocess

# The continuous and point-count parameters the tuners move (booleans and output settings stay as they are).
CONTINUOUS = ["quantileStep", "rangeFloor", "shiftDivisor", "seasonalAlpha", "cusumDrift", "cusumThreshold",
              "surpriseFloor", "volatilityFloor", "changePointFloor", "recordFloor", "cusumBaselineAlpha",
              "seasonalWeight", "varianceWeight", "changePointWeight"]
COUNTS = ["shortWindow", "varianceWindow", "recordWarmup", "suppression"]


def scores(args, params):
    command = [args.binary, args.data, "--repeat", "1"]
    for key, value in params.items():
        command += ["--param", f"{key}={value}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
    return [float(line.split()[1]) for line in out if line.startswith(("standard", "reward_"))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/nab-score")
    parser.add_argument("--data", default="../shared/data/nab")
    parser.add_argument("--samples", type=int, default=40)
    parser.add_argument("--jitter", type=float, default=0.08, help="half-width of the log-uniform factor")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("variants", nargs="+")
    args = parser.parse_args()
    defaults = json.loads(subprocess.run([args.binary, args.data, "--print-parameters"], capture_output=True, text=True,
                                         check=True).stdout)
    bases = {}
    for variant in args.variants:
        base = {k: defaults[k] for k in CONTINUOUS + COUNTS}
        if variant != "defaults":
            for pair in variant.split(","):
                key, value = pair.split("=")
                base[key] = float(value)
        bases[variant] = base
    rng = random.Random(args.seed)
    results = {v: [] for v in args.variants}
    for _ in range(args.samples):
        factor = {k: math.exp(rng.uniform(-args.jitter, args.jitter)) for k in CONTINUOUS + COUNTS}
        for variant, base in bases.items():
            params = {k: (round(v * factor[k]) if k in COUNTS else v * factor[k]) if k in factor else v
                      for k, v in base.items()}
            results[variant].append(scores(args, params))
    print("unperturbed:")
    for variant, base in bases.items():
        print(f"  {variant:40s} standard %.2f  low_FP %.2f  low_FN %.2f" % tuple(scores(args, base)))
    print(f"mean over {args.samples} perturbations (±{args.jitter:.0%} log-uniform), and the mean paired difference "
          f"to {args.variants[0]} ± its standard error:")
    first = results[args.variants[0]]
    for variant, rows in results.items():
        means = [statistics.fmean(r[p] for r in rows) for p in range(3)]
        diffs = [[r[p] - f[p] for r, f in zip(rows, first)] for p in range(3)]
        errors = [statistics.stdev(d) / math.sqrt(len(d)) if len(d) > 1 else 0 for d in diffs]
        cells = "  ".join(f"{name} {m:6.2f} ({statistics.fmean(d):+.2f} ± {e:.2f})"
                          for name, m, d, e in zip(("standard", "low_FP", "low_FN"), means, diffs, errors))
        print(f"  {variant:40s} {cells}")


if __name__ == "__main__":
    main()
