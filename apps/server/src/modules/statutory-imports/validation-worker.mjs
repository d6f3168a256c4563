// Worker entry: registers tsx's TypeScript loader in this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./validation-worker.ts');
