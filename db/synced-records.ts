import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { RecordEntity } from '../core/sync';

/** How one column travels: its field name on the wire, and the value each way. */
interface Field {
  field: string;
  toWire(value: unknown): unknown;
  fromWire(value: unknown): unknown;
}

const same = (field: string): Field => ({ field, toWire: (v) => v, fromWire: (v) => v });
const flag = (field: string): Field => ({
  field,
  toWire: (v) => v === 1,
  fromWire: (v) => (v === true ? 1 : 0),
});
const list = (field: string): Field => ({
  field,
  toWire: (v) => JSON.parse(String(v)) as unknown,
  fromWire: (v) => JSON.stringify(Array.isArray(v) ? v : []),
});
/** The app keeps appointment times as UK wall-clock time; the wire carries instants. */
const ukTime = (field: string): Field => ({
  field,
  toWire: (v) => {
    const [date, time] = String(v).split('T');
    const [year, month, day] = date!.split('-').map(Number);
    const [hour, minute] = time!.split(':').map(Number);
    return new TZDate(year!, month! - 1, day!, hour!, minute!, 'Europe/London').toISOString();
  },
  fromWire: (v) => format(new TZDate(String(v), 'Europe/London'), "yyyy-MM-dd'T'HH:mm"),
});
/** The app's words with hyphens; SYNC.md's with underscores (and a few of its own). */
const words = (field: string, renamed: Record<string, string> = {}): Field => {
  const back = Object.fromEntries(Object.entries(renamed).map(([local, wire]) => [wire, local]));
  return {
    field,
    toWire: (v) => (typeof v === 'string' ? (renamed[v] ?? v.replaceAll('-', '_')) : v),
    fromWire: (v) => (typeof v === 'string' ? (back[v] ?? v.replaceAll('_', '-')) : v),
  };
};

export interface SyncedTable {
  table: string;
  entity: RecordEntity;
  /** Every column that travels, by column name. */
  columns: Record<string, Field>;
  /** Columns naming the records this one belongs under, which must arrive first. */
  parents: Record<string, string>;
  /** Columns the app needs that another system's record may lack. */
  defaults?: (fields: Record<string, unknown>) => Record<string, unknown>;
}

const caseId = { case_id: same('caseId') };

