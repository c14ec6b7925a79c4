/**
 * Two facts about a workbook's XML that exceljs does not keep: which zip part holds which sheet,
 * and which formula cells have no cached value at all. exceljs reads `<c><f>A1</f></c>` (never
 * calculated: written by a program) and `<c t="str"><f>IF(…,"",…)</f><v></v></c>` (a cached
 * empty text, as Excel saves it) alike, as a formula without a result; the engine must tell an
 * unknown value from an empty one.
 */
/** A workbook's parts by name (inflated), as the sniff left them. */
export type PartReader = (name: string) => Buffer | undefined;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references. */
export function xmlDecode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[ref] ?? all;
  });
}

function attribute(tag: string, name: RegExp): string | null {
  const m = name.exec(tag);
  return m ? xmlDecode(m[1]) : null;
}

/** Resolves a relationship target of `xl/workbook.xml` (relative to `xl/`, or absolute). */
function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The zip part name of each worksheet, by sheet name (from xl/workbook.xml and its relationships). */
export function worksheetPartsByName(part: PartReader): Map<string, string> {
  const out = new Map<string, string>();
  const book = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!book || !rels) return out;
  const targets = new Map<string, string>();
  const relsXml = rels.toString('utf8');
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], /\sId="([^"]*)"/);
    const target = attribute(m[0], /\sTarget="([^"]*)"/);
    if (id && target) targets.set(id, resolveTarget(target));
  }
  const bookXml = book.toString('utf8');
  for (const m of bookXml.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)) {
    const name = attribute(m[0], /\sname="([^"]*)"/);
    const rid = attribute(m[0], /\s[\w.-]+:id="([^"]*)"/);
    const target = rid ? targets.get(rid) : undefined;
    if (name !== null && target && part(target)) out.set(name, target);
  }
  return out;
}

/** A cell element, self-closing or with content (any namespace prefix). */
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const HAS_FORMULA = /<(?:[\w.-]+:)?f\b/;
const HAS_VALUE = /<(?:[\w.-]+:)?v\b/;

/** The addresses (A1) of the formula cells of a worksheet part that hold no `<v>` element. */
export function formulasWithoutValue(xml: Buffer): Set<string> {
  const out = new Set<string>();
  const text = xml.toString('utf8');
  for (const m of text.matchAll(CELL)) {
    const body = m[2];
    if (!body || !HAS_FORMULA.test(body) || HAS_VALUE.test(body)) continue;
    const r = attribute(m[1], /\sr="([^"]*)"/);
    if (r) out.add(r.toUpperCase());
  }
  return out;
}
