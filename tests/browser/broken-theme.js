'use strict';
// 6. Proof that the checks can fail: the example content built with
// tests/fixtures/broken-theme/ (the default theme with deliberate defects,
// listed in its DEFECTS.md) must make both the Nu checker and axe-core
// report problems. This group passes only if they do.

const assert = require('node:assert/strict');
const path = require('node:path');
const { describe, it, before } = require('node:test');
const { BROKEN_THEME, copySite, build, htmlFiles, serveStatic, vnu, formatVnu } = require('./lib/env');
const { newPage, axe } = require('./lib/browser');
const { urlPath } = require('./lib/fixtures');

describe('the checks fail on a broken theme (tests/fixtures/broken-theme)', () => {
  let out;
  let pages;
  before(() => {
    const root = copySite('broken', { theme: BROKEN_THEME });
    out = build(root, path.join(root, 'out'));
    pages = htmlFiles(out);
  });

  it('the Nu checker reports its invalid HTML', async (t) => {
    const errors = await vnu(pages.map((p) => path.join(out, p)));
    t.diagnostic(`${errors.length} error(s), as expected`);
    assert.ok(errors.length > 0, 'the Nu checker found no error in pages built with the broken theme');
    const messages = errors.map((e) => e.message).join('\n');
    for (const [what, re] of [
      ['an img without alt', /img.*alt/],
      ['a div inside a p', /No .p. element in scope but a .p. end tag seen/],
      ['a duplicate id', /Duplicate ID/],
    ]) {
      assert.match(messages, re, `the Nu checker missed ${what}; it reported:\n${formatVnu(errors, out)}`);
    }
  });

  it('axe-core reports its accessibility violations', async (t) => {
    const base = await serveStatic(out);
    const en = pages.find((p) => /^en\/.+\/index\.html$/.test(p));
    assert.ok(en, 'the broken theme built no English policy page');
    const page = await newPage(t);
    await page.goto(base + urlPath(en));
    const violations = await axe(page);
    const ids = violations.map((v) => v.id);
    t.diagnostic(`violations, as expected: ${ids.join(', ')}`);
    assert.ok(violations.length > 0, 'axe-core found no violation in a page built with the broken theme');
    for (const rule of ['image-alt', 'html-has-lang']) {
      assert.ok(ids.includes(rule), `axe-core missed ${rule}; it reported: ${ids.join(', ') || 'nothing'}`);
    }
  });
});
