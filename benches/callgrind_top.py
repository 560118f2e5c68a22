#!/usr/bin/env python3
"""Summarizes `callgrind_annotate --inclusive=yes` output: the K costliest
functions, one line per function (recursion and inlined duplicates merged),
without the runtime's plumbing (rayon, thread start, main, std::rt).

    python3 benches/callgrind_top.py target/bench/profile/callgrind-inclusive.txt [K]
"""
import re
import sys

PLUMBING = re.compile(r"rayon|std::rt|backtrace|start_thread|thread_start|call_once|libc_start|"
                      r"below main|ld-linux|pthread_create|Thread>::new|^main$|^0x[0-9a-f]+$|"
                      r"events annotated")


def main():
    path = sys.argv[1]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    total = None
    seen, rows = set(), []
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"\s*([0-9,]+) \(\s*([0-9.]+)%\)\s+(.*)$", line)
        if not m:
            continue
        cost, rest = int(m.group(1).replace(",", "")), m.group(3)
        if "PROGRAM TOTALS" in rest:
            total = cost
            continue
        rest = re.sub(r"\s+\[[^\]]*\]$", "", rest)          # [object file]
        fn = rest.split(":", 1)[1] if ":" in rest else rest  # drop file:
        fn = re.sub(r"\s*\([0-9,]+x\)$", "", fn)              # call counts
        fn = re.sub(r"'\d+$", "", fn)                        # recursion marker
        if total and cost > total:
            continue                                         # recursive sums
        if PLUMBING.search(fn) or fn in seen:
            continue
        seen.add(fn)
        rows.append((cost, fn))
    rows.sort(reverse=True)
    if total:
        print(f"total: {total:,} instructions")
    for cost, fn in rows[:k]:
        share = f"{100 * cost / total:5.1f}%" if total else ""
        print(f"{share} {cost:>15,}  {fn[:160]}")


if __name__ == "__main__":
    main()
