// Where the browser tests find the repository's files, in one place for both browsers.
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../..');
/** The real-page corpus (tests/fixtures/corpus). */
export const CORPUS_DIR = path.join(ROOT, 'tests/fixtures/corpus');
