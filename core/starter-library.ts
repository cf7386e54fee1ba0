import solutions from './data/solutions.json' with { type: 'json' };
import { starterLibrarySchema } from './library';

/** The starter solutions library (core/data/solutions.json), checked as it is read. */
export const starterLibrary = starterLibrarySchema.parse(solutions);
