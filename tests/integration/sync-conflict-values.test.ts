import { describe, expect, it } from 'vitest';
import { appOver } from '../support/app';
import { planOver } from '../support/plans';
import { tempStore } from '../support/temp-store';

describe('resolving a conflict over a value that is not text', () => {
  it('keeps a list as a list, and a side that held nothing as nothing', async () => {
    const app = appOver(await tempStore());
    const officeId = (await app.call('offices.list', {}))[0]!.id;
    await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId });
    const caseId = await planOver(app, officeId);
    const appointmentId = (await app.call('cases.get', { caseId })).appointments[0]!.id;
    // As a pull brings them: two devices chose different points, and one had no score.
    const conflict = (field: string, serverValue: unknown, clientValue: unknown) => ({
      id: `conflict-${field}`,
      entity: 'appointment',
      record_id: appointmentId,
      field,
      server_value: JSON.stringify(serverValue),
      client_value: JSON.stringify(clientValue),
      created_at: '2026-11-26T10:00:00.000Z',
    });
    await app.store.db
      .insertInto('sync_conflicts')
      .values([
        conflict('expectationsCovered', ['purpose', 'voluntary'], ['purpose']),
        conflict('workAbilityScore', 6, null),
      ])
      .execute();
    const shown = await app.call('sync.conflicts', {});
    const points = shown.find((c) => c.id === 'conflict-expectationsCovered')!;
    const score = shown.find((c) => c.id === 'conflict-workAbilityScore')!;
    expect([score.serverValue, score.clientValue]).toEqual(['6', '']);

    await app.call('sync.resolveConflict', { id: points.id, value: points.serverValue });
    await app.call('sync.resolveConflict', { id: score.id, value: score.clientValue });
    const row = await app.store.db
      .selectFrom('appointments')
      .select(['expectations_covered', 'work_ability_score'])
      .where('id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.expectations_covered)).toEqual(['purpose', 'voluntary']);
    expect(row.work_ability_score).toBeNull();
    expect(await app.call('sync.conflicts', {})).toEqual([]);
  });
});
