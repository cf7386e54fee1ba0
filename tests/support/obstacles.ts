import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nation } from '../../core/domain';
import type { Heading } from '../../core/plan';

export interface LabelledObstacle {
  heading: Heading;
  text: string;
  nation: Nation;
  /** Starter items (by their name in solutions.json) an experienced EHP would pick. */
  expected: string[];
}

const fixtures = join(import.meta.dirname, '..', 'fixtures');
/** Obstacles the suggestion ranking was tuned against. */
export const obstaclesFile = join(fixtures, 'library-obstacles.jsonl');
/** Written without sight of the ranking or the set above: how well it generalises. */
export const heldOutObstaclesFile = join(fixtures, 'library-obstacles-heldout.jsonl');

export function readObstacles(file: string): LabelledObstacle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledObstacle);
}
