/**
 * Imported first by every browser entry (task pane, ribbon commands, preview): their
 * Content-Security-Policy allows no eval, so zod
 * must not probe for `new Function` (it does so when its first object schema is built; the probe
 * would be reported as a CSP violation). Kept in its own module so that it runs before any module
 * that builds a schema.
 */
import { config } from 'zod';

config({ jitless: true });
