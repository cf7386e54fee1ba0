import { useEffect } from 'react';

export const scoreKeysHelp = 'On a 0 to 10 score, type the number: 0 to 9, or 1 then 0 for 10';

const tenWindowMs = 800;

/** Typing a digit on a focused 0–10 score chooses it; “1” then “0” makes 10. */
function chooseScore(event: KeyboardEvent, last: { digit: string; at: number }) {
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
  if (!target.closest('[data-score-question]') || !/^\d$/.test(event.key)) return;
  const ten = event.key === '0' && last.digit === '1' && event.timeStamp - last.at < tenWindowMs;
  const value = ten ? '10' : event.key;
  last.digit = event.key;
  last.at = event.timeStamp;
  const radio = document.querySelector<HTMLInputElement>(
    `input[name="${target.name}"][value="${value}"]`,
  );
  if (!radio) return;
  event.preventDefault();
  radio.focus();
  radio.click();
}

/** Digits choose a score on any 0–10 question: quicker than arrowing through eleven radios. */
export function useScoreKeys(): void {
  useEffect(() => {
    const last = { digit: '', at: 0 };
    const keydown = (event: KeyboardEvent) => chooseScore(event, last);
    window.addEventListener('keydown', keydown);
    return () => window.removeEventListener('keydown', keydown);
  }, []);
}
