import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningWebHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  /** SIGKILL: the web host gets no chance to finish anything. */
  kill(): Promise<void>;
}

/** Starts `npm run web`'s program on a fresh store and waits for the line it prints. */
export async function startWebHost(dataDir: string): Promise<RunningWebHost> {
  // One process, with tsx as a loader: the tsx command would run the host as its
  // child, and a SIGKILL to it would leave the host running.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/web-host-cli.ts'], {
    env: { ...process.env, WORKABILITY_DATA_DIR: dataDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The web host did not start:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Workability web host: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`The web host exited (${code}):\n${output}`)));
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.kill(signal);
    });
  return {
    url,
    dataDir,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
