import { useEffect } from 'react';

/** Ctrl+Shift+L (Cmd+Shift+L on a Mac) locks at once: for when a customer walks into the room. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'l';
}

/** Locks after the given minutes with no key press, click or pointer movement, and on the shortcut. */
export function useIdleLock(minutes: number | null, lock: () => void): void {
  useEffect(() => {
    if (minutes === null) return;
    let timer = window.setTimeout(lock, minutes * 60_000);
    const activity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    const keydown = (event: KeyboardEvent) => {
      if (isLockShortcut(event)) {
        event.preventDefault();
        lock();
      } else activity();
    };
    const events = ['pointerdown', 'pointermove', 'wheel', 'input'] as const;
    events.forEach((name) => window.addEventListener(name, activity, { passive: true }));
    window.addEventListener('keydown', keydown);
    return () => {
      window.clearTimeout(timer);
      events.forEach((name) => window.removeEventListener(name, activity));
      window.removeEventListener('keydown', keydown);
    };
  }, [minutes, lock]);
}
