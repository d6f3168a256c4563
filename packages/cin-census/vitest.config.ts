import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'cin-census', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } });
