// axe-core in a Chromium page, for the popup, card and welcome accessibility tests.
import type { Page } from 'playwright-core';
import { axeViolations } from '../shared/axe.ts';

/** axe's context for the open card, inside the card host's shadow root. */
export const CARD_CONTEXT = { include: [{ fromShadowDom: ['backstory-card-host', '.card'] }] };

/** The violations axe finds in `context` on a Playwright page, as "rule (nodes)" (see tests/shared/axe.ts). */
export function runAxe(page: Page, context: unknown): Promise<string[]> {
  return axeViolations((script) => page.evaluate(script), context);
}
