// Starts the job worker from its TypeScript source (tests, `npm run bench`): tsx compiles on the fly.
// Built apps start out/main/worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
