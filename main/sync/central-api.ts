import type { z } from 'zod';
import { miSchema } from '../../core/mi';
import {
  docxType,
  problemSchema,
  pullResponseSchema,
  pushResponseSchema,
  tokenResponseSchema,
  type Mutation,
} from '../../core/sync';

/** Why a call to the central API did not succeed, in words for the practitioner. */
export class SyncFailure extends Error {
  constructor(
    readonly kind: 'offline' | 'signed-out' | 'refused' | 'busy' | 'server',
    message: string,
    /** How long the server asked us to wait (429 Retry-After). */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'SyncFailure';
  }
}

const timeoutMs = 30_000;

/** The central API of SYNC.md, over fetch; every answer is checked against the contract. */
export class CentralApi {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null = null,
  ) {}

  async signIn(username: string, password: string) {
    return this.call('POST', '/v1/auth/token', tokenResponseSchema, { username, password });
  }

  async push(deviceId: string, mutations: readonly Mutation[]) {
    return this.call('POST', '/v1/sync/push', pushResponseSchema, { deviceId, mutations });
  }

  async pull(cursor: string | null, limit = 500) {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    return this.call('GET', `/v1/sync/pull?${query}`, pullResponseSchema);
  }

  async mi(officeId: string, period: { from: string; to: string }) {
    const query = new URLSearchParams({ officeId, ...period });
    return this.call('GET', `/v1/mi?${query}`, miSchema);
  }

  async putDocument(planId: string, document: Uint8Array) {
    await this.request('PUT', `/v1/plans/${planId}/document`, document, docxType);
  }

  private async call<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: object,
  ): Promise<z.output<S>> {
    const response = await this.request(
      method,
      path,
      body ? JSON.stringify(body) : undefined,
      'application/json',
    );
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) {
      throw new SyncFailure(
        'server',
        'The server answered in a way Workability does not understand.',
      );
    }
    return parsed.data;
  }

  private async request(
    method: string,
    path: string,
    body: string | Uint8Array | undefined,
    type: string,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers: {
          ...(body !== undefined && { 'content-type': type }),
          ...(this.token && { authorization: `Bearer ${this.token}` }),
        },
        body: body as BodyInit | undefined,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch {
      throw new SyncFailure('offline', 'The server cannot be reached.');
    }
    if (response.ok) return response;
    const problem = problemSchema.safeParse(await response.json().catch(() => null));
    const detail = problem.success
      ? problem.data.detail
      : `The server answered ${response.status}.`;
    if (response.status === 401) throw new SyncFailure('signed-out', detail);
    if (response.status === 429) {
      // Without a usable Retry-After the usual back-off applies, never an instant retry.
      const seconds = Number(response.headers.get('retry-after') ?? Number.NaN);
      throw new SyncFailure(
        'busy',
        'The server is busy; Workability will try again shortly.',
        Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null,
      );
    }
    if (response.status >= 500)
      throw new SyncFailure('server', 'The server had a problem; Workability will try again.');
    throw new SyncFailure('refused', detail);
  }
}
