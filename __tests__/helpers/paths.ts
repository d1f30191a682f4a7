import { fileURLToPath } from 'node:url';

/** The project's root folder (tests run from anywhere). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
