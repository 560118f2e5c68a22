'use strict';
// policypress in a real browser (issue 6). Run with scripts/browser-tests.sh,
// which installs Chromium, Java and the pinned npm packages, builds the
// release binary, then runs `node --test tests/browser/`.
//
// One test file, so the whole suite shares one Chromium; each group of
// tests lives in its own module below and runs in this order.

const { after } = require('node:test');
const { cleanup } = require('./lib/env');

// Closes the browser, stops every server and removes the temporary sites,
// whether the tests passed or not.
after(cleanup);

require('./validity');
require('./accessibility');
require('./behaviour');
require('./screenshots');
require('./live-reload');
require('./broken-theme');
require('./themes');
