import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, DocumentModel, Run } from '../core/document';

const font = 'Arial';
/** Half-points: 12pt body text, larger headings. */
const sizes = { body: 24, title: 44, 1: 36, 2: 30, 3: 26 } as const;
const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
const numbered = 'numbered';

const textRuns = (runs: readonly Run[]) =>
  runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }));

/** A table cell, a paragraph a line: contact details keep their lines. */
function cell(text: string, width: number, header: boolean): TableCell {
  const lines = text.split('\n').filter(Boolean);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    children: (lines.length > 0 ? lines : ['']).map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: header })] }),
    ),
  });
}

/** Twips across an A4 page's text width: the first column, what to do, gets the most. */
const textWidth = 9026;
function columnWidths(columns: number): number[] {
  const shares =
    columns === 4
      ? [0.42, 0.14, 0.18, 0.26]
      : columns === 2
        ? [0.7, 0.3]
        : Array<number>(columns).fill(1 / columns);
  return shares.map((share) => Math.round(share * textWidth));
}

function render(block: Block, list: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      // A heading stays on the page of what it heads.
      return [
        new Paragraph({ heading: headingLevels[block.level], text: block.text, keepNext: true }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })];
    case 'list':
      return block.items.map(
        (item) =>
          new Paragraph({
            children: textRuns(item.runs),
            ...(block.ordered
              ? // Each list its own instance, so each starts again at 1.
                {
                  numbering: {
                    reference: numbered,
                    level: Math.min(item.level, 2),
                    instance: list,
                  },
                }
              : { bullet: { level: Math.min(item.level, 2) } }),
          }),
      );
    case 'table': {
      const widths = columnWidths(block.header.length);
      return [
        new Table({
          width: { size: textWidth, type: WidthType.DXA },
          layout: TableLayoutType.FIXED,
          columnWidths: widths,
          rows: [
            // Repeated at the top of each page, and read as headers by screen readers.
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: block.header.map((text, index) => cell(text, widths[index]!, true)),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  children: row.map((text, index) => cell(text, widths[index]!, false)),
                }),
            ),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

/** The document as a .docx: real heading styles, header rows, en-GB, 12pt, page numbers. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const heading = (size: number) => ({
    run: { font, size, bold: true, color: '0B0C0C' },
    // Auto line spacing: a title that wraps must not run into itself.
    paragraph: { spacing: { before: 240, after: 120, line: 276, lineRule: LineRuleType.AUTO } },
  });
  const document = new Document({
    creator: model.author,
    lastModifiedBy: model.author,
    title: model.title,
    styles: {
      default: {
        document: {
          run: { font, size: sizes.body, language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120, line: 300 } },
        },
        title: heading(sizes.title),
        heading1: heading(sizes[1]),
        heading2: heading(sizes[2]),
        heading3: heading(sizes[3]),
      },
    },
    numbering: {
      config: [
        {
          reference: numbered,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: model.title }),
          ...model.blocks.flatMap((block, index) => render(block, index)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
