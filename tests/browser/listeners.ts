/** What a Playwright page hears, for the Chromium suite (support.ts) and the cross-engine driver (engines/playwrightDriver.ts). */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Every Content Security Policy violation on every page of the context, across navigations:
 * a listener installed before any script of the page reports each one to the test.
 */
export async function collectCspViolations(context: BrowserContext): Promise<string[]> {
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => void cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`);
      },
      true,
    );
  });
  return cspViolations;
}

/** The page's console errors and uncaught errors, as they come. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
