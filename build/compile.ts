import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';

export const rootDir = resolve(fileURLToPath(import.meta.url), '..', '..');
export const distDir = join(rootDir, 'dist');

/** The page and the web host's bridge: what `npm run web` serves. */
async function buildWeb(): Promise<void> {
  await viteBuild({
    root: join(rootDir, 'renderer'),
    configFile: join(rootDir, 'vite.config.ts'),
    logLevel: 'warn',
  });
  await esbuild({
    entryPoints: [join(rootDir, 'preload', 'web-bridge.ts')],
    outfile: join(distDir, 'web', 'web-bridge.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
}

/** Electron's main process and preload; CommonJS, because a sandboxed preload must be. */
async function buildDesktop(): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3-multiple-ciphers'],
    logLevel: 'warning',
    sourcemap: true,
  };
  await esbuild({
    ...common,
    entryPoints: [join(rootDir, 'main', 'index.ts')],
    outfile: join(distDir, 'main', 'index.cjs'),
  });
  await esbuild({
    ...common,
    entryPoints: [join(rootDir, 'preload', 'ipc-bridge.ts')],
    outfile: join(distDir, 'preload', 'ipc-bridge.cjs'),
  });
}

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(path).map((name) => newestChange(join(path, name))),
  );
}

/** Rebuilds the web build only when a source it depends on is newer than it. */
export async function buildStale(): Promise<void> {
  const outputs = [join(distDir, 'renderer', 'index.html'), join(distDir, 'web', 'web-bridge.js')];
  const sources = [
    'renderer',
    'core',
    'preload',
    'main/content-security-policy.ts',
    'vite.config.ts',
    'package-lock.json',
  ];
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((file) => statSync(file).mtimeMs))
    : 0;
  if (sources.some((source) => newestChange(join(rootDir, source)) > built)) await buildWeb();
}

export async function buildAll(): Promise<void> {
  await buildWeb();
  await buildDesktop();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
