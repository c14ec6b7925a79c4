/**
 * A tiny, dependency-free XML reader, enough for Office add-in manifests: elements, attributes,
 * text, comments, CDATA, processing instructions and the five predefined entities plus numeric
 * character references. It rejects what would make the document not well-formed in ways that
 * matter here (mismatched or unclosed tags, duplicate attributes, several roots, stray text), so
 * the manifest check still catches broken XML when xmllint is not installed. No DTDs.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** The part after the prefix, e.g. "Image". */
  local: string;
  prefix: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element (entities decoded). */
  text: string;
  line: number;
  parent: XmlElement | null;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  return raw.replace(/&([^;\s&]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new XmlSyntaxError(`unterminated entity reference "${match}"`, line);
    if (body in ENTITIES) return ENTITIES[body];
    const num = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(parseInt(num[1], body.startsWith('#x') ? 16 : 10));
    throw new XmlSyntaxError(`unknown entity "&${body};"`, line);
  });
}

export function parseXml(src: string): XmlElement {
  let pos = 0;
  let line = 1;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];

  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (src.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const expectEnd = (terminator: string, what: string) => {
    const end = src.indexOf(terminator, pos);
    if (end < 0) throw new XmlSyntaxError(`unterminated ${what}`, line);
    return end;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(src);
    if (!m) throw new XmlSyntaxError(`expected a name at "${src.slice(pos, pos + 12)}"`, line);
    advance(pos + m[0].length);
    return m[0];
  };
  const skipSpace = () => {
    let i = pos;
    while (i < src.length && /\s/.test(src[i])) i++;
    advance(i);
  };

  if (src.charCodeAt(0) === 0xfeff) pos = 1; // BOM

  while (pos < src.length) {
    if (src.startsWith('<!--', pos)) {
      const end = expectEnd('-->', 'comment');
      advance(end + 3);
    } else if (src.startsWith('<![CDATA[', pos)) {
      const end = expectEnd(']]>', 'CDATA section');
      const top = stack[stack.length - 1];
      if (!top) throw new XmlSyntaxError('CDATA outside the root element', line);
      top.text += src.slice(pos + 9, end);
      advance(end + 3);
    } else if (src.startsWith('<?', pos)) {
      const end = expectEnd('?>', 'processing instruction');
      advance(end + 2);
    } else if (src.startsWith('<!', pos)) {
      throw new XmlSyntaxError('DOCTYPE and other declarations are not supported', line);
    } else if (src.startsWith('</', pos)) {
      advance(pos + 2);
      const name = readName();
      skipSpace();
      if (src[pos] !== '>') throw new XmlSyntaxError(`malformed end tag </${name}`, line);
      advance(pos + 1);
      const open = stack.pop();
      if (!open) throw new XmlSyntaxError(`end tag </${name}> without a start tag`, line);
      if (open.name !== name) {
        throw new XmlSyntaxError(`end tag </${name}> does not match <${open.name}> opened on line ${open.line}`, line);
      }
    } else if (src[pos] === '<') {
      const startLine = line;
      advance(pos + 1);
      const name = readName();
      const colon = name.indexOf(':');
      const el: XmlElement = {
        name,
        local: colon >= 0 ? name.slice(colon + 1) : name,
        prefix: colon >= 0 ? name.slice(0, colon) : '',
        attrs: {},
        children: [],
        text: '',
        line: startLine,
        parent: stack[stack.length - 1] ?? null,
      };
      for (;;) {
        const before = pos;
        skipSpace();
        if (src.startsWith('/>', pos) || src[pos] === '>') break;
        if (pos === before) throw new XmlSyntaxError(`expected whitespace before an attribute in <${name}>`, line);
        const attr = readName();
        skipSpace();
        if (src[pos] !== '=') throw new XmlSyntaxError(`attribute ${attr} in <${name}> has no value`, line);
        advance(pos + 1);
        skipSpace();
        const quote = src[pos];
        if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`attribute ${attr} in <${name}> is not quoted`, line);
        const end = src.indexOf(quote, pos + 1);
        if (end < 0) throw new XmlSyntaxError(`unterminated value of attribute ${attr}`, line);
        const raw = src.slice(pos + 1, end);
        if (raw.includes('<')) throw new XmlSyntaxError(`"<" in the value of attribute ${attr}`, line);
        if (attr in el.attrs) throw new XmlSyntaxError(`duplicate attribute ${attr} in <${name}>`, line);
        el.attrs[attr] = decode(raw, line);
        advance(end + 1);
      }
      const selfClosing = src.startsWith('/>', pos);
      advance(pos + (selfClosing ? 2 : 1));
      if (el.parent) el.parent.children.push(el);
      else if (root) throw new XmlSyntaxError(`second root element <${name}>`, startLine);
      else root = el;
      if (!selfClosing) stack.push(el);
    } else {
      const next = src.indexOf('<', pos);
      const end = next < 0 ? src.length : next;
      const raw = src.slice(pos, end);
      const top = stack[stack.length - 1];
      if (top) top.text += decode(raw, line);
      else if (raw.trim()) throw new XmlSyntaxError(`text outside the root element: "${raw.trim().slice(0, 20)}"`, line);
      advance(end);
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    throw new XmlSyntaxError(`<${open.name}> opened on line ${open.line} is never closed`, line);
  }
  if (!root) throw new XmlSyntaxError('no root element', line);
  return root;
}

/** Direct children with the given local name. */
export function childrenOf(el: XmlElement | null | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

export function childOf(el: XmlElement | null | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

/** All descendants (depth-first, document order), optionally filtered by local name. */
export function descendants(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!local || c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** "OfficeApp > VersionOverrides > Hosts > Host" style path, for messages. */
export function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) parts.unshift(e.local);
  return parts.join(' > ');
}
