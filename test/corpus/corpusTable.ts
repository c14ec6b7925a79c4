import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { FORM_KINDS, RULE_IDS, SEVERITIES } from '../../src/core';

/**
 * A corpus table (test/corpus/tables/*.json): a real published self-evaluation table laid out on
 * a grid, with what a careful reviewer found in it. The format is the shared corpus's (see
 * test/corpus/README.md); every file is validated here before a test uses it.
 */

const a1 = z.string().regex(/^[A-Z]{1,3}\d{1,7}$/);

export const reviewItemSchema = z.object({
  rule: z.enum(RULE_IDS),
  row: z.number().int().positive(),
  cell: a1.nullable().optional(),
  severity: z.enum(SEVERITIES),
  why: z.string(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const corpusTableSchema = z.object({
  source: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int(),
  kind: z.enum(FORM_KINDS),
  kind_note: z.string().optional(),
  cut: z.string(),
  rows: z.array(z.array(z.string().nullable())),
  merges: z.array(z.string().regex(/^[A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7}$/)),
  notes: z.array(z.string()),
  review: z.array(reviewItemSchema),
  clean_rows: z.array(z.number().int().positive()),
});
export type CorpusTable = z.infer<typeof corpusTableSchema> & { file: string };

export const TABLES_DIR = join(__dirname, 'tables');

/** Every table of the corpus, in file order. */
export function loadCorpus(dir = TABLES_DIR): CorpusTable[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = corpusTableSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new Error(`${file}: not a corpus table (${first?.path.join('.')}: ${first?.message})`);
      }
      return { ...parsed.data, file: file.replace(/\.json$/, '') };
    });
}