export const syncedTables: readonly SyncedTable[] = [
  {
    table: 'cases',
    entity: 'case',
    parents: { office_id: 'offices', practitioner_id: 'practitioners' },
    defaults: () => ({
      referrer_name: '',
      referrer_role: 'work-coach',
      referral_notes: '',
      on_health_journey: 1,
      wca_status: 'not-assessed',
      unemployed: 1,
      preferred_channel: 'telephone',
      created_at: new Date().toISOString(),
    }),
    columns: {
      office_id: same('officeId'),
      customer_name: same('customerName'),
      customer_reference: same('customerRef'),
      referral_date: same('referralDate'),
      status: words('status', { 'returned-to-jcp': 'returned' }),
      practitioner_id: same('practitionerId'),
      referrer_name: same('referrerName'),
      referrer_role: words('referrerRole'),
      referral_notes: same('referralNotes'),
      on_health_journey: flag('onHealthJourney'),
      fit_note_valid_until: same('fitNoteValidUntil'),
      wca_status: same('wcaStatus'),
      unemployed: flag('unemployed'),
      preferred_channel: words('preferredChannel'),
      created_at: same('createdAt'),
      closed_at: same('closedAt'),
      unsuitable_reason: same('unsuitableReason'),
      outcome_note: same('outcomeNote'),
      follow_up_due: same('followUpDue'),
    },
  },
  {
    table: 'appointments',
    entity: 'appointment',
    parents: { case_id: 'cases', rescheduled_to_id: 'appointments' },
    defaults: () => ({ duration_minutes: 60 }),
    columns: {
      ...caseId,
      starts_at: ukTime('startsAt'),
      duration_minutes: same('durationMinutes'),
      channel: words('channel'),
      attendance: words('attendance', { booked: 'scheduled', rescheduled: 'unable_to_attend' }),
      extra_reason: same('extraReason'),
      rescheduled_to_id: same('rescheduledToId'),
      work_ability_score: same('workAbilityScore'),
      expectations_covered: list('expectationsCovered'),
      notes: same('notes'),
    },
  },
  {
    table: 'goals',
    entity: 'goal',
    parents: { case_id: 'cases' },
    columns: {
      ...caseId,
      lens: same('lens'),
      kind: {
        field: 'workRelated',
        toWire: (v) => v === 'work',
        fromWire: (v) => (v === true ? 'work' : 'lifestyle'),
      },
      text: same('text'),
    },
  },
  {
    table: 'obstacles',
    entity: 'obstacle',
    parents: { case_id: 'cases' },
    columns: {
      ...caseId,
      heading: same('heading'),
      text: same('text'),
      limiting_belief: same('limitingBelief'),
      belief_approach: same('beliefApproach'),
    },
  },
  {
    table: 'steps',
    entity: 'step',
    parents: {
      case_id: 'cases',
      obstacle_id: 'obstacles',
      goal_id: 'goals',
      library_item_id: 'library_items',
    },
    columns: {
      ...caseId,
      obstacle_id: same('obstacleId'),
      goal_id: same('goalId'),
      text: same('text'),
      type: words('type'),
      who: same('who'),
      by_when: same('byWhen'),
      interim: flag('interim'),
      review: same('review'),
      review_note: same('reviewNote'),
      library_item_id: same('libraryItemId'),
      contact: same('contact'),
    },
  },
  {
    table: 'plan_ends',
    entity: 'plan',
    parents: { case_id: 'cases' },
    columns: {
      ...caseId,
      can_do: same('canDoNow'),
      confidence: same('confidence'),
      importance: same('importance'),
      potential_work_ability: same('potentialWorkAbility'),
    },
  },
  {
    table: 'headings_none_identified',
    entity: 'none_identified',
    parents: { case_id: 'cases' },
    columns: { ...caseId, heading: same('heading'), reason: same('reason') },
  },
  {
    table: 'follow_ups',
    entity: 'follow_up',
    parents: { case_id: 'cases' },
    columns: {
      ...caseId,
      steps_taken: same('stepsTaken'),
      work_ability_score: same('workAbilityScore'),
      note: same('note'),
      recorded_at: same('recordedAt'),
    },
  },
  {
    table: 'library_items',
    entity: 'library_item',
    parents: {},
    defaults: (fields) => ({
      tags: '[]',
      self_referral: 0,
      cost: '',
      how_to_get: '',
      verified: 0,
      // An office's own services are local; the rest are the central library's.
      source: String(fields.area).startsWith('office:') ? 'local' : 'central',
    }),
    columns: {
      title: same('title'),
      summary: same('summary'),
      type: same('type'),
      headings: list('headings'),
      tags: list('tags'),
      area: same('area'),
      url: same('url'),
      phone: same('phone'),
      self_referral: flag('selfReferral'),
      cost: same('cost'),
      how_to_get: same('howToGet'),
      source_url: same('sourceUrl'),
      last_checked: same('lastChecked'),
      verified: flag('verified'),
      added_by: same('addedBy'),
    },
  },
];

export const tableOf = (entity: string) => syncedTables.find((t) => t.entity === entity);
export const syncedTable = (table: string) => syncedTables.find((t) => t.table === table)!;

/** A row's columns as wire fields; only the columns named, if any are. */
export function toWire(
  synced: SyncedTable,
  row: Record<string, unknown>,
  only?: readonly string[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [column, codec] of Object.entries(synced.columns)) {
    if (only && !only.includes(column)) continue;
    fields[codec.field] = codec.toWire(row[column]);
  }
  return fields;
}

/** Wire fields as columns; fields the app does not keep are left out. */
export function fromWire(
  synced: SyncedTable,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, codec] of Object.entries(synced.columns)) {
    if (codec.field in fields) row[column] = codec.fromWire(fields[codec.field]);
  }
  return row;
}
