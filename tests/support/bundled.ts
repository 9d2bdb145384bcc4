import data from '../../assets/dataset/dataset.json';
import opEdText from '../../assets/articles/oped-why-iran-executes.txt?raw';
import type { Dataset } from '../../lib/dataset/types.ts';

/** The dataset bundled with the extension (validated at build time and in the tests). */
export const bundledDataset = data as Dataset;

/** Full texts of the known articles, by the id of their article entry, for recognition. */
export const bundledArticles: Record<string, string> = { 'oped-why-iran-executes': opEdText };
