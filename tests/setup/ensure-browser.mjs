#!/usr/bin/env node
/**
 * The browser tests drive Debian's Chromium, Firefox ESR and WebKitGTK (playwright-core cannot
 * download a browser here; WebKit runs through WebKitWebDriver on a virtual display, decision
 * 017) and need CJK fonts to render the submission. This makes sure all of it is present:
 * installs them with apt when it can (root on Debian), otherwise stops with a message
 * saying how to install them. It never lets the browser tests be skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const webkitDriverPath = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/**
 * poppler-utils: pdftotext and pdftoppm, to read and look at the printed briefing pack;
 * firefox-esr: Gecko (153 or later: WebDriver BiDi as playwright-core 1.64 speaks it);
 * webkit2gtk-driver: WebKitWebDriver and MiniBrowser; xvfb and xauth: MiniBrowser has no headless mode.
 */
const PACKAGES = ['chromium', 'fonts-noto-cjk', 'poppler-utils', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth'];
/** Set by whoever points at their own browsers: then nothing is installed, only checked. */
const OWN_BROWSERS = ['CHROME_PATH', 'FIREFOX_PATH', 'WEBKIT_DRIVER', 'MINIBROWSER'].some((name) => process.env[name]);

function hasCjkFonts() {
  const result = spawnSync('fc-list', [':lang=zh-tw', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function missing() {
  const parts = [];
  if (!existsSync(chromePath)) parts.push(`Chromium at ${chromePath}`);
  if (!hasCjkFonts()) parts.push('a Traditional Chinese font (fonts-noto-cjk)');
  if (spawnSync('pdftotext', ['-v']).error) parts.push('pdftotext (poppler-utils)');
  if (!existsSync(firefoxPath)) parts.push(`Firefox ESR at ${firefoxPath}`);
  if (!existsSync(webkitDriverPath)) parts.push(`WebKitWebDriver at ${webkitDriverPath} (webkit2gtk-driver)`);
  if (!existsSync(miniBrowserPath)) parts.push(`MiniBrowser at ${miniBrowserPath} (webkit2gtk-driver)`);
  if (spawnSync('xvfb-run', ['--help']).error) parts.push('xvfb-run (xvfb)');
  if (spawnSync('xauth', ['version']).error) parts.push('xauth');
  return parts;
}

function run(command, args) {
  console.error(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

let lacking = missing();
if (lacking.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !OWN_BROWSERS;
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
  elsewhere:                install Chromium, Firefox ESR (153 or later), WebKitGTK's WebKitWebDriver and
                            MiniBrowser, Xvfb with xvfb-run and xauth, a CJK font and poppler-utils, and set
                            CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER and MINIBROWSER to where they are
`);
process.exit(1);
