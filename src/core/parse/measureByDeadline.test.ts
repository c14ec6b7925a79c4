import { measureByDeadline } from './measure';

/** A deadline with the measure to reach by it: the part from the verb on (compacted text in). */
describe('measureByDeadline', () => {
  it.each([
    ['11月底完成100%', '完成100%'],
    ['年底前完成80%', '完成80%'],
    ['2021年11月30日前完成100%', '完成100%'],
    ['按时完成100%', '完成100%'],
    ['12月31日前,完成500人次', '完成500人次'],
  ])('%s → %s', (text, measure) => {
    expect(measureByDeadline(text)).toBe(measure);
  });

  it.each([
    ['12月底前', 'a deadline with no measure'],
    ['按时完成', 'no number after the verb'],
    ['完成100%', 'no deadline before the verb'],
    ['11月底完成100%,年底完成全部', 'more than one clause'],
    ['培训3次', 'no verb of completion'],
  ])('near miss: %s (%s) → null', (text) => {
    expect(measureByDeadline(text)).toBeNull();
  });
});
