import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app uses real paths (/recommendations/R-5.2-1), so it is served from the host's
// root with a fallback to index.html; `vite preview` and `vite` do that out of the box.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
