#!/usr/bin/env python3
"""Drain3 throughput on a log file: default TemplateMinerConfig plus the masking of Drain3's example drain3.ini
(IDs, IPs, hex sequences, hex numbers, numbers), fed the raw lines, single-threaded.

usage: drain3_throughput.py FILE [--lines N]
Prints one line: `drain3: N lines in S s = R lines/s, T templates`.
"""
import sys
import time

from drain3 import TemplateMiner
from drain3.masking import MaskingInstruction
from drain3.template_miner_config import TemplateMinerConfig


def main() -> None:
    path = sys.argv[1]
    limit = None
    if "--lines" in sys.argv:
        limit = int(sys.argv[sys.argv.index("--lines") + 1])
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.masking_instructions = [
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)(([0-9a-f]{2,}:){3,}([0-9a-f]{2,}))((?=[^A-Za-z0-9])|$)", "ID"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})((?=[^A-Za-z0-9])|$)", "IP"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)([0-9a-f]{6,} ?){3,}((?=[^A-Za-z0-9])|$)", "SEQ"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)([0-9A-F]{4} ?){4,}((?=[^A-Za-z0-9])|$)", "SEQ"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)(0x[a-f0-9A-F]+)((?=[^A-Za-z0-9])|$)", "HEX"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)([\-\+]?\d+)((?=[^A-Za-z0-9])|$)", "NUM"),
    ]
    miner = TemplateMiner(config=config)
    count = 0
    started = time.perf_counter()
    with open(path, "r", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            miner.add_log_message(line.rstrip("\r\n"))
            count += 1
            if limit is not None and count >= limit:
                break
    elapsed = time.perf_counter() - started
    print(f"drain3: {count} lines in {elapsed:.2f} s = {count / elapsed:.0f} lines/s, {len(miner.drain.clusters)} templates")


if __name__ == "__main__":
    main()
