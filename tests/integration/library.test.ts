import { spawnSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { starterItemId } from '../../core/library';
import type { Store } from '../../db/store';
import { appOver } from '../support/app';
import { planOver } from '../support/plans';
import { tempStore } from '../support/temp-store';

let store: Store;
let app: ReturnType<typeof appOver>;
let england: string;
let wales: string;

beforeEach(async () => {
  store = await tempStore();
  app = appOver(store);
  const offices = await app.call('offices.list', {});
  england = offices.find((office) => office.nation === 'England')!.id;
  wales = offices.find((office) => office.nation === 'Wales')!.id;
  await app.call('practitioner.save', { name: 'Aisha Khan', role: 'ehp', officeId: england });
});

const titles = (results: { title: string }[]) => results.map((result) => result.title);

describe('searching the library', () => {
  it('finds items by the beginning of a word, best match first', async () => {
    const found = await app.call('library.search', { query: 'samarit', officeId: england });
    expect(found[0]!.title).toBe('Samaritans');
  });

  it('shows only the items of the area looked at', async () => {
    const inEngland = titles(
      await app.call('library.search', { query: 'shelter', officeId: england }),
    );
    const inWales = titles(await app.call('library.search', { query: 'shelter', officeId: wales }));
    expect(inEngland).toContain('Shelter (England)');
    expect(inEngland).not.toContain('Shelter Cymru');
    expect(inWales).toContain('Shelter Cymru');
  });

  it('filters by heading and type, and lists everything in title order with no words', async () => {
    const practical = await app.call('library.search', {
      query: '',
      type: 'practical',
      heading: 'work',
      officeId: england,
      limit: 100,
    });
    expect(practical.length).toBeGreaterThan(3);
    expect(
      practical.every((item) => item.type === 'practical' && item.headings.includes('work')),
    ).toBe(true);
    expect(titles(practical)).toEqual(
      [...titles(practical)].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    );
  });

  it('takes FTS syntax as plain words', async () => {
    await expect(
      app.call('library.search', { query: 'debt" OR title:* NEAR(', officeId: england }),
    ).resolves.toEqual(expect.any(Array));
  });
});

describe('local services', () => {
  const service = {
    title: 'Hull Walk and Talk',
    summary: 'A free walking group where you can chat with others, every Tuesday morning.',
    type: 'service' as const,
    headings: ['social' as const, 'health' as const],
    tags: ['loneliness'],
    url: null,
    phone: '01482 300 300',
    selfReferral: true,
    cost: 'Free',
    howToGet: 'Turn up at 10am outside the library.',
  };

  it('adds a service for the EHP’s office, unverified until a manager of that office verifies it', async () => {
    const added = await app.call('library.addLocal', service);
    expect(added).toMatchObject({ area: `office:${england}`, source: 'local', verified: false });
    expect(
      titles(await app.call('library.search', { query: 'walk talk', officeId: england })),
    ).toContain('Hull Walk and Talk');
    expect(
      titles(await app.call('library.search', { query: 'walk talk', officeId: wales })),
    ).not.toContain('Hull Walk and Talk');
    await expect(app.call('library.verify', { id: added.id })).rejects.toMatchObject({
      code: 'not-allowed',
    });
    await app.call('practitioner.save', { name: 'Dev Mistry', role: 'manager', officeId: england });
    expect((await app.call('library.verify', { id: added.id })).verified).toBe(true);
    const { events } = await app.call('audit.list', { page: 1 });
    const actions = events.map((event) => event.action);
    expect(actions[0]).toBe('library.verified');
    expect(actions).toContain('library.local-added');
  });
});

describe('suggestions for an obstacle', () => {
  it('suggests matched items from the customer’s area, local ones first', async () => {
    const caseId = await planOver(app, england);
    await app.call('library.addLocal', {
      ...service(),
      title: 'Hull Back Pain Support Group',
      summary: 'A group for people living with back pain.',
      tags: ['back-pain', 'pain'],
    });
    const plan = await app.call('plan.get', { caseId });
    const suggestions = await app.call('library.suggest', { obstacleId: plan.obstacles[0]!.id });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(suggestions[0]!.title).toBe('Hull Back Pain Support Group');
    expect(suggestions.every((s) => s.area !== 'Wales')).toBe(true);
  });
});

describe('adding a suggestion as a step', () => {
  it('makes the item a step matched to the obstacle, with its contact details, audited', async () => {
    const caseId = await planOver(app, england);
    const { obstacles } = await app.call('plan.get', { caseId });
    const obstacle = obstacles[0]!;
    const samaritans = starterItemId('samaritans');
    const plan = await app.call('plan.addSuggestedStep', {
      obstacleId: obstacle.id,
      libraryItemId: samaritans,
    });
    const step = plan.obstacles[0]!.steps.find((s) => s.libraryItemId === samaritans)!;
    expect(step).toMatchObject({
      text: 'Contact Samaritans',
      type: 'signpost',
      who: 'You',
      obstacleId: obstacle.id,
    });
    expect(step.contact).toContain('Phone: 116 123');
    const { events } = await app.call('audit.list', { page: 1 });
    expect(events[0]).toMatchObject({ action: 'plan.step-saved', recordId: caseId });

    await expect(
      app.call('plan.addSuggestedStep', { obstacleId: obstacle.id, libraryItemId: caseId }),
    ).rejects.toMatchObject({ fields: [{ field: 'libraryItemId' }] });
  });
});

function service() {
  return {
    title: 'Local service',
    summary: 'A local service.',
    type: 'service' as const,
    headings: ['health' as const],
    tags: [],
    url: 'https://example.org',
    phone: null,
    selfReferral: true,
    cost: 'Free',
    howToGet: '',
  };
}

describe('npm run suggest', () => {
  it('prints the top five from the starter library for each obstacle, and names a bad line', () => {
    const input = [
      { heading: 'social', text: 'Behind on rent, letters from the landlord', nation: 'Wales' },
      { heading: 'personal', text: 'Gambling most nights and hiding it', nation: 'England' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const run = spawnSync('npm', ['run', '--silent', 'suggest', '--', '-'], {
      input,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { suggestions: { id: string; title: string; score: number }[] },
      );
    expect(lines).toHaveLength(2);
    for (const { suggestions } of lines) {
      expect(suggestions.length).toBeLessThanOrEqual(5);
      expect(Object.keys(suggestions[0]!)).toEqual(['id', 'title', 'url', 'phone', 'score']);
    }
    expect(lines[0]!.suggestions.map((s) => s.title)).toContain('Shelter Cymru');
    expect(lines[1]!.suggestions[0]!.id).toBe(starterItemId('gamcare'));

    const bad = spawnSync('npm', ['run', '--silent', 'suggest', '--', '-'], {
      input: '{"heading": "money", "text": "x", "nation": "England"}',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Line 1 is not');
  });
});
