import { describe, expect, it } from 'vitest';
import solutions from '../../../core/data/solutions.json' with { type: 'json' };
import {
  areasFor,
  rankSuggestions,
  starterItemSchema,
  stepFromItem,
  topicsIn,
  type Candidate,
} from '../../../core/library';

describe('the starter library', () => {
  const items = solutions.items;

  it('gives every item a title, summary, type, heading, area, and a well-formed https address or phone number', () => {
    for (const item of items) {
      const parsed = starterItemSchema.safeParse(item);
      expect(parsed.success, `${item.id}: ${parsed.error?.message}`).toBe(true);
      if (item.type !== 'practical') {
        expect(item.url ?? item.phone, item.id).toBeTruthy();
        expect(item.source, `${item.id} says where its details were published`).toMatch(
          /^https:\/\//,
        );
      }
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('holds at least 60 national and Welsh resources and 20 practical steps, with the services DOMAIN.md names', () => {
    expect(items.filter((item) => item.type !== 'practical').length).toBeGreaterThanOrEqual(60);
    expect(items.filter((item) => item.type === 'practical').length).toBeGreaterThanOrEqual(20);
    expect(items.filter((item) => item.area === 'Wales').length).toBeGreaterThan(0);
    const titles = items.map((item) => item.title).join('\n');
    for (const name of [
      'Access to Work',
      'NHS Talking Therapies',
      'Samaritans',
      'Citizens Advice',
      'MoneyHelper',
      'Shelter Cymru',
      'Careers Wales',
      'National Domestic Abuse Helpline',
      'Live Fear Free',
    ]) {
      expect(titles, name).toContain(name);
    }
  });
});

const item = (
  id: string,
  area: Candidate['item']['area'],
  headings: Candidate['item']['headings'],
  tags: string[],
): Candidate['item'] => ({ id, area, headings, tags });
const counts = { total: 10, byTag: { debt: 2, housing: 4, men: 1 } };
const behindOnRent = { heading: 'social', text: 'Behind on rent and in debt, letters piling up' };
const hull = { officeId: '019ac0de-0000-7000-8000-00000000000a', nation: 'England' as const };

describe('area filtering', () => {
  it('looks in the office, then its nation, then the UK', () => {
    expect(areasFor(hull)).toEqual([`office:${hull.officeId}`, 'England', 'UK']);
    expect(areasFor({ officeId: null, nation: 'Wales' })).toEqual(['Wales', 'UK']);
  });

  it('never suggests an item from another nation or another office', () => {
    const ranked = rankSuggestions(
      behindOnRent,
      [
        { item: item('shelter-cymru', 'Wales', ['social'], ['housing']), bm25: -3 },
        {
          item: item(
            'bristol-advice',
            'office:019ac0de-0000-7000-8000-00000000000b',
            ['social'],
            ['debt'],
          ),
          bm25: -3,
        },
        { item: item('stepchange', 'UK', ['social'], ['debt']), bm25: -1 },
      ],
      hull,
      counts,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['stepchange']);
  });
});

describe('ranking suggestions', () => {
  it('puts the nearer of two equal items first: office, then nation, then UK', () => {
    const same = (id: string, area: Candidate['item']['area']) => ({
      item: item(id, area, ['social'], ['debt']),
      bm25: -2,
    });
    const ranked = rankSuggestions(
      behindOnRent,
      [same('uk', 'UK'), same('england', 'England'), same('hull', `office:${hull.officeId}`)],
      hull,
      counts,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['hull', 'england', 'uk']);
  });

  it('ranks an item on the obstacle’s topic above one that only shares its heading and a word', () => {
    const ranked = rankSuggestions(
      behindOnRent,
      [
        { item: item('walking-group', 'UK', ['social'], ['loneliness']), bm25: -1 },
        { item: item('debt-advice', 'UK', ['personal'], ['debt']), bm25: 0 },
      ],
      hull,
      counts,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['debt-advice', 'walking-group']);
  });

  it('counts a rare topic for more than a common one, and holds back items for another group of people', () => {
    const ranked = rankSuggestions(
      behindOnRent,
      [
        { item: item('housing', 'UK', ['social'], ['housing']), bm25: 0 },
        { item: item('debt', 'UK', ['social'], ['debt']), bm25: 0 },
        { item: item('debt-for-men', 'UK', ['social'], ['debt', 'men']), bm25: 0 },
      ],
      hull,
      counts,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['debt', 'housing', 'debt-for-men']);
  });

  it('suggests nothing that matches only the heading', () => {
    const ranked = rankSuggestions(
      behindOnRent,
      [{ item: item('carers', 'UK', ['social'], ['caring']), bm25: 0 }],
      hull,
      counts,
    );
    expect(ranked).toEqual([]);
  });

  it('reads topics from the words an EHP writes', () => {
    expect([...topicsIn('Behind on rent, bailiffs letters')]).toEqual(
      expect.arrayContaining(['debt', 'housing']),
    );
    expect(topicsIn('Gambling online most nights').has('gambling')).toBe(true);
  });
});

describe('an item as a step', () => {
  it('says what the customer will do and carries how to reach it', () => {
    expect(
      stepFromItem({
        title: 'StepChange',
        type: 'service',
        howToGet: 'Call or use the online tool.',
        url: 'https://www.stepchange.org',
        phone: '0800 138 1111',
      }),
    ).toEqual({
      text: 'Contact StepChange',
      type: 'signpost',
      contact:
        'Call or use the online tool.\nWebsite: https://www.stepchange.org\nPhone: 0800 138 1111',
    });
    expect(
      stepFromItem({
        title: 'Plan a short daily walk',
        type: 'practical',
        howToGet: '',
        url: null,
        phone: null,
      }),
    ).toEqual({ text: 'Plan a short daily walk', type: 'practical-step', contact: '' });
  });
});
