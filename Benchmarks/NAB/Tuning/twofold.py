#!/usr/bin/env python3
"""Two-fold check of the ensemble's global parameters on NAB (how optimistic the in-sample score is).

The 31 files are split by sorted index parity (nab-score --subset k/2). On each fold, coordinate descent over a fixed
grid of global parameters starts from an untuned set and maximises that fold's standard score; the tuned set is then
scored on the other fold, with NAB's own per-corpus threshold. Every file shares one parameter set: nothing per file.

usage: Benchmarks/NAB/Tuning/twofold.py [--binary .build/release/nab-score] [--data ../shared/data/nab] [--rounds 3] [--all]
"""
import argparse
import subprocess

# The untuned start: the first committed parameter set, with every later mechanism switched off.
START = {
    "quantileStep": 0.002, "shortWindow": 6, "rangeFloor": 0.05, "shiftDivisor": 3.0, "seasonalAlpha": 0.1,
    "varianceWindow": 24, "cusumDrift": 0.5, "cusumThreshold": 8.0, "recordWarmup": 150, "recordDecay": 0.9999,
    "seasonalWeight": 1.0, "varianceWeight": 1.0, "changePointWeight": 0.0, "suppression": 0, "splitRecords": 0,
    "surpriseFloor": 0.0, "volatilityFloor": 0.0, "changePointFloor": 0.0, "recordFloor": 0.0, "cusumBaselineAlpha": 0.0,
}
# A fixed grid per parameter, the same for every fold.
GRID = {
    "quantileStep": [0.0005, 0.001, 0.0015, 0.002, 0.003, 0.005],
    "shortWindow": [3, 6, 9, 12, 18, 24],
    "rangeFloor": [0.01, 0.02, 0.05, 0.1],
    "shiftDivisor": [1.5, 2.0, 2.5, 3.0, 4.0],
    "seasonalAlpha": [0.05, 0.1, 0.2, 0.3],
    "varianceWindow": [12, 24, 36, 48],
    "cusumDrift": [0.25, 0.5, 0.75, 1.0],
    "cusumThreshold": [4, 6, 8, 10, 12],
    "recordWarmup": [100, 150, 250, 400],
    "recordDecay": [0.999, 0.9995, 0.9999, 0.99995, 1.0],
    "seasonalWeight": [0.0, 0.5, 0.8, 1.0, 1.2],
    "varianceWeight": [0.0, 0.5, 0.8, 1.0, 1.2],
    "changePointWeight": [0.0, 0.5, 0.8, 1.0, 1.2],
    "suppression": [0, 20, 50, 100, 140, 200, 300],
    "splitRecords": [0, 1],
    "surpriseFloor": [0.0, 3.0, 4.5, 6.0],
    "volatilityFloor": [0.0, 0.5, 1.0, 1.5],
    "changePointFloor": [0.0, 0.5, 1.0, 1.5],
    "recordFloor": [0.0, 0.25, 0.5, 1.0],
    "cusumBaselineAlpha": [0.0, 0.005, 0.01, 0.02, 0.05],
}


def score(args, params, subset):
    command = [args.binary, args.data, "--repeat", "1"]
    if subset is not None:
        command += ["--subset", subset]
    for key, value in params.items():
        command += ["--param", f"{key}={value}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
    rows = {line.split()[0]: float(line.split()[1]) for line in out if line.startswith(("standard", "reward_"))}
    return rows["standard"], rows["reward_low_FP_rate"], rows["reward_low_FN_rate"]


def tune(args, subset):
    params = dict(START)
    best = score(args, params, subset)[0]
    for _ in range(args.rounds):
        improved = False
        for key, values in GRID.items():
            for value in values:
                if value == params[key]:
                    continue
                trial = dict(params, **{key: value})
                s = score(args, trial, subset)[0]
                if s > best + 1e-9:
                    best, params, improved = s, trial, True
        if not improved:
            break
    return params, best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/nab-score")
    parser.add_argument("--data", default="../shared/data/nab")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--all", action="store_true", help="also tune on all 31 files (in-sample) from the same start")
    args = parser.parse_args()
    print("start, all 31 files: standard %.2f  low_FP %.2f  low_FN %.2f" % score(args, START, None))
    for tuned_on, scored_on in (("0/2", "1/2"), ("1/2", "0/2")):
        params, inside = tune(args, tuned_on)
        outside = score(args, params, scored_on)
        name = {"0/2": "even", "1/2": "odd"}
        print(f"tuned on {name[tuned_on]} ({inside:.2f} there) -> {name[scored_on]}: "
              "standard %.2f  low_FP %.2f  low_FN %.2f" % outside)
        print("   ", " ".join(f"{k}={v}" for k, v in params.items() if v != START[k]))
    if args.all:
        params, inside = tune(args, None)
        print("tuned on all 31 files (in-sample): standard %.2f  low_FP %.2f  low_FN %.2f" % score(args, params, None))
        print("   ", " ".join(f"{k}={v}" for k, v in params.items() if v != START[k]))


if __name__ == "__main__":
    main()
