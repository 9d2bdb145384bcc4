// Build config for the benchmark: the project's own config, built into BENCH_OUT_DIR so the
// benchmark's builds (other datasets, an unminified build for profiles) never touch .output/.
import type { UserConfig } from 'wxt';
import config from '../wxt.config.ts';

const base = config as UserConfig;
const viteOf = base.vite;

export default {
  ...base,
  outDir: process.env.BENCH_OUT_DIR ?? '.output',
  vite: (env: Parameters<NonNullable<UserConfig['vite']>>[0]) => {
    const v = (viteOf ? viteOf(env) : {}) as Record<string, unknown> & { build?: Record<string, unknown> };
    // Readable function names in the diagnostic CPU profiles.
    return process.env.BENCH_NO_MINIFY ? { ...v, build: { ...(v.build ?? {}), minify: false } } : v;
  },
} satisfies UserConfig;
