import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encodePng, readPngInfo } from '../../scripts/png';
import { checkManifest, validateManifestFile } from '../../scripts/validateManifest';

const repo = resolve(__dirname, '..', '..');
const manifestPath = join(repo, 'manifest.xml');
const realXml = readFileSync(manifestPath, 'utf8');

/** A throw-away copy of the manifest and assets/ in a temp dir, optionally edited. */
function brokenCopy(edit: (xml: string) => string, editAssets?: (assetsDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-test-'));
  dirs.push(dir);
  cpSync(join(repo, 'assets'), join(dir, 'assets'), { recursive: true });
  editAssets?.(join(dir, 'assets'));
  const edited = edit(realXml);
  expect(edited).not.toBe(realXml); // the edit must have hit something
  writeFileSync(join(dir, 'manifest.xml'), edited);
  return join(dir, 'manifest.xml');
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('validateManifest', () => {
  it('accepts the real manifest (xmllint when installed + our rules)', () => {
    const report = validateManifestFile(manifestPath, { commandsSourceDir: join(repo, 'src', 'commands') });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reports a resid that is not defined in Resources', () => {
    const file = brokenCopy((xml) =>
      xml.replace(/\s*<bt:String id="PaneButton\.Tooltip"[\s\S]*?<\/bt:String>/, ''),
    );
    const { errors } = validateManifestFile(file);
    expect(errors).toEqual([
      expect.stringMatching(/^resid "PaneButton\.Tooltip" referenced by <Description> \(line \d+, .*Supertip > Description\) is not defined in <Resources> <bt:LongStrings>$/),
    ]);
  });

  it('reports an icon whose PNG size differs from the declared size', () => {
    const file = brokenCopy(
      (xml) => xml.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0.1</Version>'),
      (assets) => copyFileSync(join(assets, 'icon-16.png'), join(assets, 'icon-32.png')),
    );
    const { errors } = validateManifestFile(file);
    // icon-32.png backs <IconUrl> and the ribbon's 32px image.
    expect(errors).toEqual([
      '<IconUrl>: icon assets/icon-32.png is 16x16, but it is declared as 32x32',
      'image "Icon.32x32": icon assets/icon-32.png is 16x16, but it is declared as 32x32',
    ]);
  });

  it('reports an icon file that is missing or not a PNG', () => {
    const file = brokenCopy(
      (xml) => xml.replace('assets/icon-80.png', 'assets/icon-81.png'),
      (assets) => writeFileSync(join(assets, 'icon-64.png'), 'GIF89a'),
    );
    const { errors } = validateManifestFile(file);
    expect(errors).toEqual([
      '<HighResolutionIconUrl>: icon assets/icon-64.png: not a PNG file (bad signature)',
      'image "Icon.80x80": icon https://localhost:3000/assets/icon-81.png has no file assets/icon-81.png',
    ]);
  });

  it('reports malformed XML', () => {
    const report = checkManifest(realXml.replace('</DisplayName>', ''), { manifestDir: repo });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatch(/^manifest is not well-formed XML: line \d+: end tag <\/OfficeApp> does not match <DisplayName> opened on line \d+$/);
  });

  it('reports a missing en-US override, an http URL, a foreign origin and a bad Id', () => {
    const xml = realXml
      .replace(/\s*<bt:Override Locale="en-US" Value="Check table"\/>/, '')
      .replace('https://localhost:3000/support.html"/>\n  <AppDomains>', 'http://localhost:3000/support.html"/>\n  <AppDomains>')
      .replace('https://localhost:3000/commands.html', 'https://example.com/commands.html')
      .replace(/<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>');
    const { errors } = checkManifest(xml, { manifestDir: repo });
    expect(errors).toEqual(
      expect.arrayContaining([
        '<Id> "not-a-guid" is not a GUID',
        expect.stringMatching(/^ShortStrings "CheckButton\.Label" \(line \d+\) has no en-US <Override>$/),
        '<SupportUrl>: http://localhost:3000/support.html must use https',
        'url "Commands.Url": https://example.com/commands.html is not on the add-in\'s origin https://localhost:3000',
      ]),
    );
  });

  it('reports a missing ExcelApi requirement, duplicate ids and element order', () => {
    const xml = realXml
      .replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="SharedRuntime" MinVersion="1.1"/>')
      .replace('id="PaneButton"', 'id="CheckButton"')
      .replace(/(<SupportUrl[^>]*\/>)\s*(<AppDomains>[\s\S]*?<\/AppDomains>)/, '$2\n  $1');
    const { errors } = checkManifest(xml, { manifestDir: repo });
    expect(errors).toEqual(
      expect.arrayContaining([
        '<Requirements><Sets> must declare <Set Name="ExcelApi" MinVersion="1.x"/>',
        expect.stringMatching(/^id "CheckButton" is used by <Control> \(line \d+.*\) and <Control> \(line \d+/),
        expect.stringMatching(/^<SupportUrl> \(line \d+\) must come before <AppDomains> in <OfficeApp>$/),
      ]),
    );
  });
});

describe('the ExcelApi requirement', () => {
  it('is at least 1.8 (below, Office 2019 and older would load an add-in they cannot run)', () => {
    const low = realXml.replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(checkManifest(low, { manifestDir: repo }).errors).toEqual([expect.stringMatching(/^ExcelApi MinVersion 1\.7 \(line \d+\) admits Office 2019 and older/)]);
  });

  it('is what the code requires (MANIFEST_MIN_API)', () => {
    const other = realXml.replace('<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(checkManifest(other, { manifestDir: repo }).errors).toEqual([expect.stringMatching(/differs from what the add-in's code requires \(1\.9/)]);
    expect(checkManifest(realXml, { manifestDir: repo }).errors).toEqual([]);
  });
});

describe('png helpers', () => {
  it('round-trips the size through IHDR', () => {
    const png = encodePng(3, 2, new Uint8Array(3 * 2 * 4).fill(255));
    expect(readPngInfo(png)).toEqual({ width: 3, height: 2, bitDepth: 8, colourType: 6 });
  });

  it('detects a corrupted IHDR', () => {
    const png = encodePng(4, 4, new Uint8Array(64));
    png[17] ^= 1; // flip a bit of the width
    expect(() => readPngInfo(png)).toThrow('bad CRC');
  });
});
