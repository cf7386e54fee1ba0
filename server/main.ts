import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { officeInputSchema, userInputSchema } from '../core/sync';
import { buildServer } from './app';
import { openServerDatabase } from './database';
import { defaultRulebook } from '../core/guardrails/default-rulebook';
import { parseRulebook } from '../core/guardrails/rulebook';
import { addOffice, addUser } from './directory';
import { publishRulebook } from './rulebook';

const usage = [
  'npm run server                      start the central API (HOST, PORT, DATABASE_URL, DATA_DIR, REQUESTS_PER_MINUTE, LOG_LEVEL)',
  'npm run server -- office add --id ID --name NAME --nation England|Wales',
  'npm run server -- user add --username NAME --password PASS --role ehp|manager|referrer|admin --office ID --name "Full Name"',
  'npm run server -- rulebook publish --file RULEBOOK.json',
].join('\n');

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new Error(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
  }
  return result.data;
}

/** The server, or one of its commands; each command prints what it made as a line of JSON. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      nation: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      office: { type: 'string' },
      file: { type: 'string' },
    },
  });
  const db = await openServerDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR ?? './server-data',
  });
  const command = positionals.join(' ');
  if (command === '') {
    // The rulebook this server ships with reaches the apps, unless a newer one was published.
    // A second server starting at the same moment may have published it first: then it is there.
    await publishRulebook(db, defaultRulebook).catch(() => publishRulebook(db, defaultRulebook));
    const app = await buildServer({
      db,
      logger: { level: process.env.LOG_LEVEL ?? 'info' },
      ...(process.env.REQUESTS_PER_MINUTE && {
        requestsPerMinute: Number(process.env.REQUESTS_PER_MINUTE),
      }),
    });
    app.addHook('onClose', () => db.destroy());
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => void app.close());
    await app.listen({
      host: process.env.HOST ?? '127.0.0.1',
      port: Number(process.env.PORT ?? 8787),
    });
    return;
  }
  try {
    if (command === 'office add') {
      const office = parsed(officeInputSchema, {
        id: values.id,
        name: values.name,
        nation: values.nation,
      });
      console.log(JSON.stringify(await addOffice(db, office)));
    } else if (command === 'user add') {
      const user = parsed(userInputSchema, {
        username: values.username,
        password: values.password,
        role: values.role,
        officeId: values.office ?? null,
        name: values.name,
      });
      console.log(JSON.stringify(await addUser(db, user)));
    } else if (command === 'rulebook publish') {
      if (!values.file) throw new Error(usage);
      const book = parseRulebook(JSON.parse(readFileSync(values.file, 'utf8')));
      if (!(await publishRulebook(db, book))) {
        throw new Error(`A rulebook of version ${book.version} or later is already published.`);
      }
      console.log(JSON.stringify({ rulebook: book.version, rules: book.rules.length }));
    } else {
      throw new Error(usage);
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
