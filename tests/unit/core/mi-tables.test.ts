import { describe, expect, it } from 'vitest';
import { miTables, miTableCsv, officeTable, toCsv } from '../../../core/mi-tables';
import { evaluationFigures, evaluationPeriod } from '../../support/evaluation-mi';

const tables = miTables({ officeId: 'all', ...evaluationPeriod, ...evaluationFigures });
const byId = new Map(tables.map((table) => [table.id, table]));

describe('the MI as the Reports screen shows it', () => {
  it('gives each figure its counts and the report’s percentages, flagging those that miss 100', () => {
    expect(byId.get('outcomes')).toMatchObject({
      total: 1219,
      sumsTo100: true,
      rows: [
        { label: 'Completed (plan produced)', count: 333, percent: 27 },
        { label: 'Still in progress', count: 409, percent: 34 },
        { label: 'Not completed', count: 477, percent: 39 },
      ],
    });
    expect(byId.get('not-completed')).toMatchObject({ total: 477, sumsTo100: false });
    expect(byId.get('channels')?.sumsTo100).toBe(false);
    expect(byId.get('attendance')).toMatchObject({ total: 748, sumsTo100: true });
    expect(byId.get('follow-ups')?.total).toBe(evaluationFigures.followUps.due);
    expect(tables.map((table) => table.id)).toEqual([
      'outcomes',
      'not-completed',
      'attendance',
      'channels',
      'appointments-per-case',
      'work-ability',
      'follow-ups',
    ]);
  });

  it('writes a table as CSV a spreadsheet opens as text, never as a formula', () => {
    expect(miTableCsv(byId.get('work-ability')!)).toBe(
      '"Change","Number","Percentage"\r\n"Improved",121,60\r\n"Stayed the same",66,33\r\n' +
        '"Fell",14,7\r\n"Total",201,""\r\n',
    );
    expect(toCsv([['=HYPERLINK("x")', '-1', 'Ysbyty "Glan" Clwyd', 0]])).toBe(
      `"'=HYPERLINK(""x"")","'-1","Ysbyty ""Glan"" Clwyd",0\r\n`,
    );
  });

  it('totals the offices’ rows only when there is more than one', () => {
    const hull = { officeId: 'h', name: 'Hull JCP', referrals: 182, completed: 51 };
    expect(officeTable([hull]).rows).toEqual([['Hull JCP', 182, 51]]);
    expect(officeTable([hull, { ...hull, officeId: 'y', name: 'York JCP' }]).rows.at(-1)).toEqual([
      'Total',
      364,
      102,
    ]);
  });
});
