import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on the same origin in production (`npm start`); in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  css: {
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] } },
    // govuk-frontend keeps IE-era media hacks that lightningcss rejects unless told to recover.
    lightningcss: { errorRecovery: true },
  },
  // Vite's output goes under /static/ because /assets/ serves GOV.UK Frontend's images and icons.
  build: { outDir: 'dist', assetsDir: 'static', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
