import { normalizeLabel } from '../text';

/** The three bands of a qualitative actual value (rules.md, "Reading values"). */
export type Band = 'met' | 'partly' | 'not-met';

/*
 * Each list holds whole answers. The rules name the first entries of each; the rest are
 * unambiguous variants seen in filled-in forms. Adjectives that grade quality rather than
 * attainment (好, 良好, 优, 较好, 显著) are deliberately absent: they give null, which raises
 * `qualitative-actual-unknown` upstream, and the person decides.
 */
const NOT_MET: readonly string[] = [
  '未达成年度指标且效果较差',
  '未达成年度指标',
  '未达成预期指标',
  '未达成预期目标',
  '未达成',
  '未完成',
  '未达到',
  '未达标',
  '未实现',
  '尚未完成',
  '尚未达成',
  '未能完成',
  '未能达成',
  '没有完成',
  '没有达成',
  '未按时完成',
  '未按期完成',
  '不达标',
  '不合格',
  '否',
];

const PARTLY: readonly string[] = [
  '部分达成年度指标并具有一定效果',
  '部分达成年度指标',
  '部分达成预期指标',
  '部分达成预期目标',
  '部分达成',
  '部分完成',
  '部分达到',
  '部分实现',
  '基本完成',
  '基本达成',
  '基本达到',
  '基本达标',
  '基本实现',
];

const MET: readonly string[] = [
  '达成年度指标',
  '达成预期指标',
  '达成预期目标',
  '达成',
  '完成',
  '已完成',
  '达到',
  '达标',
  '是',
  '合格',
  '已达成',
  '已达到',
  '已达标',
  '全部完成',
  '全部达成',
  '已全部完成',
  '全面完成',
  '圆满完成',
  '按时完成',
  '已按时完成',
  '按期完成',
  '已按期完成',
  '如期完成',
  '已如期完成',
  '达到预期',
  '达到预期目标',
  '已实现',
  '超额完成',
  '已超额完成',
  '提前完成',
  '已提前完成',
];

/** Trailing sentence punctuation that does not change the answer. */
const TRAILING_PUNCTUATION = /[。.!！;；,，、]+$/;
/** Quotes around the answer. */
const QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;
/** What may follow a band phrase at the start of a longer answer: `已完成，累计办理…`. */
const SEPARATOR = /^[。.!！;；,，、:(（]/;

const ORDERED: readonly [Band, readonly string[]][] = [
  ['not-met', NOT_MET],
  ['partly', PARTLY],
  ['met', MET],
];

function bySeparatedPrefix(text: string): Band | null {
  // Longest phrases first across all bands, so that 未达成 and 部分达成 win over 达成.
  let best: { band: Band; length: number } | null = null;
  for (const [band, phrases] of ORDERED) {
    for (const phrase of phrases) {
      if (phrase.length <= 1) continue; // 是 / 否 only as whole answers
      if (text.startsWith(phrase) && SEPARATOR.test(text.slice(phrase.length))) {
        if (best === null || phrase.length > best.length) best = { band, length: phrase.length };
      }
    }
  }
  return best === null ? null : best.band;
}

/**
 * The band of a qualitative actual value, or null when the text is none of the band words.
 *
 * The text is normalised first ({@link normalizeLabel}: white space removed, full-width and
 * Traditional forms accepted), quotes and trailing punctuation dropped. A whole answer is looked up
 * not-met first, then partly, then met (the lists are disjoint, so 未达成 / 部分达成 are never
 * read as 达成). A longer answer counts when it starts with a band phrase followed by punctuation
 * (`已完成，累计办理3万件` → met); the longest such phrase wins. Anything else — `完成率99%`,
 * `良好`, `效果明显` — gives null.
 */
export function classifyBand(text: string | null | undefined): Band | null {
  if (text === null || text === undefined) return null;
  const n = normalizeLabel(text).replace(QUOTES, '').replace(TRAILING_PUNCTUATION, '');
  if (n === '') return null;
  for (const [band, phrases] of ORDERED) {
    if (phrases.includes(n)) return band;
  }
  return bySeparatedPrefix(n);
}
