import solutions from './data/solutions.json';
import { starterLibrarySchema } from './library';

/** The starter solutions library (core/data/solutions.json), checked as it is read. */
export const starterLibrary = starterLibrarySchema.parse(solutions);
