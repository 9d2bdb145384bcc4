// `npm run corpus:expected`: writes tests/fixtures/corpus/<template>/expected.json, what the article
// finder and annotation make of each real template (see tests/lib/corpus.test.ts). Run it after an
// intended change to finding or matching, then review `git diff tests/fixtures/corpus` before
// committing: the diff is the record of what the change did to real pages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Vite's module runner loads the TypeScript helpers (and the `?raw` op-ed import) exactly as the
// test sees them, so what is written is what the test recomputes.
const { module: corpus } = await runnerImport(path.join(root, 'tests/support/corpus-expected.ts'), {
  configFile: false,
  root,
  logLevel: 'warn',
});

let changed = 0;
for (const template of corpus.corpusTemplates()) {
  const file = corpus.expectedPath(template);
  const text = corpus.formatExpectation(corpus.expectTemplate(template));
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  writeFileSync(file, text);
  changed++;
  console.log(`wrote ${path.relative(root, file)}`);
}
console.log(`${changed} expected.json file(s) changed; review them with git diff tests/fixtures/corpus.`);
