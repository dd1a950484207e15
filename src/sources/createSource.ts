import type { AppConfig } from '../config/appConfig.ts';
import type { DataSource } from './dataSource.ts';
import { createRestSource } from './restSource.ts';
import { createStaticSource } from './staticSource.ts';

/** The source the configuration asks for; `appBaseUrl` is where the bundled files are. */
export function createSource(config: AppConfig, appBaseUrl: string): DataSource {
  return config.source === 'rest'
    ? createRestSource({ baseUrl: config.apiBaseUrl, timeoutMs: config.timeoutMs })
    : createStaticSource(appBaseUrl, { timeoutMs: config.timeoutMs });
}
