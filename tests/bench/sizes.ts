/**
 * What the first view costs to download, read from a build: the JS and CSS that index.html
 * loads (scripts, module preloads, stylesheets) and the dataset, each gzip -9 as a host
 * would send it. Shared by the benchmark (npm run bench) and the size budget in CI
 * (tests/browser/budget.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstViewSizes {
  /** gzip bytes of each initial file, by path. */
  js: Record<string, number>;
  css: Record<string, number>;
  jsTotal: number;
  cssTotal: number;
  dataset: number;
}

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** The app's start (src/app/start.tsx), which the entry imports once a pre-rendered page is painted: part of the first view's code all the same. */
const START_MODULE = 'src/app/start.tsx';

/**
 * The JS and CSS the first view needs, as paths inside the build: what the shell loads (its
 * script, module preloads and stylesheet), and the app's start with everything it imports
 * statically, read from Vite's manifest (the entry imports the start dynamically, after the
 * first paint, so the HTML alone does not name it).
 */
export function builtAssets(distDir: string): { js: string[]; css: string[] } {
  const shell = existsSync(join(distDir, 'shell.html')) ? 'shell.html' : 'index.html';
  const html = readFileSync(join(distDir, shell), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ''));
  const js = new Set([...refs(/<script[^>]+src="([^"]+\.js)"/g), ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)]);
  const css = new Set(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g));
  const manifestPath = join(distDir, '.vite/manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || js.has(chunk.file)) return;
      js.add(chunk.file);
      for (const file of chunk.css ?? []) css.add(file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const entry of [START_MODULE]) visit(entry);
  }
  return { js: [...js], css: [...css] };
}

export function firstViewSizes(distDir: string, datasetPath = 'data/fhki-2025-policy-address.json'): FirstViewSizes {
  const { js: jsFiles, css: cssFiles } = builtAssets(distDir);
  const measure = (files: string[]) => Object.fromEntries(files.map((file) => [file, gzipSize(join(distDir, file))]));
  const isLanguageBundle = (file: string) => /^(assets\/)?(zh-Hant|zh-Hans|en)-[\w-]+\.js$/.test(file);
  // The pre-rendered index.html preloads its language's strings: counted below, once, as the largest of the three.
  const js = measure(jsFiles.filter((file) => !isLanguageBundle(file)));
  // The reader's language's strings are fetched at start too (i18n/index.ts): count the largest of the three.
  const bundles = readdirSync(join(distDir, 'assets')).filter(isLanguageBundle);
  const largest = bundles.map((file) => [`assets/${file}`, gzipSize(join(distDir, 'assets', file))] as const).sort((a, b) => b[1] - a[1])[0];
  if (largest) js[largest[0]] = largest[1];
  const css = measure(cssFiles);
  const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  return { js, css, jsTotal: sum(js), cssTotal: sum(css), dataset: gzipSize(join(distDir, datasetPath)) };
}
