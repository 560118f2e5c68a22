#!/usr/bin/env python3
"""Peak memory of `policypress serve` on a generated site, with the latency
of a first request and of one edit's rebuild.

    python3 benches/serve_memory.py BIN [N] [--site DIR] [--edits K]

Makes a site of N policies (default 10,000) unless --site names a folder
that already holds one (default target/bench/sites/clones-N): the example
site with its five policies copied over and over, each copy with its own
file name (p-00001.yaml…) and slugs (`gen_policypress.py` writes keys the
model has since moved, which do not build). Then starts `serve`, and reports: start-up time, the first GET of a policy
page and of the landing page (each a new connection), then K edits (default
5; see bench.py's serve_bench: save -> new page served, the server's
`Rebuilt in`), and the peak resident set (VmHWM) at the end. Loopback only.
"""
import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bench  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402

SLUG = re.compile(r"^slug:\n  en: .*\n  fr: .*$", re.M)


def clone_site(n, out):
    """The example site with n policies: its own, copied round-robin."""
    if os.path.isdir(out):
        shutil.rmtree(out)
    for sub in ("content", "locales", "themes"):
        shutil.copytree(os.path.join(bench.REPO, sub), os.path.join(out, sub))
    pol = os.path.join(out, "content", "policies")
    seeds = []
    for name in sorted(os.listdir(pol)):
        seeds.append(open(os.path.join(pol, name), encoding="utf-8").read())
        os.remove(os.path.join(pol, name))
    # The notices name the example's policies; the lock their texts.
    shutil.rmtree(os.path.join(out, "content", "notices"), ignore_errors=True)
    lock = os.path.join(out, "content", "translations.lock")
    if os.path.exists(lock):
        os.remove(lock)
    for i in range(1, n + 1):
        text, count = SLUG.subn(f"slug:\n  en: p-{i:05d}\n  fr: p-{i:05d}-fr", seeds[i % len(seeds)], count=1)
        if count != 1:
            raise RuntimeError("an example policy has no `slug:` with en and fr")
        with open(os.path.join(pol, f"p-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("n", type=int, nargs="?", default=10000)
    ap.add_argument("--site")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--debounce-ms", type=int, default=25)
    a = ap.parse_args()
    site = a.site or os.path.join(bench.REPO, "target", "bench", "sites", f"clones-{a.n}")
    if not os.path.isfile(os.path.join(site, "content", "policies", f"p-{a.n:05d}.yaml")):
        print(f"making a site of {a.n} policies in {site}", file=sys.stderr)
        clone_site(a.n, site)
    srv = bench.Server(a.bin, site, a.debounce_ms, start_timeout=max(60, a.n * 0.05))
    print(f"policies: {a.n}")
    print(f"serve start-up (initial build): {srv.startup:.2f} s")
    originals = {}
    try:
        print(f"peak RSS after start-up: {srv.hwm_mb():.0f} MB")
        for url in (f"/en/p-{a.n // 2:05d}/", f"/fr/p-{a.n // 3:05d}-fr/", "/", f"/en/p-{a.n // 2:05d}/"):
            t0 = time.perf_counter()
            status, _ = srv.get(url)
            print(f"GET {url}: {(time.perf_counter() - t0) * 1e3:.2f} ms ({status}, new connection)")
        print(f"peak RSS after 4 GETs: {srv.hwm_mb():.0f} MB")
        e2e, rebuilt = [], []
        for k in range(a.edits):
            i = 1 + (k * 7919) % a.n
            path = os.path.join(site, "content", "policies", f"p-{i:05d}.yaml")
            src = originals.setdefault(path, open(path, encoding="utf-8").read())
            marker = f"memory edit {os.getpid()}-{k}"
            new, count = bench.TITLE_EN.subn(lambda m: m.group(1) + marker, src, count=1)
            if count != 1:
                raise RuntimeError(f"no `title: en:` in {path}")
            time.sleep(0.3)
            srv.drain()
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            saved = time.perf_counter()
            while time.perf_counter() < saved + 10:
                status, body = srv.get(f"/en/p-{i:05d}/")
                if status == 200 and marker.encode() in body:
                    e2e.append((time.perf_counter() - saved) * 1e3)
                    break
                time.sleep(0.0005)
            else:
                print(f"problem: edit {k} not served within 10 s")
            time.sleep(0.25)
            for _, line in srv.drain():
                m = line and bench.REBUILT.search(line)
                if m:
                    rebuilt.append(float(m.group(1)))
        if e2e:
            print(f"edits: {len(e2e)}; save -> served median {statistics.median(e2e):.1f} ms, "
                  f"worst {max(e2e):.1f} ms; Rebuilt in median {statistics.median(rebuilt or [float('nan')]):.1f} ms")
        t0 = time.perf_counter()
        status, _ = srv.get("/")
        print(f"GET / after the edits: {(time.perf_counter() - t0) * 1e3:.2f} ms ({status})")
        print(f"peak RSS at the end: {srv.hwm_mb():.0f} MB")
    finally:
        srv.stop()
        for path, src in originals.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)


if __name__ == "__main__":
    main()
