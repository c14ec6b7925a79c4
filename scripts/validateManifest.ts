/**
 * Offline check of the add-in only (XML) manifest. The online validator that
 * `office-addin-manifest validate` calls cannot be reached from here, and no npm package ships the
 * manifest XSDs, so this checks what breaks add-ins in practice:
 *
 *  - well-formedness (xmllint --noout when installed, and always our own parser);
 *  - root, type and namespaces; element order under <OfficeApp> (the XSD's sequence);
 *  - Id is a GUID, Version, DefaultLocale zh-CN, Permissions, ExcelApi requirement set, Workbook host;
 *  - every resid is defined in <Resources>, in the right collection (Images/Urls/ShortStrings/LongStrings);
 *  - resource ids unique and <= 32 characters, control/group ids unique per host;
 *  - every ShortString/LongString (and DisplayName/Description) has an en-US override, within length limits;
 *  - every URL is https and on one origin (that of DefaultSettings/SourceLocation); AppDomains are origins;
 *  - every icon URL maps to a PNG file next to the manifest whose IHDR size is the declared size;
 *  - ExecuteFunction buttons have a FunctionFile and a FunctionName, ShowTaskpane ones a SourceLocation.
 *
 *   npx tsx scripts/validateManifest.ts [manifest.xml] [--built]
 *
 * --built: the manifest sits in a build output (dist/): also require every page URL to exist there.
 * Exit code 1 on any error; prints "manifest OK" otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { childOf, childrenOf, descendants, parseXml, pathOf, XmlElement, XmlSyntaxError } from './miniXml';
import { readPngInfo } from './png';
import { MANIFEST_MIN_API } from '../src/excel/requirements';

export interface ManifestReport {
  errors: string[];
  warnings: string[];
  notes: string[];
}

export interface CheckOptions {
  /** Directory the manifest's URLs are relative to (assets/ lives here). */
  manifestDir: string;
  /** Also require every non-icon URL (pages) to exist as a file under manifestDir. */
  checkPages?: boolean;
  /** Directory whose sources must mention every ExecuteFunction FunctionName (warning only). */
  commandsSourceDir?: string;
}

const NS_OFFICEAPP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_TASKPANE_OVERRIDES = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const OVERRIDE_LOCALE = 'en-US';
const DEFAULT_LOCALE = 'zh-CN';

/** Children of <OfficeApp xsi:type="TaskPaneApp"> in the order the XSD requires. */
const TASKPANE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];
const REQUIRED_TOP = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

/** Icon sizes the manifest reference prescribes for a task pane add-in. */
const ICON_URL_SIZE = 32;
const HIGH_RES_ICON_URL_SIZE = 64;

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const STRING_LIMITS: Record<'ShortStrings' | 'LongStrings', number> = { ShortStrings: 125, LongStrings: 250 };

/** Which resource collection a resid on this element must point into (undefined: any). */
function expectedKind(el: XmlElement): ResourceKind | undefined {
  switch (el.local) {
    case 'Image':
      return 'Images';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'LearnMoreUrl':
    case 'Runtime':
    case 'Url':
      return 'Urls';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'ShortStrings';
    case 'Description':
    case 'Tooltip':
      return 'LongStrings';
    default:
      return undefined;
  }
}

/** The namespace URI bound to a prefix ('' = default namespace) at this element. */
function namespaceOf(el: XmlElement | null, prefix: string): string | undefined {
  const attr = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let e = el; e; e = e.parent) if (attr in e.attrs) return e.attrs[attr];
  return undefined;
}

/** Value of xsi:type, whatever prefix the document bound to the XSI namespace. */
function xsiType(el: XmlElement): string | undefined {
  for (const [name, value] of Object.entries(el.attrs)) {
    const colon = name.indexOf(':');
    if (colon > 0 && name.slice(colon + 1) === 'type' && namespaceOf(el, name.slice(0, colon)) === NS_XSI) return value;
  }
  return undefined;
}

