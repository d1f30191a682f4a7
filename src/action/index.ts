// The Action's entry point (bundled to dist/index.js, run by the runner on node24).
import { main } from './main.js';

await main();
