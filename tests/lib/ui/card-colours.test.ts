import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_COLOURS, cardTone, colourVar, GRAPHIC_COLOURS, TEXT_PAIRS, toneCss, type Tone } from '../../../lib/ui/card-colours.ts';
import { contrastRatio, luminance, parseColor } from '../../../lib/ui/contrast.ts';

const TONES = Object.keys(CARD_COLOURS) as Tone[];
const colour = (tone: Tone, key: keyof (typeof CARD_COLOURS)['light']) => parseColor(CARD_COLOURS[tone][key])!;

describe('the card’s colours', () => {
  it('keep every text at 4.5:1 or more on its background, in both tones', () => {
    const low = TONES.flatMap((tone) =>
      TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${tone} ${fg} on ${bg}`, ratio: contrastRatio(colour(tone, fg), colour(tone, bg)) })),
    ).filter((p) => p.ratio < 4.5);
    expect(low).toEqual([]);
  });

  it('keep marks, axis and focus ring at 3:1 or more against the card', () => {
    const low = TONES.flatMap((tone) =>
      GRAPHIC_COLOURS.map((key) => ({ key: `${tone} ${key}`, ratio: contrastRatio(colour(tone, key), colour(tone, 'background')) })),
    ).filter((p) => p.ratio < 3);
    expect(low).toEqual([]);
  });

  it('are light on light and dark on dark', () => {
    expect(luminance(colour('light', 'background'))).toBeGreaterThan(0.8);
    expect(luminance(colour('dark', 'background'))).toBeLessThan(0.2);
  });

  it('reach the stylesheet as custom properties, and the stylesheet declares no colour of its own', () => {
    const css = toneCss();
    for (const tone of TONES) {
      for (const [key, value] of Object.entries(CARD_COLOURS[tone])) {
        const name = colourVar(key as keyof (typeof CARD_COLOURS)['light']).slice(4, -1);
        expect(css).toContain(`${name}:${value};`);
      }
    }
    const sheet = readFileSync(path.resolve(__dirname, '../../../entrypoints/card-ui/card.css'), 'utf8');
    expect(sheet.match(/#[0-9a-f]{3,8}\b|rgba?\(|(?<![\w-])(white|black)(?![\w-])/gi)).toBeNull();
  });
});

describe('cardTone', () => {
  it('follows the page when it paints a background, else the reader’s colour scheme', () => {
    expect(cardTone('dark', false)).toBe('dark');
    expect(cardTone('light', true)).toBe('light');
    expect(cardTone(null, true)).toBe('dark');
    expect(cardTone(null, false)).toBe('light');
  });
});
