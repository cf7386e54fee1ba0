import { useState } from 'react';
import type { DraftFields } from '../core/drafts';
import { workability } from './api';
import { useAutosave, type SaveState } from './autosave';
import { usePlan } from './stores/plan';

/** Only the fields the form has, of the type it has them: a draft is never trusted further. */
function restore<T extends DraftFields>(blank: T, saved: DraftFields | undefined): T {
  const fields = { ...blank };
  for (const key of Object.keys(blank) as (keyof T)[]) {
    const value = saved?.[key as string];
    if (typeof value === typeof blank[key]) fields[key] = value as T[keyof T];
  }
  return fields;
}

/**
 * A form's draft saves go one after another: a typing pause's save still on
 * its way must not land after the clear that follows a submit.
 */
const queues = new Map<string, Promise<unknown>>();
function inTurn<T>(key: string, save: () => Promise<T>): Promise<T> {
  const next = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(save);
  queues.set(key, next);
  void next.finally(() => {
    if (queues.get(key) === next) queues.delete(key);
  });
  return next;
}

const unchanged = (fields: DraftFields, start: DraftFields) =>
  Object.keys(fields).every((key) => fields[key] === start[key]);

/**
 * A form's fields, kept as a draft in the store as they are typed (the
 * autosave's pause, then a save), and restored when the case opens again. A
 * form as it started has no draft; submitting or cancelling clears it.
 */
export function useDraftForm<T extends DraftFields>(
  caseId: string,
  form: string,
  start: T,
): {
  fields: T;
  update(change: Partial<T>): void;
  /** After a submit or a cancel: the form shows `next`, and its draft goes at once. */
  clear(next?: T): void;
  status: SaveState;
} {
  const saved = usePlan((state) => state.drafts[form]);
  const [fields, setFields] = useState<T>(() => restore(start, saved));
  // What the form shows when there is nothing to keep: at first, and after each clear.
  const [baseline, setBaseline] = useState(start);
  const key = `${caseId}/${form}`;
  const save = (draft: DraftFields | null) =>
    inTurn(key, () => workability.call('drafts.save', { caseId, form, fields: draft }));
  const status = useAutosave(
    fields,
    async (value) => (await save(unchanged(value, baseline) ? null : value)).savedAt,
  );
  return {
    fields,
    update: (change) => setFields((current) => ({ ...current, ...change })),
    clear(next = start) {
      setBaseline(next);
      setFields(next);
      void save(null);
    },
    // Nothing to keep is not news: the status speaks only while a draft exists.
    status: unchanged(fields, baseline) ? { state: 'idle' } : status,
  };
}
