import { useEffect, useRef, useState } from 'react';

export type SaveState =
  | { state: 'saved'; at: string }
  | { state: 'saving' }
  | { state: 'failed'; message: string }
  | { state: 'idle' };

/** Typing pauses this long before a save: well inside the half second the EHP may wait. */
export const autosaveDelayMs = 300;

/**
 * Saves a value a moment after it stops changing, without a button and without
 * moving focus. A save that fails keeps the text on screen and says so.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<string>): SaveState {
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const first = useRef(true);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  });
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      setStatus({ state: 'saving' });
      latestSave
        .current(value)
        .then((at) => setStatus({ state: 'saved', at }))
        .catch((error: unknown) =>
          setStatus({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
        );
    }, autosaveDelayMs);
    return () => window.clearTimeout(timer);
  }, [value]);
  return status;
}
