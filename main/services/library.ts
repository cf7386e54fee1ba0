import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { WorkabilityError } from '../../core/errors';
import {
  rankSuggestions,
  type addLocalServiceSchema,
  type librarySearchSchema,
  type Suggestion,
  type Whereabouts,
} from '../../core/library';
import { recordAudit } from '../../db/audit';
import {
  findLibraryItem,
  insertLocalService,
  markVerified,
  searchLibrary,
  suggestionCandidates,
  tagCounts,
} from '../../db/library';
import { findOffice } from '../../db/offices';
import { findCurrentPractitioner } from '../../db/practitioners';
import type { Database } from '../../db/schema';

const suggestionsShown = 5;

/** Searching the solutions library, suggestions for an obstacle, and local services. */
export function libraryService(db: Kysely<Database>) {
  async function whereabouts(officeId: string): Promise<Whereabouts> {
    const office = await findOffice(db, officeId);
    if (!office) throw new WorkabilityError('not-found', 'That office is not on this device.');
    return { officeId, nation: office.nation };
  }

  async function requirePractitioner() {
    const practitioner = await findCurrentPractitioner(db);
    if (!practitioner) {
      throw new WorkabilityError('not-allowed', 'Save your details in Settings first.');
    }
    return practitioner;
  }

  async function requireItem(id: string) {
    const item = await findLibraryItem(db, id);
    if (!item) throw new WorkabilityError('not-found', 'That item is not in the library.');
    return item;
  }

  /** The best-matched items for an obstacle, for the customer's office, nation, then the UK. */
  async function suggestFor(
    obstacle: { heading: string; text: string },
    where: Whereabouts,
  ): Promise<Suggestion[]> {
    const ranked = rankSuggestions(
      obstacle,
      await suggestionCandidates(db, obstacle.text, where),
      where,
      await tagCounts(db, where),
    );
    return ranked.slice(0, suggestionsShown).map(({ item, score }) => ({
      id: item.id,
      title: item.title,
      summary: item.summary,
      type: item.type,
      headings: item.headings,
      area: item.area,
      source: item.source,
      verified: item.verified,
      url: item.url,
      phone: item.phone,
      score,
    }));
  }

  return {
    async search(search: z.output<typeof librarySearchSchema>) {
      return searchLibrary(db, search, await whereabouts(search.officeId));
    },

    get: requireItem,

    async suggest(obstacleId: string): Promise<Suggestion[]> {
      const obstacle = await db
        .selectFrom('obstacles')
        .innerJoin('cases', 'cases.id', 'obstacles.case_id')
        .select(['obstacles.heading', 'obstacles.text', 'cases.office_id'])
        .where('obstacles.id', '=', obstacleId)
        .where('obstacles.deleted', '=', 0)
        .executeTakeFirst();
      if (!obstacle)
        throw new WorkabilityError('not-found', 'That obstacle is not on this device.');
      return suggestFor(obstacle, await whereabouts(obstacle.office_id));
    },

    suggestFor,

    /** A service for the EHP's own office's area, unverified until a manager checks it. */
    async addLocal(service: z.output<typeof addLocalServiceSchema>) {
      const practitioner = await requirePractitioner();
      const id = await db.transaction().execute(async (trx) => {
        const id = await insertLocalService(trx, service, practitioner.officeId, practitioner.id);
        await recordAudit(trx, {
          action: 'library.local-added',
          entity: 'library-item',
          recordId: id,
        });
        return id;
      });
      return requireItem(id);
    },

    async verify(id: string) {
      const [practitioner, item] = await Promise.all([requirePractitioner(), requireItem(id)]);
      if (practitioner.role !== 'manager' || item.area !== `office:${practitioner.officeId}`) {
        throw new WorkabilityError(
          'not-allowed',
          "Only a manager of the item's office can verify a local service.",
        );
      }
      await db.transaction().execute(async (trx) => {
        await markVerified(trx, id);
        await recordAudit(trx, {
          action: 'library.verified',
          entity: 'library-item',
          recordId: id,
        });
      });
      return requireItem(id);
    },
  };
}
