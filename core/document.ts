import { z } from 'zod';

/**
 * A document as plain data: what the plan or the notes say, in order. The
 * app's preview and the .docx are both drawn from it, so the preview shows
 * exactly what the document will contain.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: { runs: Run[]; level: number }[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] };

export interface DocumentModel {
  title: string;
  /** Who wrote it, for the document's author property. */
  author: string;
  /** The file's name without the extension, safe on every system. */
  fileName: string;
  blocks: Block[];
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

/** "Gareth Hughes" → "Gareth-Hughes": letters (Welsh ones too), digits and hyphens only. */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'customer'
  );
}

const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});

export const documentModelSchema = z.object({
  title: z.string(),
  author: z.string(),
  fileName: z.string(),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('heading'),
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        text: z.string(),
      }),
      z.object({ kind: z.literal('paragraph'), runs: z.array(runSchema) }),
      z.object({
        kind: z.literal('list'),
        ordered: z.boolean(),
        items: z.array(z.object({ runs: z.array(runSchema), level: z.number().int() })),
      }),
      z.object({
        kind: z.literal('table'),
        caption: z.string(),
        header: z.array(z.string()),
        rows: z.array(z.array(z.string())),
      }),
    ]),
  ),
});

/** A document on its way to be saved: main builds the bytes, the page saves them. */
export const exportedDocumentSchema = z.object({
  fileName: z.string().regex(/^[\p{L}\p{N}-]+\.docx$/u),
  contentBase64: z.string(),
});
