#!/usr/bin/env python3
"""policypress benchmark driver (called by benches/run.sh; see benches/README.md).

For each size N it generates a policypress site (gen_policypress.py) and a
Hugo site of the same number of English/French page pairs (gen_hugo.py),
checks the policypress site, times full builds of both (median of several
runs, peak memory from /usr/bin/time -v), measures the incremental rebuild of
one edited policy in `policypress serve`, then prints a Markdown report and
writes it to target/bench/results.md.

Standard library only. Loopback only; every wait is bounded.
"""

import argparse
import datetime
import glob
import html
import http.client
import json
import os
import platform
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

# The lines read below ("Serving …", "Rebuilt in …") are policypress's
# English ones: pin its language whatever the machine's locale.
os.environ["LC_ALL"] = "C"
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_hugo  # noqa: E402
import gen_policypress  # noqa: E402

SEED = 7


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def pct(xs, p):
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


# ---------------------------------------------------------------------------
# Timed runs

def timed(cmd, cwd=None, timeout=1800, capture=False):
    """Runs cmd under /usr/bin/time -v; returns a dict with wall (s, measured
    here), cpu (user+sys s), rss_mb (peak resident set), rc, stderr tail."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        tpath = tf.name
    os.sync()  # flush the previous run's writes: each run starts with clean page cache dirt
    t0 = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tpath] + cmd, cwd=cwd,
                           stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout, text=True, errors="replace")
        rc, err, out = p.returncode, p.stderr, p.stdout
    except subprocess.TimeoutExpired:
        rc, err, out = "timeout", f"timed out after {timeout} s", ""
    wall = time.perf_counter() - t0
    info = open(tpath).read()
    os.unlink(tpath)

    def field(name):
        m = re.search(re.escape(name) + r":\s*([0-9.]+)", info)
        return float(m.group(1)) if m else float("nan")

    return {
        "wall": wall,
        "cpu": field("User time (seconds)") + field("System time (seconds)"),
        "rss_mb": field("Maximum resident set size (kbytes)") / 1024,
        "rc": rc,
        "err": err[-3000:],
        "out": out,
    }


def count_pages(out):
    return {lang: len(glob.glob(os.path.join(out, lang, "*", "index.html"))) for lang in ("en", "fr")}


def text_bytes(out, limit=400):
    """Mean visible text (bytes, <head> excluded) of the pages of each language."""
    res = {}
    for lang in ("en", "fr"):
        sizes = []
        for f in sorted(glob.glob(os.path.join(out, lang, "*", "index.html")))[:limit]:
            s = open(f, encoding="utf-8").read()
            s = re.sub(r"<head>.*?</head>", "", s, flags=re.S)
            t = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", s)))
            sizes.append(len(t.encode()))
        res[lang] = statistics.mean(sizes) if sizes else 0
    return res


def is_tmpfs(path):
    """Whether `path` is on a memory file system (from /proc/mounts)."""
    path, best, fstype = os.path.realpath(path), "", None
    try:
        for line in open("/proc/mounts"):
            parts = line.split()
            if len(parts) >= 3 and (path == parts[1] or path.startswith(parts[1].rstrip("/") + "/")) and len(parts[1]) >= len(best):
                best, fstype = parts[1], parts[2]
    except OSError:
        return False
    return fstype in ("tmpfs", "ramfs")


def rm(path):
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------------------
# Serve

class Server:
    """`policypress serve --port 0` with its output read by two threads."""

    def __init__(self, binary, root, debounce_ms, start_timeout):
        self.lines = queue.Queue()
        t0 = time.perf_counter()
        self.proc = subprocess.Popen(
            [binary, "serve", "--port", "0", "--root", root, "--debounce-ms", str(debounce_ms)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace",
            start_new_session=True)
        self.stdout_q = queue.Queue()
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.stdout_q), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.lines), daemon=True).start()
        try:
            first = self.stdout_q.get(timeout=start_timeout)[1]
        except queue.Empty:
            self.stop()
            raise RuntimeError(f"serve printed nothing within {start_timeout} s")
        self.startup = time.perf_counter() - t0
        m = re.search(r"Serving (http://127\.0\.0\.1:(\d+)/)", first or "")
        if not m:
            self.stop()
            raise RuntimeError(f"unexpected first line from serve: {first!r}")
        self.port = int(m.group(2))
        self.conn = None

    @staticmethod
    def _pump(stream, q):
        for line in stream:
            q.put((time.perf_counter(), line.rstrip("\n")))
        q.put((time.perf_counter(), None))

    def drain(self):
        out = []
        while True:
            try:
                out.append(self.lines.get_nowait())
            except queue.Empty:
                return out

    def get(self, path, keep_alive=False):
        """GET on loopback; a new connection per request unless keep_alive
        (a reused connection is measured separately: see get_latency)."""
        for _ in range(3):
            try:
                if self.conn is None or not keep_alive:
                    if self.conn is not None:
                        self.conn.close()
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                self.conn.request("GET", path)
                r = self.conn.getresponse()
                body = r.read()
                if not keep_alive or r.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return r.status, body
            except (OSError, http.client.HTTPException):
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
        return None, b""

    def get_latency(self, path, keep_alive, count=20):
        """Median time of one GET (ms), on new connections or on one reused
        connection (what a browser does)."""
        ts = []
        for _ in range(count):
            t = time.perf_counter()
            self.get(path, keep_alive=keep_alive)
            ts.append((time.perf_counter() - t) * 1e3)
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        return median(ts)

    def hwm_mb(self):
        try:
            for line in open(f"/proc/{self.proc.pid}/status"):
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def stop(self):
        if self.conn is not None:
            self.conn.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


REBUILT = re.compile(r"Rebuilt in ([0-9.]+) ms(?:, ([0-9.]+) ms after the first file event)?")
TITLE_EN = re.compile(r"^(title:\n  en: )(.*)$", re.M)


def serve_bench(binary, site, n, edits, debounce_ms):
    """Edits the English title of `edits` policies (plus one warm-up edit) and
    times each from the end of the save to the new page being served."""
    srv = Server(binary, site, debounce_ms, start_timeout=max(60, n * 0.05))
    res = {"n": n, "startup": srv.startup, "e2e": [], "rebuilt": [], "wait": [],
           "excl": [], "rebuilds_per_save": [], "failures": [], "debounce_ms": debounce_ms}
    originals = {}
    try:
        # Make sure the pages are served before the first edit.
        deadline = time.perf_counter() + 30
        while srv.get(f"/en/p-{1:05d}/")[0] != 200:
            if time.perf_counter() > deadline:
                raise RuntimeError("the first page is not served")
            time.sleep(0.05)
        res["get_new_ms"] = srv.get_latency("/en/p-00001/", keep_alive=False)
        res["get_keep_ms"] = srv.get_latency("/en/p-00001/", keep_alive=True)
        if res["get_keep_ms"] > max(10.0, 10 * res["get_new_ms"]):
            res["failures"].append(
                f"a GET on a reused (keep-alive) connection takes {res['get_keep_ms']:.1f} ms against "
                f"{res['get_new_ms']:.2f} ms on a new one (reproduce: `curl -s -o /dev/null -o /dev/null "
                f"-w '%{{time_total}}\\n' URL URL` on a running `policypress serve`: the second transfer "
                f"reuses the connection; ~40 ms is the signature of Nagle's algorithm meeting delayed ACKs)")
        nonce = int(time.time()) % 100000
        for k in range(edits + 1):
            i = 1 + (k * 7919) % n
            path = os.path.join(site, "content", "policies", f"p-{i:05d}.yaml")
            src = originals.setdefault(path, open(path, encoding="utf-8").read())
            marker = f"bench edit {nonce}-{k}"
            new, count = TITLE_EN.subn(lambda m: m.group(1) + f"Privacy policy ({marker})", src, count=1)
            if count != 1:
                raise RuntimeError(f"no `title: en:` in {path}")
            url = f"/en/p-{i:05d}/"
            time.sleep(0.3)
            srv.drain()
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            saved = time.perf_counter()
            served = None
            deadline = saved + 10
            needle = marker.encode()
            while time.perf_counter() < deadline:
                status, body = srv.get(url)
                if status == 200 and needle in body:
                    served = time.perf_counter()
                    break
                time.sleep(0.0005)
            # The server's own report of this rebuild (and of any extra one).
            time.sleep(0.25)
            lines = [line for _, line in srv.drain() if line is not None]
            rebuilt = [REBUILT.search(line) for line in lines]
            rebuilt = [m for m in rebuilt if m]
            if served is None:
                res["failures"].append(f"edit {k} (p-{i:05d}): new title not served within 10 s; server said: {lines[-5:]}")
                continue
            if k == 0:
                continue  # warm-up
            e2e = (served - saved) * 1e3
            res["e2e"].append(e2e)
            res["rebuilds_per_save"].append(len(rebuilt))
            if rebuilt:
                x = float(rebuilt[0].group(1))
                y = float(rebuilt[0].group(2)) if rebuilt[0].group(2) else float("nan")
                res["rebuilt"].append(x)
                res["wait"].append(y)
                res["excl"].append(e2e - y)
            else:
                res["failures"].append(f"edit {k}: no `Rebuilt in` line; server said: {lines[-5:]}")
        res["hwm_mb"] = srv.hwm_mb()
    finally:
        srv.stop()
        for path, src in originals.items():
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
    return res


# ---------------------------------------------------------------------------
# One size

def bench_size(args, n, runs, tools, calib):
    base = os.path.join(args.work, "sites")
    outd = os.path.join(args.work, "out")
    pp_site = os.path.join(base, f"pp-{n}")
    hugo_site = os.path.join(base, f"hugo-{n}")
    pp_out = os.path.join(outd, f"pp-{n}")
    hugo_out = os.path.join(outd, f"hugo-{n}")
    # The same builds with the output folder in memory (tmpfs): what is left
    # is the tools' own work, without the file system of the machine.
    mem_out = {t: os.path.join(args.mem_out, f"{t}-{n}") for t in ("pp", "hugo")} if args.mem_out else {}
    r = {"n": n, "pages": 2 * n, "runs": runs, "problems": []}

    log(f"N={n}: generating the policypress site")
    t0 = time.perf_counter()
    gen_policypress.generate(n, pp_site, SEED, REPO)
    r["gen_s"] = time.perf_counter() - t0

    log(f"N={n}: policypress check")
    p = timed([args.bin, "-q", "check", "--root", pp_site, "--format", "json"], capture=True)
    r["check_s"], r["check_rss"] = p["wall"], p["rss_mb"]
    try:
        d = json.loads(p["out"])
        r["check"] = (d["errors"], d["warnings"])
        if d["errors"]:
            first = [x for x in d["diagnostics"] if x["severity"] == "error"][:3]
            r["problems"].append(f"check: {d['errors']} errors, e.g. {json.dumps(first, ensure_ascii=False)[:600]}")
    except (ValueError, KeyError):
        r["check"] = ("?", "?")
        r["problems"].append(f"check: exit {p['rc']}, output not JSON: {p['out'][:300]} {p['err'][-300:]}")

    if "hugo" in tools:
        if calib.get("hugo_bytes") is None:
            calib["hugo_bytes"] = {"en": 4650, "fr": 6050}
        log(f"N={n}: generating the Hugo site")
        gen_hugo.generate(n, hugo_site, SEED, calib["hugo_bytes"]["en"], calib["hugo_bytes"]["fr"], REPO)

    def pp_cmd(out):
        return ([args.bin, "-q", "build", "--root", pp_site, "--out", out], None, out)

    def hugo_cmd(out):
        return (["hugo", "--quiet", "--source", hugo_site, "--destination", out,
                 "--cacheDir", os.path.join(args.work, "hugo-cache")], None, out)

    cmds = {"pp": pp_cmd(pp_out), "hugo": hugo_cmd(hugo_out)}
    if mem_out:
        cmds["pp-mem"] = pp_cmd(mem_out["pp"])
        cmds["hugo-mem"] = hugo_cmd(mem_out["hugo"])
    active = [t for t in ("pp", "hugo", "pp-mem", "hugo-mem")
              if t in cmds and (t.startswith("pp") or "hugo" in tools)]
    samples = {t: [] for t in active}
    # One untimed warm-up each, then alternate the tools run by run so that
    # background load drifts hit both alike.
    for rep in range(runs + 1):
        for t in active:
            cmd, cwd, out = cmds[t]
            rm(out)
            log(f"N={n}: {t} build {'warm-up' if rep == 0 else f'run {rep}/{runs}'}")
            s = timed(cmd, cwd)
            if s["rc"] != 0:
                r["problems"].append(f"{t} build exit {s['rc']}: {s['err'][-800:]}")
                break
            if rep > 0:
                samples[t].append(s)
        else:
            continue
        break
    for t in active:
        xs = samples[t]
        if xs:
            r[t] = {
                "wall": median([s["wall"] for s in xs]),
                "wall_all": [s["wall"] for s in xs],
                "cpu": median([s["cpu"] for s in xs]),
                "rss_mb": max(s["rss_mb"] for s in xs),
            }
        pages = count_pages(cmds[t][2])
        if pages != {"en": n, "fr": n}:
            r["problems"].append(f"{t}: expected {n} pages per language, found {pages}")
        if n == min(args.sizes):
            r.setdefault("text", {})[t] = text_bytes(cmds[t][2])

    # Calibrate the Hugo pages' size on the policypress pages (smallest N).
    if "hugo" in tools and "text" in r and "pp" in r["text"] and "hugo" in r["text"] and not calib.get("done"):
        calib["done"] = True
        for lang in ("en", "fr"):
            delta = r["text"]["pp"][lang] - r["text"]["hugo"][lang]
            calib["hugo_bytes"][lang] = max(500, int(calib["hugo_bytes"][lang] + delta / 0.975))
        if any(abs(r["text"]["pp"][l] - r["text"]["hugo"][l]) > 0.1 * r["text"]["pp"][l] for l in ("en", "fr")):
            log(f"N={n}: Hugo page size off by >10%, regenerating with {calib['hugo_bytes']} and re-timing")
            return bench_size(args, n, runs, tools, calib)

    if "serve" in tools and n in args.serve_sizes:
        log(f"N={n}: serve, {args.edits} edits")
        try:
            r["serve"] = serve_bench(args.bin, pp_site, n, args.edits, args.debounce_ms)
            r["problems"] += r["serve"]["failures"]
        except Exception as e:  # noqa: BLE001 - reported, the run goes on
            r["problems"].append(f"serve: {e}")

    for out in mem_out.values():
        rm(out)  # memory: never kept
    if not args.keep:
        rm(pp_out)
        rm(hugo_out)
    return r


# ---------------------------------------------------------------------------
# Report

def fmt(x, spec=".2f"):
    if x is None or (isinstance(x, float) and x != x):
        return "–"
    return format(x, spec)


def machine():
    cpu = platform.processor()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return cpu, mem


def git_desc():
    try:
        head = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
        return head + (" + uncommitted changes" if dirty else "")
    except OSError:
        return "?"


def report(args, results, load_start, load_end, hugo_version):
    cpu, mem = machine()
    L = []
    L.append("# policypress benchmark")
    L.append("")
    L.append(f"- date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}; mode: {'quick' if args.quick else 'full'}")
    L.append(f"- machine: `nproc` = {os.cpu_count() if not shutil.which('nproc') else subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()}, {cpu}, {mem} RAM; load average at start {load_start}, at end {load_end}")
    L.append(f"- policypress: `{args.bin}` built from {git_desc()}; Hugo: {hugo_version or 'not run'}")
    L.append("- times are wall-clock medians of the timed runs (after one untimed warm-up; the output folder is removed and `sync` run before each); peak memory is the largest \"Maximum resident set size\" of `/usr/bin/time -v`")
    L.append("")
    L.append("## Full build")
    L.append("")
    def build_table(pp_key, hugo_key):
        L.append("| policies | pages | runs | policypress (s) | pages/s | CPU (s) | peak RSS (MB) | Hugo (s) | Hugo pages/s | Hugo CPU (s) | Hugo peak RSS (MB) | policypress / Hugo |")
        L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in results:
            pp, hg = r.get(pp_key), r.get(hugo_key)
            ratio = pp["wall"] / hg["wall"] if pp and hg else None
            L.append("| {:,} | {:,} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
                r["n"], r["pages"], r["runs"],
                fmt(pp and pp["wall"], ".3f"), fmt(pp and r["pages"] / pp["wall"], ",.0f"),
                fmt(pp and pp["cpu"]), fmt(pp and pp["rss_mb"], ".0f"),
                fmt(hg and hg["wall"], ".3f"), fmt(hg and r["pages"] / hg["wall"], ",.0f"),
                fmt(hg and hg["cpu"]), fmt(hg and hg["rss_mb"], ".0f"),
                fmt(ratio, ".3f")))
        L.append("")

    build_table("pp", "hugo")
    L.append("Every run (s): " + "; ".join(
        f"N={r['n']:,}: policypress " + ", ".join(f"{w:.3f}" for w in r["pp"]["wall_all"])
        + (", Hugo " + ", ".join(f"{w:.3f}" for w in r["hugo"]["wall_all"]) if r.get("hugo") else "")
        for r in results if r.get("pp")))
    L.append("")
    if any(r.get("pp-mem") for r in results):
        L.append(f"## Full build, output folder in memory (`{args.mem_out}`, tmpfs)")
        L.append("")
        L.append("The same builds, run in the same loop, writing into a memory file system: without the cost of creating files and folders on this machine's disk, which the table above includes (on this virtual machine, creating an inode right after the previous output was deleted is slow for both tools).")
        L.append("")
        build_table("pp-mem", "hugo-mem")
    sv = [r for r in results if r.get("serve")]
    if sv:
        L.append("## One edited policy in `serve`")
        L.append("")
        L.append("Each edit rewrites one policy file (its English title), then polls the page over HTTP on loopback (a new connection per request) every 0.5 ms until the new title is served. "
                 "*save → served* is measured by this script from the end of the write; *server wait* is the server's \"… ms after the first file event\" "
                 "(the debounce window plus event delivery); *Rebuilt in* is the server's own rebuild time; *excl. debounce* = save → served − server wait. The last column times one GET of a page on a new connection and on a reused (keep-alive) connection, as browsers do.")
        L.append("")
        L.append("| policies | edits | debounce window (ms) | save → served, median (ms) | p90 (ms) | server wait, median (ms) | Rebuilt in, median (ms) | excl. debounce, median (ms) | rebuilds per save | serve start-up (s) | serve peak RSS (MB) | one GET, new / reused connection (ms) |")
        L.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in sv:
            s = r["serve"]
            L.append("| {:,} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} / {} |".format(
                r["n"], len(s["e2e"]), s["debounce_ms"], fmt(median(s["e2e"]), ".1f"), fmt(pct(s["e2e"], 90), ".1f"),
                fmt(median(s["wait"]), ".1f"), fmt(median(s["rebuilt"]), ".1f"), fmt(median(s["excl"]), ".1f"),
                fmt(median(s["rebuilds_per_save"]), ".0f"), fmt(s["startup"], ".2f"), fmt(s.get("hwm_mb"), ".0f"),
                fmt(s.get("get_new_ms"), ".2f"), fmt(s.get("get_keep_ms"), ".2f")))
        L.append("")
    L.append("## Targets")
    L.append("")
    by = {r["n"]: r for r in results}

    def target(name, ok, value):
        status = "–" if ok is None else ("PASS" if ok else "MISS")
        L.append(f"| {name} | {value} | {status} |")

    L.append("| target | measured | result |")
    L.append("|---|---|---|")
    r1 = by.get(1000)
    pp1 = r1 and r1.get("pp")
    if pp1:
        v = r1["pages"] / pp1["wall"]
        target("1,000 policies: ≥ 10,000 pages/s", v >= 10000, f"{v:,.0f} pages/s")
        if r1.get("hugo"):
            v = pp1["wall"] / r1["hugo"]["wall"]
            target("1,000 policies: ≤ 1/10 of Hugo's time", v <= 0.1, f"{v:.3f} × Hugo")
        else:
            target("1,000 policies: ≤ 1/10 of Hugo's time", None, "Hugo not run")
    else:
        target("1,000 policies: ≥ 10,000 pages/s", None, "not measured")
    r10 = by.get(10000)
    if r10 and r10.get("pp") and pp1:
        v = r10["pp"]["wall"] / pp1["wall"]
        target("10,000 policies: ≤ ~10× the time of 1,000", v <= 10.0, f"{v:.1f}×")
        v = r10["pp"]["rss_mb"]
        target("10,000 policies: peak memory < 150 MB", v < 150, f"{v:.0f} MB")
    else:
        target("10,000 policies: ≤ ~10× the time of 1,000", None, "not measured (--quick)" if args.quick else "not measured")
        target("10,000 policies: peak memory < 150 MB", None, "not measured (--quick)" if args.quick else "not measured")
    m1, m10 = r1 and r1.get("pp-mem"), r10 and r10.get("pp-mem")
    if m1:
        target("(output in memory) 1,000 policies: ≥ 10,000 pages/s", r1["pages"] / m1["wall"] >= 10000,
               f"{r1['pages'] / m1['wall']:,.0f} pages/s")
        if r1.get("hugo-mem"):
            v = m1["wall"] / r1["hugo-mem"]["wall"]
            target("(output in memory) 1,000 policies: ≤ 1/10 of Hugo's time", v <= 0.1, f"{v:.3f} × Hugo")
    if m1 and m10:
        v = m10["wall"] / m1["wall"]
        target("(output in memory) 10,000 policies: ≤ ~10× the time of 1,000", v <= 10.0, f"{v:.1f}×")
    s1 = r1 and r1.get("serve")
    if s1 and s1["excl"]:
        v = median(s1["excl"])
        target("serve, 1,000 policies: new page served ≤ 20 ms after the save is seen (excl. debounce)", v <= 20,
               f"{v:.1f} ms (save → served {median(s1['e2e']):.1f} ms incl. {median(s1['wait']):.1f} ms wait)")
    else:
        target("serve, 1,000 policies: new page served ≤ 20 ms after the save is seen (excl. debounce)", None, "not measured")
    L.append("")
    L.append("## Inputs")
    L.append("")
    L.append("| policies | generate (s) | `check` (s) | `check` peak RSS (MB) | check errors | check warnings | mean page text en/fr, policypress (bytes) | mean page text en/fr, Hugo (bytes) |")
    L.append("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        t = r.get("text", {})
        pt = t.get("pp")
        ht = t.get("hugo")
        L.append("| {:,} | {} | {} | {} | {} | {} | {} | {} |".format(
            r["n"], fmt(r.get("gen_s"), ".1f"), fmt(r.get("check_s"), ".2f"), fmt(r.get("check_rss"), ".0f"),
            r["check"][0], r["check"][1],
            f"{pt['en']:,.0f} / {pt['fr']:,.0f}" if pt else "–",
            f"{ht['en']:,.0f} / {ht['fr']:,.0f}" if ht else "–"))
    L.append("")
    L.append("Check warnings: the generated sites have no `content/translations.lock`, hence one `translation-lock-missing` warning.")
    problems = [(r["n"], p) for r in results for p in r["problems"]]
    L.append("")
    L.append("## Problems")
    L.append("")
    if problems:
        for n, p in problems:
            L.append(f"- N={n:,}: {p}")
    else:
        L.append("None: every check passed with 0 errors, every build succeeded with the expected page count, every edit was served.")
    L.append("")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description="policypress benchmark driver (see benches/README.md)")
    ap.add_argument("--bin", required=True, help="policypress release binary")
    ap.add_argument("--quick", action="store_true", help="N = 100 and 1,000 only, fewer runs")
    ap.add_argument("--sizes", help="comma-separated N (default 100,1000,10000; quick 100,1000)")
    ap.add_argument("--runs", type=int, help="timed runs per size (default 5, and 3 at 10,000; quick 3)")
    ap.add_argument("--edits", type=int, help="timed serve edits (default 12; quick 10)")
    ap.add_argument("--serve-sizes", help="sizes at which serve is measured (default: all; quick 1000)")
    ap.add_argument("--debounce-ms", type=int, default=25)
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--no-serve", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the build outputs (on disk)")
    ap.add_argument("--mem-out", default="/dev/shm/policypress-bench",
                    help="folder on a memory file system for a second series of builds (default %(default)s; skipped when /dev/shm is not a tmpfs)")
    ap.add_argument("--no-mem-out", action="store_true", help="skip the builds into memory")
    ap.add_argument("--clean", action="store_true", help="also remove the generated sites at the end")
    ap.add_argument("--work", default=os.path.join(REPO, "target", "bench"))
    args = ap.parse_args()
    args.bin = os.path.abspath(args.bin)
    args.work = os.path.abspath(args.work)
    args.sizes = [int(x) for x in (args.sizes or ("100,1000" if args.quick else "100,1000,10000")).split(",")]
    args.serve_sizes = ([int(x) for x in args.serve_sizes.split(",")] if args.serve_sizes
                        else ([1000] if args.quick else list(args.sizes)))
    args.edits = args.edits or (10 if args.quick else 12)
    if args.edits < 1:
        ap.error("--edits must be at least 1")
    os.makedirs(args.work, exist_ok=True)
    if args.no_mem_out or not is_tmpfs(os.path.dirname(args.mem_out.rstrip("/")) or "/"):
        args.mem_out = None
    else:
        os.makedirs(args.mem_out, exist_ok=True)

    tools = {"pp"}
    if not args.no_hugo:
        tools.add("hugo")
    if not args.no_serve:
        tools.add("serve")
    hugo_version = None
    if "hugo" in tools:
        hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()

    load_start = " ".join(open("/proc/loadavg").read().split()[:3])
    results = []
    calib = {}
    for n in args.sizes:
        runs = args.runs or (3 if args.quick or n >= 10000 else 5)
        results.append(bench_size(args, n, runs, tools, calib))
    load_end = " ".join(open("/proc/loadavg").read().split()[:3])

    text = report(args, results, load_start, load_end, hugo_version)
    print(text)
    path = os.path.join(args.work, "results.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(args.work, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, default=str)
    log(f"wrote {path}")
    rm(os.path.join(args.work, "hugo-cache"))
    if not args.keep:
        rm(os.path.join(args.work, "out"))
    if args.mem_out:
        rm(args.mem_out)
    if args.clean:
        rm(os.path.join(args.work, "sites"))


if __name__ == "__main__":
    main()
