import { L, RuleGroup } from './ruleMeta';

/** The indicator framework (levels, groups, duplicates) and how the points are split. */
export const STRUCTURE_RULES: RuleGroup<
  | 'level1-unknown'
  | 'level2-mismatch'
  | 'level1-absent'
  | 'empty-group'
  | 'duplicate-indicator'
  | 'misclassified-indicator'
  | 'weights-total'
  | 'weights-split-unusual'
  | 'weights-implied'
> = {
  'level1-unknown': {
    id: 'level1-unknown',
    severity: 'error',
    otherSeverities: [{ severity: 'info', when: L('一级指标是规定名称的简写或截断（按该一级指标处理）时是提示', 'when the label is a clear short form or cut of one first level, read as that level') }],
    category: 'indicator',
    title: L('一级指标不规范', 'Unknown first-level indicator'),
    checks: L('一级指标是否是该类表格规定的一级指标（项目：产出、效益、满意度、成本；部门整体：投入、过程、产出、效果等）。', 'Whether the first level is one the form kind knows (projects: 产出, 效益, 满意度, 成本; departments: 投入, 过程, 产出, 效果 …).'),
    why: L('指标体系是统一规定的，自创的一级指标无法汇总，系统会拒收。', 'The framework is fixed; a first level of one’s own cannot be aggregated and the system rejects it.'),
    fix: L('把该指标归到规定的一级指标下，改用模板中的名称。', 'Put the indicator under a prescribed first level, using the template’s name.'),
    example: {
      situation: L('一级指标写成“工作指标”。', 'The first level reads 工作指标.'),
      params: { level1: '工作指标', shortFor: null },
    },
  },
  'level2-mismatch': {
    id: 'level2-mismatch',
    severity: 'warning',
    otherSeverities: [
      {
        severity: 'info',
        when: L(
          '二级指标是旧称或另一种写法（进度指标、群众满意度、产出数量等，按模板名称处理）时是提示',
          'when the second level is an older name or another wording (进度指标, 群众满意度, 产出数量 …), read as the template’s name',
        ),
      },
    ],
    category: 'indicator',
    title: L('二级指标与一级指标不对应', 'Second level does not fit the first'),
    checks: L('二级指标是否属于它的一级指标（按 2020 年和 2021 年两版指标体系）。', 'Whether the second level belongs to its first level (under the 2020 or the 2021 framework).'),
    why: L('二级指标放错一级，指标分值的结构就不对，评审会要求调整。', 'A second level under the wrong first level breaks how the points are split; reviewers ask for it to be moved.'),
    fix: L('把指标移到正确的一级指标下，或改正二级指标名称；旧称可改为现行名称。', 'Move the indicator under the right first level or correct the name; replace an old name with the current one.'),
    example: {
      situation: L('“满意度指标”下的二级指标写成“经济效益指标”。', 'Under 满意度指标 the second level is 经济效益指标.'),
      params: { level1: '满意度指标', level2: '经济效益指标', canonical: null },
    },
  },
  'level1-absent': {
    id: 'level1-absent',
    severity: 'warning',
    category: 'indicator',
    title: L('缺少某类一级指标', 'A first level has no indicator'),
    checks: L('产出、效益、满意度各一级指标下是否至少有一个指标。', 'Whether 产出, 效益 and 满意度 each have at least one indicator.'),
    why: L('绩效目标应覆盖产出、效益和满意度，缺了一类说明目标设定不完整。', 'Goals should cover outputs, outcomes and satisfaction; a missing level means incomplete goals.'),
    fix: L('补充该类指标；确实不适用的，在说明中写明理由。', 'Add an indicator of that level, or explain why none applies.'),
    example: {
      situation: L('表中没有满意度指标。', 'The table has no satisfaction indicator.'),
      params: { level1: '满意度指标' },
    },
  },
  'empty-group': {
    id: 'empty-group',
    severity: 'info',
    category: 'indicator',
    title: L('二级指标下没有指标', 'An empty group'),
    checks: L('模板中的二级指标行下是否没有填写任何指标。', 'Whether a second-level group of the template holds no indicator.'),
    why: L('空行不影响计分，但让表格显得没有填完。', 'It does not change the score, but the table looks unfinished.'),
    fix: L('填写指标，或删除这一空行。', 'Fill an indicator in, or delete the empty row.'),
    example: {
      situation: L('“效益指标 / 生态效益指标”一行空着。', 'The 效益指标 / 生态效益指标 row is empty.'),
      params: { level1: '效益指标', level2: '生态效益指标' },
    },
  },
  'duplicate-indicator': {
    id: 'duplicate-indicator',
    severity: 'warning',
    category: 'indicator',
    title: L('指标重复', 'Duplicate indicator'),
    checks: L('同一二级指标下是否有名称相同的指标。', 'Whether the same indicator name appears twice in one group.'),
    why: L('重复的指标会重复计分，也可能是复制后忘了改。', 'A duplicate is scored twice, or was copied and never edited.'),
    fix: L('删去重复的一行，或改名区分。', 'Delete the repeated row, or rename one of them.'),
    example: {
      situation: L('“数量指标”下两行都叫“培训人次”。', 'Two rows under 数量指标 are both 培训人次.'),
      params: { name: '培训人次', group: '产出指标 / 数量指标' },
    },
  },
  'misclassified-indicator': {
    id: 'misclassified-indicator',
    severity: 'warning',
    category: 'indicator',
    title: L('指标归类不当', 'Indicator in the wrong place'),
    checks: L('预算执行率作为绩效指标、金额放在数量指标下、非满意度指标放在满意度下。', 'The budget execution rate used as an indicator, a money amount under 数量指标, a non-satisfaction measure under 满意度.'),
    why: L('执行率已在预算执行部分计分，再列为指标就重复计分；归类错误会让指标结构不合规。', 'The execution rate is scored in the budget block already; misplaced indicators break the framework.'),
    fix: L('按提示删除或移动该指标。', 'Delete or move the indicator as the message says.'),
    example: {
      situation: L('数量指标下列了“预算执行率”。', '预算执行率 is listed under 数量指标.'),
      params: { name: '预算执行率', why: 'execution-rate' },
    },
  },
  'weights-total': {
    id: 'weights-total',
    severity: 'error',
    category: 'weights',
    title: L('分值合计不是 100', 'Weights do not add up to 100'),
    checks: L('预算执行率分值加各指标分值是否等于 100。', 'Whether the execution weight plus the indicator weights make 100.'),
    why: L('满分不是 100 分，总分和等级就失去意义。', 'If full marks are not 100 the total and the grade mean nothing.'),
    fix: L('调整各指标分值，使合计为 100 分。', 'Adjust the weights so that they add up to 100.'),
    example: {
      situation: L('执行率 10 分，指标分值合计 95 分。', 'Execution 10 points, indicators 95 in all.'),
      params: { sum: '105' },
    },
  },
  'weights-implied': {
    id: 'weights-implied',
    severity: 'info',
    category: 'weights',
    title: L('分值按得分推定', 'Weights inferred from the scores'),
    checks: L(
      '没有分值列、只标明块分值（年度绩效目标1（80分））的表格，各项得分按“已完成即满分”对不上块分值时，得分是否正好是整数分值乘以实际完成值 ÷ 指标值（未封顶），且这些分值合计正好是块分值。',
      'On a form with no weight column and only a block’s points (年度绩效目标1（80分）) whose scores do not fit reading full marks on met indicators, whether each score is exactly a whole weight times actual ÷ target (not capped) with those weights adding up to the block’s points.',
    ),
    why: L('这样推定出的分值是填表人实际使用的分值；按它计分，超额完成而超过分值的得分才看得出来。', 'Those are the weights the clerk used; scored with them, the scores above the weights become visible.'),
    fix: L('在表格中补上分值列；超额完成的指标按满分计，得分不超过分值。', 'Add the weights to the form; an over-achieved indicator gets full marks, never more than its weight.'),
    example: {
      situation: L('年度绩效目标1（80分）下五项指标，得分 8、7.3、31.9、10.5、11.1，没有分值列。', 'Five indicators under 年度绩效目标1（80分） scored 8, 7.3, 31.9, 10.5 and 11.1, with no weight column.'),
      params: { weights: '20、20、20、10、10', points: '80' },
    },
  },
  'weights-split-unusual': {
    id: 'weights-split-unusual',
    severity: 'warning',
    category: 'weights',
    title: L('一级指标分值分配不合口径', 'Unusual split of the points'),
    checks: L('各一级指标的分值合计是否符合评分口径（财政部：产出 50、效益 30、满意度 10）。', 'Whether each first level’s points match the policy (national: 产出 50, 效益 30, 满意度 10).'),
    why: L('分值分配有统一要求，偏离时评审会要求说明。', 'The split is prescribed; a different one needs a reason.'),
    fix: L('按口径调整分值，或在设置中选择对应的评分口径。', 'Adjust the weights, or choose the matching policy in the settings.'),
    example: {
      situation: L('产出指标分值合计 40 分。', 'The 产出 indicators add up to 40 points.'),
      params: { level1: '产出指标', stated: '40', expected: '50' },
    },
  },
};
