'use strict';
// 7. The built-in themes (`default`, `canada`, `quebec`), each with the
// site's branding (logo, header and footer links, copyright line): the
// example site built with each, then axe-core at desktop and mobile widths
// on the landing page, the 404 page and one English and one French policy
// page, no sideways scrolling at 390 px, screenshots
// (target/browser-screenshots/theme-<name>-…png), and the Nu HTML Checker
// over every page of each build (one run for all themes).

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it } = require('node:test');
const { SCREENSHOTS, copySite, tempDir, build, htmlFiles, serveStatic, vnu, formatVnu } = require('./lib/env');
const { newPage, axe, formatAxe, DESKTOP, MOBILE } = require('./lib/browser');

const THEMES = ['default', 'canada', 'quebec'];
const VIEWPORTS = { desktop: DESKTOP, mobile: MOBILE };

const BRANDING = `
branding:
  logo:
    src: branding/signature.svg
    alt: { en: Ministry of Examples, fr: Ministère des Exemples }
  header_links:
    - label: { en: Services, fr: Services }
      url: { en: https://example.ca/en/services, fr: https://example.ca/fr/services }
  footer_links:
    - label: { en: Accessibility, fr: Accessibilité }
      url: { en: https://example.ca/en/accessibility, fr: https://example.ca/fr/accessibilite }
  copyright:
    en: © Ministry of Examples
    fr: © Ministère des Exemples
`;

// A plain signature of the site's own (no government artwork is shipped).
const SIGNATURE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40">' +
  '<rect width="160" height="40" fill="#26374a"/><text x="8" y="26" font-size="16" fill="#fff">Exemples</text></svg>';

const built = {};
/** The example site with `theme:` set to `name` and the branding above: `{ dir, pages, base }`. */
async function themeSite(name) {
  if (!built[name]) {
    built[name] = (async () => {
      const root = copySite(`theme-${name}`);
      const yaml = path.join(root, 'content', 'site.yaml');
      const text = fs.readFileSync(yaml, 'utf8').replace(/^theme: .*$/m, `theme: ${name}`);
      fs.writeFileSync(yaml, text + BRANDING);
      fs.mkdirSync(path.join(root, 'branding'));
      fs.writeFileSync(path.join(root, 'branding', 'signature.svg'), SIGNATURE);
      const dir = build(root, path.join(tempDir(`theme-${name}-out`), 'site'));
      return { dir, pages: htmlFiles(dir), base: await serveStatic(dir) };
    })();
  }
  return built[name];
}

/** The pages checked in a browser: landing, 404, the first English and French policy pages. */
function sample(pages) {
  const first = (lang) => pages.find((p) => p.startsWith(`${lang}/`) && p.endsWith('/index.html'));
  return [
    ['landing', 'index.html'],
    ['not-found', '404.html'],
    ['en', first('en')],
    ['fr', first('fr')],
  ];
}

describe('built-in themes: axe at desktop and mobile widths, screenshots, valid HTML', () => {
  for (const name of THEMES) {
    for (const viewport of Object.keys(VIEWPORTS)) {
      it(`theme ${name} at ${VIEWPORTS[viewport].width} px: axe, no sideways scrolling, screenshots`, async (t) => {
        const site = await themeSite(name);
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
        const page = await newPage(t, VIEWPORTS[viewport]);
        const problems = [];
        for (const [label, rel] of sample(site.pages)) {
          assert.ok(rel, `theme ${name}: no ${label} page`);
          const url = site.base + rel.replace(/index\.html$/, '');
          await page.goto(url, { waitUntil: 'load' });
          const violations = await axe(page);
          if (violations.length) problems.push(`${url}:\n${formatAxe(violations)}`);
          if (viewport === 'mobile') {
            const o = await page.evaluate(() => ({ s: document.documentElement.scrollWidth, w: innerWidth }));
            if (o.s > o.w) problems.push(`${url} overflows at ${o.w} px: scrollWidth ${o.s}`);
          }
          if (label === 'en' || label === 'fr') {
            const file = path.join(SCREENSHOTS, `theme-${name}-${label}-${viewport}.png`);
            await page.screenshot({ path: file, fullPage: true });
            t.diagnostic(`${path.relative(process.cwd(), file)} ← ${url}`);
          }
        }
        assert.deepEqual(problems, [], `theme ${name} at ${viewport}:\n${problems.join('\n')}`);
      });
    }
  }

  it('the table of contents is folded on a phone and open on a desktop, without a script', async (t) => {
    for (const name of THEMES) {
      const site = await themeSite(name);
      const url = site.base + sample(site.pages)[2][1].replace(/index\.html$/, '');
      for (const [viewport, shown] of [['mobile', false], ['desktop', true]]) {
        const page = await newPage(t, VIEWPORTS[viewport]);
        await page.goto(url);
        const visible = await page.locator('nav.toc ol a').first().isVisible();
        assert.equal(visible, shown, `theme ${name} at ${viewport}: contents links visible = ${visible}`);
      }
    }
  });

  it('every page of every themed build is valid HTML', async (t) => {
    const files = [];
    for (const name of THEMES) {
      const site = await themeSite(name);
      files.push(...site.pages.map((p) => path.join(site.dir, p)));
    }
    const errors = await vnu(files);
    t.diagnostic(`checked ${files.length} pages`);
    assert.equal(errors.length, 0, `the Nu checker reports ${errors.length} error(s):\n${formatVnu(errors)}`);
  });
});
