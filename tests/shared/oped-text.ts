// The op-ed as the tests read it from assets/, once for the oracle and the generated pages alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** The op-ed's full text: its headline, then one paragraph a line. */
export const OPED = readFileSync(path.join(ROOT, 'assets/articles/oped-why-iran-executes.txt'), 'utf8');
/** The op-ed's headline (its text's first line). */
export const OPED_TITLE = OPED.split('\n')[0];
/** The op-ed's paragraphs, in order. */
export const OPED_PARAGRAPHS = OPED.split('\n').slice(1).filter(Boolean);
