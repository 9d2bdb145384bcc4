import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { backstoryModel } from './scripts/model-plugin.ts';

export default defineConfig({
  plugins: [WxtVitest(), backstoryModel(process.cwd())],
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // jsdom, not happy-dom: DOMPurify keeps onerror attributes under happy-dom.
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          // Browser tests run in their own projects; tests/lint/ runs here (node environment per file).
          exclude: ['tests/e2e/**', 'tests/firefox/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          environment: 'node',
          include: ['tests/firefox/**/*.test.ts'],
          // Firefox starts slower than Chromium, and the reading file opens 61 pages.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time on a 2-core machine (with 'browser', these files run one by one).
          fileParallelism: false,
        },
      },
    ],
  },
});
