import { L, RuleGroup } from './ruleMeta';

/** Indicator scores, the total, and cells Excel shows oddly. */
export const SCORING_RULES: RuleGroup<
  | 'score-exceeds-weight'
  | 'score-mismatch'
  | 'score-empty'
  | 'score-deducted-though-met'
  | 'total-mismatch'
  | 'total-empty'
  | 'number-as-text'
  | 'formula-error'
  | 'formula-not-calculated'
> = {
  'score-exceeds-weight': {
    id: 'score-exceeds-weight',
    severity: 'error',
    category: 'scoring',
    title: L('得分超过分值或为负', 'Score above its weight, or negative'),
    checks: L('得分是否大于分值，或小于 0。', 'Whether a score is above its weight, or below 0.'),
    why: L('得分不能超过满分，也不能为负；这样的总分一定是错的。', 'A score cannot exceed full marks or be negative; the total is certainly wrong.'),
    fix: L('按完成情况改为 0 到分值之间的得分。', 'Give a score between 0 and the weight, by what was achieved.'),
    example: {
      situation: L('分值 10 的指标，得分填了 12。', 'An indicator weighted 10 scored 12.'),
      params: { name: '来电接通率', score: '12', weight: '10' },
    },
  },
  'score-mismatch': {
    id: 'score-mismatch',
    severity: 'error',
    category: 'scoring',
    title: L('得分计算有误', 'Score is wrong'),
    checks: L(
      '定量指标的得分与按规则计算的得分相差是否超过 0.01；定性指标的得分是否在其完成档次的范围内。',
      'Whether a quantitative score differs from the computed one by more than 0.01, or a qualitative score lies outside its band’s range.',
    ),
    why: L('得分要按统一规则计算，评审会复核；算错会改变总分和等级。', 'Scores follow fixed rules and reviewers recompute them; a wrong one changes the total and grade.'),
    fix: L('按“得分明细”中的计算方法改正，或核对指标值和实际完成值是否填错。', 'Correct it as the score breakdown shows, or check the target and the actual.'),
    example: {
      situation: L('分值 20，目标 ≥100%，实际 98%，得分填了 20。', 'Weight 20, target ≥100%, actual 98%, score stated 20.'),
      params: { name: '来电接通率', stated: '20', computed: '19.6' },
    },
  },
  'score-empty': {
    id: 'score-empty',
    severity: 'info',
    category: 'scoring',
    title: L('得分未填写', 'Score is empty'),
    checks: L('有得分列的表格中，指标得分是否为空。', 'Whether an indicator’s score is empty on a form with a score column.'),
    why: L('空得分需要补上；定量指标和已完成的定性指标加载项可以算好填入。', 'It must be filled in; the add-in computes it for quantitative and fully met qualitative indicators.'),
    fix: L('点“写回结果”自动填入；未完全达成的定性指标请在允许范围内自行评分。', 'Let 写回结果 fill it; score a qualitative indicator not fully met yourself, within its range.'),
    example: {
      situation: L('已完成的指标，得分一栏空着。', 'A met indicator with an empty score.'),
      params: { name: '来电接通率', computed: '20' },
    },
  },
  'score-deducted-though-met': {
    id: 'score-deducted-though-met',
    severity: 'warning',
    category: 'scoring',
    title: L('已完成仍扣分', 'Points taken off a met target'),
    checks: L('已完成的指标得分是否低于分值。', 'Whether a met indicator scores less than its weight.'),
    why: L('完成的指标按规则应得满分；扣分需要理由，否则评审会认为得分有误。', 'A met target earns full marks; a deduction needs a reason or the reviewer takes the score for a mistake.'),
    fix: L('改为满分；确需扣分（如质量问题）的，写明扣分理由。', 'Give full marks; if points are taken off on purpose (quality problems), say why.'),
    example: {
      situation: L('目标 ≥98%，实际 99%，分值 10 得 9 分。', 'Target ≥98%, actual 99%, weight 10, score 9.'),
      params: { name: '市民来电办理满意率', score: '9', weight: '10' },
    },
  },
  'total-mismatch': {
    id: 'total-mismatch',
    severity: 'error',
    otherSeverities: [
      {
        severity: 'warning',
        when: L('各项分值合计不是 100（已报“分值合计”错误）时为警告，也不改写总分', 'when the weights do not add up to 100 (weights-total, said already); the total is not rewritten'),
      },
    ],
    category: 'scoring',
    title: L('总分计算有误', 'Total is wrong'),
    checks: L('填写的总分与执行得分加各指标得分相差是否超过 0.05。', 'Whether the stated total differs from the execution score plus the indicator scores by more than 0.05.'),
    why: L('总分决定评价等级，是公开和评审最关注的数字。', 'The total decides the grade; it is the number reviewers and the public look at first.'),
    fix: L('按各项得分重新合计，或点“写回结果”改正（需在设置中允许覆盖）。', 'Add the scores up again, or let 写回结果 correct it (allow overwriting in the settings).'),
    example: {
      situation: L('各项得分合计 88.25，总分填了 90。', 'The scores add up to 88.25; the total says 90.'),
      params: { stated: '90', computed: '88.25' },
    },
  },
  'total-empty': {
    id: 'total-empty',
    severity: 'info',
    category: 'scoring',
    title: L('总分未填写', 'Total is empty'),
    checks: L('总分（合计）一栏是否为空。', 'Whether the total cell is empty.'),
    why: L('总分需要补上；各项得分都确定时加载项可以算好填入。', 'It must be filled in; the add-in computes it once every score is known.'),
    fix: L('点“写回结果”自动填入；有未评分的定性指标时先评分。', 'Let 写回结果 fill it; score any open qualitative indicator first.'),
    example: {
      situation: L('各项得分齐全，总分空着。', 'Every score is there, the total empty.'),
      params: { computed: '96.5' },
    },
  },
  'number-as-text': {
    id: 'number-as-text',
    severity: 'info',
    category: 'cells',
    title: L('数字以文本存储', 'Number stored as text'),
    checks: L('需要数字的单元格中，是否是以文本形式存储的数字（单元格左上角常有绿色三角）。', 'Whether a cell that should hold a number holds it as text (often with Excel’s green triangle).'),
    why: L('文本数字不参与公式计算，合计和执行率公式会出错。', 'Text is left out of formulas: totals and rate formulas go wrong.'),
    fix: L('选中单元格，点旁边的感叹号选“转换为数字”，或重新输入。', 'Select the cell, open the warning icon and choose “Convert to Number”, or type it again.'),
    example: {
      situation: L('全年执行数是从系统复制来的文本“421.00”。', 'The executed amount is the text 421.00 pasted from another system.'),
      params: { text: '421.00' },
    },
  },
  'formula-error': {
    id: 'formula-error',
    severity: 'error',
    category: 'cells',
    title: L('单元格显示错误值', 'Cell shows an error value'),
    checks: L('单元格是否显示 #DIV/0!、#REF!、#VALUE!、#N/A、#NAME?、#NUM! 或 #NULL!。', 'Whether a cell shows #DIV/0!, #REF!, #VALUE!, #N/A, #NAME?, #NUM! or #NULL!.'),
    why: L('错误值会被原样公开，也说明公式引用的数据有问题。', 'Error values are published as they are, and show that a formula’s data is wrong.'),
    fix: L('检查公式引用的单元格是否为空、已删除或不是数字；不需要公式的改为数值。', 'Check the formula’s references (empty, deleted, not numbers); type a value where no formula is needed.'),
    example: {
      situation: L('执行率公式的预算数为空，显示 #DIV/0!。', 'The rate formula’s budget is empty and shows #DIV/0!.'),
      params: { value: '#DIV/0!' },
    },
  },
  'formula-not-calculated': {
    id: 'formula-not-calculated',
    severity: 'warning',
    category: 'cells',
    title: L('公式没有计算结果', 'Formula never calculated'),
    checks: L(
      '文件中的公式是否没有保存计算结果（文件由程序生成、从未在 Excel 中计算过）。',
      'Whether a formula in the file has no saved result (the file was written by a program and never calculated in Excel).',
    ),
    why: L(
      '不知道公式显示什么，就无法检查这个单元格；依赖它的合计、分值合计也无法核对，所以不作判断。',
      'Without its result nobody knows what the cell shows; totals and weight sums that depend on it cannot be checked either, so they are not judged.',
    ),
    fix: L('用 Excel 或 WPS 打开文件，保存后再检查。', 'Open the file in Excel or WPS, save it, and check again.'),
    example: {
      situation: L('由系统导出的表格，执行率单元格是公式 =E6/D6，但没有计算结果。', 'An exported table whose rate cell holds =E6/D6 with no calculated value.'),
      params: { formula: '=E6/D6' },
    },
  },
};
