import { useEffect } from 'react';
import { headingCoverage, headings, type Discussion } from '../../../core/plan';

export interface Shortcut {
  /** KeyboardEvent.code, which stays the same whatever the keyboard layout makes of Alt. */
  code: string;
  keys: string;
  does: string;
  /** Where focus goes; null when the part is not on the screen. */
  target: (discussion: Discussion | null) => HTMLElement | null;
}

const byId = (id: string) => () => document.getElementById(id);

/**
 * Alt+Shift with a letter: they work while typing in a field, which is where an
 * EHP on a call always is, and clash with nothing Workability or Chromium needs.
 */
export const shortcuts: readonly Shortcut[] = [
  {
    code: 'KeyE',
    keys: 'Alt+Shift+E',
    does: 'Go to the expectations',
    target: () => document.querySelector<HTMLElement>('input[id^="expectation-"]'),
  },
  {
    code: 'KeyR',
    keys: 'Alt+Shift+R',
    does: 'Go to the steps set last time',
    target: () => document.querySelector<HTMLElement>('#interim input'),
  },
  {
    code: 'KeyW',
    keys: 'Alt+Shift+W',
    does: 'Set the work ability score',
    target: byId('workAbilityScore'),
  },
  { code: 'KeyG', keys: 'Alt+Shift+G', does: 'Add a goal', target: byId('goal-text') },
  {
    code: 'KeyO',
    keys: 'Alt+Shift+O',
    does: 'Add an obstacle (under the first heading not yet explored)',
    target: (discussion) => {
      const coverage = discussion && headingCoverage(discussion);
      const next = headings.find((heading) => coverage?.[heading] === 'not-explored') ?? 'health';
      return document.getElementById(`obstacle-${next}-text`);
    },
  },
  { code: 'KeyS', keys: 'Alt+Shift+S', does: 'Add a step', target: byId('step-obstacleId') },
  {
    code: 'KeyD',
    keys: 'Alt+Shift+D',
    does: 'Go to the end of the discussion',
    target: byId('confidence'),
  },
  { code: 'KeyN', keys: 'Alt+Shift+N', does: 'Go to the meeting notes', target: byId('notes') },
];

export const helpShortcut = {
  code: 'KeyK',
  keys: 'Alt+Shift+K or ?',
  does: 'Show these shortcuts',
};

/** A radio group is entered at its chosen radio, as Tab does. */
export function focusField(element: HTMLElement) {
  const chosen =
    element instanceof HTMLInputElement && element.type === 'radio'
      ? document.querySelector<HTMLInputElement>(`input[name="${element.name}"]:checked`)
      : null;
  const field = chosen ?? element;
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type)))
  );
}

/** The appointment screen's shortcuts, and the help overlay's own. */
export function useAppointmentShortcuts(discussion: Discussion | null, showHelp: () => void) {
  useEffect(() => {
    const keydown = (event: KeyboardEvent) => {
      const help =
        (event.altKey && event.shiftKey && event.code === helpShortcut.code) ||
        (event.key === '?' && !event.altKey && !isTyping(event.target));
      if (help) {
        event.preventDefault();
        return showHelp();
      }
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
        const shortcut = shortcuts.find((each) => each.code === event.code);
        const target = shortcut?.target(discussion);
        if (!shortcut) return;
        event.preventDefault();
        if (target) focusField(target);
      }
    };
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, [discussion, showHelp]);
}
