import { create } from 'zustand';
import { defaultRulebook } from '../../core/guardrails/default-rulebook';
import { createChecker } from '../../core/guardrails/engine';
import type { Rulebook } from '../../core/guardrails/rulebook';
import { workability } from '../api';

interface RulebookState {
  version: string;
  check: ReturnType<typeof createChecker>;
  loaded: boolean;
  load(): Promise<void>;
}

const checkerOf = (book: Rulebook) => ({ version: book.version, check: createChecker(book) });

/** The scope checker, on the central rulebook once main has it; the one shipped until then. */
export const useRulebook = create<RulebookState>((set, get) => ({
  ...checkerOf(defaultRulebook),
  loaded: false,
  async load() {
    if (get().loaded) return;
    set({ loaded: true });
    const book = await workability.call('scope.rulebook', {});
    if (book.version !== get().version) set(checkerOf(book));
  },
}));
