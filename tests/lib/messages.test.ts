import { describe, expect, it } from 'vitest';
import { badgeText, isBackgroundRequest, isContentRequest } from '../../lib/messages.ts';

describe('message guards', () => {
  it('accepts the documented requests only', () => {
    expect(isContentRequest({ type: 'annotations/get' })).toBe(true);
    expect(isContentRequest({ type: 'annotations/focus', entryId: 'ncri' })).toBe(true);
    expect(isContentRequest({ type: 'annotations/focus' })).toBe(false);
    expect(isContentRequest({ type: 'other' })).toBe(false);
    expect(isContentRequest(null)).toBe(false);
    expect(isBackgroundRequest({ type: 'badge/set', count: 3 })).toBe(true);
    expect(isBackgroundRequest({ type: 'badge/set', count: -1 })).toBe(false);
    expect(isBackgroundRequest({ type: 'badge/set', count: Number.NaN })).toBe(false);
  });
  it('accepts only the background requests it knows, with valid fields', () => {
    expect(isBackgroundRequest({ type: 'inject', part: 'annotator' })).toBe(true);
    expect(isBackgroundRequest({ type: 'inject', part: '/evil.js' })).toBe(false);
    expect(isBackgroundRequest({ type: 'entry/get', entryId: 'ncri' })).toBe(true);
    expect(isBackgroundRequest({ type: 'entry/get' })).toBe(false);
    expect(isBackgroundRequest({ type: 'model/get' })).toBe(true);
    expect(isBackgroundRequest({ type: 'annotations/get' })).toBe(false);
    expect(isBackgroundRequest({ type: 'frame/get', tabId: 4 })).toBe(true);
    expect(isBackgroundRequest({ type: 'frame/get' })).toBe(true); // a content script, about its own tab
    expect(isBackgroundRequest({ type: 'frame/get', tabId: '4' })).toBe(false);
    expect(isBackgroundRequest({ type: 'site/get' })).toBe(true);
  });
  it('formats the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(24)).toBe('24');
    expect(badgeText(240)).toBe('99+');
  });
});

describe('step requests', () => {
  it('accepts only a direction of 1 or -1', () => {
    expect(isContentRequest({ type: 'annotations/step', direction: 1 })).toBe(true);
    expect(isContentRequest({ type: 'annotations/step', direction: -1 })).toBe(true);
    expect(isContentRequest({ type: 'annotations/step', direction: 2 })).toBe(false);
  });
});
