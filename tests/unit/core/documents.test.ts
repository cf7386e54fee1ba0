import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/document';
import { fileNamePart } from '../../../core/document';
import { markdownBlocks } from '../../../core/markdown-blocks';
import { planDocument } from '../../../core/plan-document';
import type { IssuedPlan } from '../../../core/plan-versions';

const empty: IssuedPlan = {
  customerName: 'Sharon Pearce',
  customerReference: 'UC-4417-2290',
  officeName: 'Hull JCP',
  followUpDue: null,
  attended: [],
  discussion: {
    caseId: '019ac0de-0000-7000-8000-000000000001',
    goals: [],
    obstacles: [],
    noneIdentified: [{ heading: 'social', reason: 'Her sister lives next door and helps.' }],
    end: { confidence: null, importance: null, potentialWorkAbility: null, canDo: '' },
  },
};
const text = (blocks: Block[]) =>
  blocks
    .map((block) =>
      block.kind === 'heading'
        ? block.text
        : block.kind === 'paragraph'
          ? block.runs.map((run) => run.text).join('')
          : block.kind === 'list'
            ? block.items.map((item) => item.runs.map((run) => run.text).join('')).join('\n')
            : [block.header, ...block.rows].flat().join(' | '),
    )
    .join('\n');

describe('the plan document', () => {
  it('says so in a sentence where a heading has nothing in it', () => {
    const words = text(
      planDocument(empty, { version: 1, issuedAt: null, practitionerName: 'Aisha Khan' }).blocks,
    );
    expect(words).toContain('No goals were written down in this plan.');
    expect(words).toContain('What you can do now\nThis was not written down in this plan.');
    expect(words).toContain('Health\nThis was not talked about.');
    expect(words).toContain(
      'Social\nNothing is getting in the way here: Her sister lives next door',
    );
    expect(words).toContain('Not recorded');
    expect(words).toContain('not issued yet (this would be version 1)');
    expect(words).toContain('Your Work Coach will talk this plan through with you');
  });

  it('gives the follow-up date when there is one, and names the file for the customer and version', () => {
    const model = planDocument(
      { ...empty, customerName: 'Siôn O’Brien-Ŵyn', followUpDue: '2027-01-12' },
      { version: 3, issuedAt: '2026-12-01T10:00:00Z', practitionerName: 'Aisha Khan' },
    );
    expect(text(model.blocks)).toContain('We will get in touch around 12 January 2027');
    expect(model.fileName).toBe('Workability-Action-Plan-Siôn-O-Brien-Ŵyn-v3');
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
  });
});

describe('Markdown notes as blocks', () => {
  it('keeps headings, lists, bold and italics, and drops raw HTML', () => {
    expect(
      markdownBlocks('# Plan\n\n**Bold** and _italic_ <b>raw</b>\n\n1. one\n   - under'),
    ).toEqual([
      { kind: 'heading', level: 2, text: 'Plan' },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Bold', bold: true },
          { text: ' and ' },
          { text: 'italic', italic: true },
          { text: ' ' },
          { text: 'raw' },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        items: [
          { runs: [{ text: 'one' }], level: 0 },
          { runs: [{ text: 'under' }], level: 1 },
        ],
      },
    ]);
  });
});
