// The builds a benchmark run measures: the bundled dataset and datasets grown 10× and 100×, the
// reference content scripts (the normal build with only gate.js replaced), and an unminified copy
// for the profiles. Everything goes into the run's temporary folder.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildExtension, bundleSizes } from './build.mjs';
import { allAliases, DATASET_FILE, grownDataset } from './datasets.mjs';
import { referenceBuilds } from './reference-scripts.mjs';

/** Builds everything into `tmp`; resolves to the datasets, build folders, reference builds, aliases and sizes. */
export async function prepareBuilds(tmp, log) {
  const bundled = JSON.parse(await readFile(DATASET_FILE, 'utf8'));
  const datasets = { normal: { factor: 1, file: null, data: bundled } };
  for (const factor of [10, 100]) {
    const data = grownDataset(factor);
    const file = path.join(tmp, `dataset-x${factor}.json`);
    await writeFile(file, JSON.stringify(data));
    datasets[`x${factor}`] = { factor, file, data };
  }
  const builds = {};
  for (const [name, d] of Object.entries(datasets)) {
    log(`building extension with the ${name === 'normal' ? 'bundled' : name} dataset (${d.data.entries.length} entries)`);
    builds[name] = await buildExtension(path.join(tmp, name), d.file);
  }
  // The reference content scripts (bench/reference-scripts.mjs): the normal build with only gate.js
  // replaced, measured on the corpus pages in the same rounds, so every target is a ratio within one run.
  const aliases = allAliases(bundled);
  const references = await referenceBuilds(builds.normal, tmp, aliases);
  log(`building an unminified copy for the profiles`);
  builds.diagnostic = await buildExtension(path.join(tmp, 'diagnostic'), null, { minify: false });
  const sizes = await bundleSizes(builds.normal);
  const scaledSizes = {
    x10: await bundleSizes(builds.x10),
    x100: await bundleSizes(builds.x100),
  };
  return { datasets, builds, references, aliases, sizes, scaledSizes };
}
