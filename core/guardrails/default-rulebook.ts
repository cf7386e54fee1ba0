import book from '../data/rulebook.json' with { type: 'json' };
import { parseRulebook } from './rulebook';

/** The rulebook that ships with the app (core/data/rulebook.json), until a central one is synced. */
export const defaultRulebook = parseRulebook(book);
