'use strict';
// 1. HTML validity: the Nu HTML Checker, run once over every generated page.

const assert = require('node:assert/strict');
const path = require('node:path');
const { describe, it } = require('node:test');
const fs = require('node:fs');
const { exampleSite, vnu, formatVnu, tempDir, htmlFiles } = require('./lib/env');
const { previewServer, policyIds } = require('./lib/fixtures');

describe('HTML validity (Nu HTML Checker, errors only)', () => {
  it('every page of the example site is valid HTML', async (t) => {
    const site = exampleSite();
    if (site.error) throw site.error;
    for (const must of ['index.html', '404.html']) {
      assert.ok(site.pages.includes(must), `${must} was not generated`);
    }
    assert.ok(site.pages.some((p) => p.startsWith('en/')), 'no English page was generated');
    assert.ok(site.pages.some((p) => p.startsWith('fr/')), 'no French page was generated');
    const errors = await vnu(site.pages.map((p) => path.join(site.dir, p)));
    t.diagnostic(`checked ${site.pages.length} pages: ${site.pages.join(', ')}`);
    assert.equal(
      errors.length,
      0,
      `the Nu checker reports ${errors.length} error(s) in ${site.dir}:\n${formatVnu(errors, site.dir)}`,
    );
  });

  it('every collection notice fragment is valid HTML in the page it is pasted into', async (t) => {
    const site = exampleSite();
    if (site.error) throw site.error;
    const fragments = htmlFiles(site.dir, true);
    assert.ok(fragments.length >= 4, `the example notices have fragments: ${fragments}`);
    const dir = tempDir('fragments');
    const files = fragments.map((f) => {
      const lang = f.endsWith('.fr.html') ? 'fr' : 'en';
      const html = fs.readFileSync(path.join(site.dir, f), 'utf8');
      assert.ok(!/<html|<script|<style/i.test(html), `${f} is a fragment: no page, no script, no style`);
      const file = path.join(dir, f.replace(/\//g, '_'));
      fs.writeFileSync(
        file,
        `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Form</title></head><body><form action="#">${html}<button>Send</button></form></body></html>`,
      );
      return file;
    });
    const errors = await vnu(files);
    t.diagnostic(`checked ${files.length} fragments`);
    assert.equal(errors.length, 0, `the Nu checker reports:\n${formatVnu(errors, dir)}`);
  });

  it('the preview dashboard and side-by-side pages are valid HTML', async (t) => {
    const { url } = await previewServer();
    const dir = tempDir('preview-html');
    const files = [];
    for (const u of ['_preview/', ...policyIds().map((id) => `_preview/${id}/`)]) {
      const response = await fetch(url + u);
      assert.equal(response.status, 200, `${url}${u} answered ${response.status}`);
      const file = path.join(dir, `${u.replace(/\//g, '_')}.html`);
      fs.writeFileSync(file, await response.text());
      files.push(file);
    }
    const errors = await vnu(files);
    t.diagnostic(`checked ${files.length} preview pages`);
    assert.equal(errors.length, 0, `the Nu checker reports ${errors.length} error(s) in the preview pages:\n${formatVnu(errors, dir)}`);
  });
});
