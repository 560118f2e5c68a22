'use strict';
// Servers shared by several groups of tests, started once on first use.

const fs = require('node:fs');
const path = require('node:path');
const { ROOT, exampleSite, serveStatic, startServe, copySite } = require('./env');

/** The policy ids of the example site (the stems of content/policies/*.yaml). */
function policyIds() {
  return fs
    .readdirSync(path.join(ROOT, 'content', 'policies'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

/** The policy used where one is enough: the Québec Portal, or the first one. */
function preferredPolicy() {
  const ids = policyIds();
  return ids.includes('quebec-portal') ? 'quebec-portal' : ids[0];
}

/** URL path of a built page: `en/x/index.html` → `en/x/` (as links name it). */
function urlPath(page) {
  return page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : page;
}

let staticP = null;
/** Base URL of a static server over the built example site (target/browser-site). */
function siteServer() {
  if (!staticP) {
    const site = exampleSite();
    staticP = site.error ? Promise.reject(site.error) : serveStatic(site.dir);
  }
  return staticP;
}

/**
 * The English policy pages of the example site, the one with a `cookies`
 * section first (the language-toggle test lands on that section).
 */
function englishPages() {
  const site = exampleSite();
  if (site.error) throw site.error;
  const en = site.pages.filter((p) => /^en\/.+\/index\.html$/.test(p));
  const withCookies = en.filter((p) =>
    fs.readFileSync(path.join(site.dir, p), 'utf8').includes('id="cookies"'),
  );
  return [...withCookies, ...en.filter((p) => !withCookies.includes(p))];
}

let previewP = null;
/**
 * `policypress serve` over an untouched temporary copy of the example site
 * (the live-reload test edits its own copy). Resolves to `{ url, … }`.
 */
function previewServer() {
  if (!previewP) previewP = startServe(copySite('preview'));
  return previewP;
}

module.exports = { policyIds, preferredPolicy, urlPath, siteServer, englishPages, previewServer };
