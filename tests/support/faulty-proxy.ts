import { createConnection, createServer, type Socket } from 'node:net';

/** mulberry32: a small seeded generator, so a failing round can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Fault = 'pass' | 'delay' | 'drop' | 'cut-request' | 'cut-reply';

export interface FaultyProxy {
  url: string;
  /** How many requests met each fault. */
  counts: Record<Fault, number>;
  /** Faults on or off: off lets a round finish and converge. */
  faulty: boolean;
  /** The fault the next push meets, whatever the generator says. */
  nextPush: Fault | null;
  /** Called once, the next time a push passes through, mid-push. */
  onNextPush: (() => void) | null;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of the server that, for each request, passes it,
 * delays it, drops the connection, or cuts it part way through the request or
 * the reply, as the seeded generator decides.
 */
export async function startFaultyProxy(
  target: () => number,
  random: () => number,
): Promise<FaultyProxy> {
  const sockets = new Set<Socket>();
  const proxy: FaultyProxy = {
    url: '',
    counts: { pass: 0, delay: 0, drop: 0, 'cut-request': 0, 'cut-reply': 0 },
    faulty: true,
    nextPush: null,
    onNextPush: null,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const choose = (): Fault => {
    if (!proxy.faulty) return 'pass';
    const roll = random();
    return roll < 0.5
      ? 'pass'
      : roll < 0.65
        ? 'delay'
        : roll < 0.75
          ? 'drop'
          : roll < 0.87
            ? 'cut-request'
            : 'cut-reply';
  };
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const upstream = createConnection({ host: '127.0.0.1', port: target() });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    // Decided afresh for each request, as a kept-alive connection carries many.
    let fault: Fault = 'pass';
    let cutAt = 0;
    let delayMs = 0;
    let sent = 0;
    let received = 0;
    client.on('data', (chunk: Buffer) => {
      if (/^(GET|POST|PUT) /.test(chunk.subarray(0, 5).toString('latin1'))) {
        const push = chunk.includes('POST /v1/sync/push');
        fault = push && proxy.nextPush ? proxy.nextPush : choose();
        if (push) proxy.nextPush = null;
        proxy.counts[fault] += 1;
        // Where to cut: some bytes into the request or the reply (the reply's
        // headers at least, so a cut reply means a lost answer, not a refused request).
        cutAt = fault === 'cut-reply' ? 20 : Math.floor(random() * 600);
        delayMs = fault === 'delay' ? Math.floor(random() * 80) : 0;
        sent = 0;
        received = 0;
        if (proxy.onNextPush && push) {
          const restart = proxy.onNextPush;
          proxy.onNextPush = null;
          setTimeout(restart, Math.floor(random() * 20));
        }
      }
      if (fault === 'drop') {
        client.destroy();
        return;
      }
      if (fault === 'cut-request' && sent + chunk.length > cutAt) {
        upstream.write(chunk.subarray(0, Math.max(0, cutAt - sent)));
        upstream.destroy();
        return;
      }
      sent += chunk.length;
      setTimeout(() => upstream.write(chunk), delayMs);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fault === 'cut-reply' && received + chunk.length > cutAt) {
        client.write(chunk.subarray(0, Math.max(0, cutAt - received)));
        client.destroy();
        return;
      }
      received += chunk.length;
      setTimeout(() => client.write(chunk), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return proxy;
}
