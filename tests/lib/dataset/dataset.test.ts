// The bundled dataset itself: valid, neutral, covering what the op-ed names, and stopping the build when bad.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledArticles, bundledDataset } from '../../support/bundled.ts';
import { datasetReport } from '../../../lib/dataset/report.ts';
import { aliasSpecs, compileMatcher } from '../../../lib/matching/compile-matcher.ts';
import { findMatches } from '../../../lib/matching/find-matches.ts';
import { normaliseText } from '../../../lib/text/normalise-char.ts';

const ROOT = path.resolve(__dirname, '../../..');
const entries = bundledDataset.entries;
const byId = new Map(entries.map((e) => [e.id, e]));
const opEd = bundledArticles['oped-why-iran-executes'];

describe('the bundled dataset', () => {
  it('passes validation and the neutrality lint', () => {
    expect(datasetReport(bundledDataset)).toEqual([]);
  });

  it('has a version and a review date', () => {
    expect(bundledDataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(bundledDataset.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('covers the organisations, people, events, campaigns, legal terms and statistics issue #4 lists', () => {
    const required = [
      'ncri', 'mek', 'irgc', 'european-parliament', 'iran-judiciary', 'resistance-units',
      'guy-verhofstadt', 'maryam-rajavi', 'masoud-pezeshkian',
      'executions-1988', 'human-rights-day', 'ep-conference-2025-12-10', 'no-to-execution-tuesdays', 'transnational-repression',
      'moharebeh', 'baghi', 'efsad-e-fel-arz',
      'executions-since-2024', 'stat-19-imminent-execution', 'stat-1988-toll', 'stat-2025-record-executions',
      'oped-why-iran-executes',
    ];
    for (const id of required) expect(byId.has(id), id).toBe(true);
    expect(byId.get('oped-why-iran-executes')!.kind).toBe('article');
  });

  it('says as of when for the IRGC listing, which changed after the op-ed', () => {
    const irgc = byId.get('irgc')!;
    expect(irgc.note).toMatch(/As of \d{1,2} \w+ 20\d\d/);
    expect(irgc.note).toMatch(/19 February 2026/);
  });

  it('gives the MEK listing history for the US, UK, EU and Canada with years', () => {
    const note = byId.get('mek')!.note;
    for (const who of ['US', 'UK', 'EU', 'Canada']) expect(note).toContain(who);
    expect(note).toMatch(/1997.2012/);
  });

  it('gives the 1988 toll as a range of attributed estimates', () => {
    const stat = byId.get('stat-1988-toll')!;
    const monitors = stat.figures!.map((f) => f.monitor).join(' | ');
    expect(monitors).toMatch(/Human Rights Watch/);
    expect(monitors).toMatch(/Montazeri/);
    expect(monitors).toMatch(/Amnesty/);
    expect(monitors).toMatch(/NCRI/);
  });

  it('prints every statistic alias exactly as the op-ed does', () => {
    const text = normaliseText(opEd);
    for (const e of entries.filter((x) => x.kind === 'statistic')) {
      for (const alias of e.aliases) expect(text, `${e.id}: ${alias}`).toContain(normaliseText(alias));
    }
  });

  it('finds at least 15 distinct entries in the op-ed, and nothing generic such as 1988 or Brussels alone', () => {
    const matcher = compileMatcher(aliasSpecs(entries));
    const found = new Set(findMatches(matcher, normaliseText(opEd, true)).map((m) => entries[m.entry].id));
    expect(found.size).toBeGreaterThanOrEqual(15);
    expect(findMatches(matcher, normaliseText('In 1988 the tram opened in Brussels and Tehran.', true))).toEqual([]);
  });

  it('stops `wxt build` with a message naming the entry, the field and the reason', () => {
    const bad = structuredClone(bundledDataset);
    bad.entries[1].sources[0].url = 'javascript:alert(1)';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-bad-'));
    const file = path.join(dir, 'dataset.json');
    writeFileSync(file, JSON.stringify(bad));
    const run = spawnSync('npx', ['wxt', 'build', '--mode', 'datasetcheck'], {
      cwd: ROOT,
      env: { ...process.env, BACKSTORY_DATASET: file },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(`dataset entry "${bad.entries[1].id}", field sources[0].url`);
    expect(readFileSync(path.join(ROOT, 'assets/dataset/dataset.json'), 'utf8')).not.toContain('javascript:');
  }, 120_000);
});
