import { L, RuleGroup } from './ruleMeta';

/** One indicator row: its fields, target, actual, units and the explanation of a shortfall. */
export const INDICATOR_RULES: RuleGroup<
  | 'indicator-field-empty'
  | 'target-unreadable'
  | 'actual-unreadable'
  | 'qualitative-actual-unknown'
  | 'unit-missing'
  | 'unit-mismatch'
  | 'unit-nonstandard'
  | 'percent-out-of-range'
  | 'degenerate-target'
  | 'target-not-met-unexplained'
  | 'over-achieved'
  | 'deviation-text-junk'
  | 'cost-actual-mismatch'
> = {
  'indicator-field-empty': {
    id: 'indicator-field-empty',
    severity: 'error',
    otherSeverities: [{ severity: 'warning', when: L('取值依据为空时是警告', 'when only 取值依据 (evidence) is empty') }],
    category: 'indicator',
    title: L('指标栏目未填写', 'An indicator field is empty'),
    checks: L(
      '每个指标行是否填了指标名称、指标值和实际完成值（表格有分值列时还有分值）；取值依据为空是警告。',
      'Whether every indicator row has its name, target and actual (and its weight where the form has one); an empty 取值依据 is a warning.',
    ),
    why: L('缺了任何一项，这个指标就无法评价和计分。', 'With any of them missing the indicator cannot be judged or scored.'),
    fix: L('补填该栏；不再使用的指标整行删除。', 'Fill the field in; delete the whole row of an indicator no longer used.'),
    example: {
      situation: L('“来电接通量”的实际完成值为空。', 'The actual of 来电接通量 is empty.'),
      params: { name: '来电接通量', field: '实际完成值' },
    },
  },
  'target-unreadable': {
    id: 'target-unreadable',
    severity: 'error',
    category: 'indicator',
    title: L('指标值无法识别', 'Target cannot be read'),
    checks: L('指标值是否是“比较符 + 数字（+ 单位）”，或是不含数字的定性描述。', 'Whether the target is a comparator and a number (and unit), or qualitative text without a number.'),
    why: L('看不懂的目标无法判断是否完成，评审和系统都无法打分。', 'A target nobody can read cannot be judged met or not, by a reviewer or the system.'),
    fix: L('写成“≥95%”“≤421万元”“12月底前完成”这样的形式；一个单元格只写一个目标。', 'Write it like ≥95%, ≤421万元 or 12月底前完成 — one target per cell.'),
    example: {
      situation: L('指标值写成“95%或更高视情况”。', 'The target reads 95%或更高视情况.'),
      params: { name: '群众满意度', text: '95%或更高视情况' },
    },
  },
  'actual-unreadable': {
    id: 'actual-unreadable',
    severity: 'error',
    category: 'indicator',
    title: L('实际完成值无法比较', 'Actual cannot be compared'),
    checks: L('实际完成值能否与指标值比较：定量目标要有数字，定性目标要有文字。', 'Whether the actual can be compared with the target: a number for a numeric target, text for a qualitative one.'),
    why: L('比较不了就判断不了是否完成，得分也算不出来。', 'What cannot be compared cannot be judged, nor scored.'),
    fix: L('定量指标填数字和单位（如 98%），定性指标填“达成年度指标”等规范表述。', 'Give a number and unit for numeric targets (98%), a standard phrase (达成年度指标) for qualitative ones.'),
    example: {
      situation: L('指标值 ≥98%，实际完成值写“较好”。', 'Target ≥98%, actual 较好 (quite good).'),
      params: { name: '服务满意率', text: '较好', target: '≥98%' },
    },
  },
  'qualitative-actual-unknown': {
    id: 'qualitative-actual-unknown',
    severity: 'warning',
    category: 'indicator',
    title: L('定性完成情况表述不规范', 'Non-standard qualitative actual'),
    checks: L(
      '定性指标的实际完成值是否是规范的三档表述之一：达成、部分达成、未达成（及其常见写法）。',
      'Whether a qualitative actual is one of the three standard bands: met, partly met, not met (in their usual wordings).',
    ),
    why: L('定性指标按三档计分，表述不规范就不知道该按哪一档评分。', 'Qualitative indicators score by band; an unusual wording leaves the band — and the score — open.'),
    fix: L('改为“达成年度指标”“部分达成年度指标并具有一定效果”或“未达成年度指标且效果较差”。', 'Use 达成年度指标, 部分达成年度指标并具有一定效果 or 未达成年度指标且效果较差.'),
    example: {
      situation: L('实际完成值写“效果明显”。', 'The actual reads 效果明显.'),
      params: { name: '社会效益', text: '效果明显' },
    },
  },
  'unit-missing': {
    id: 'unit-missing',
    severity: 'warning',
    category: 'indicator',
    title: L('缺少计量单位', 'No unit'),
    checks: L('数值型指标值在计量单位列、指标值和实际完成值中是否都没有单位。', 'Whether a numeric target has no unit anywhere (unit column, target, actual).'),
    why: L('没有单位，“100”是 100 人、100 次还是 100%，评审无从判断。', 'Without a unit nobody can tell whether 100 means people, calls or percent.'),
    fix: L('在计量单位列或数字后写明单位（如 %、万元、人次）。', 'Write the unit in the unit column or after the number (%, 万元, 人次 …).'),
    example: {
      situation: L('“培训人数”指标值只写了 100。', 'The target of 培训人数 is just 100.'),
      params: { name: '培训人数', target: '100' },
    },
  },
  'unit-mismatch': {
    id: 'unit-mismatch',
    severity: 'error',
    otherSeverities: [
      {
        severity: 'warning',
        when: L(
          '两个单位是同类的计数或时间（人与人次、个与家按写法比较；人与件、天与工作日不比较、不计分）时为警告',
          'when both units count or time alike (人 and 人次, 个 and 家 are compared as written; 人 and 件, 天 and 工作日 are not compared or scored)',
        ),
      },
    ],
    category: 'indicator',
    title: L('计量单位不一致', 'Units do not agree'),
    checks: L('计量单位列、指标值、实际完成值写的单位能否换算（如 % 与 万元 不能比较；元与万元可以换算）。', 'Whether the unit column, target and actual name units that convert (% and 万元 do not; 元 and 万元 do).'),
    why: L('单位不同的数不能比较，完成情况和得分都会算错。', 'Numbers in different units cannot be compared; attainment and score would be wrong.'),
    fix: L('统一三处的单位，必要时把数值换算成同一单位。', 'Use one unit in all three places, converting the numbers where needed.'),
    example: {
      situation: L('计量单位列写 %，实际完成值写“380万元”。', 'The unit column says %, the actual says 380万元.'),
      params: { name: '项目预算控制数', units: '% / 万元' },
    },
  },
  'unit-nonstandard': {
    id: 'unit-nonstandard',
    severity: 'info',
    category: 'indicator',
    title: L('计量单位写法不规范', 'Non-standard unit'),
    checks: L('是否用了“百分比”“％”等不规范写法。', 'Whether a unit is spelt 百分比, the full-width ％ or similar.'),
    why: L('不影响计算，但公开的表格应统一规范。', 'It does not change the result, but published tables should use the standard spelling.'),
    fix: L('改为规范写法（如 %）。', 'Use the standard spelling (%).'),
    example: {
      situation: L('计量单位写“百分比”。', 'The unit column says 百分比.'),
      params: { name: '办结率', unit: '百分比', standard: '%' },
    },
  },
  'percent-out-of-range': {
    id: 'percent-out-of-range',
    severity: 'error',
    category: 'indicator',
    title: L('满意度超出 0–100%', 'Satisfaction outside 0–100%'),
    checks: L('满意度类指标（满意度下的指标，或名称含“满意”）的指标值或实际值是否小于 0 或大于 100%。', 'Whether a satisfaction rate (under 满意度, or named …满意…) is below 0 or above 100%.'),
    why: L('满意度不可能超过 100%，多半是把人数或小数填错了。', 'Satisfaction cannot exceed 100%; usually a count or a fraction was typed by mistake.'),
    fix: L('核对调查结果，填 0% 到 100% 之间的百分数。', 'Check the survey and enter a percentage between 0% and 100%.'),
    example: {
      situation: L('群众满意度实际完成值写 120%。', 'Public satisfaction stated as 120%.'),
      params: { name: '群众满意度', value: '120%' },
    },
  },
  'degenerate-target': {
    id: 'degenerate-target',
    severity: 'info',
    category: 'indicator',
    title: L('目标只能恰好达到', 'Target can only be met exactly'),
    checks: L('是否有“≥100%”这类只能恰好达到才算完成的目标。', 'Whether a target such as ≥100% can only be met exactly.'),
    why: L('百分比通常不会超过 100%，“≥100%”实际等于“=100%”，设定目标时宜写清楚或留出合理区间。', 'A percentage rarely exceeds 100%, so ≥100% means =100%; a target should say so or leave a sensible range.'),
    fix: L('下一年度设定目标时改为“=100%”或合理区间（如“≥98%”）；本年度可保留。', 'When setting next year’s targets use =100% or a range such as ≥98%; this year’s may stay.'),
    example: {
      situation: L('来电回复率的指标值为 ≥100%。', 'The call-back rate’s target is ≥100%.'),
      params: { name: '来电回复率', target: '≥100%' },
    },
  },
  'target-not-met-unexplained': {
    id: 'target-not-met-unexplained',
    performance: true,
    severity: 'error',
    otherSeverities: [
      {
        severity: 'warning',
        when: L('表格只有总的原因分析栏、没有偏差原因列时为警告', 'when the form has only a general reason footer, no deviation column'),
      },
    ],
    category: 'indicator',
    title: L('未完成目标未说明原因', 'Unmet target not explained'),
    checks: L(
      '完成率低于 100%（或定性指标未完全达成）时，偏差原因列或原因分析中是否写明了原因；“目标基本完成”“无”等不算原因。',
      'Whether an unmet target (attainment below 100%, or a qualitative band below met) has its cause in the deviation column or the reason footer; 目标基本完成 or 无 explain nothing.',
    ),
    why: L('绩效自评的重点就是说明没完成的原因和改进措施，评审会逐条追问。', 'Explaining what was missed, and what will change, is the point of the self-evaluation; reviewers ask about every one.'),
    fix: L('写明未完成的具体原因（客观原因、主观原因）和改进措施。', 'Give the specific cause (external or internal) and the remedy.'),
    example: {
      situation: L('坐席人员服务满意率目标 100%，实际 99%，原因分析只写了“目标基本完成”。', 'Target 100%, actual 99%; the reason footer only says 目标基本完成.'),
      params: { name: '坐席人员服务满意率', actual: '99%', target: '100%', actualLabel: '实际完成值', targetLabel: '年初目标值' },
    },
  },
  'over-achieved': {
    id: 'over-achieved',
    performance: true,
    severity: 'warning',
    category: 'indicator',
    title: L('超额完成较多', 'Far above the target'),
    checks: L('“≥”类目标的完成率是否达到阈值（默认 120%）以上。', 'Whether a ≥ target’s attainment reaches the threshold (120% by default) or more.'),
    why: L('大幅超额往往说明目标定得太低，评审会质疑目标设定是否合理。', 'Far exceeding a target usually means it was set too low; reviewers question how it was set.'),
    fix: L('说明超额的原因；下一年度按实际情况提高目标。', 'Explain why it was exceeded; set a realistic target next year.'),
    example: {
      situation: L('培训人次目标 ≥100，实际 150。', 'Training target ≥100, actual 150.'),
      params: { name: '培训人次', actual: '150', target: '≥100', attainment: '150%' },
    },
  },
  'deviation-text-junk': {
    id: 'deviation-text-junk',
    severity: 'warning',
    category: 'indicator',
    title: L('偏差原因只有数字', 'Deviation analysis is only a number'),
    checks: L('偏差原因栏是否只填了数字或“0”。', 'Whether a deviation cell holds only a number or 0.'),
    why: L('数字说明不了原因，评审仍会认为没有分析偏差。', 'A number explains nothing; the reviewer still sees no analysis.'),
    fix: L('写明原因和改进措施；没有偏差的可留空。', 'Give the cause and the remedy; leave it empty when there is no deviation.'),
    example: {
      situation: L('偏差原因一栏填了 0。', 'The deviation cell holds 0.'),
      params: { name: '坐席人员服务满意率', text: '0' },
    },
  },
  'cost-actual-mismatch': {
    id: 'cost-actual-mismatch',
    performance: true,
    severity: 'warning',
    category: 'indicator',
    title: L('成本指标与执行数不符', 'Cost indicator differs from spending'),
    checks: L('目标值等于预算数的金额类成本指标，其实际完成值是否等于执行数。', 'Whether a money cost indicator whose target equals the budget has the executed amount as its actual.'),
    why: L('这类指标衡量的就是预算控制，实际值应与预算执行情况一致，否则两处数据互相矛盾。', 'Such an indicator measures budget control; its actual should match the budget block, or the table contradicts itself.'),
    fix: L('把实际完成值改为执行数，或核对执行数。', 'Use the executed amount as the actual, or check the executed amount.'),
    example: {
      situation: L('项目预算控制数目标 421 万元，实际完成值 421 万元，但执行数为 405。', 'Target 421 (the budget), actual 421, but 405 executed.'),
      params: { name: '项目预算控制数', actual: '421万元', executed: '405' },
    },
  },
};
