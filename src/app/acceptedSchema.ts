import { z } from 'zod';
import { RULE_IDS } from '../core/report/ruleIds';
import { ACCEPTED_MAX, AcceptedFinding, REASON_MAX } from './acceptedFindings';

/** The accepted findings as stored in the document (acceptedFindings.ts), validated when read back. */
export const acceptedFindingSchema = z.object({
  sheet: z.string().min(1).max(31),
  rule: z.enum(RULE_IDS),
  subject: z.string().max(200),
  column: z.string().regex(/^([A-Z]{1,3})?$/),
  reason: z.string().trim().min(1).max(REASON_MAX),
  message: z.string().max(2000),
  at: z.string().max(40),
});

/**
 * A stored list, read leniently: entries that do not validate (a rule id from a newer version, a
 * damaged entry) are dropped one by one instead of losing the whole list.
 */
export function parseAcceptedList(stored: unknown): AcceptedFinding[] {
  if (!Array.isArray(stored)) return [];
  const out: AcceptedFinding[] = [];
  for (const entry of stored.slice(0, ACCEPTED_MAX)) {
    const r = acceptedFindingSchema.safeParse(entry);
    if (r.success) out.push(r.data);
  }
  return out;
}
