// Vite plugin: compiles the dataset's aliases and the op-ed's fingerprint at build time, so the page
// only parses data (no automaton construction at page load). Used by wxt.config.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { packModel } from '../lib/model/pack-model.ts';
import type { Dataset } from '../lib/dataset/types.ts';

const MODEL = 'virtual:backstory-model';
const DATASET = 'virtual:backstory-dataset';

/** The dataset file: BACKSTORY_DATASET (benchmarks and tests build with others) or the bundled one. */
export function datasetPath(root: string): string {
  return path.resolve(root, process.env.BACKSTORY_DATASET ?? 'assets/dataset/dataset.json');
}

/** Serves `virtual:backstory-model` (matcher, entry ids and kinds, fingerprints) and `virtual:backstory-dataset`. */
export function backstoryModel(root: string): Plugin {
  return {
    name: 'backstory-model',
    resolveId(id) {
      return id === MODEL || id === DATASET ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${MODEL}` && id !== `\0${DATASET}`) return null;
      const file = datasetPath(root);
      this.addWatchFile(file);
      const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
      if (id === `\0${DATASET}`) return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
      const articlesDir = path.resolve(root, 'assets/articles');
      const model = packModel(dataset, (id) => readFileSync(path.join(articlesDir, `${id}.txt`), 'utf8'));
      // JSON.parse of a string literal is faster for engines to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(model))});`;
    },
  };
}
