// Prints the corpus results table (from the last `npm test`, test-results/corpus.json) as Markdown.
import { readFileSync } from 'node:fs';

const rows = JSON.parse(readFileSync(new URL('../test-results/corpus.json', import.meta.url), 'utf8'));
const byPage = new Map();
for (const r of rows) {
  const name = r.page.split('/')[0];
  byPage.set(name, { ...byPage.get(name), [r.hasOped ? 'oped' : 'source']: r });
}
const yes = (b) => (b ? 'yes' : '**no**');
console.log('| Template | Op-ed recognised | Terms highlighted / in visible op-ed text | Highlights outside the article | Highlights on the page without the op-ed |');
console.log('| --- | --- | --- | --- | --- |');
let total = { exp: 0, got: 0, out: 0, neg: 0, rec: 0 };
for (const [name, { oped, source }] of [...byPage].sort()) {
  console.log(`| ${name} | ${yes(oped?.recognised)} | ${oped?.highlighted} / ${oped?.expected} | ${oped?.outside} | ${source?.highlighted} |`);
  total = { exp: total.exp + oped.expected, got: total.got + oped.highlighted, out: total.out + oped.outside, neg: total.neg + source.highlighted, rec: total.rec + (oped.recognised ? 1 : 0) };
}
console.log(`| **all ${byPage.size}** | ${total.rec} / ${byPage.size} | ${total.got} / ${total.exp} | ${total.out} | ${total.neg} |`);
