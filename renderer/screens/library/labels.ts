import type { Office } from '../../../core/caseload';
import type { LibraryArea } from '../../../core/library';

/** "UK-wide", "Wales", or "Hull (local)": where an item applies, as an EHP reads it. */
export function areaLabel(area: LibraryArea, offices: readonly Office[]): string {
  if (area === 'UK') return 'UK-wide';
  if (!area.startsWith('office:')) return area;
  const office = offices.find((candidate) => `office:${candidate.id}` === area);
  return `${office?.name ?? 'Another office'} (local)`;
}

/** Tags are ids such as "digital-skills"; people read "digital skills". */
export const topicLabel = (tag: string) => tag.replaceAll('-', ' ');
