import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, withKind, withSite } from '../../lib/settings.ts';

describe('settings', () => {
  it('falls back to defaults for missing or corrupt storage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'yes', disabledSites: [1, 'a.example'], hiddenKinds: ['statistic', 'bogus'] })).toEqual({
      enabled: true,
      disabledSites: ['a.example'],
      hiddenKinds: ['statistic'],
    });
  });
  it('turns a site off and on again', () => {
    const off = withSite(DEFAULT_SETTINGS, 'news.example', false);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSite(off, 'news.example', true), 'news.example')).toBe(true);
  });
  it('turns everything off globally', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example')).toBe(false);
  });
  it('hides and shows kinds without duplicates', () => {
    const hidden = withKind(withKind(DEFAULT_SETTINGS, 'statistic', false), 'statistic', false);
    expect(hidden.hiddenKinds).toEqual(['statistic']);
    expect(withKind(hidden, 'statistic', true).hiddenKinds).toEqual([]);
  });
});
