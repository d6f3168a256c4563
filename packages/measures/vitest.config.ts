import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'measures', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } });
