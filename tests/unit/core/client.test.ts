import { describe, expect, it } from 'vitest';
import { createClient } from '../../../core/client';
import { WorkabilityError } from '../../../core/errors';

describe('the renderer client', () => {
  it('resolves with the value of a successful call', async () => {
    const client = createClient({ call: async () => ({ ok: true, value: [] }) });
    await expect(client.call('offices.list', {})).resolves.toEqual([]);
  });

  it('throws a typed error carrying the fields of a failed call', async () => {
    const client = createClient({
      call: async () => ({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Enter your name',
          fields: [{ field: 'name', message: 'Enter your name' }],
        },
      }),
    });
    const failure = await client
      .call('practitioner.save', { name: '', role: 'ehp', officeId: '' })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkabilityError);
    expect(failure).toMatchObject({ code: 'invalid-input', fields: [{ field: 'name' }] });
  });

  it('turns an unreadable answer into an internal error rather than a crash', async () => {
    const client = createClient({
      call: async () => ({ ok: false, error: { nonsense: true } as never }),
    });
    await expect(client.call('offices.list', {})).rejects.toMatchObject({ code: 'internal' });
  });
});
