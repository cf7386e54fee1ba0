import { homedir } from 'node:os';
import { join } from 'node:path';

export const appName = 'Workability';

/**
 * Where the desktop app keeps its store: Electron's userData folder for this app,
 * worked out here too so the web host, seed and command lines find the same store.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appName);
}

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.WORKABILITY_DATA_DIR || defaultDataDir(process.platform, env);
}
