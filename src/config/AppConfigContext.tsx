import { createContext, use, type ReactNode } from 'react';
import { configFromFile, type AppConfig } from './appConfig.ts';

/** What a view needs to know of the configuration when nothing is configured (tests, the bundled data). */
export const DEFAULT_APP_CONFIG: AppConfig = configFromFile(undefined, 'http://localhost/');

const AppConfigContext = createContext<AppConfig>(DEFAULT_APP_CONFIG);

export function AppConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <AppConfigContext value={config}>{children}</AppConfigContext>;
}

export const useAppConfig = (): AppConfig => use(AppConfigContext);
