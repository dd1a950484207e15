/**
 * `npm run api:mock`: the mock submissions API on http://127.0.0.1:8787/ (or $PORT), for
 * pointing a built app at it (see docs/api/README.md). Add `--token=secret` to require one.
 */
import { mockSubmissions } from './fixtures.ts';
import { startMockHttpServer } from './httpServer.ts';
import { submissionsApiHandlers } from './submissionsApi.ts';

const token = process.argv.find((arg) => arg.startsWith('--token='))?.slice('--token='.length);
const submissions = mockSubmissions();
const server = await startMockHttpServer((baseUrl) => submissionsApiHandlers({ baseUrl, submissions, ...(token && { tokens: { [token]: 'all' } }) }), {
  port: Number(process.env.PORT ?? 8787),
});
console.log(`Mock submissions API on ${server.url}v1/submissions${token ? ' (bearer token required)' : ''}`);
