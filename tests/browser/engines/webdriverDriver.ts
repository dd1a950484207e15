/**
 * The page driver on W3C WebDriver (webdriverio 9, classic protocol): WebKitGTK's MiniBrowser
 * through WebKitWebDriver, Safari's engine on Linux. Playwright cannot drive it (it needs its
 * own patched WebKit). What WebDriver classic lacks, and what is done instead:
 * - no headless mode: the driver (and so MiniBrowser) runs under `xvfb-run`;
 * - no init scripts: the console and CSP listeners are put in the page after each navigation,
 *   and keep what they heard in sessionStorage across navigations of the tab (what happens
 *   before the page's first script runs is heard in Chromium and Firefox);
 * - no media emulation, and no `print` command in WebKitWebDriver 2.50 (not even asked: the
 *   request sometimes got no answer): the print stylesheet is checked through the CSSOM;
 * - no download events: exports are caught in the page (the journeys do that in every engine).
 * MiniBrowser's window has a toolbar with a minimum width wider than a phone: a GTK stylesheet
 * (XDG_CONFIG_HOME) shrinks it, and the window is sized so that the page's viewport is exactly
 * the phone's or the desktop's. At phone size the Fullscreen API is switched off, as on an iPhone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Key, remote } from 'webdriverio';
import {
  appHasTakenOver,
  AXE_SOURCE,
  AXE_TAGS,
  axeInPage,
  describeQuery,
  findByRoleInPage,
  textInPage,
  toRoleQueryArg,
  VIEWPORTS,
  type ByRole,
  type EngineSession,
  type KeyName,
  type PageDriver,
  type ViewportName,
} from './driver.ts';
import { screenshotDir } from './playwrightDriver.ts';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WAIT_MS = 10_000;
const PROBE_KEY = '__engineProbe';

const KEYS: Record<KeyName, string> = {
  ArrowRight: Key.ArrowRight,
  ArrowLeft: Key.ArrowLeft,
  Home: Key.Home,
  End: Key.End,
  Escape: Key.Escape,
  Enter: Key.Enter,
  Tab: Key.Tab,
  q: 'q',
  '?': '?',
};

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Shrinks MiniBrowser's toolbar so that its window can be as narrow as a phone. */
function gtkConfigHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minibrowser-gtk-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(join(dir, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0; }\nbutton, entry, image, box { -gtk-icon-transform: scale(0.2); }\n');
  return dir;
}

export async function launchWebKit(): Promise<EngineSession> {
  const port = await freePort();
  const configHome = gtkConfigHome();
  // Its own process group, so that the driver, MiniBrowser and Xvfb are stopped together by this PID.
  const driver: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1920x1080x24', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
  });
  let stderr = '';
  driver.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-2000)));
  const stop = () => {
    try {
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(configHome, { recursive: true, force: true });
  };
  const started = Date.now();
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
    if (ready) break;
    if (driver.exitCode !== null || Date.now() - started > 20_000) {
      stop();
      throw new Error(`WebKitWebDriver did not start (${WEBKIT_DRIVER} under xvfb-run): ${stderr}`);
    }
    await delay(100);
  }
  return {
    engine: 'webkit',
    version: `WebKitGTK (MiniBrowser) via WebKitWebDriver on port ${port}`,
    openPage: (viewport) => openWebKitPage(port, viewport),
    close: async () => stop(),
  };
}

/**
 * A WebDriver command that gets no answer (seen once or twice a run on a loaded machine, while
 * MiniBrowser starts or loads) fails after this long, naming the command, instead of using up
 * the test's 30 s in silence.
 */
const COMMAND_MS = 20_000;

async function openWebKitPage(port: number, viewport: ViewportName): Promise<PageDriver> {
  const browser = await openSession(port, viewport);
  // Navigations and scripts end with an error after these, rather than waiting for ever.
  await browser.setTimeout({ pageLoad: COMMAND_MS, script: COMMAND_MS });
  return pageDriver(browser, viewport);
}

/** A new session normally answers in 1–2 s (about 5 s cold). */
const SESSION_MS = 10_000;

/**
 * A new session is MiniBrowser starting, not a step of the journey. A few times a run on this
 * loaded machine the request got no answer at all; it is then asked once more (and a late
 * session, should the first request still be answered, is closed), and said on stderr.
 */
async function openSession(port: number, viewport: ViewportName) {
  for (let attempt = 1; ; attempt++) {
    const pending = newSession(port, viewport);
    const browser = await Promise.race([pending, delay(SESSION_MS).then(() => null)]).catch(() => null);
    if (browser) return browser;
    pending.then((late) => late.deleteSession(), () => undefined).catch(() => undefined);
    if (attempt === 2) throw new Error(`WebKitWebDriver opened no session in ${SESSION_MS / 1000} s, twice`);
    console.warn(`WebKitWebDriver opened no session in ${SESSION_MS / 1000} s (${viewport}): asking once more`);
  }
}

const newSession = (port: number, viewport: ViewportName) =>
  remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'silent',
    connectionRetryTimeout: COMMAND_MS,
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        // An iPhone's Safari has no element full screen: the phone-size session has none either.
        args: ['--automation', ...(viewport === 'phone' ? ['--enable-fullscreen=false'] : [])],
      },
    },
  } as Parameters<typeof remote>[0]);