function where(el: XmlElement): string {
  return `<${el.name}> (line ${el.line}, ${pathOf(el)})`;
}

export function checkManifest(xml: string, options: CheckOptions): ManifestReport {
  const report: ManifestReport = { errors: [], warnings: [], notes: [] };
  const error = (msg: string) => report.errors.push(msg);
  const warn = (msg: string) => report.warnings.push(msg);

  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      error(`manifest is not well-formed XML: ${e.message}`);
      return report;
    }
    throw e;
  }

  // --- root, namespaces, type -------------------------------------------------------------
  if (root.local !== 'OfficeApp') error(`root element is <${root.name}>, expected <OfficeApp>`);
  if (namespaceOf(root, root.prefix) !== NS_OFFICEAPP) error(`<OfficeApp> must be in namespace ${NS_OFFICEAPP}`);
  if (xsiType(root) !== 'TaskPaneApp') error(`<OfficeApp> xsi:type is "${xsiType(root) ?? ''}", expected "TaskPaneApp"`);
  for (const el of [root, ...descendants(root)]) {
    if (el.prefix && namespaceOf(el, el.prefix) === undefined) error(`prefix "${el.prefix}" of ${where(el)} is not declared`);
    if (el.prefix === 'bt' && namespaceOf(el, 'bt') !== NS_BT) error(`prefix "bt" must be bound to ${NS_BT}`);
  }

  // --- top-level order and required elements ----------------------------------------------
  let lastIndex = -1;
  let lastName = '';
  for (const child of root.children) {
    const index = TASKPANE_APP_ORDER.indexOf(child.local);
    if (index < 0) {
      warn(`unknown element ${where(child)} under <OfficeApp>`);
      continue;
    }
    if (index < lastIndex) error(`<${child.local}> (line ${child.line}) must come before <${lastName}> in <OfficeApp>`);
    else if (index === lastIndex) error(`<${child.local}> (line ${child.line}) appears more than once in <OfficeApp>`);
    else {
      lastIndex = index;
      lastName = child.local;
    }
  }
  for (const name of REQUIRED_TOP) if (!childOf(root, name)) error(`<OfficeApp> has no <${name}>`);

  const text = (name: string) => childOf(root, name)?.text.trim() ?? '';
  const id = text('Id');
  if (childOf(root, 'Id') && !GUID.test(id)) error(`<Id> "${id}" is not a GUID`);
  const version = text('Version');
  if (childOf(root, 'Version') && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) error(`<Version> "${version}" must look like 1.0.0.0`);
  if (childOf(root, 'DefaultLocale') && text('DefaultLocale') !== DEFAULT_LOCALE) {
    error(`<DefaultLocale> is "${text('DefaultLocale')}", expected "${DEFAULT_LOCALE}"`);
  }
  if (childOf(root, 'ProviderName') && !text('ProviderName')) error('<ProviderName> is empty');
  if (childOf(root, 'Permissions') && !PERMISSIONS.includes(text('Permissions'))) {
    error(`<Permissions> "${text('Permissions')}" is not one of ${PERMISSIONS.join(', ')}`);
  }

  // DisplayName / Description: default value and an en-US override.
  for (const [name, limit] of [
    ['DisplayName', 125],
    ['Description', 250],
  ] as const) {
    const el = childOf(root, name);
    if (!el) continue;
    checkLocalized(el, `<${name}>`, limit, 'Override', error);
  }

  // --- hosts and requirements --------------------------------------------------------------
  const hosts = childrenOf(childOf(root, 'Hosts'), 'Host').map((h) => h.attrs.Name);
  if (!hosts.includes('Workbook')) error('<Hosts> must contain <Host Name="Workbook"/> (Excel)');
  const setsEl = childOf(childOf(root, 'Requirements'), 'Sets');
  const excelApi = childrenOf(setsEl, 'Set').find((s) => s.attrs.Name === 'ExcelApi');
  const excelMin = excelApi?.attrs.MinVersion ?? setsEl?.attrs.DefaultMinVersion;
  if (!excelApi) error('<Requirements><Sets> must declare <Set Name="ExcelApi" MinVersion="1.x"/>');
  else if (!excelMin || !/^1\.\d+$/.test(excelMin)) error(`ExcelApi requirement (line ${excelApi.line}) has no valid MinVersion`);
  else {
    report.notes.push(`requires ExcelApi ${excelMin}`);
    // Below 1.8 the manifest admits Office 2019 and older, whose web views cannot run the bundles
    // (README, "Which Excel"); the gateway relies on exactly MANIFEST_MIN_API (src/excel/requirements.ts).
    const minor = Number(excelMin.split('.')[1]);
    if (minor < 8) error(`ExcelApi MinVersion ${excelMin} (line ${excelApi.line}) admits Office 2019 and older, which cannot run the add-in: declare 1.8 or higher`);
    else if (excelMin !== MANIFEST_MIN_API) error(`ExcelApi MinVersion ${excelMin} (line ${excelApi.line}) differs from what the add-in's code requires (${MANIFEST_MIN_API}, src/excel/requirements.ts)`);
  }

  // --- resources -----------------------------------------------------------------------------
  const overrides = childOf(root, 'VersionOverrides');
  const resources = new Map<string, { kind: ResourceKind; el: XmlElement }>();
  if (overrides) {
    if (namespaceOf(overrides, overrides.prefix) !== NS_TASKPANE_OVERRIDES) {
      error(`<VersionOverrides> must be in namespace ${NS_TASKPANE_OVERRIDES}`);
    }
    if (xsiType(overrides) !== 'VersionOverridesV1_0') {
      error(`<VersionOverrides> xsi:type is "${xsiType(overrides) ?? ''}", expected "VersionOverridesV1_0"`);
    }
    const ovHosts = childOf(overrides, 'Hosts');
    const res = childOf(overrides, 'Resources');
    if (!ovHosts) error('<VersionOverrides> has no <Hosts>');
    if (!res) error('<VersionOverrides> has no <Resources>');
    if (ovHosts && res && overrides.children.indexOf(res) < overrides.children.indexOf(ovHosts)) {
      error('<Resources> must come after <Hosts> in <VersionOverrides>');
    }
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
      for (const el of childrenOf(childOf(res, kind), kind === 'Images' ? 'Image' : kind === 'Urls' ? 'Url' : 'String')) {
        const rid = el.attrs.id;
        if (!rid) {
          error(`${where(el)} has no id`);
          continue;
        }
        if (rid.length > 32) error(`resource id "${rid}" is longer than 32 characters`);
        const prior = resources.get(rid);
        if (prior) error(`resource id "${rid}" is defined twice (lines ${prior.el.line} and ${el.line})`);
        else resources.set(rid, { kind, el });
        if (kind === 'ShortStrings' || kind === 'LongStrings') {
          checkLocalized(el, `${kind} "${rid}"`, STRING_LIMITS[kind], 'Override', error);
        } else if (!el.attrs.DefaultValue) {
          error(`${kind} "${rid}" has no DefaultValue`);
        }
      }
    }

    // Every resid is defined, in the right collection.
    const used = new Set<string>();
    for (const el of descendants(overrides)) {
      const rid = el.attrs.resid;
      if (rid === undefined) continue;
      used.add(rid);
      if (rid.length > 32) error(`resid "${rid}" on ${where(el)} is longer than 32 characters`);
      const def = resources.get(rid);
      const kind = expectedKind(el);
      if (!def) error(`resid "${rid}" referenced by ${where(el)} is not defined in <Resources>${kind ? ` <bt:${kind}>` : ''}`);
      else if (kind && def.kind !== kind) error(`resid "${rid}" on ${where(el)} must be in <bt:${kind}>, but is defined in <bt:${def.kind}>`);
    }
    for (const [rid, def] of resources) if (!used.has(rid)) report.warnings.push(`resource "${rid}" (line ${def.el.line}) is never used`);

    // Ids unique within each host (the same group may be repeated for another host).
    for (const host of childrenOf(ovHosts, 'Host')) {
      const seen = new Map<string, XmlElement>();
      for (const el of descendants(host)) {
        const cid = el.attrs.id;
        if (cid === undefined || el.local === 'OfficeTab') continue;
        const prior = seen.get(cid);
        if (prior) error(`id "${cid}" is used by ${where(prior)} and ${where(el)}`);
        else seen.set(cid, el);
      }
    }
    const ovHostTypes = childrenOf(ovHosts, 'Host').map(xsiType);
    if (!ovHostTypes.includes('Workbook')) error('<VersionOverrides><Hosts> has no <Host xsi:type="Workbook">');

    // Actions.
    for (const action of descendants(overrides, 'Action')) {
      const type = xsiType(action);
      const formFactor = ancestor(action, 'DesktopFormFactor');
      if (type === 'ExecuteFunction') {
        const fn = childOf(action, 'FunctionName')?.text.trim();
        if (!fn) error(`${where(action)} (ExecuteFunction) has no <FunctionName>`);
        else if (options.commandsSourceDir) checkFunctionRegistered(fn, options.commandsSourceDir, warn);
        if (!childOf(formFactor, 'FunctionFile')) error(`${where(action)} uses ExecuteFunction but its form factor has no <FunctionFile>`);
      } else if (type === 'ShowTaskpane') {
        if (!childOf(action, 'SourceLocation')) error(`${where(action)} (ShowTaskpane) has no <SourceLocation>`);
        if (!childOf(action, 'TaskpaneId')?.text.trim()) warn(`${where(action)} (ShowTaskpane) has no <TaskpaneId>`);
      }
    }
  } else {
    warn('no <VersionOverrides>: the add-in has no ribbon commands');
  }

  // --- URLs: https, one origin, icons present at their sizes -------------------------------
  const sourceLocation = childOf(childOf(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue;
  let base: URL | undefined;
  try {
    base = sourceLocation ? new URL('.', sourceLocation) : undefined;
  } catch {
    error(`<DefaultSettings><SourceLocation> "${sourceLocation}" is not a URL`);
  }
  if (!sourceLocation) error('<DefaultSettings> has no <SourceLocation DefaultValue="https://…">');

  interface UrlUse {
    url: string;
    el: XmlElement;
    /** Declared icon size in pixels, when the URL is an icon. */
    size?: number;
    label: string;
  }
  const uses: UrlUse[] = [];
  const addWithOverrides = (el: XmlElement | undefined, label: string, size?: number) => {
    if (!el) return;
    if (el.attrs.DefaultValue !== undefined) uses.push({ url: el.attrs.DefaultValue, el, size, label });
    for (const o of childrenOf(el, 'Override')) if (o.attrs.Value !== undefined) uses.push({ url: o.attrs.Value, el: o, size, label: `${label} override ${o.attrs.Locale}` });
  };
  addWithOverrides(childOf(root, 'IconUrl'), '<IconUrl>', ICON_URL_SIZE);
  addWithOverrides(childOf(root, 'HighResolutionIconUrl'), '<HighResolutionIconUrl>', HIGH_RES_ICON_URL_SIZE);
  addWithOverrides(childOf(root, 'SupportUrl'), '<SupportUrl>');
  addWithOverrides(childOf(childOf(root, 'DefaultSettings'), 'SourceLocation'), '<DefaultSettings><SourceLocation>');
  if (!childOf(root, 'IconUrl')) warn('no <IconUrl>');
  if (!childOf(root, 'HighResolutionIconUrl')) warn('no <HighResolutionIconUrl>');

  // Sizes declared for image resources by <bt:Image size="N" resid="…"/> references.
  const imageSizes = new Map<string, number>();
  if (overrides) {
    for (const ref of descendants(overrides, 'Image')) {
      if (ref.attrs.resid === undefined) continue;
      const size = Number(ref.attrs.size);
      if (!Number.isInteger(size) || size <= 0) {
        error(`${where(ref)} has no valid size attribute`);
        continue;
      }
      const prior = imageSizes.get(ref.attrs.resid);
      if (prior !== undefined && prior !== size) error(`image "${ref.attrs.resid}" is used as ${prior}px and as ${size}px (line ${ref.line})`);
      else imageSizes.set(ref.attrs.resid, size);
    }
    for (const [rid, def] of resources) {
      if (def.kind === 'Images') addWithOverrides(def.el, `image "${rid}"`, imageSizes.get(rid));
      if (def.kind === 'Urls') addWithOverrides(def.el, `url "${rid}"`);
    }
  }

  const origin = base?.origin;
  for (const use of uses) {
    let url: URL;
    try {
      url = new URL(use.url);
    } catch {
      error(`${use.label}: "${use.url}" is not an absolute URL`);
      continue;
    }
    if (url.protocol !== 'https:') error(`${use.label}: ${use.url} must use https`);
    if (origin && url.origin !== origin) error(`${use.label}: ${use.url} is not on the add-in's origin ${origin}`);
    if (!base || url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) continue;
    const rel = decodeURIComponent(url.pathname.slice(base.pathname.length));
    const file = resolve(options.manifestDir, rel);
    if (use.size !== undefined) {
      checkIcon(file, rel, use, error);
    } else if (options.checkPages && !isFile(file)) {
      error(`${use.label}: ${use.url} has no file ${rel} next to the manifest`);
    }
  }

  for (const el of childrenOf(childOf(root, 'AppDomains'), 'AppDomain')) {
    const value = el.text.trim();
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      error(`<AppDomain> "${value}" (line ${el.line}) is not an absolute https URL`);
      continue;
    }
    if (url.protocol !== 'https:') error(`<AppDomain> ${value} must use https`);
    if (value.replace(/\/$/, '') !== url.origin) error(`<AppDomain> ${value} must be an origin only (no path)`);
    if (origin && url.origin !== origin) error(`<AppDomain> ${value} is not the add-in's origin ${origin}`);
  }
  if (origin && new URL(origin).hostname === 'localhost') report.notes.push(`URLs point at ${origin} (development manifest)`);

  return report;
}

