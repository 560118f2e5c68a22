'use strict';
// 4. Live reload in `policypress serve`: an edit reaches the open page by
// itself, a broken edit shows the error overlay, and the fix removes it.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it } = require('node:test');
const { copySite, startServe } = require('./lib/env');
const { newPage, axe, formatAxe } = require('./lib/browser');
const { preferredPolicy, policyIds } = require('./lib/fixtures');

const WAIT = 10000; // the longest a change may take to show

// The policy's own English title (a top-level `title:` map) and an enum
// value to break (`lifetime: session|persistent` of a cookie in
// `cookies.items`).
const TITLE = /^(title:[ \t]*\r?\n(?:[ \t]+#.*\r?\n)*[ \t]+en:[ \t]*)(.+)$/m;
const PRACTICE = /^([ \t]+lifetime:[ \t]*)([A-Za-z_-]+)[ \t]*$/m;

/**
 * Call before opening a page; the returned function waits until that page
 * has opened its event stream (so it cannot miss the next rebuild).
 */
function listening(page) {
  const p = page
    .waitForResponse((r) => new URL(r.url()).pathname === '/_preview/events', { timeout: WAIT })
    .then(
      () => null,
      (e) => e,
    );
  return async () => {
    const error = await p;
    if (error) throw new Error(`the page did not open /_preview/events: ${error.message}`);
  };
}

describe('live reload in policypress serve', () => {
  it('an edit shows up by itself; a broken edit shows the overlay; the fix removes it', async (t) => {
    const id = preferredPolicy();
    const root = copySite('live');
    const file = path.join(root, 'content', 'policies', `${id}.yaml`);
    const original = fs.readFileSync(file, 'utf8');
    const title = TITLE.exec(original);
    assert.ok(title, `content/policies/${id}.yaml has no top-level title.en to edit`);
    assert.ok(PRACTICE.test(original), `content/policies/${id}.yaml has no lifetime: value to break`);
    const oldTitle = title[2].trim().replace(/^["']|["']$/g, '');
    const marker = `Live edit ${process.pid}-${Date.now()}`;
    const edited = original.replace(TITLE, `$1${marker}`);
    const broken = edited.replace(PRACTICE, '$1not-a-valid-lifetime');

    const server = await startServe(root);
    t.after(() => server.stop());
    const page = await newPage(t);

    // The policy's English page, as linked from its side-by-side page.
    await page.goto(`${server.url}_preview/${id}/`);
    const enHref = await page.locator('main a[hreflang=en]').first().getAttribute('href');
    assert.ok(enHref, `the side-by-side page of ${id} links to no English page`);
    const enUrl = new URL(enHref, server.url).href;
    const events = listening(page);
    await page.goto(enUrl);
    await events(); // the page listens to the server's events
    const h1 = page.locator('main h1');
    assert.equal((await h1.textContent()).trim(), oldTitle, `the page's h1 is not the policy's English title`);
    let navigations = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations++;
    });
    const log = () => `\n--- policypress serve stderr ---\n${server.log()}`;

    // 1. Change the English title: the open page shows it without our reload.
    let t0 = Date.now();
    fs.writeFileSync(file, edited);
    await h1.filter({ hasText: marker }).waitFor({ timeout: WAIT }).catch((e) => {
      throw new Error(`the open page did not show the new title within ${WAIT / 1000} s: ${e.message}${log()}`);
    });
    t.diagnostic(`new title shown ${Date.now() - t0} ms after the save (${navigations} page load(s) started by reload.js)`);

    // 2. Break the YAML (an invalid enum value): the overlay names the file.
    const before = navigations;
    t0 = Date.now();
    fs.writeFileSync(file, broken);
    const overlay = page.locator('#policypress-overlay');
    await overlay.waitFor({ state: 'visible', timeout: WAIT }).catch((e) => {
      throw new Error(`no #policypress-overlay within ${WAIT / 1000} s of a broken edit: ${e.message}${log()}`);
    });
    const text = await overlay.innerText();
    assert.ok(text.includes(`${id}.yaml`), `the overlay does not name ${id}.yaml:\n${text}`);
    assert.match(text, /not-a-valid-lifetime/, `the overlay does not show the bad value:\n${text}`);
    t.diagnostic(`overlay shown ${Date.now() - t0} ms after the broken save`);
    assert.equal(navigations, before, 'the page reloaded instead of showing the overlay over the last good page');
    // Each problem is told once: its hint is not repeated under the source lines.
    const status = await (await fetch(`${server.url}_preview/status.json`)).json();
    const hint = status.diagnostics[0].hint;
    assert.ok(hint, 'the first problem has a hint');
    assert.equal(text.split(hint).length - 1, 1, `the overlay repeats the hint:\n${text}`);
    assert.ok((await h1.textContent()).includes(marker), 'the last good page is no longer under the overlay');

    // Escape closes it (the reader wants to see the page under it).
    await overlay.press('Escape');
    await overlay.waitFor({ state: 'detached', timeout: WAIT });
    // 3. Fix it (back to the original file): the overlay goes, the page reloads.
    t0 = Date.now();
    fs.writeFileSync(file, original);
    await overlay.waitFor({ state: 'detached', timeout: WAIT }).catch((e) => {
      throw new Error(`#policypress-overlay still there ${WAIT / 1000} s after the fix: ${e.message}${log()}`);
    });
    await h1.filter({ hasText: oldTitle }).waitFor({ timeout: WAIT });
    assert.ok(!(await h1.textContent()).includes(marker), 'the page still shows the edited title after the fix');
    t.diagnostic(`overlay gone and original title back ${Date.now() - t0} ms after the fix (${navigations - before} page load(s))`);
    assert.deepEqual(page.jsErrors.map(String), [], 'JavaScript errors on the page');

    await server.stop();
    assert.equal(server.child.exitCode !== null || server.child.signalCode !== null, true, 'the server is still running');
  });

  it('twenty saves show in place: no page load, scroll position and focus kept', async (t) => {
    const id = preferredPolicy();
    const root = copySite('in-place');
    const file = path.join(root, 'content', 'policies', `${id}.yaml`);
    const original = fs.readFileSync(file, 'utf8');
    assert.ok(TITLE.test(original), `content/policies/${id}.yaml has no top-level title.en to edit`);
    const server = await startServe(root);
    t.after(() => server.stop());
    const page = await newPage(t);
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(`${server.url}_preview/${id}/`);
    const enHref = await page.locator('main a[hreflang=en]').first().getAttribute('href');
    const events = listening(page);
    await page.goto(new URL(enHref, server.url).href);
    await events();
    let navigations = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigations++;
    });
    // Read further down the page, with a link of the table of contents focused.
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.locator('nav.toc a').first().focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    const h1 = page.locator('main h1');
    // Each save is timed in the page itself: a MutationObserver notes when
    // the new title is in the DOM (Playwright's own waiting polls, and would
    // add its polling interval). Both clocks are the system's, in epoch ms.
    // The steps: the server's wait after the first file event and its
    // rebuild (its `Rebuilt in` line), and reload.js's marks: the event
    // received, the page fetched, the DOM patched.
    const REBUILT = /Rebuilt in ([0-9.]+) ms, ([0-9.]+) ms after the first file event/g;
    const rows = [];
    for (let i = 0; i < 20; i++) {
      const marker = `In place ${i} ${process.pid}`;
      await page.evaluate((m) => {
        window.__ppShown = new Promise((resolve) => {
          const seen = () => {
            const el = document.querySelector('main h1');
            return el !== null && el.textContent.includes(m);
          };
          const o = new MutationObserver(() => {
            if (seen()) {
              o.disconnect();
              resolve(performance.timeOrigin + performance.now());
            }
          });
          o.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
        });
      }, marker);
      const t0 = performance.timeOrigin + performance.now();
      fs.writeFileSync(file, original.replace(TITLE, `$1${marker}`));
      await h1.filter({ hasText: marker }).waitFor({ timeout: WAIT });
      const at = await page.evaluate(() =>
        window.__ppShown.then((shown) => {
          const last = (n) => {
            const e = performance.getEntriesByName(`policypress-${n}`);
            return e.length ? performance.timeOrigin + e[e.length - 1].startTime : null;
          };
          return { shown, event: last('event'), fetched: last('fetched'), patched: last('patched') };
        }),
      );
      // Let the server print its line (and a stray second rebuild show).
      await page.waitForTimeout(60);
      const lines = [...server.log().matchAll(REBUILT)];
      const server1 = lines.length ? lines[lines.length - 1] : null;
      rows.push({
        shown: at.shown - t0,
        event: at.event === null ? NaN : at.event - t0,
        fetch: at.event === null || at.fetched === null ? NaN : at.fetched - at.event,
        patch: at.fetched === null || at.patched === null ? NaN : at.patched - at.fetched,
        wait: server1 ? Number(server1[2]) : NaN,
        rebuild: server1 ? Number(server1[1]) : NaN,
      });
    }
    const stat = (key) => {
      const xs = rows.map((r) => r[key]).filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
      if (!xs.length) return { median: NaN, worst: NaN };
      const mid = xs.length >> 1;
      const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
      return { median, worst: xs[xs.length - 1] };
    };
    const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : '?');
    const shown = stat('shown');
    const parts = ['event', 'wait', 'rebuild', 'fetch', 'patch'].map((k) => [k, stat(k)]);
    t.diagnostic(
      `save → shown in the page, 20 saves: median ${f(shown.median)} ms, worst ${f(shown.worst)} ms ` +
        `(the server's settling of the file events included)`,
    );
    t.diagnostic(
      'medians (worst): ' +
        parts.map(([k, s]) => `${k} ${f(s.median)} (${f(s.worst)}) ms`).join(', ') +
        ' — event: save → SSE event in the page; wait: first file event → rebuild start; ' +
        'rebuild: the server\'s; fetch: event → page fetched; patch: fetched → DOM patched',
    );
    // For benches/run.sh: the same numbers, as data (never asserted).
    const out = process.env.POLICYPRESS_LIVE_TIMES;
    if (out) {
      fs.writeFileSync(out, JSON.stringify({ saves: rows, shown, parts: Object.fromEntries(parts) }, null, 2));
    }
    assert.equal(navigations, 0, 'the page was loaded again instead of updated in place');
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the scroll position moved');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.closest('nav.toc') !== null);
    assert.ok(focused, 'the focused link of the table of contents lost the focus');
    assert.deepEqual(page.jsErrors.map(String), [], 'JavaScript errors on the page');
  });

  it("the overlay: each problem once, opaque, wrapped, closed by its button, on the broken document's pages only", async (t) => {
    const id = preferredPolicy();
    const other = policyIds().find((p) => p !== id);
    assert.ok(other, 'the example site has a second policy');
    const root = copySite('overlay-pages');
    const file = path.join(root, 'content', 'policies', `${id}.yaml`);
    const original = fs.readFileSync(file, 'utf8');
    // A long value with no space in it: its message and hint must wrap.
    const long = `not-a-valid-practice-${'x'.repeat(240)}`;
    const server = await startServe(root, 'fr');
    t.after(() => server.stop());
    const page = await newPage(t, { width: 800, height: 700 });
    const enOf = async (pid) => {
      await page.goto(`${server.url}_preview/${pid}/`);
      const href = await page.locator('main a[hreflang=en]').first().getAttribute('href');
      return new URL(href, server.url).href;
    };
    const [mine, theirs] = [await enOf(id), await enOf(other)];
    let events = listening(page);
    await page.goto(mine);
    await events();
    fs.writeFileSync(file, original.replace(PRACTICE, `$1${long}`));
    const overlay = page.locator('#policypress-overlay');
    await overlay.waitFor({ state: 'visible', timeout: WAIT });
    const status = await (
      await fetch(`${server.url}_preview/status.json?page=${encodeURIComponent(new URL(mine).pathname)}`)
    ).json();
    assert.equal(status.ok, false);
    const items = await overlay.locator('li').count();
    assert.equal(items, status.diagnostics.length, 'the overlay lists another number of problems than the status');
    const text = await overlay.innerText();
    for (const d of status.diagnostics) {
      assert.equal(text.split(d.message).length - 1, 1, `a problem is not told exactly once:\n${text}`);
    }
    const look = await page.evaluate(() => {
      const o = document.getElementById('policypress-overlay');
      return {
        background: getComputedStyle(o).backgroundColor,
        scrollWidth: o.scrollWidth,
        clientWidth: o.clientWidth,
        lang: o.getAttribute('lang'),
        messageLang: o.querySelector('.pp-message').getAttribute('lang'),
      };
    });
    assert.match(look.background, /^rgb\(/, `the overlay is not opaque: ${look.background}`);
    assert.ok(look.scrollWidth <= look.clientWidth, `the overlay's text runs past its right edge (${look.scrollWidth} > ${look.clientWidth} px)`);
    // In the tool's language (French here) throughout: its own words and
    // the messages, which take the overlay's language.
    assert.equal(look.lang, 'fr');
    assert.equal(look.messageLang, null);
    assert.ok(text.includes('erreur['), `the overlay does not speak French:\n${text}`);
    // Its Close button closes it, and it stays closed while the problems
    // stay the same.
    await overlay.locator('button.pp-close').click();
    await overlay.waitFor({ state: 'detached', timeout: WAIT });
    // The other policy's page and the dashboard have no overlay; the
    // dashboard lists the problem.
    events = listening(page);
    await page.goto(theirs);
    await events();
    await page.waitForTimeout(500);
    assert.equal(await overlay.count(), 0, `an overlay covers ${other}'s page for a problem of ${id}`);
    events = listening(page);
    await page.goto(`${server.url}_preview/`);
    await events();
    await page.waitForTimeout(500);
    assert.equal(await overlay.count(), 0, 'an overlay covers the dashboard');
    assert.ok((await page.locator('main').innerText()).includes(`${id}.yaml`), 'the dashboard does not list the problem');
    // The side-by-side view: the source language (French) on the left,
    // across the whole window at 1920 px.
    await page.setViewportSize({ width: 1920, height: 1000 });
    await page.goto(`${server.url}_preview/${other}/`);
    const grid = await page.evaluate(() => {
      const g = document.querySelector('.pp-grid');
      const cols = g ? Array.from(g.children) : [];
      return {
        width: g ? g.getBoundingClientRect().width : 0,
        first: cols[0] ? cols[0].getAttribute('lang') : '',
        left: cols[0] ? cols[0].getBoundingClientRect().width : 0,
      };
    });
    assert.equal(grid.first, 'fr-CA', 'French, the source language, is not on the left');
    assert.ok(grid.width > 1800, `the side-by-side view is ${grid.width} px wide at 1920 px`);
    assert.ok(grid.left > 850, `a column is ${grid.left} px wide at 1920 px`);
    assert.deepEqual(page.jsErrors.map(String), [], 'JavaScript errors on the page');
  });

  it('the error overlay passes axe-core too', async (t) => {
    const id = preferredPolicy();
    const root = copySite('overlay');
    const file = path.join(root, 'content', 'policies', `${id}.yaml`);
    const original = fs.readFileSync(file, 'utf8');
    assert.ok(PRACTICE.test(original), `content/policies/${id}.yaml has no lifetime: value to break`);
    const server = await startServe(root);
    t.after(() => server.stop());
    const page = await newPage(t);
    const events = listening(page);
    await page.goto(`${server.url}_preview/${id}/`);
    await events();
    fs.writeFileSync(file, original.replace(PRACTICE, '$1not-a-valid-lifetime'));
    await page.locator('#policypress-overlay').waitFor({ state: 'visible', timeout: WAIT });
    const violations = await axe(page);
    assert.equal(
      violations.length,
      0,
      `axe-core reports, with the error overlay shown over ${server.url}_preview/${id}/ ` +
        `(the overlay is built by src/serve/reload.js and styled by src/serve/overlay.css):\n${formatAxe(violations)}`,
    );
  });
});
