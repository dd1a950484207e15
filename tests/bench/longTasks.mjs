/**
 * The long tasks of a page's load and takeover at 4× CPU, and what ran inside each one: a DevTools
 * trace (tasks, style, layout, paint) with V8's sampler on, each sample mapped back to the source
 * when the build has source maps. Not part of `npm test` or `npm run bench`; docs/performance.md
 * ("Issue 17, third session") says how it was used:
 *
 *   npx vite build --sourcemap && npx vite preview --port 4180 &
 *   node tests/bench/longTasks.mjs http://127.0.0.1:4180/     # FROM=300 to include earlier tasks
 *
 * Source maps are read from dist/assets with source-map-js (Vite's own dependency) when it can be
 * loaded; otherwise functions are named as the minified code names them.
 */
import { chromium } from 'playwright-core';
import { readFileSync, existsSync } from 'node:fs';
const { SourceMapConsumer } = (await import('source-map-js').catch(() => ({}))) ?? {};
const url = process.argv[2] ?? 'http://127.0.0.1:4180/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, ignoreHTTPSErrors: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
await page.goto(url);
await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerendered'), null, { timeout: 60000 });
await page.waitForTimeout(3000);
await cdp.send('Tracing.end');
await done;
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 50000);
const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
for (const task of main) {
  const inside = events.filter((e) => e.tid === task.tid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task && e.ph === 'X');
  const sum = new Map();
  for (const e of inside) {
    let k = e.name;
    if (e.name === 'FunctionCall') k = `JS ${e.args?.data?.functionName || '(anon)'} ${(e.args?.data?.url ?? '').replace(/.*\//, '')}:${e.args?.data?.lineNumber}`;
    if (e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') k = `${e.name} ${(e.args?.data?.url ?? e.args?.fileName ?? '').replace(/.*\//, '')}`;
    if (!['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'EvaluateScript', 'v8.evaluateModule', 'v8.compileModule', 'PrePaint', 'Layerize', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseAuthorStyleSheet', 'RecalculateStyles'].includes(e.name)) continue;
    sum.set(k, (sum.get(k) ?? 0) + e.dur / 1000);
  }
  console.log(`task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms`);
  [...sum].sort((a, b) => b[1] - a[1]).slice(0, 6).forEach(([k, v]) => console.log('   ', v.toFixed(0).padStart(5), k));
}

// CPU samples from the trace's ProfileChunks, source-mapped, by the nearest src/ frame and by leaf.
const nodes = new Map(); let sampleTimes = []; let startTime = 0;
const mainTid = main[0]?.tid; const mainPid = main[0]?.pid;
const mainProfile = events.find((e) => e.name === 'Profile' && e.tid === mainTid && e.pid === mainPid)?.id;
for (const e of events) {
  if (e.id !== mainProfile) continue;
  if (e.name === 'Profile') startTime = e.args.data.startTime;
  if (e.name !== 'ProfileChunk') continue;
  const cp = e.args.data.cpuProfile ?? {};
  for (const n of cp.nodes ?? []) nodes.set(n.id, n);
  const deltas = e.args.data.timeDeltas ?? [];
  (cp.samples ?? []).forEach((id, i) => { startTime += deltas[i] ?? 0; sampleTimes.push([startTime, id]); });
}
const consumers = new Map();
function where(cf) {
  const file = (cf.url ?? '').replace(/.*\/assets\//, '');
  const mapFile = `dist/assets/${file}.map`;
  if (!SourceMapConsumer || !(cf.url ?? '').includes('/assets/') || !existsSync(mapFile)) return `${(cf.url ?? '').slice(-20)} ${cf.functionName}`;
  if (!consumers.has(mapFile)) consumers.set(mapFile, new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))));
  const p = consumers.get(mapFile).originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
  const src = (p.source || '?').replace(/.*node_modules\//, 'nm:').replace(/^(nm:(@[^/]+\/)?[^/]+).*/, '$1').replace(/^\.\.\/\.\.\//, '');
  return `${src}:${p.line} ${p.name || cf.functionName}`;
}
for (const task of main.filter((t) => t.dur > 80000 && t.ts - t0 > Number(process.env.FROM ?? 600) * 1000)) {
  const leaf = new Map(), caller = new Map(); let prev = null;
  for (const [ts, id] of sampleTimes) {
    if (ts < task.ts || ts > task.ts + task.dur) { prev = ts; continue; }
    const d = prev === null ? 0 : (ts - prev) / 1000; prev = ts;
    const n = nodes.get(id); const l = where(n.callFrame); leaf.set(l, (leaf.get(l) ?? 0) + d);
    let c = n, src = '?'; const chain = [];
    while (c) { const w = where(c.callFrame); chain.push(w); if (w.startsWith('src/') && src === '?') src = w; c = nodes.get(c.parent); }
    const reactFn = chain.find((w) => /commitRoot|flushPassiveEffects|commitLayoutEffects|commitMutationEffects|renderRootSync|renderRootConcurrent|commitPassiveMount|flushSync/.test(w)) ?? '-';
    const k = `${reactFn.replace(/:\d+/, '')} | ${src}`; caller.set(k, (caller.get(k) ?? 0) + d);
  }
  console.log(`\ntask at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms — leaves:`);
  [...leaf].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, v]) => console.log('   ', v.toFixed(0).padStart(5), k));
  console.log('  by React phase | nearest src frame:');
  [...caller].sort((a, b) => b[1] - a[1]).slice(0, 15).forEach(([k, v]) => console.log('   ', v.toFixed(0).padStart(5), k));
}
await browser.close();
