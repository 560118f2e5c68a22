#!/usr/bin/env python3
"""Flood test of `policypress serve` (loopback only, bounded: about 30 s).

    benches/serve_flood.py [BINARY]

BINARY defaults to $POLICYPRESS_BIN, then target/release/policypress (build
it first: `cargo build --release`). The server runs on a copy of the example
site under `ulimit -n 1024` (a common default), with 50 live-reload event
streams open throughout. Phases, each followed by a check that pages are
still served:

1. baseline: 200 page GETs (one connection each);
2. a flood of 1,000 idle connections (more than the connection cap of 128),
   held open while 200 page GETs are made;
3. 30 more event streams past the 50 (cap 64): how many are refused 503;
4. a flood of 1,000 idle connections under a descriptor limit lowered to
   64 at run time (prlimit), so that accepting fails with EMFILE; then the
   limit is put back and pages must be served again.

Reported: median and worst latency of the GETs of each phase, their status
codes, the server's peak RSS and thread count (sampled from /proc/PID/status
every 10 ms) and its descriptors at the peak.
"""

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = "/en/labour-privacy-policy/"


def proc_status(pid):
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                out[k] = v.split()[0] if v.split() else ""
    except OSError:
        pass
    return out


class Sampler(threading.Thread):
    """Peak RSS (kB), threads and descriptors of the server."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.stop = pid, False
        self.rss = self.threads = self.fds = 0

    def run(self):
        while not self.stop:
            s = proc_status(self.pid)
            self.rss = max(self.rss, int(s.get("VmRSS", 0) or 0))
            self.threads = max(self.threads, int(s.get("Threads", 0) or 0))
            try:
                self.fds = max(self.fds, len(os.listdir(f"/proc/{self.pid}/fd")))
            except OSError:
                pass
            time.sleep(0.01)


def get(port, path=PAGE, timeout=5.0):
    """One GET on a new connection: (status, seconds)."""
    t = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.settimeout(timeout)
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        status = int(data[9:12]) if data.startswith(b"HTTP/1.1 ") else 0
    except OSError:
        status = -1
    return status, time.monotonic() - t


def gets(port, n=200):
    res = [get(port) for _ in range(n)]
    lat = sorted(r[1] * 1e3 for r in res)
    codes = {}
    for c, _ in res:
        codes[c] = codes.get(c, 0) + 1
    return {"median_ms": statistics.median(lat), "worst_ms": lat[-1], "codes": codes}


def stream(port, timeout=5.0):
    """Opens an event stream: (socket or None, status)."""
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        s.settimeout(timeout)
        s.sendall(b"GET /_preview/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
        head = s.recv(12)
    except OSError:
        return None, -1
    status = int(head[9:12]) if head.startswith(b"HTTP/1.1 ") else 0
    if status != 200:
        s.close()
        return None, status
    return s, status


def flood(port, n, timeout=2.0):
    """Opens up to n idle connections; stops at the first that cannot."""
    socks = []
    for _ in range(n):
        try:
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=timeout))
        except OSError:
            break
    return socks


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
        "POLICYPRESS_BIN",
        os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")),
                     "release", "policypress"))
    site = tempfile.mkdtemp()
    shutil.copytree(os.path.join(ROOT, "content"), os.path.join(site, "content"))
    proc = subprocess.Popen(
        ["sh", "-c", 'ulimit -n 1024 && exec "$0" "$@"', binary, "serve", "--port", "0",
         "--root", site, "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        sampler = Sampler(proc.pid)
        sampler.start()
        print(f"binary: {binary}  (status -1: no answer or connection refused)")

        class Report(dict):
            def __setitem__(self, k, v):
                print(f"{k}: median {v['median_ms']:.2f} ms, worst {v['worst_ms']:.1f} ms, "
                      f"status {v['codes']}", flush=True)

        report = Report()

        streams = [stream(port)[0] for _ in range(50)]
        assert all(streams), "50 event streams open"
        report["1. baseline, 50 streams"] = gets(port)

        idle = flood(port, 1000)
        report[f"2. during a flood of {len(idle)} idle connections"] = gets(port)
        for s in idle:
            s.close()
        report["2b. after the flood"] = gets(port, 20)

        extra = [stream(port) for _ in range(30)]
        refused = sum(1 for _, st in extra if st == 503)
        report[f"3. 30 more streams: {refused} refused 503, pages meanwhile"] = gets(port, 50)
        for s, _ in extra:
            if s:
                s.close()

        if proc.poll() is not None:
            raise SystemExit("the server has exited")
        subprocess.run(["prlimit", "--pid", str(proc.pid), "--nofile=64:1024"], check=True)
        idle = flood(port, 1000, timeout=0.5)
        n = len(idle)
        for s in idle:
            s.close()
        subprocess.run(["prlimit", "--pid", str(proc.pid), "--nofile=1024:1024"], check=True)
        time.sleep(0.3)
        report[f"4. after {n} connections past a descriptor limit of 64"] = gets(port, 20)

        sampler.stop = True
        sampler.join()
        alive = proc.poll() is None
        for s in streams:
            s.close()
        print(f"peak RSS {sampler.rss / 1024:.1f} MB, peak threads {sampler.threads}, "
              f"peak descriptors {sampler.fds}; server alive at the end: {alive}")
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
