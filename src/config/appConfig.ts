/**
 * Which data source the dashboard reads, chosen at run time: `config.json` next to the app
 * (so one build can be pointed at another API by editing a file), unless the build was
 * made with `VITE_DATA_SOURCE` set, which wins. Documented in README.md and docs/api/README.md.
 */
import { z } from '../domain/zodMini.ts';
import { getText } from '../http/http.ts';

export const MIN_TIMEOUT_SECONDS = 1;
export const MAX_TIMEOUT_SECONDS = 120;
export const DEFAULT_TIMEOUT_SECONDS = 20;
/** config.json is small and next to the app: a few seconds is plenty before starting on the defaults. */
const CONFIG_TIMEOUT_MS = 5000;

/** Whether `value` is a URL at all ("http://a b/" looks like one but is not). */
function parses(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** An absolute http(s) URL, or a path on the app's own host ("/api/"; not "//host/", which is another host). */
const BaseUrl = z.string().check(
  z.minLength(1),
  z.refine((value) => /^\/(?!\/)/.test(value) || (/^https?:\/\/[^/]/.test(value) && parses(value)), 'an http(s) URL or a path starting with "/"'),
);

const TimeoutSeconds = z.optional(z.number().check(z.minimum(MIN_TIMEOUT_SECONDS), z.maximum(MAX_TIMEOUT_SECONDS)));

export const AppConfigFile = z.discriminatedUnion('source', [
  z.object({ source: z.literal('static'), timeoutSeconds: TimeoutSeconds }),
  z.object({ source: z.literal('rest'), apiBaseUrl: BaseUrl, timeoutSeconds: TimeoutSeconds }),
]);
export type AppConfigFile = z.infer<typeof AppConfigFile>;

export type ConfigOrigin = 'default' | 'config.json' | 'build';

export type AppConfig = ConfigCommon & ({ source: 'static' } | { source: 'rest'; /** Absolute, ending in "/". */ apiBaseUrl: string });

interface ConfigCommon {
  timeoutMs: number;
  /** When the loading message adds "still loading" (a quarter of the time limit, at most 5 s). */
  stillLoadingAfterMs: number;
  origin: ConfigOrigin;
  /** Why config.json was not used, in the validator's words (the defaults were used instead). */
  problem?: string;
}

/** The build-time override: Vite's `import.meta.env`, or any record with the same keys. */
export interface BuildEnv {
  VITE_DATA_SOURCE?: string;
  VITE_API_BASE_URL?: string;
  VITE_REQUEST_TIMEOUT_SECONDS?: string;
}

const DEFAULT_FILE: AppConfigFile = { source: 'static' };

function complete(file: AppConfigFile, origin: ConfigOrigin, pageUrl: string, problem?: string): AppConfig {
  const timeoutMs = (file.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const common: ConfigCommon = { timeoutMs, stillLoadingAfterMs: Math.min(5000, timeoutMs / 4), origin, ...(problem !== undefined && { problem }) };
  if (file.source === 'static') return { ...common, source: 'static' };
  const url = new URL(file.apiBaseUrl, pageUrl).href;
  return { ...common, source: 'rest', apiBaseUrl: url.endsWith('/') ? url : `${url}/` };
}

const describeIssues = (error: z.core.$ZodError) => error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');

/** The build's choice, if it made one (VITE_DATA_SOURCE set); a malformed one falls back to the bundled data and says why. */
export function configFromBuild(env: BuildEnv, pageUrl: string): AppConfig | undefined {
  if (!env.VITE_DATA_SOURCE) return undefined;
  const timeout = env.VITE_REQUEST_TIMEOUT_SECONDS;
  const parsed = AppConfigFile.safeParse({
    source: env.VITE_DATA_SOURCE,
    apiBaseUrl: env.VITE_API_BASE_URL,
    timeoutSeconds: timeout === undefined || timeout === '' ? undefined : Number(timeout),
  });
  if (!parsed.success) return complete(DEFAULT_FILE, 'default', pageUrl, `VITE_* build settings: ${describeIssues(parsed.error)}`);
  return complete(parsed.data, 'build', pageUrl);
}

/**
 * config.json's text (undefined when there is none) → the configuration. A file that is
 * there but unreadable is not silently ignored: the defaults are used and `problem` says why.
 */
export function configFromFile(text: string | undefined, pageUrl: string): AppConfig {
  if (text === undefined) return complete(DEFAULT_FILE, 'default', pageUrl);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return complete(DEFAULT_FILE, 'default', pageUrl, 'config.json is not valid JSON');
  }
  const parsed = AppConfigFile.safeParse(json);
  if (!parsed.success) return complete(DEFAULT_FILE, 'default', pageUrl, `config.json: ${describeIssues(parsed.error)}`);
  return complete(parsed.data, 'config.json', pageUrl);
}

/** Reads the configuration at start-up: the build's choice, else config.json next to the app, else the bundled data. */
export async function loadAppConfig(appBaseUrl: string, env: BuildEnv, { timeoutMs = CONFIG_TIMEOUT_MS } = {}): Promise<AppConfig> {
  const fromBuild = configFromBuild(env, appBaseUrl);
  if (fromBuild) return fromBuild;
  let text: string | undefined;
  try {
    // The sources' GET, time limit included: a host that never answers must not leave a blank
    // page. Plain (no custom cache mode), so the preload in index.html is the response used.
    const response = await getText(new URL('config.json', appBaseUrl).href, { timeoutMs });
    // No file (or the host's HTML fallback for a missing file) means "use the defaults".
    const isJson = response.headers.get('Content-Type')?.includes('json') ?? false;
    text = response.status === 200 && isJson ? response.body : undefined;
  } catch {
    text = undefined; // unreachable or too slow: the defaults
  }
  return configFromFile(text, appBaseUrl);
}
