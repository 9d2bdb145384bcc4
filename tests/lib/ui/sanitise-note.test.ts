import { describe, expect, it } from 'vitest';
import { sanitiseNote } from '../../../lib/ui/sanitise-note.ts';

// Known XSS payloads (OWASP filter-evasion cheat sheet and DOMPurify's own test vectors).
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<em onmouseover="alert(1)">x</em>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<details open ontoggle=alert(1)>',
  '"><img src=x onerror=alert(1)//',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<abbr title="x" onclick="alert(1)">UN</abbr>',
];

describe('sanitiseNote', () => {
  it('keeps the small allowlist', () => {
    expect(sanitiseNote('A <em>b</em> <strong>c</strong> <abbr title="United Nations">UN</abbr>')).toBe(
      'A <em>b</em> <strong>c</strong> <abbr title="United Nations">UN</abbr>',
    );
  });
  for (const payload of PAYLOADS) {
    it(`neutralises ${payload.slice(0, 40)}`, () => {
      const out = sanitiseNote(payload);
      const holder = document.createElement('div');
      holder.innerHTML = out;
      for (const el of holder.querySelectorAll('*')) {
        expect(['EM', 'STRONG', 'ABBR']).toContain(el.tagName);
        for (const attr of el.attributes) expect(attr.name).toBe('title');
      }
      expect(out).not.toMatch(/<(script|img|svg|iframe|a|style|form|math|details)\b/i);
    });
  }
});
