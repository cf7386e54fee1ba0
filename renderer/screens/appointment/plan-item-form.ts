import type { DraftFields } from '../../../core/drafts';
import { useDraftForm } from '../../drafts';
import { useFormSubmit } from '../../forms';

/**
 * A goal, obstacle or step form: its fields kept as a draft, its errors by
 * field, the submit, and Cancel when it was opened to change an item. `next`
 * gives the fields a new-item form shows after an add (what usually stays the same).
 */
export function usePlanItemForm<T extends DraftFields>(
  caseId: string,
  form: string,
  start: T,
  {
    save,
    next,
    onDone,
  }: { save: (fields: T) => Promise<void>; next?: (fields: T) => T; onDone?: () => void },
) {
  const draft = useDraftForm(caseId, form, start);
  const prefix = `${form}.`;
  const { errors, byField, submit } = useFormSubmit(prefix);
  const onSubmit = submit(async () => {
    await save(draft.fields);
    draft.clear(onDone ? undefined : next?.(draft.fields));
    onDone?.();
  });
  const cancel = onDone && (() => (draft.clear(), onDone()));
  return { ...draft, prefix, errors, byField, onSubmit, cancel };
}
