'use strict';
// The one Chromium of the suite (Debian's /usr/bin/chromium driven by
// playwright-core: playwright's own browser download does not work on this
// closed network) and the axe-core helper.

const fs = require('node:fs');
const { chromium } = require('playwright-core');
const { tempDir, onCleanup } = require('./env');

const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying to reach
// Google's services, and this network refuses those connections.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 390, height: 844 };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

let contextP = null;

/**
 * The suite's browser: one persistent context over a fresh user data dir,
 * launched on first use and closed by the suite's final cleanup.
 */
function browser() {
  if (!contextP) {
    if (!fs.existsSync(EXECUTABLE)) {
      return Promise.reject(
        new Error(`${EXECUTABLE} is missing: run scripts/browser-tests.sh (it installs chromium)`),
      );
    }
    const userDataDir = tempDir('chromium-profile');
    contextP = chromium.launchPersistentContext(userDataDir, {
      executablePath: EXECUTABLE,
      args: ARGS,
      headless: true,
      viewport: DESKTOP,
      timeout: 60000,
    });
    // Closed before its profile folder is removed (cleanups run last-in first-out).
    onCleanup(async () => {
      const ctx = await contextP.catch(() => null);
      if (ctx) await ctx.close();
    });
  }
  return contextP;
}

/** A new tab at `viewport` (desktop by default); closed at the end of the test by `t.after`. */
async function newPage(t, viewport = DESKTOP) {
  const ctx = await browser();
  const page = await ctx.newPage();
  await page.setViewportSize(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.jsErrors = errors;
  t.after(() => page.close().catch(() => {}));
  return page;
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; resolves to its violations. */
async function axe(page) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }),
    AXE_TAGS,
  );
  return results.violations;
}

/** One paragraph per axe violation, with every offending element. */
function formatAxe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const summary = (n.failureSummary || '').replace(/\s*\n\s*/g, ' ');
          return `      ${n.target.join(' ')}: ${n.html.replace(/\s+/g, ' ').slice(0, 160)}\n        ${summary}`;
        })
        .join('\n');
      return `  [${v.id}] (${v.impact}, ${v.tags.filter((t) => /^wcag\d/.test(t)).join(' ')}) ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

module.exports = { browser, newPage, axe, formatAxe, DESKTOP, MOBILE, AXE_TAGS, ARGS, EXECUTABLE };