function ancestor(el: XmlElement, local: string): XmlElement | undefined {
  for (let e = el.parent; e; e = e.parent) if (e.local === local) return e;
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** DefaultValue present and within the limit, and an en-US override (child `overrideName`). */
function checkLocalized(el: XmlElement, label: string, limit: number, overrideName: string, error: (m: string) => void): void {
  const value = el.attrs.DefaultValue;
  if (!value?.trim()) error(`${label} (line ${el.line}) has no DefaultValue`);
  else if ([...value].length > limit) error(`${label} DefaultValue is longer than ${limit} characters`);
  const overrides = childrenOf(el, overrideName);
  const en = overrides.find((o) => o.attrs.Locale === OVERRIDE_LOCALE);
  if (!en) error(`${label} (line ${el.line}) has no ${OVERRIDE_LOCALE} <${overrideName}>`);
  else if (!en.attrs.Value?.trim()) error(`${label} ${OVERRIDE_LOCALE} override (line ${en.line}) has an empty Value`);
  else if ([...en.attrs.Value].length > limit) error(`${label} ${OVERRIDE_LOCALE} override is longer than ${limit} characters`);
  const locales = overrides.map((o) => o.attrs.Locale);
  const dup = locales.find((l, i) => locales.indexOf(l) !== i);
  if (dup) error(`${label} has two overrides for locale ${dup}`);
}

function checkIcon(file: string, rel: string, use: { url: string; size?: number; label: string }, error: (m: string) => void): void {
  if (!/^assets\//.test(rel.split(sep).join('/'))) {
    error(`${use.label}: icon ${use.url} is not under assets/`);
    return;
  }
  if (!isFile(file)) {
    error(`${use.label}: icon ${use.url} has no file ${rel}`);
    return;
  }
  if (!/\.png$/i.test(file)) {
    error(`${use.label}: icon ${rel} is not a .png`);
    return;
  }
  try {
    const { width, height } = readPngInfo(readFileSync(file));
    if (use.size !== undefined && (width !== use.size || height !== use.size)) {
      error(`${use.label}: icon ${rel} is ${width}x${height}, but it is declared as ${use.size}x${use.size}`);
    }
  } catch (e) {
    error(`${use.label}: icon ${rel}: ${(e as Error).message}`);
  }
}

/** Warn when no source file under dir mentions the FunctionName as a string literal. */
function checkFunctionRegistered(fn: string, dir: string, warn: (m: string) => void): void {
  if (!existsSync(dir)) return;
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js)$/.test(entry.name)) files.push(p);
    }
  };
  walk(dir);
  const literal = new RegExp(`['"\`]${fn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
  if (!files.some((f) => literal.test(readFileSync(f, 'utf8')))) {
    warn(`FunctionName "${fn}" is not mentioned as a string in ${relative(process.cwd(), dir) || dir} (Office.actions.associate?)`);
  }
}

/** xmllint --noout; ran=false when xmllint is not installed. */
export function runXmllint(file: string): { ran: boolean; errors: string[] } {
  try {
    execFileSync('xmllint', ['--noout', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    return { ran: true, errors: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') return { ran: false, errors: [] };
    const out = err.stderr?.toString().trim() || err.message;
    return { ran: true, errors: [`xmllint: ${out}`] };
  }
}

export interface ValidateFileOptions {
  xmllint?: boolean;
  checkPages?: boolean;
  commandsSourceDir?: string;
}

export function validateManifestFile(file: string, options: ValidateFileOptions = {}): ManifestReport {
  const path = resolve(file);
  const report: ManifestReport = { errors: [], warnings: [], notes: [] };
  if (!isFile(path)) {
    report.errors.push(`${file}: no such file`);
    return report;
  }
  if (options.xmllint !== false) {
    const lint = runXmllint(path);
    if (!lint.ran) report.notes.push('xmllint not found, well-formedness checked by the built-in parser only (apt-get install libxml2-utils)');
    report.errors.push(...lint.errors);
  }
  const checked = checkManifest(readFileSync(path, 'utf8'), {
    manifestDir: dirname(path),
    checkPages: options.checkPages,
    commandsSourceDir: options.commandsSourceDir,
  });
  report.errors.push(...checked.errors);
  report.warnings.push(...checked.warnings);
  report.notes.push(...checked.notes);
  return report;
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => f !== '--built');
  if (unknown.length || args.length > 1) {
    console.error('usage: tsx scripts/validateManifest.ts [manifest.xml] [--built]');
    return 2;
  }
  const repoRoot = resolve(__dirname, '..');
  const file = args[0] ?? join(repoRoot, 'manifest.xml');
  const report = validateManifestFile(file, {
    checkPages: flags.has('--built'),
    commandsSourceDir: join(repoRoot, 'src', 'commands'),
  });
  const name = relative(process.cwd(), resolve(file)) || file;
  for (const n of report.notes) console.log(`note: ${n}`);
  for (const w of report.warnings) console.warn(`warning: ${w}`);
  if (report.errors.length) {
    for (const e of report.errors) console.error(`error: ${e}`);
    console.error(`${name}: ${report.errors.length} error(s)`);
    return 1;
  }
  console.log(`${name}: manifest OK`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
