import { Footer } from '../detect/formModel';
import { normalizeLabel } from '../text/normalizeLabel';

const CAUSE_WORDS = /原因|由于|因为|因|导致|受|影响|未能|尚未|推迟|延期|滞后|不足|偏低|下降|减少|增加/;

/**
 * Whether a general reason footer (原因分析, 偏差大或目标未完成原因分析) explains an indicator:
 * its text names the indicator (the whole name, or a four-character run of it) and gives a cause.
 * 目标基本完成 names nothing and explains nothing.
 */
export function footerExplains(footers: readonly Footer[], name: string): boolean {
  const n = normalizeLabel(name);
  if (!n) return false;
  for (const f of footers) {
    if (f.kind !== 'reason' || !f.text) continue;
    const t = normalizeLabel(f.text);
    if (!CAUSE_WORDS.test(t)) continue;
    if (t.includes(n)) return true;
    for (let i = 0; i + 4 <= n.length; i++) {
      if (t.includes(n.slice(i, i + 4))) return true;
    }
  }
  return false;
}
