// Synthetic datasets for the scaling rows: the bundled dataset plus synthetic entries, so that the
// whole has `factor` times as many entries. Every synthetic entry passes the build's validation
// (https sources, two publishers, one independent perspective, a short neutral note with no
// figures) and its aliases are unique after normalisation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPED_PARAGRAPHS, ROOT } from './pages.mjs';
import { rng } from './prose.mjs';

export const DATASET_FILE = path.join(ROOT, 'assets/dataset/dataset.json');

const SYLLABLES = ['ka', 'lor', 'ven', 'tri', 'mo', 'zal', 'qui', 'ber', 'dan', 'sol', 'rik', 'tav', 'nel', 'gor', 'phi', 'sta', 'mur', 'elo', 'xan', 'dru', 'vel', 'ost', 'yar', 'cen'];
const KINDS = ['organisation', 'person', 'event', 'place', 'legal-term', 'campaign'];

function pseudoWord(random) {
  const n = 2 + Math.floor(random() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * Returns a dataset with about `factor` × the bundled entry count. Aliases look like real ones:
 * invented names of one to three words, and phrases that begin with words the op-ed uses
 * ("political Venlor", "executions of Trimoka"), so the matcher meets many partial matches.
 */
export function grownDataset(factor, seed = factor) {
  const base = JSON.parse(readFileSync(DATASET_FILE, 'utf8'));
  const random = rng(seed);
  const opedWords = [...new Set(OPED_PARAGRAPHS.join(' ').split(/[^A-Za-z]+/).filter((w) => w.length >= 4))];
  const aliasesPerEntry = base.entries.reduce((n, e) => n + e.aliases.length, 0) / base.entries.length;
  const used = new Set(base.entries.flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
  const extra = Math.round(base.entries.length * (factor - 1));
  const entries = [...base.entries];
  for (let i = 1; i <= extra; i++) {
    const aliases = [];
    const count = Math.max(1, Math.round(aliasesPerEntry * (0.5 + random())));
    while (aliases.length < count) {
      const r = random();
      let alias;
      if (r < 0.4) alias = `${pseudoWord(random)} ${pseudoWord(random)}`;
      else if (r < 0.6) alias = pseudoWord(random);
      else if (r < 0.85) alias = `${opedWords[Math.floor(random() * opedWords.length)]} ${pseudoWord(random)}`;
      else alias = `${opedWords[Math.floor(random() * opedWords.length)]} of ${pseudoWord(random)} ${pseudoWord(random)}`;
      const key = alias.toLowerCase();
      if (used.has(key)) continue;
      used.add(key);
      aliases.push(alias);
    }
    const id = `bench-synthetic-${String(i).padStart(5, '0')}`;
    entries.push({
      id,
      kind: KINDS[i % KINDS.length],
      label: aliases[0],
      aliases,
      summary: 'A synthetic entry made by the benchmark.',
      note: 'A synthetic entry made by the benchmark to grow the dataset. It describes nothing real and never ships.',
      sources: [
        { title: `Benchmark source A for entry ${i}`, publisher: 'Benchmark Publisher A', url: `https://example.org/bench/a/${i}`, perspective: 'news agency', date: '2026-01' },
        { title: `Benchmark source B for entry ${i}`, publisher: 'Benchmark Publisher B', url: `https://example.net/bench/b/${i}`, perspective: 'NGO', date: '2026-01' },
      ],
      asOf: '2026-01-01',
    });
  }
  return { ...base, version: `${base.version}-bench-x${factor}`, entries };
}

/** Every alias of a dataset, as mark.js gets them. */
export function allAliases(dataset) {
  return dataset.entries.flatMap((e) => e.aliases);
}
