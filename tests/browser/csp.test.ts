/**
 * The built app runs under its strict Content Security Policy with Trusted Types. The other
 * browser tests require 0 violations on every view, language and chart; these positive
 * controls prove the listener would have heard one.
 */
import { describe, expect } from 'vitest';
import { contentSecurityPolicy, TRUSTED_TYPES_POLICY } from '../../src/config/contentSecurityPolicy.ts';
import { chartBars, test, useBrowser } from './support.ts';

const session = useBrowser();

describe('the Content Security Policy', () => {
  test('is sent with the app, on a deep link too', async () => {
    for (const path of ['/', '/en/recommendations/R-5.2-1']) {
      const response = await fetch(`${session.baseUrl}${path}`);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    }
    expect(contentSecurityPolicy()).toContain("require-trusted-types-for 'script'");
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
  });

  test('the app itself causes no violation, service worker registration included', async ({ openPage }) => {
    const { page, cspViolations, problems } = await openPage('desktop');
    await page.goto(`${session.baseUrl}/en`);
    await chartBars(page).first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(cspViolations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('searching on Explore builds the index in the search worker, which the policy lets load, with no violation', async ({ openPage }) => {
    const { page, cspViolations, problems } = await openPage('desktop');
    await page.goto(`${session.baseUrl}/en/explore`);
    const box = page.getByRole('searchbox', { name: 'Search in Chinese or English' });
    await box.fill('parcel');
    await box.press('Enter');
    // The search is in the address, then its count replaces "Preparing the search…".
    await page.waitForURL(/[?&]q=parcel/);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^\d+ of \d+ recommendations$/);
    // Had the worker failed to load or build, the search would have fallen back to the main thread and ended it.
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/assets\/recommendationSearch\.worker-[\w-]+\.js$/)]);
    expect(cspViolations).toEqual([]);
    expect(problems).toEqual([]);
  });

  test.for([
    // Under Trusted Types, writing script text is refused before script-src is even asked.
    ['an inline script', 'require-trusted-types-for', () => {
      const script = document.createElement('script');
      try {
        script.text = 'window.__ran = true';
      } catch {
        /* blocked, as it should be */
      }
      document.body.append(script);
    }],
    // A string, so that Vitest does not rewrite the import().
    ['a module from another origin', 'script-src-elem', 'import("https://evil.example/x.js").catch(() => {})'],
    // A string given to a timer is eval in disguise (DevTools' own evaluate would be exempt from the CSP).
    ['code in a string given to setTimeout', 'require-trusted-types-for', () => {
      try {
        (setTimeout as unknown as (code: string) => void)('window.__ran = true');
      } catch {
        /* blocked, as it should be */
      }
    }],
    ['an HTML string assigned to innerHTML (Trusted Types)', 'require-trusted-types-for', () => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>not trusted</b>');
      } catch {
        /* blocked, as it should be */
      }
    }],
    ['a Trusted Types policy the CSP does not name', 'trusted-types', () => {
      try {
        (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes.createPolicy('intruder', {});
      } catch {
        /* blocked, as it should be */
      }
    }],
    ['a stylesheet from another origin', 'style-src-elem', () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = 'https://evil.example/x.css';
      document.head.append(link);
    }],
  ] as const)('a deliberate violation is heard: %s', async ([, directive, violate], { openPage }) => {
    const { page, cspViolations } = await openPage('desktop');
    await page.goto(`${session.baseUrl}/en/structure`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(violate);
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations).toHaveLength(1);
    expect(cspViolations[0]).toMatch(new RegExp(`^${directive} `));
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  });

  test(`the app's own policy ("${TRUSTED_TYPES_POLICY}") vouches for nothing but the app's workers`, async ({ openPage }) => {
    const { page } = await openPage('desktop');
    await page.goto(`${session.baseUrl}/en`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // A second policy of the same name is refused (the app's was created first), so nobody can mint more URLs under it.
    const refused = await page.evaluate((name) => {
      try {
        (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy(name, { createScriptURL: (s: string) => s });
        return false;
      } catch {
        return true;
      }
    }, TRUSTED_TYPES_POLICY);
    expect(refused).toBe(true);
  });
});
