/**
 * The floor under the initial JS: the fixed stack's libraries (react-dom, React Router,
 * i18next, TanStack Query) in the smallest app that uses each (tests/bench/floor/main.tsx),
 * built by Vite for production and gzipped (-9) as the size budget counts. Built twice: with
 * React Router's declarative router (<BrowserRouter>) and with its data router
 * (createBrowserRouter, which the dashboard uses for lazy routes and error elements).
 *
 *   npx tsx tests/bench/floor.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

const ROUTERS = {
  declarative: `import { BrowserRouter, Route, Routes } from 'react-router'; import { Page } from './main.tsx';
export const ROUTER = <BrowserRouter><Routes><Route path="*" element={<Page />} /></Routes></BrowserRouter>;`,
  data: `import { createBrowserRouter, RouterProvider } from 'react-router'; import { Page } from './main.tsx';
export const ROUTER = <RouterProvider router={createBrowserRouter([{ path: '*', element: <Page /> }])} />;`,
} as const;

const root = resolve(import.meta.dirname, 'floor');

function routerModule(source: string): Plugin {
  const id = 'virtual:floor-router';
  return {
    name: 'floor-router',
    resolveId: (requested) => (requested === id ? `\0${id}.tsx` : undefined),
    load: (resolved) => (resolved === `\0${id}.tsx` ? source.replace('./main.tsx', join(root, 'main.tsx')) : undefined),
  };
}

export async function stackFloor(): Promise<Record<keyof typeof ROUTERS, number>> {
  const sizes = {} as Record<keyof typeof ROUTERS, number>;
  for (const [name, source] of Object.entries(ROUTERS) as [keyof typeof ROUTERS, string][]) {
    const outDir = mkdtempSync(join(tmpdir(), 'dashboard-floor-'));
    try {
      await build({ configFile: false, root, logLevel: 'warn', plugins: [react(), routerModule(source)], build: { outDir, emptyOutDir: true } });
      const assets = join(outDir, 'assets');
      sizes[name] = readdirSync(assets)
        .filter((file) => file.endsWith('.js'))
        .reduce((total, file) => total + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await stackFloor();
  for (const [name, bytes] of Object.entries(sizes)) console.log(`${name} router: ${bytes} B gzip (${(bytes / 1000).toFixed(1)} kB, ${(bytes / 1024).toFixed(1)} KiB)`);
}
