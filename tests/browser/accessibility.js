'use strict';
// 2. Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) on every
// page of the example site, on the preview dashboard and on each policy's
// side-by-side preview.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { exampleSite } = require('./lib/env');
const { newPage, axe, formatAxe, AXE_TAGS } = require('./lib/browser');
const { siteServer, previewServer, policyIds, urlPath } = require('./lib/fixtures');

async function assertAccessible(t, url) {
  const page = await newPage(t);
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.ok(response, `no response for ${url}`);
  const violations = await axe(page);
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  assert.equal(
    violations.length,
    0,
    `axe-core reports ${violations.length} rule(s) violated on ${count} element(s) of ${url}:\n${formatAxe(violations)}`,
  );
}

describe(`accessibility (axe-core: ${AXE_TAGS.join(', ')})`, () => {
  const site = exampleSite();
  if (site.error) {
    it('the example site builds', () => {
      throw site.error;
    });
    return;
  }
  for (const p of site.pages) {
    it(`site page /${urlPath(p)}`, async (t) => {
      const base = await siteServer();
      await assertAccessible(t, base + urlPath(p));
    });
  }
  it('preview dashboard /_preview/', async (t) => {
    const { url } = await previewServer();
    await assertAccessible(t, `${url}_preview/`);
  });
  for (const id of policyIds()) {
    it(`preview side by side /_preview/${id}/`, async (t) => {
      const { url } = await previewServer();
      await assertAccessible(t, `${url}_preview/${id}/`);
    });
  }
});
