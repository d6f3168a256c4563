import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'ssda903', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } });
