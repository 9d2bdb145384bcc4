import { describe, expect, it } from 'vitest';
import { correctionUrl } from '../../../lib/ui/correction-link.ts';

describe('correctionUrl', () => {
  const base = 'https://github.com/example/backstory/issues/new';
  it('carries the entry id, dataset version and host, on the configured issue page', () => {
    const url = new URL(correctionUrl(base, { entryId: 'stat-1988-toll', datasetVersion: '1.1.0', host: 'news.example' }));
    expect(`${url.origin}${url.pathname}`).toBe(base);
    expect(url.searchParams.get('title')).toBe('Correction: stat-1988-toll');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Entry: stat-1988-toll');
    expect(body).toContain('Dataset version: 1.1.0');
    expect(body).toContain('Site: news.example');
  });
  it('says when there is no web page, and carries nothing else', () => {
    const url = new URL(correctionUrl(base, { entryId: 'ncri', datasetVersion: '1.1.0', host: null }));
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('body')).toContain('Site: (not a web page)');
  });
});
