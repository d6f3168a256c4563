import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup: unmount after every test and
// undo what tests set on the document.
afterEach(() => {
  cleanup();
  document.body.className = '';
  document.documentElement.removeAttribute('style');
  document.title = '';
});
