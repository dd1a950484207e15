/**
 * Build hygiene of the deployable build (built by global-setup into a directory of its own): no mock code (MSW,
 * its worker and the mock handlers exist only in `npm run dev:api` and the tests), no
 * secret from the build's environment, no source maps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));

test('dist/ holds no MSW, no mock handlers and no mock service worker', () => {
  const all = files(inject('distDir'));
  expect(all.length).toBeGreaterThan(5);
  expect(all.filter((file) => /mockServiceWorker|msw/i.test(file))).toEqual([]);
  const markers = ['mockServiceWorker', 'setupWorker', 'submissionsApiHandlers', 'demo-chamber-2025-budget', '[MSW]'];
  const found = all
    .filter((file) => /\.(js|html|json|webmanifest)$/.test(file))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return markers.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
    });
  expect(found).toEqual([]);
});

test('dist/config.json is the default (the bundled data) and is left out of the offline precache, so a deployment can change it', () => {
  expect(JSON.parse(readFileSync(join(inject('distDir'), 'config.json'), 'utf8'))).toEqual({ source: 'static' });
  const serviceWorker = readFileSync(join(inject('distDir'), 'sw.js'), 'utf8');
  expect(serviceWorker).toContain('url:"data/fhki-2025-policy-address.json"'); // the precache list, as workbox writes it
  expect(serviceWorker).toContain('url:"data/fhki-2025-policy-address.texts.json"'); // the texts, so every view works offline
  expect(serviceWorker).not.toContain('url:"config.json"');
});

const textFiles = () => files(inject('distDir')).filter((file) => /\.(js|css|html|json|webmanifest|svg|txt)$/.test(file));

test('no secret from the build environment reaches dist/ (a canary planted in three non-public env vars)', () => {
  const canary = inject('secretCanary');
  expect(canary).toMatch(/^canary-[0-9a-f-]{36}$/);
  const leaks = textFiles().filter((file) => readFileSync(file, 'utf8').includes(canary));
  expect(leaks).toEqual([]);
  // The scan itself works: it finds what is meant to be there.
  expect(textFiles().filter((file) => readFileSync(file, 'utf8').includes('fhki-2025-policy-address')).length).toBeGreaterThan(0);
});

test('no source maps, and no reference to one', () => {
  expect(files(inject('distDir')).filter((file) => file.endsWith('.map'))).toEqual([]);
  expect(textFiles().filter((file) => /sourceMappingURL=/.test(readFileSync(file, 'utf8')))).toEqual([]);
});
