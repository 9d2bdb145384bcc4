import { describe, expect, it } from 'vitest';
import { fromReadingPosition, keyboardTarget, stepFrom } from '../../../lib/annotate/reading-position.ts';

// Six occurrences down a page: tops in page coordinates, two of them on one line (400).
const tops = [120, 400, 400, 950, 1600, 2300];

describe('stepFrom', () => {
  it('steps forward and back, wrapping at both ends', () => {
    expect(stepFrom(0, 1, 3)).toBe(1);
    expect(stepFrom(2, 1, 3)).toBe(0);
    expect(stepFrom(1, -1, 3)).toBe(0);
    expect(stepFrom(0, -1, 3)).toBe(2);
  });
  it('starts at the first occurrence going forward and the last going back when none is open', () => {
    expect(stepFrom(-1, 1, 3)).toBe(0);
    expect(stepFrom(-1, -1, 3)).toBe(2); // was 1: (−1 − 1 + 3) % 3
    expect(stepFrom(-1, -1, 1)).toBe(0);
  });
});

describe('fromReadingPosition', () => {
  it('goes forward to the first occurrence at or below the top of the viewport', () => {
    expect(fromReadingPosition(tops, 0, 1)).toBe(0);
    expect(fromReadingPosition(tops, 300, 1)).toBe(1);
    expect(fromReadingPosition(tops, 400, 1)).toBe(1); // "at" the top counts
    expect(fromReadingPosition(tops, 401, 1)).toBe(3);
  });
  it('goes back to the last occurrence above the top of the viewport', () => {
    expect(fromReadingPosition(tops, 1000, -1)).toBe(3);
    expect(fromReadingPosition(tops, 400, -1)).toBe(0);
    expect(fromReadingPosition(tops, 3000, -1)).toBe(5);
  });
  it('wraps round when nothing lies that way', () => {
    expect(fromReadingPosition(tops, 2400, 1)).toBe(0);
    expect(fromReadingPosition(tops, 100, -1)).toBe(5);
  });
  it('skips occurrences that are not laid out', () => {
    const hidden = [NaN, 400, NaN];
    expect(fromReadingPosition(hidden, 0, 1)).toBe(1);
    expect(fromReadingPosition(hidden, 500, 1)).toBe(1);
    expect(fromReadingPosition(hidden, 0, -1)).toBe(1);
    expect(fromReadingPosition([NaN], 0, 1)).toBe(-1);
    expect(fromReadingPosition([], 0, -1)).toBe(-1);
  });
});

describe('keyboardTarget', () => {
  const view = { top: 900, bottom: 1800 };
  it('continues from the open term while it is in view', () => {
    expect(keyboardTarget(tops, view, 3, 1)).toBe(4);
    expect(keyboardTarget(tops, view, 3, -1)).toBe(2);
    expect(keyboardTarget(tops, view, 4, 1)).toBe(5);
  });
  it('starts from the reading position when no term is open, or the open one scrolled away', () => {
    expect(keyboardTarget(tops, view, -1, 1)).toBe(3);
    expect(keyboardTarget(tops, view, -1, -1)).toBe(2);
    expect(keyboardTarget(tops, view, 0, 1)).toBe(3); // term 0 is far above the viewport now
    expect(keyboardTarget(tops, view, 5, -1)).toBe(2); // term 5 is below it
  });
});
