import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app uses real paths (/recommendations/R-5.2-1), so it is served from the host's
// root with a fallback to index.html; `vite preview` and `vite` do that out of the box.
export default defineConfig({
  plugins: [
    react(),
    // Offline after the first visit: the app shell, the bundled dataset and the source text
    // are precached; a new version waits until the reader accepts it (see ui/UpdatePrompt).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'FHKI Policy Address Submission Dashboard',
        short_name: 'FHKI 2025',
        lang: 'zh-Hant',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#12355b',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
