import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'improvement-plan', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] },
});
