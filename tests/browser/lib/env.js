'use strict';
// Shared fixtures of the browser suite: paths, temporary sites, the example
// site's build, a static file server, the `policypress serve` process and
// the Nu HTML Checker. Everything this starts is stopped by `cleanup()` (the
// suite's final hook) and, as a last resort, when the process exits.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BIN =
  process.env.POLICYPRESS_BIN ||
  path.join(process.env.CARGO_TARGET_DIR || path.join(ROOT, 'target'), 'release', 'policypress');
const SITE_OUT = path.join(ROOT, 'target', 'browser-site');
const SCREENSHOTS = path.join(ROOT, 'target', 'browser-screenshots');
const BROKEN_THEME = path.join(ROOT, 'tests', 'fixtures', 'broken-theme');
const VNU_JAR = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

const cleanups = [];
const children = new Set();

/** Registers a function to run at the end of the suite (last in, first out). */
function onCleanup(fn) {
  cleanups.push(fn);
}

/** Runs every registered cleanup; errors are printed, not thrown. */
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      console.error(`cleanup: ${e && e.stack ? e.stack : e}`);
    }
  }
}

// Last resort when the runner is interrupted: no server outlives the suite.
process.on('exit', () => {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/** A fresh temporary folder, removed at the end of the suite. */
function tempDir(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `policypress-browser-${label}-`));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A temporary copy of the example site's sources (content/, locales/,
 * themes/). With `theme`, that folder replaces themes/default/.
 */
function copySite(label, { theme } = {}) {
  const dir = tempDir(label);
  for (const sub of ['content', 'locales', 'themes']) {
    fs.cpSync(path.join(ROOT, sub), path.join(dir, sub), { recursive: true });
  }
  if (theme) {
    fs.rmSync(path.join(dir, 'themes', 'default'), { recursive: true, force: true });
    fs.cpSync(theme, path.join(dir, 'themes', 'default'), { recursive: true });
  }
  return dir;
}

function requireBinary() {
  if (!fs.existsSync(BIN)) {
    throw new Error(
      `${BIN} does not exist: run scripts/browser-tests.sh (it runs cargo build --release first), ` +
        'or set POLICYPRESS_BIN',
    );
  }
}

/** Runs `policypress build --root root --out out`; throws with its output on failure. */
function build(root, out) {
  requireBinary();
  const r = spawnSync(BIN, ['build', '--root', root, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LC_ALL: 'C' },
  });
  if (r.status !== 0) {
    throw new Error(
      `policypress build --root ${root} --out ${out} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`,
    );
  }
  return out;
}

/** A collection notice's fragment (`notice.en.html`, `notice.fr.html`): a
 * piece of HTML for another site's form, not a page. */
const FRAGMENT = /(^|\/)notice\.(en|fr)\.html$/;

/** Every page (`*.html` file but the notices' fragments) under `dir`, as
 * sorted paths relative to it (with `/`); with `fragments`, the fragments
 * only. */
function htmlFiles(dir, fragments = false) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith('.html') && FRAGMENT.test(r) === fragments) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

let example = null;
/**
 * The example site (this repository's content/, locales/, themes/) built by
 * the release binary into target/browser-site (never public/). Built once;
 * `{ dir, pages }` or `{ error }`.
 */
function exampleSite() {
  if (!example) {
    try {
      build(ROOT, SITE_OUT);
      example = { dir: SITE_OUT, pages: htmlFiles(SITE_OUT) };
    } catch (error) {
      example = { error };
    }
  }
  return example;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves a built site over HTTP on loopback as a web server would (a folder
 * URL serves its index.html, a missing file the site's 404.html), so the
 * pages' relative folder links work. Resolves to the base URL.
 */
function serveStatic(dir) {
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    let target = file;
    try {
      if (fs.statSync(file).isDirectory()) {
        if (!rel.endsWith('/')) {
          res.writeHead(301, { Location: `${rel}/` }).end();
          return;
        }
        target = path.join(file, 'index.html');
      }
    } catch {
      /* not found: below */
    }
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
      const notFound = path.join(dir, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(target)] || 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(fs.readFileSync(target));
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      onCleanup(() => new Promise((r) => server.close(() => r())));
      // Keep-alive sockets of the browser would hold close() open.
      onCleanup(() => server.closeAllConnections());
      resolve(`http://127.0.0.1:${server.address().port}/`);
    });
  });
}

