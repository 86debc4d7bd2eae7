// Where the project is, and the seed article every check of a built page
// starts from. Shared by the tests and the benchmarks.
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..');
export const SEED_SLUG = 'hegseth-rules-out-nato-membership-for-ukraine';
