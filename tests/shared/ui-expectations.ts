// What the popup and the hover card must show on the demo page, shared by the Chromium and Firefox
// tests so that both browsers are held to the same interface.
import { expect } from 'vitest';
import type { AnnotationsResponse } from '../../lib/messages.ts';

/** The kinds the popup groups the demo's terms under. */
export const DEMO_GROUPS = ['Organisations', 'People', 'Events', 'Legal terms', 'Statistics'];

/** The popup's message on a page Backstory does not cover. */
export const NOT_COVERED = 'Nothing on this page matched Backstory’s notes. It covers the op-ed';

/** The popup's message on a page extensions cannot run on. */
export const CANNOT_RUN = 'Backstory cannot read this page';

/** The popup's dataset line: its version and review date. */
export const DATASET_LINE = /Dataset \d+\.\d+\.\d+, reviewed/;

/** The card's as-of line, e.g. "As of 12 May 2025". */
export const AS_OF_LINE = /^As of \d+ \w+ \d{4}$/;

/** How many entries the popup lists for a page: one per distinct annotated entry. */
export function distinctEntries(res: AnnotationsResponse): number {
  return new Set(res.annotations.map((a) => a.entryId)).size;
}

/** A card's source links: at least two, each https and opening in a new tab without opener or referrer. */
export function expectSafeSourceLinks(links: { href: string; target: string; rel: string }[]): void {
  expect(links.length).toBeGreaterThanOrEqual(2);
  for (const l of links) expect(l).toMatchObject({ href: expect.stringMatching(/^https:\/\//), target: '_blank', rel: 'noopener noreferrer' });
}