/**
 * Starts `policypress serve --port 0 --root root` and waits for its first
 * stdout line. Resolves to `{ url, log(), stop() }`; `stop()` is also
 * registered as a cleanup, so the server dies with the suite even when a
 * test fails.
 */
function startServe(root, lang = 'en') {
  requireBinary();
  // The tool's language (its preview pages, overlay and diagnostics): English
  // unless a test asks for French.
  const child = spawn(BIN, ['serve', '--port', '0', '--root', root], {
    env: { ...process.env, NO_COLOR: '1', LC_ALL: lang === 'fr' ? 'fr_CA.UTF-8' : 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-20000);
  });
  let exited = false;
  const exitedP = new Promise((r) =>
    child.once('exit', () => {
      exited = true;
      children.delete(child);
      r();
    }),
  );
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exitedP;
    clearTimeout(timer);
  };
  onCleanup(stop);
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      reject(new Error(`policypress serve printed no address within 20 s; stderr:\n${stderr}`));
    }, 20000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      stdout += d;
      const nl = stdout.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      const line = stdout.slice(0, nl);
      // "Serving http://…/ (…" / « Aperçu accessible à l’adresse http://…/ (… »
      const m = /(http:\/\/127\.0\.0\.1:\d+\/) \(/.exec(line);
      if (m) resolve({ url: m[1], log: () => stderr, stop, child });
      else reject(new Error(`unexpected first line from policypress serve: ${JSON.stringify(line)}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`policypress serve exited (${code ?? signal}) before serving; stderr:\n${stderr}`));
    });
  });
}

/**
 * Runs the Nu HTML Checker once over `files` (errors only). Resolves to the
 * list of error messages `{ file, line, column, message, extract }`.
 */
function vnu(files) {
  if (!fs.existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} is missing: run npm ci`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      let report;
      try {
        report = JSON.parse(out);
      } catch {
        reject(new Error(`vnu exited ${code} without a JSON report:\n${out}\n${err}`));
        return;
      }
      const errors = (report.messages || [])
        .filter((m) => m.type === 'error' || m.type === 'non-document-error')
        .map((m) => ({
          file: m.url ? m.url.replace(/^file:/, '') : '(unknown)',
          line: m.lastLine,
          column: m.firstColumn,
          message: m.message,
          extract: m.extract,
        }));
      // vnu exits 1 exactly when it reports an error: both must agree.
      if ((code !== 0) !== errors.length > 0) {
        reject(new Error(`vnu exited ${code} with ${errors.length} error(s):\n${out}\n${err}`));
        return;
      }
      resolve(errors);
    });
  });
}

/** One line per Nu checker error, relative to `base`. */
function formatVnu(errors, base) {
  return errors
    .map((e) => {
      const f = base ? path.relative(base, e.file) : e.file;
      const at = e.line ? `:${e.line}:${e.column ?? ''}` : '';
      const extract = e.extract ? `\n      ${JSON.stringify(e.extract.trim().slice(0, 160))}` : '';
      return `  ${f}${at}: ${e.message}${extract}`;
    })
    .join('\n');
}

module.exports = {
  ROOT,
  BIN,
  SITE_OUT,
  SCREENSHOTS,
  BROKEN_THEME,
  onCleanup,
  cleanup,
  tempDir,
  copySite,
  build,
  htmlFiles,
  exampleSite,
  serveStatic,
  startServe,
  vnu,
  formatVnu,
};
