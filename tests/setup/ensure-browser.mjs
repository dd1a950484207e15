#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium (playwright-core cannot download a browser
 * here) and need CJK fonts to render the submission. This makes sure both are present:
 * installs them with apt when it can (root on Debian), otherwise stops with a message
 * saying how to install them. It never lets the browser tests be skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
/** poppler-utils: pdftotext and pdftoppm, to read and look at the printed briefing pack. */
const PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils'];

function hasCjkFonts() {
  const result = spawnSync('fc-list', [':lang=zh-tw', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function missing() {
  const parts = [];
  if (!existsSync(chromePath)) parts.push(`Chromium at ${chromePath}`);
  if (!hasCjkFonts()) parts.push('a Traditional Chinese font (fonts-noto-cjk)');
  if (spawnSync('pdftotext', ['-v']).error) parts.push('pdftotext (poppler-utils)');
  return parts;
}

function run(command, args) {
  console.error(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

let lacking = missing();
if (lacking.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
if (canApt) {
  console.error(`ensure-browser: installing ${PACKAGES.join(' and ')} for the browser tests (missing: ${lacking.join(', ')})`);
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES])) {
    lacking = missing();
    if (lacking.length === 0) process.exit(0);
  }
}

console.error(`
ensure-browser: the browser tests cannot run: missing ${lacking.join(' and ')}.
Install them, then run the tests again:
  Debian/Ubuntu (as root):  apt-get update && apt-get install -y ${PACKAGES.join(' ')}
  elsewhere:                install Chromium and a CJK font, and set CHROME_PATH=/path/to/chromium
`);
process.exit(1);
