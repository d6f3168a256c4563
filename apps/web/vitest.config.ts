import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // Unmounts rendered trees and resets <body>/<html> state after every test (see the file).
    setupFiles: ['src/components/test-utils/setup.ts'],
    // One happy-dom per worker instead of per file: about 7x less CPU for the component suite (5 s instead of 38 s
    // of CPU on 2 cores). Tests must not rely on module state left by another file; setup.ts resets the document.
    isolate: false,
  },
});
