import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rulebook from '../../core/data/rulebook.json' with { type: 'json' };
import { tempDir } from '../support/temp-dir';
import { serverDatabases, type TestDatabase } from './databases';

const officeId = '019ac0de-0000-7000-8000-00000000a002';

describe.each(serverDatabases)('npm run server -- office add / user add, on $name', ({ open }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await open();
  }, 30_000);
  afterAll(() => database.drop());

  const server = (...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'server', '--', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...database.env },
    });

  const addAberdare = () =>
    server('office', 'add', '--id', officeId, '--name', 'Aberdare JCP', '--nation', 'Wales');

  it('adds an office and a user, each printed as a line of JSON; a duplicate or bad value exits non-zero saying why', async () => {
    const office = addAberdare();
    expect(office.status, office.stderr).toBe(0);
    expect(JSON.parse(office.stdout)).toEqual({
      id: officeId,
      name: 'Aberdare JCP',
      nation: 'Wales',
    });

    const user = server(
      'user',
      'add',
      '--username',
      'sian.roberts',
      '--password',
      'copper kettle river lamp',
      '--role',
      'ehp',
      '--office',
      officeId,
      '--name',
      'Siân Roberts',
    );
    expect(user.status, user.stderr).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({
      username: 'sian.roberts',
      role: 'ehp',
      officeId,
    });
    const stored = await database.db
      .selectFrom('users')
      .select('password_hash')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.password_hash).not.toContain('copper');

    const again = addAberdare();
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('There is already an office');
    const bad = server('office', 'add', '--id', 'x', '--name', 'Leeds', '--nation', 'Scotland');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('id: Give the office id as a UUID');
    const weak = server(
      'user',
      'add',
      '--username',
      'dev',
      '--password',
      'short',
      '--role',
      'ehp',
      '--name',
      'Dev',
    );
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toContain('A password has at least 12 characters');
  }, 60_000);

  it('publishes a newer rulebook for every app to pull; refuses an older one or one that is not valid', () => {
    const dir = tempDir();
    const write = (name: string, book: unknown) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(book));
      return file;
    };
    const newer = server(
      'rulebook',
      'publish',
      '--file',
      write('newer.json', { ...rulebook, version: '9999-01-01.1' }),
    );
    expect(newer.status, newer.stderr).toBe(0);
    expect(JSON.parse(newer.stdout)).toEqual({
      rulebook: '9999-01-01.1',
      rules: rulebook.rules.length,
    });
    const older = server('rulebook', 'publish', '--file', write('older.json', rulebook));
    expect(older.status).not.toBe(0);
    expect(older.stderr).toContain('version 2026');
    const broken = server('rulebook', 'publish', '--file', write('broken.json', { version: 'x' }));
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toContain('rules: ');
  }, 60_000);
});
