/**
 * Layout checks in the browser: what a person would see as broken at a narrow task pane — an
 * element sticking out of the pane, text cut off inside its box, a drop-down whose chosen option
 * does not fit.
 */
import type { Page } from 'playwright-core';

/** Every problem found inside `selector` (empty when the layout holds), described for a test failure. */
export async function layoutProblems(page: Page, selector = '[data-testid="pane"]'): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [`${sel} not found`];
    const box = root.getBoundingClientRect();
    const problems: string[] = [];
    const name = (el: Element) => {
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? ` ${el.getAttribute('data-testid')}` : ''}> “${text}”`;
    };
    const hidden = (el: Element) => {
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return true;
      }
      return false;
    };
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || hidden(el)) continue;
      if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`${name(el)} sticks out of the pane (${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(box.left)}–${Math.round(box.right)})`);
      const s = getComputedStyle(el);
      const clips = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.children.length === 0) problems.push(`${name(el)} is cut off (${el.scrollWidth} > ${el.clientWidth})`);
    }
    // A native drop-down shows its chosen option in its own box: measure that text.
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const select of Array.from(root.querySelectorAll('select'))) {
      if (hidden(select)) continue;
      const s = getComputedStyle(select);
      canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const text = select.options[select.selectedIndex]?.text ?? '';
      const room = select.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      if (canvas.measureText(text).width > room + 1) problems.push(`drop-down “${text}” does not fit (${Math.round(canvas.measureText(text).width)} > ${Math.round(room)})`);
    }
    return problems;
  }, selector);
}
