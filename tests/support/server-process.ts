import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL: a crash, with whatever it was doing left half done. */
  kill(): Promise<void>;
}

/** A port nobody is using, so a server can stop and come back at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * The central API as `npm run server` runs it, as one process (not under npm)
 * so that stopping it stops the server; resolves once it listens. PORT 0
 * takes a free port; a fixed one lets it come back where the app expects it.
 */
export function startServer(env: Record<string, string>, port = 0): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      if (address)
        resolve({ url: address, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') });
    });
  });
}

/** `npm run server -- ARGS` against the same settings; throws with its message if it fails. */
export function serverCommand(env: Record<string, string>, args: readonly string[]): unknown {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`server ${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}
