import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on the same origin in production (`npm start`); in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  css: {
    preprocessorOptions: { scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'mixed-decls'] } },
    // govuk-frontend keeps IE-era media hacks that lightningcss rejects unless told to recover.
    lightningcss: { errorRecovery: true },
  },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
