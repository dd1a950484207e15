/**
 * Builds the app exactly as it ships and serves dist/ with `vite preview` (which falls
 * back to index.html for deep links, as the deployment must). The build runs in a child
 * process: building in the same process as a Vite server can leak dev-mode code.
 */
import { spawnSync } from 'node:child_process';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test; a build that inherits it is not a production build
  // (import.meta.env.PROD is false, so no service worker), hence the explicit NODE_ENV.
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('vite build failed: the browser tests need the built app');
  server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
  };
}
