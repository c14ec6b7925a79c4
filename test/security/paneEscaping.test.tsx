/**
 * The task pane shows workbook text as text: a form whose project name, sheet name, indicator
 * names, targets and actuals hold markup is checked with the real engine and the in-memory host,
 * and no element is made from that markup (React escapes; the source has no innerHTML, see
 * noTelemetry.test.ts). The browser preview runs the same pane in Chromium in
 * test/e2e/security.e2e.test.ts.
 */
import { screen } from '@testing-library/react';
import { MemoryGateway, memoryWorkbookFrom } from '../../src/app/memoryGateway';
import { checkSheetNow, renderPane } from '../../src/taskpane/testing/renderPane';
import { nationalForm } from '../support/nationalForm';

jest.setTimeout(20_000);

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '"><svg onload=alert(4)>';

test('markup in the sheet is shown as text and never becomes an element', async () => {
  const alerts = jest.spyOn(window, 'alert').mockImplementation(() => undefined);
  const n = nationalForm({
    projectName: IMG,
    indicators: [
      // An unreadable target and an unexplained shortfall: findings that quote the cell texts.
      { level1: '产出指标', level2: '数量指标', name: SCRIPT, target: SVG, actual: IMG, weight: 50, score: 10 },
      { level1: '效益指标', level2: '社会效益指标', name: IMG, target: '≥95%', actual: '50%', weight: 40, score: 10 },
    ],
    totalWeight: 100,
    totalScore: 29.87,
  });
  const gw = new MemoryGateway(memoryWorkbookFrom({ ...n.grid, name: IMG }));
  const { container } = renderPane(gw);
  await checkSheetNow();

  const html = container.innerHTML;
  // The texts are there, escaped …
  expect(container.textContent).toContain(SCRIPT);
  expect(container.textContent).toContain(IMG);
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  // … and nothing was built from them.
  expect(container.querySelectorAll('script, img[src="x"], svg[onload], [onerror], [onload]')).toHaveLength(0);
  expect(screen.queryAllByRole('img').filter((el) => el.getAttribute('src') === 'x')).toHaveLength(0);
  expect(alerts).not.toHaveBeenCalled();
  alerts.mockRestore();
});
