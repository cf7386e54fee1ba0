import { existsSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../build/compile';
import { startWebHost, type WebHost } from '../../main/web-host';
import { appOver } from '../support/app';
import { tempDir, testKey } from '../support/temp-store';
import { openStore, type Store } from '../../db/store';

let host: WebHost;
let store: Store;
const dir = tempDir();
let origin: string;

beforeAll(async () => {
  if (!existsSync(join(distDir, 'renderer', 'index.html'))) {
    throw new Error('The web build is missing: run `npm run compile` first (npm test does).');
  }
  // Opened for the whole file: the per-test store helper closes its stores after each test.
  store = await openStore(dir, { key: testKey });
  host = await startWebHost({
    dispatch: appOver(store).dispatch,
    rendererDir: join(distDir, 'renderer'),
    bridgeFile: join(distDir, 'web', 'web-bridge.js'),
    port: 0,
  });
  origin = new URL(host.url).origin;
});

afterAll(async () => {
  await host?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (token: string | null, name = 'offices.list', body = '{}') =>
  fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  });

describe('the web host', () => {
  it('prints an address on loopback with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
    expect(host.server.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses the page, its assets and the API without the token', async () => {
    for (const path of ['/', '/index.html', '/web-bridge.js', '/blank.html', '/?token=wrong']) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(401);
      expect(await response.text()).not.toContain('<script');
    }
    expect((await call(null)).status).toBe(401);
    expect((await call('wrong')).status).toBe(401);
  });

  it('does not take the page cookie as permission to call the API', async () => {
    const page = await fetch(host.url);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const response = await fetch(`${origin}/api/offices.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('serves the page with the token, a strict policy, and the bridge before the app', async () => {
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html.indexOf('web-bridge.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('answers API calls with the token, and bad input with a typed error', async () => {
    const offices = await (await call(host.token)).json();
    expect(offices.ok).toBe(true);
    expect(offices.value).toHaveLength(13);
    const bad = await (await call(host.token, 'cases.get', '{"caseId": 7}')).json();
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: [{ field: 'caseId' }] },
    });
    const broken = await call(host.token, 'offices.list', '{not json');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a body over its size limit', async () => {
    const response = await call(
      host.token,
      'cases.list',
      JSON.stringify({ search: 'x'.repeat(2_000_000) }),
    );
    expect(response.status).toBe(413);
  });

  it('cannot be reached on any address but loopback', async () => {
    const port = Number(new URL(origin).port);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal)
      .map((address) => address!.address);
    for (const address of external) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = createConnection({ host: address, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached, `reached the web host on ${address}`).toBe(false);
    }
  });
});
