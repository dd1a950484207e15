/// <reference types="vite/client" />

/** The build-time override of config.json (src/config/appConfig.ts, docs/api/README.md). */
interface ImportMetaEnv {
  readonly VITE_DATA_SOURCE?: string;
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_REQUEST_TIMEOUT_SECONDS?: string;
}