async function pageDriver(browser: Awaited<ReturnType<typeof remote>>, viewport: ViewportName): Promise<PageDriver> {
  const size = VIEWPORTS[viewport];
  const problemsBefore: string[] = [];
  const execute = <R>(fn: string | ((...args: never[]) => unknown), ...args: unknown[]) =>
    browser.execute(fn as never, ...(args as never[])) as Promise<R>;

  // The window so that the page's viewport is the size asked for (the toolbar takes some height).
  await browser.setWindowSize(size.width, size.height);
  const inner = await execute<{ width: number; height: number }>(() => ({ width: innerWidth, height: innerHeight }));
  if (inner.width !== size.width || inner.height !== size.height) {
    await browser.setWindowSize(size.width * 2 - inner.width, size.height * 2 - inner.height);
  }

  /** In the page: listeners for CSP violations, console errors and page errors, once per document. */
  const installProbe = () =>
    execute((key: string) => {
      const w = window as unknown as { __probeInstalled?: boolean };
      if (w.__probeInstalled) return;
      w.__probeInstalled = true;
      const note = (kind: 'csp' | 'problems', text: string) => {
        const stored = JSON.parse(sessionStorage.getItem(key) ?? '{"csp":[],"problems":[]}') as Record<string, string[]>;
        stored[kind]!.push(text);
        sessionStorage.setItem(key, JSON.stringify(stored));
      };
      document.addEventListener(
        'securitypolicyviolation',
        (event) => note('csp', `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`),
        true,
      );
      const original = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        note('problems', `console.error: ${args.map(String).join(' ')}`);
        original(...args);
      };
      window.addEventListener('error', (event) => note('problems', `page error: ${event.message}`));
      window.addEventListener('unhandledrejection', (event) => note('problems', `page error: ${String(event.reason)}`));
    }, PROBE_KEY);
  const readProbe = async () => {
    await installProbe().catch(() => undefined);
    return execute<{ csp: string[]; problems: string[] }>((key: string) => JSON.parse(sessionStorage.getItem(key) ?? '{"csp":[],"problems":[]}'), PROBE_KEY);
  };
  const ensureAxe = async () => {
    if (!(await execute<boolean>(() => 'axe' in window))) await execute(AXE_SOURCE);
  };
  const waitUntil = async (check: () => Promise<unknown>, message: string) => {
    await browser.waitUntil(async () => Boolean(await check()), { timeout: WAIT_MS, interval: 100, timeoutMsg: message });
  };
  const afterNavigation = async () => {
    await waitUntil(() => execute<boolean>(appHasTakenOver), 'the app did not take over the page');
    await installProbe();
  };
  const find = async (query: ByRole): Promise<string> => {
    let found: unknown = null;
    await waitUntil(async () => {
      await ensureAxe();
      found = await browser.execute(findByRoleInPage as never, toRoleQueryArg(query) as never);
      return found;
    }, `no ${describeQuery(query)} on ${await browser.getUrl()}`);
    const element = found as { elementId?: string; 'element-6066-11e4-a52e-4f735466cecf'?: string };
    const id = element.elementId ?? element['element-6066-11e4-a52e-4f735466cecf'];
    if (!id) throw new Error(`WebDriver returned no element reference for ${describeQuery(query)}`);
    return id;
  };

  return {
    engine: 'webkit',
    viewport,
    goto: async (url) => {
      await browser.url(url);
      await afterNavigation();
    },
    reload: async () => {
      await browser.refresh();
      await afterNavigation();
    },
    url: () => browser.getUrl(),
    evaluate: (fn, arg) => execute(fn as never, arg),
    waitFor: (fn, arg, message) => waitUntil(() => execute(fn as never, arg), message ?? 'waiting'),
    waitForRole: async (query) => void (await find(query)),
    waitForText: (text) => waitUntil(() => execute(textInPage as never, text), `the text “${text}” did not appear`),
    click: async (query) => {
      const id = await find(query);
      await browser.elementClick(id);
    },
    focus: async (query) => {
      const id = await find(query);
      await browser.execute((element: HTMLElement) => element.focus(), { 'element-6066-11e4-a52e-4f735466cecf': id } as never);
    },
    press: (key) => browser.keys(KEYS[key]),
    // WebDriver has no media emulation: the journey checks the print rules through the CSSOM instead.
    emulatePrint: async () => undefined,
    // WebKitWebDriver 2.50 has no `print` command: asked anyway, it answered "Unknown command" at
    // once in a probe, but in full runs the request sometimes got no answer at all (20–30 s).
    printToPdf: async () => null,
    screenshot: async (name) => {
      mkdirSync(screenshotDir('webkit'), { recursive: true });
      await browser.saveScreenshot(resolve(screenshotDir('webkit'), `${name}.png`));
    },
    axe: async () => {
      await ensureAxe();
      return execute<string[]>(axeInPage as never, AXE_TAGS);
    },
    problems: async () => [...problemsBefore, ...(await readProbe()).problems],
    cspViolations: async () => (await readProbe()).csp,
    close: async () => {
      await browser.deleteSession().catch(() => undefined);
    },
  };
}
