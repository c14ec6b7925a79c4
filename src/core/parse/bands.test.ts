import { classifyBand } from './bands';

describe('classifyBand', () => {
  describe('the band words of rules.md', () => {
    it.each([
      ['达成年度指标', 'met'],
      ['达成预期指标', 'met'],
      ['达成', 'met'],
      ['完成', 'met'],
      ['已完成', 'met'],
      ['达到', 'met'],
      ['达标', 'met'],
      ['是', 'met'],
      ['合格', 'met'],
      ['部分达成年度指标并具有一定效果', 'partly'],
      ['部分达成预期指标', 'partly'],
      ['部分达成', 'partly'],
      ['基本完成', 'partly'],
      ['基本达成', 'partly'],
      ['未达成年度指标且效果较差', 'not-met'],
      ['未达成预期指标', 'not-met'],
      ['未达成', 'not-met'],
      ['未完成', 'not-met'],
      ['否', 'not-met'],
    ])('reads %s as %s', (text, band) => {
      expect(classifyBand(text)).toBe(band);
    });
  });

  describe('variants', () => {
    it.each([
      ['已达成', 'met'],
      ['全部完成', 'met'],
      ['按时完成', 'met'],
      ['已按时完成', 'met'],
      ['如期完成', 'met'],
      ['已达标', 'met'],
      ['部分完成', 'partly'],
      ['基本达标', 'partly'],
      ['尚未完成', 'not-met'],
      ['未达到', 'not-met'],
      ['未达标', 'not-met'],
      ['不达标', 'not-met'],
      ['不合格', 'not-met'],
      ['未按时完成', 'not-met'],
      ['没有完成', 'not-met'],
    ])('reads %s as %s', (text, band) => {
      expect(classifyBand(text)).toBe(band);
    });
  });

  describe('negations are not read as met', () => {
    it('reads 未达成 as not met, not as 达成', () => {
      expect(classifyBand('未达成')).toBe('not-met');
    });

    it('reads 部分达成 as partly, not as 达成', () => {
      expect(classifyBand('部分达成')).toBe('partly');
    });

    it('reads 不合格 as not met, not as 合格', () => {
      expect(classifyBand('不合格')).toBe('not-met');
    });

    it('reads 未按时完成 as not met, not as 按时完成', () => {
      expect(classifyBand('未按时完成')).toBe('not-met');
    });

    it('reads 基本完成 as partly, not as 完成', () => {
      expect(classifyBand('基本完成')).toBe('partly');
    });
  });

  describe('tolerant spelling', () => {
    it('accepts Traditional characters', () => {
      expect(classifyBand('達成年度指標')).toBe('met');
    });

    it('accepts a Traditional partly phrase', () => {
      expect(classifyBand('部分達成年度指標並具有一定效果')).toBe('partly');
    });

    it('accepts a Traditional not-met phrase', () => {
      expect(classifyBand('未達成年度指標且效果較差')).toBe('not-met');
    });

    it('ignores white space and line breaks', () => {
      expect(classifyBand(' 已 完\n成 ')).toBe('met');
    });

    it('ignores a trailing full stop', () => {
      expect(classifyBand('已完成。')).toBe('met');
    });

    it('ignores a trailing full-width exclamation mark', () => {
      expect(classifyBand('未完成！')).toBe('not-met');
    });

    it('ignores quotes', () => {
      expect(classifyBand('“达标”')).toBe('met');
    });
  });

  describe('longer answers', () => {
    it('reads a met phrase followed by a comma and details', () => {
      expect(classifyBand('已完成，累计办理3万件')).toBe('met');
    });

    it('reads a not-met phrase followed by details', () => {
      expect(classifyBand('未完成，因疫情影响延期')).toBe('not-met');
    });

    it('reads a partly phrase followed by details', () => {
      expect(classifyBand('基本完成；个别事项延期')).toBe('partly');
    });

    it('prefers the longest phrase: 部分达成年度指标 over 部分达成', () => {
      expect(classifyBand('部分达成年度指标，效果一般')).toBe('partly');
    });

    it('does not read 是 at the start of a longer answer', () => {
      expect(classifyBand('是，但有延误')).toBeNull();
    });

    it('does not read a phrase followed by more words without punctuation', () => {
      expect(classifyBand('完成率99%')).toBeNull();
    });

    it('does not read a band word in the middle of a sentence', () => {
      expect(classifyBand('项目已完成')).toBeNull();
    });
  });

  describe('unknown answers', () => {
    it.each([['好'], ['良好'], ['优'], ['较好'], ['效果明显'], ['显著'], ['符合要求'], ['99%'], ['TRUE']])(
      'gives null for %s',
      (text) => {
        expect(classifyBand(text)).toBeNull();
      },
    );

    it('gives null for empty text', () => {
      expect(classifyBand('')).toBeNull();
    });

    it('gives null for punctuation only', () => {
      expect(classifyBand('。')).toBeNull();
    });

    it('gives null for null', () => {
      expect(classifyBand(null)).toBeNull();
    });

    it('gives null for undefined', () => {
      expect(classifyBand(undefined)).toBeNull();
    });
  });
});
