/**
 * The Content Security Policy for a copy of the app being served (vite preview, and any
 * host that wants to compute it the same way): the app's policy (contentSecurityPolicy.ts)
 * with the submissions API's origin added to connect-src when the app will call one.
 *
 * The choice is the app's own (appConfig.ts): the build's VITE_* settings if it made one,
 * else `config.json`, validated with the same zod schema. An invalid file, the bundled data,
 * an API on the app's own host or an origin that is not a plain http(s) one add nothing.
 */
import { configFromBuild, configFromFile, type AppConfig, type BuildEnv } from './appConfig.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

/** Stands for the app's own address when resolving a relative apiBaseUrl ("/api/" is 'self'). */
const SELF = 'http://self.invalid/';

/** scheme://host[:port] with a DNS name or an IP literal: nothing that could end or extend a CSP directive. */
const PLAIN_ORIGIN = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin the app will connect to for its data, if it is not the app's own: a connect-src source. */
export function apiConnectSource(config: AppConfig): string | undefined {
  if (config.source !== 'rest') return undefined;
  let origin: string;
  try {
    origin = new URL(config.apiBaseUrl, SELF).origin;
  } catch {
    return undefined;
  }
  if (origin === new URL(SELF).origin || !PLAIN_ORIGIN.test(origin)) return undefined;
  return origin;
}

/**
 * `configJson`: the text of the config.json being served (undefined when there is none);
 * `env`: the VITE_* settings, which win as they do in the app.
 */
export function servedContentSecurityPolicy({ configJson, env = {} }: { configJson: string | undefined; env?: BuildEnv }): string {
  // A BOM is what a text editor may leave; the browser's text decoder drops it for the app, so drop it here too.
  const config = configFromBuild(env, SELF) ?? configFromFile(configJson?.replace(/^\uFEFF/, ''), SELF);
  const source = apiConnectSource(config);
  return contentSecurityPolicy({ connectSources: source === undefined ? [] : [source] });
}
