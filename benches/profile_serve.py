#!/usr/bin/env python3
"""Profiles the incremental rebuilds of `policypress serve` under callgrind.

    python3 benches/profile_serve.py BIN SITE OUT_FILE [EDITS]

Starts `serve` under `valgrind --tool=callgrind --instr-atstart=no`, waits
for the initial build, switches instrumentation on, edits the English title
of EDITS policies (default 4) one after the other, waiting for each
`Rebuilt in` line, then dumps the profile to OUT_FILE.N and stops the server.
The edited files are restored. Loopback only; every wait is bounded.
"""
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time

# The lines read below ("Serving …", "Rebuilt in …") are policypress's
# English ones: pin its language whatever the machine's locale.
os.environ["LC_ALL"] = "C"
TITLE_EN = re.compile(r"^(title:\n  en: )(.*)$", re.M)


def main():
    binary, site, out = sys.argv[1:4]
    edits = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    p = subprocess.Popen(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--instr-atstart=no",
                          binary, "serve", "--port", "0", "--root", site],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    out_q, err_q = queue.Queue(), queue.Queue()
    threading.Thread(target=lambda: [out_q.put(l) for l in p.stdout], daemon=True).start()
    threading.Thread(target=lambda: [err_q.put(l) for l in p.stderr], daemon=True).start()
    originals = {}
    try:
        print(out_q.get(timeout=600).strip(), file=sys.stderr)
        time.sleep(1)
        while not err_q.empty():
            err_q.get_nowait()
        subprocess.run(["callgrind_control", "-i", "on", str(p.pid)], check=True, capture_output=True)
        n = len(os.listdir(os.path.join(site, "content", "policies")))
        for k in range(edits):
            i = 1 + (k * 97) % n
            path = os.path.join(site, "content", "policies", f"p-{i:05d}.yaml")
            src = originals.setdefault(path, open(path, encoding="utf-8").read())
            with open(path, "w", encoding="utf-8") as f:
                f.write(TITLE_EN.sub(lambda m: m.group(1) + f"Profiled edit {k}", src, count=1))
            deadline = time.time() + 300
            while time.time() < deadline:
                try:
                    line = err_q.get(timeout=1)
                except queue.Empty:
                    continue
                if "Rebuilt in" in line:
                    print(f"edit {k}: {line.strip()}", file=sys.stderr)
                    break
            else:
                print(f"edit {k}: no rebuild within 300 s", file=sys.stderr)
        subprocess.run(["callgrind_control", "-i", "off", str(p.pid)], check=True, capture_output=True)
        subprocess.run(["callgrind_control", "-d", str(p.pid)], check=True, capture_output=True)
        time.sleep(2)
    finally:
        for path, src in originals.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
            try:
                p.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait(timeout=10)


if __name__ == "__main__":
    main()
