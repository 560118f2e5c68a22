'use strict';
// 5. Screenshots (target/browser-screenshots/) of an English page, its French
// page and the side-by-side preview, at desktop and mobile widths; at 390 px
// nothing may overflow sideways.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it, before } = require('node:test');
const { SCREENSHOTS, exampleSite } = require('./lib/env');
const { newPage, DESKTOP, MOBILE } = require('./lib/browser');
const { siteServer, previewServer, preferredPolicy, urlPath } = require('./lib/fixtures');

const VIEWPORTS = { desktop: DESKTOP, mobile: MOBILE };

/** scrollWidth against innerWidth, and the widest elements when it overflows. */
function overflow(page) {
  return page.evaluate(() => {
    const scrollWidth = document.documentElement.scrollWidth;
    const width = innerWidth;
    const culprits = [];
    if (scrollWidth > width) {
      for (const e of document.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.right > width + 0.5) {
          culprits.push(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} right=${Math.round(r.right)}`);
        }
      }
    }
    return { scrollWidth, width, culprits: culprits.slice(0, 10) };
  });
}

async function shoot(t, url, name, viewport) {
  const page = await newPage(t, VIEWPORTS[viewport]);
  await page.goto(url, { waitUntil: 'load' });
  const file = path.join(SCREENSHOTS, `${name}-${viewport}.png`);
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 1000, `${file} is (nearly) empty`);
  t.diagnostic(`${path.relative(process.cwd(), file)} ← ${url}`);
  if (viewport === 'mobile') {
    const o = await overflow(page);
    assert.ok(
      o.scrollWidth <= o.width,
      `${url} overflows at ${o.width} px: scrollWidth ${o.scrollWidth}; widest: ${o.culprits.join(', ')}`,
    );
  }
}

describe('screenshots (target/browser-screenshots/) and no sideways scrolling at 390 px', () => {
  before(() => {
    fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  let urls = null;
  /** The preferred policy's English and French pages (on the built site) and its side-by-side preview. */
  async function pages(t) {
    if (!urls) {
      const base = await siteServer();
      const { url } = await previewServer();
      const preview = `${url}_preview/${preferredPolicy()}/`;
      // The side-by-side page links to both pages; the built site has the same paths.
      const page = await newPage(t);
      await page.goto(preview);
      const link = (lang) => page.locator(`main a[hreflang=${lang}]`).first().getAttribute('href');
      const [en, fr] = [await link('en'), await link('fr')];
      assert.ok(en && fr, `${preview} does not link to both pages`);
      urls = { en: new URL(en, base).href, fr: new URL(fr, base).href, preview };
    }
    return urls;
  }

  for (const viewport of Object.keys(VIEWPORTS)) {
    for (const [name, label] of [
      ['en', 'English page'],
      ['fr', 'French page'],
      ['preview', 'side-by-side preview'],
    ]) {
      const file = `${name === 'preview' ? 'side-by-side' : name}`;
      it(`${label} at ${VIEWPORTS[viewport].width}×${VIEWPORTS[viewport].height}`, async (t) => {
        await shoot(t, (await pages(t))[name], file, viewport);
      });
    }
  }

  it('no page of the site overflows at 390 px', async (t) => {
    const site = exampleSite();
    if (site.error) throw site.error;
    const base = await siteServer();
    const page = await newPage(t, MOBILE);
    const problems = [];
    for (const p of site.pages) {
      await page.goto(base + urlPath(p));
      const o = await overflow(page);
      if (o.scrollWidth > o.width) problems.push(`/${urlPath(p)}: scrollWidth ${o.scrollWidth} > ${o.width}; widest: ${o.culprits.join(', ')}`);
    }
    assert.deepEqual(problems, []);
  });
});
