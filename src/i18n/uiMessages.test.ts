import { enUS, pickLocale, UiMessages, zhCN } from './uiMessages';

/** Keys whose text is legitimately the same in both languages (symbols, number layouts). */
const SAME_IN_BOTH = new Set(['notAvailable', 'scoreOf']);
/** Keys that only join other texts with punctuation (full-width in Chinese): no words of their own. */
const PUNCTUATION_ONLY = new Set(['labelled', 'skippedCell', 'listSeparator', 'countsSeparator', 'printFinding']);
const HAN = /\p{Script=Han}/u;

type Leaf = { path: string; zh: string; en: string };

/** Every message as text: functions are called with sample arguments. */
function leaves(zh: unknown, en: unknown, path = ''): Leaf[] {
  if (typeof zh === 'string') return [{ path, zh, en: en as string }];
  if (typeof zh === 'function') {
    const args = Array.from({ length: zh.length }, (_, i) => (i === 0 ? 3 : 7));
    return [
      { path, zh: (zh as (...a: unknown[]) => string)(...args), en: (en as (...a: unknown[]) => string)(...args) },
      // and with a string argument where a name goes (policyAuto, indicatorOption, …)
      { path: `${path}(text)`, zh: (zh as (...a: unknown[]) => string)(...args.map(() => 'X')), en: (en as (...a: unknown[]) => string)(...args.map(() => 'X')) },
    ];
  }
  return Object.keys(zh as object).flatMap((k) =>
    leaves((zh as Record<string, unknown>)[k], (en as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
  );
}

describe('UI message catalogs', () => {
  const all = leaves(zhCN, enUS);

  test('en-US has exactly the keys of zh-CN, at every level', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  test('every message has the same kind (text or function, and arity) in both languages', () => {
    const shape = (o: object): unknown =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'function' ? `fn/${v.length}` : typeof v === 'object' ? shape(v) : typeof v]));
    expect(shape(enUS)).toEqual(shape(zhCN as unknown as UiMessages));
  });

  test('every English message is translated, not copied', () => {
    const copied = all.filter((l) => !SAME_IN_BOTH.has(l.path.replace(/\(text\)$/, '')) && l.en === l.zh).map((l) => l.path);
    expect(copied).toEqual([]);
  });

  test('no English message contains Chinese, and no message is empty', () => {
    expect(all.filter((l) => HAN.test(l.en.replace(/X/g, ''))).map((l) => l.path)).toEqual([]);
    expect(all.filter((l) => !l.zh.trim() || !l.en.trim()).map((l) => l.path)).toEqual([]);
  });

  test('every Chinese message is in Chinese (apart from symbols)', () => {
    const key = (l: Leaf) => l.path.replace(/\(text\)$/, '');
    const notChinese = all.filter((l) => !SAME_IN_BOTH.has(key(l)) && !PUNCTUATION_ONLY.has(key(l)) && !HAN.test(l.zh)).map((l) => l.path);
    expect(notChinese).toEqual([]);
  });

  test('has the messages the pane promises for gateway errors, forms and grades', () => {
    expect(zhCN.gatewayErrors.protected).toMatch(/^工作表受保护，请先撤销保护/);
    expect(zhCN.gatewayErrors['cell-edit-mode']).toMatch(/^请先退出单元格编辑/);
    expect(zhCN.formKinds['national-project']).toBe('项目支出绩效自评表（财政部）');
    expect(enUS.grades.优).toBe('Excellent');
  });
});

describe('pickLocale', () => {
  test.each([
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['EN', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
  ])('%s → %s', (displayLanguage, locale) => {
    expect(pickLocale(displayLanguage)).toBe(locale);
  });
});
