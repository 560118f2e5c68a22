'use strict';
// 3. Behaviour: the language toggle and keyboard-only navigation.

const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { newPage } = require('./lib/browser');
const { siteServer, englishPages, urlPath } = require('./lib/fixtures');

/** What has the focus: a short description and a few facts about it. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { what: 'body' };
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {
      what: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} ${JSON.stringify((e.textContent || '').trim().slice(0, 40))}`,
      tag: e.tagName.toLowerCase(),
      id: e.id,
      href: e.getAttribute('href'),
      hreflang: e.getAttribute('hreflang'),
      inHeader: !!e.closest('header'),
      inToc: !!e.closest('nav.toc'),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      clipPath: s.clipPath,
      clip: s.clip,
      outline: `${s.outlineStyle} ${s.outlineWidth}`,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/** Ids of the page's sections, in order. */
function sectionIds(page) {
  return page.$$eval('main section[id]', (s) => s.map((e) => e.id));
}

describe('behaviour', () => {
  it('the language toggle leads from an English section to the same section in French', async (t) => {
    const base = await siteServer();
    const en = base + urlPath(englishPages()[0]);
    const page = await newPage(t);
    await page.goto(en);
    const ids = await sectionIds(page);
    assert.ok(ids.length > 0, `${en} has no section`);
    const target = ids.includes('cookies') ? 'cookies' : ids[Math.min(2, ids.length - 1)];
    await page.goto(`${en}#${target}`);
    assert.equal(
      await page.evaluate(() => document.querySelector(':target')?.id),
      target,
      `#${target} is not the target of ${en}#${target}`,
    );
    assert.match(await page.getAttribute('html', 'lang'), /^en\b/i, 'the English page is not lang="en…"');

    // The toggle is the header's first link, names the other language, and
    // says in which language its text is.
    const headerLinks = await page.$$eval('header a', (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), hreflang: a.getAttribute('hreflang'), lang: a.getAttribute('lang'), text: a.textContent.trim() })),
    );
    assert.ok(headerLinks.length > 0, 'the header has no link');
    assert.equal(headerLinks[0].hreflang, 'fr', `the header's first link is not the French toggle: ${JSON.stringify(headerLinks[0])}`);
    assert.equal(await page.locator('header a[hreflang=fr]').count(), 1, 'not exactly one header a[hreflang=fr]');
    const toggle = headerLinks[0];
    assert.match(toggle.lang || '', /^fr\b/, 'the toggle has no lang="fr" for its French text');
    const expectedFr = await page.$eval('link[rel=alternate][hreflang=fr]', (l) => new URL(l.href).pathname).catch(() => null);

    await Promise.all([page.waitForURL(/\/fr\//), page.click('header a[hreflang=fr]')]);
    const landed = new URL(page.url());
    assert.match(await page.getAttribute('html', 'lang'), /^fr\b/i, 'the French page is not lang="fr…"');
    if (expectedFr) {
      assert.equal(landed.pathname, expectedFr, 'the toggle does not lead to the page the English page names as its French alternate');
    }
    // The French page leads back to the English one.
    const back = await page.$eval('header a[hreflang=en]', (a) => new URL(a.href).pathname);
    assert.equal(back, new URL(en).pathname, 'the French toggle does not lead back to the English page');

    // The toggle's href carries no fragment, so the reader lands at the top
    // of the French page; what must hold is that the same section exists
    // there, under the same id (keeping the fragment would need a small
    // script in the theme that appends location.hash to the toggle's href).
    if (landed.hash) {
      assert.equal(landed.hash, `#${target}`, 'the toggle changed the fragment');
    } else {
      t.diagnostic(`the toggle drops the fragment: ${en}#${target} → ${landed.href} (top of the page)`);
    }
    const frIds = await sectionIds(page);
    assert.ok(frIds.includes(target), `the French page ${landed.pathname} has no section #${target} (it has ${frIds.join(', ')})`);
    assert.deepEqual(frIds, ids, 'the French page does not have the same sections, in the same order, as the English page');
    await page.goto(`${landed.origin}${landed.pathname}#${target}`);
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), target);
  });

  it('every English page has the same section ids as its French page', async (t) => {
    const base = await siteServer();
    const page = await newPage(t);
    const problems = [];
    for (const p of englishPages()) {
      await page.goto(base + urlPath(p));
      const ids = await sectionIds(page);
      const fr = await page.$eval('header a[hreflang=fr]', (a) => a.href);
      await page.goto(fr);
      const frIds = await sectionIds(page);
      if (JSON.stringify(ids) !== JSON.stringify(frIds)) {
        problems.push(`/${urlPath(p)} [${ids.join(' ')}] ≠ ${new URL(fr).pathname} [${frIds.join(' ')}]`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('keyboard only: skip link first and visible, Enter moves to #main, Tab reaches the toggle and the contents', async (t) => {
    const base = await siteServer();
    const url = base + urlPath(englishPages()[0]);
    const page = await newPage(t);
    await page.goto(url);

    // First Tab from the top: the skip link, shown while it has the focus.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.tag, 'a', `the first Tab focuses ${skip.what}, not the skip link`);
    assert.equal(skip.href, '#main', `the first focusable link is ${skip.what} (href ${skip.href}), not a skip link to #main`);
    assert.ok(
      skip.rect.width > 20 && skip.rect.height > 10,
      `the focused skip link is not visible: ${JSON.stringify(skip.rect)}`,
    );
    assert.ok(
      skip.rect.x >= 0 && skip.rect.y >= 0 && skip.rect.x + skip.rect.width <= skip.viewport.width && skip.rect.y + skip.rect.height <= skip.viewport.height,
      `the focused skip link is outside the viewport: ${JSON.stringify(skip.rect)}`,
    );
    assert.ok(
      (skip.clipPath === 'none' || skip.clipPath === '') && (skip.clip === 'auto' || skip.clip === ''),
      `the focused skip link is clipped: clip-path ${skip.clipPath}, clip ${skip.clip}`,
    );
    assert.notEqual(skip.outline.split(' ')[0], 'none', 'the focused skip link has no focus outline');

    // Further Tabs: the language toggle, then every link of the contents, in order.
    const tocCount = await page.locator('nav.toc a').count();
    assert.ok(tocCount > 0, 'the page has no table of contents');
    const seen = [];
    let toggleAt = -1;
    const toc = [];
    for (let i = 0; i < 10 + tocCount && toc.length < tocCount; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      seen.push(f.what);
      if (f.inHeader && f.hreflang === 'fr' && toggleAt < 0) {
        toggleAt = i;
        assert.notEqual(f.outline.split(' ')[0], 'none', 'the focused language toggle has no focus outline');
      }
      if (f.inToc) {
        toc.push(f.href);
        assert.notEqual(f.outline.split(' ')[0], 'none', `the focused contents link ${f.what} has no focus outline`);
      }
    }
    assert.ok(toggleAt >= 0, `Tab never reached the language toggle; focus went to:\n  ${seen.join('\n  ')}`);
    assert.equal(toggleAt, 0, `the second Tab focuses ${seen[0]}, not the language toggle`);
    const expected = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(toc, expected, `Tab did not reach every contents link in order; focus went to:\n  ${seen.join('\n  ')}`);

    // Enter on the skip link moves the focus to <main id="main">, and the
    // next Tab goes to the first link of the contents, past the header.
    await page.goto(url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    const main = await focused(page);
    assert.equal(main.id, 'main', `Enter on the skip link focuses ${main.what}, not #main`);
    assert.equal(main.tag, 'main');
    await page.keyboard.press('Tab');
    const next = await focused(page);
    assert.ok(next.inToc && next.href === expected[0], `after the skip link, Tab focuses ${next.what}, not the first contents link`);
  });
});
