import { L, RuleGroup } from './ruleMeta';

/** The budget block: amounts, the execution rate and its score. */
export const BUDGET_RULES: RuleGroup<
  | 'budget-value-invalid'
  | 'execution-rate-mismatch'
  | 'execution-rate-empty'
  | 'over-budget'
  | 'subtotal-mismatch'
  | 'low-execution-unexplained'
  | 'budget-adjusted-to-spend'
  | 'budget-adjusted-unexplained'
  | 'execution-weight-unusual'
  | 'execution-score-mismatch'
  | 'sub-row-scored'
> = {
  'budget-value-invalid': {
    id: 'budget-value-invalid',
    severity: 'error',
    category: 'budget',
    title: L('预算金额为空或不是数字', 'Budget amount empty or not a number'),
    checks: L('预算执行情况中计分一行（资金总额）的预算数、执行数是否为数字。', 'Whether the budget and executed amounts of the scored row (资金总额) are numbers.'),
    why: L('没有这两个数就算不出执行率和执行得分，整张表的总分也无从谈起。', 'Without them neither the execution rate nor its score can be computed, and so no total.'),
    fix: L('填入金额（万元），只填数字，不要写“万元”或说明文字。', 'Enter the amount (10k yuan) as a number, without units or remarks.'),
    example: {
      situation: L('全年执行数一栏写着“见附表”。', 'The executed amount says 见附表 (see the annex).'),
      params: { field: '全年执行数', text: '见附表' },
    },
  },
  'execution-rate-mismatch': {
    id: 'execution-rate-mismatch',
    severity: 'error',
    category: 'budget',
    title: L('执行率填写有误', 'Execution rate is wrong'),
    checks: L(
      '填写的执行率与“执行数 ÷ 预算数”相差是否超过 0.05 个百分点（预算数取调整后的全年预算数，没有时取年初预算数）。',
      'Whether the stated 执行率 differs from executed ÷ budget by more than 0.05 percentage points (the adjusted budget, else the original one).',
    ),
    why: L('执行率是评审首先核对的数字，算错会直接影响执行得分和总分。', 'The execution rate is the first number a reviewer checks; a wrong one changes the execution score and the total.'),
    fix: L('按执行数 ÷ 预算数重新计算并填写（保留两位小数），或核对预算数和执行数是否填错。', 'Recompute it as executed ÷ budget (two decimals), or check whether an amount was mistyped.'),
    example: {
      situation: L('预算数 421、执行数 405，执行率却填了 98%。', 'Budget 421, executed 405, but the rate says 98%.'),
      params: { stated: '98%', computed: '96.20%' },
    },
  },
  'execution-rate-empty': {
    id: 'execution-rate-empty',
    severity: 'info',
    category: 'budget',
    title: L('执行率未填写', 'Execution rate is empty'),
    checks: L('执行率一栏是否为空。', 'Whether the 执行率 cell is empty.'),
    why: L('空着的执行率需要补上；加载项可以按执行数 ÷ 预算数算好填入。', 'It has to be filled in; the add-in can compute executed ÷ budget and fill it.'),
    fix: L('点“写回结果”（命令行用 --fill）自动填入，或手工填写。', 'Click 写回结果 / Write results (or use --fill on the command line), or type it in.'),
    example: {
      situation: L('预算数 421、执行数 421，执行率一栏空着。', 'Budget 421, executed 421, the rate cell empty.'),
      params: { computed: '100.00%' },
    },
  },
  'over-budget': {
    id: 'over-budget',
    performance: true,
    severity: 'error',
    otherSeverities: [
      {
        severity: 'warning',
        when: L('表中只有年初预算数、没有全年（调整后）预算数时为警告（可能已按规定调整）', 'when the form has only the original budget, no adjusted one (it may have been adjusted)'),
      },
    ],
    category: 'budget',
    title: L('执行数超过预算数', 'Spending above the budget'),
    checks: L('执行数是否大于预算数（执行率超过 100%）。', 'Whether the executed amount exceeds the budget (a rate above 100%).'),
    why: L('超预算支出违反预算法的要求，评审必然追问资金来源和审批依据。', 'Spending above the budget breaches budget law; the reviewer will ask where the money came from and who approved it.'),
    fix: L('核对执行数是否填错（如把结转资金算入）；确有超支的，写明原因、资金来源和审批依据。', 'Check the executed amount (carried-over funds counted in?); if it was overspent, give the reason, the source of funds and the approval.'),
    example: {
      situation: L('预算数 421，执行数 455。', 'Budget 421, executed 455.'),
      params: { executed: '455', budget: '421', rate: '108.08%' },
    },
  },
  'subtotal-mismatch': {
    id: 'subtotal-mismatch',
    severity: 'error',
    otherSeverities: [
      {
        severity: 'warning',
        when: L(
          '合计一行没有写成合计（如“项目资金”而非“资金总额”“合计”），只按位置当作合计时为警告（其下各行未必是它的分项）',
          'when the total row is not worded as a total (项目资金 rather than 资金总额 or 合计) and is taken for one by its place only (the rows below may not be its parts)',
        ),
      },
    ],
    category: 'budget',
    title: L('合计与分项之和不一致', 'Total differs from its parts'),
    checks: L('资金总额一行与其下“其中”各行（财政拨款、其他资金等）之和，每一列相差是否超过 0.01。', 'Whether the total row differs from the sum of its 其中 rows (fiscal funds, other funds …) by more than 0.01, column by column.'),
    why: L('合计对不上，说明有金额填错或漏填，评审无法确认真实的预算和支出。', 'A total that does not add up means an amount is wrong or missing; the reviewer cannot tell the true budget or spending.'),
    fix: L('逐项核对其中各行金额，改正合计或分项。', 'Check each sub-row and correct the total or the parts.'),
    example: {
      situation: L('资金总额 421，其中财政拨款 400、其他资金 11。', 'Total 421; of which fiscal funds 400 and other funds 11.'),
      params: { column: '全年预算数', total: '421', sum: '411' },
    },
  },
  'low-execution-unexplained': {
    id: 'low-execution-unexplained',
    performance: true,
    severity: 'warning',
    otherSeverities: [{ severity: 'error', when: L('四川口径下为错误', 'under the Sichuan policy') }],
    category: 'budget',
    title: L('执行率偏低未说明原因', 'Low execution not explained'),
    checks: L(
      '执行率低于阈值（默认 90%）时，表中能写原因的地方（预算的说明栏、偏差原因、原因分析）是否写了原因。',
      'With a rate below the threshold (90% by default), whether a reason is given anywhere the form allows (the budget block’s remark, the deviation column, the reason footer).',
    ),
    why: L('执行率低说明资金没有按计划使用，评审会要求说明原因和整改措施，四川要求必须写明。', 'Low execution means money was not used as planned; reviewers want the cause and the remedy, and Sichuan requires it.'),
    fix: L('写明资金未支出的原因（如项目延期、政府采购未完成）和下一步措施。', 'Say why the money was not spent (delays, procurement not finished …) and what will be done.'),
    example: {
      situation: L('执行率 75%，说明栏和原因分析都空着。', 'Rate 75%; the remark and the reason footer are empty.'),
      params: { rate: '75.00%', threshold: '90%' },
    },
  },
  'budget-adjusted-to-spend': {
    id: 'budget-adjusted-to-spend',
    performance: true,
    severity: 'warning',
    category: 'budget',
    title: L('预算按支出调整', 'Budget adjusted to the spending'),
    checks: L('年初预算数与全年预算数不同，而全年预算数恰好等于执行数。', 'Whether the original and adjusted budgets differ while the adjusted budget equals the executed amount exactly.'),
    why: L('把预算调成实际花掉的钱，执行率就总是 100%，评审会怀疑是为凑执行率而调整。', 'Adjusting the budget to what was spent makes any rate 100%; reviewers suspect the adjustment was made to hit the rate.'),
    fix: L('核实调整是否有正式批复；有的，在说明中写明调整依据和文号。', 'Check that the adjustment was formally approved; if so, cite the approval in the remark.'),
    example: {
      situation: L('年初预算 500，全年预算调为 421，执行数也是 421。', 'Original budget 500, adjusted to 421, executed 421.'),
      params: { original: '500', adjusted: '421' },
    },
  },
  'budget-adjusted-unexplained': {
    id: 'budget-adjusted-unexplained',
    performance: true,
    severity: 'warning',
    category: 'budget',
    title: L('预算调整未说明原因', 'Budget adjustment not explained'),
    checks: L(
      '年初预算数与全年预算数不同时，表格的原因栏是否填写；预算部分没有原因栏的（财政部模板），原因分析、存在问题等栏目是否说到这次调整。',
      'Whether the form’s reason cell is filled in when the original and adjusted budgets differ; where the budget block has no reason cell (the national template), whether a reason footer (原因分析, 存在问题) speaks of the adjustment.',
    ),
    why: L('预算调整需要依据，评审要看到追加或调减的原因。', 'An adjustment needs a basis; the reviewer wants to see why money was added or taken away.'),
    fix: L('在说明栏写明调整原因和依据（如追加预算的文件）。', 'Write the reason and the basis of the adjustment (the supplementary budget document) in the remark.'),
    example: {
      situation: L('年初预算 400，全年预算 421，说明栏为空。', 'Original budget 400, adjusted 421, the remark empty.'),
      params: { original: '400', adjusted: '421' },
    },
  },
  'execution-weight-unusual': {
    id: 'execution-weight-unusual',
    severity: 'warning',
    category: 'budget',
    title: L('执行率分值不合口径', 'Unusual execution weight'),
    checks: L('预算执行率的分值是否为评分口径规定的分值（财政部和四川 10 分，湖北 20 分）。', 'Whether the execution rate’s weight is the policy’s (10 for the national and Sichuan policies, 20 for Hubei).'),
    why: L('分值不对，总分的构成就和规定不符，与其他项目无法比较。', 'With another weight the total is made up differently from the rules and cannot be compared with other projects.'),
    fix: L('按规定改正分值；如果表格属于另一地区口径，在设置中选择对应的评分口径。', 'Correct the weight; if the form follows another province’s rules, choose that policy in the settings.'),
    example: {
      situation: L('财政部模板中，预算执行率分值填了 20。', 'On the national form the execution rate is weighted 20.'),
      params: { stated: '20', expected: '10' },
    },
  },
  'execution-score-mismatch': {
    id: 'execution-score-mismatch',
    severity: 'error',
    category: 'budget',
    title: L('执行得分计算有误', 'Execution score is wrong'),
    checks: L('填写的预算执行得分与“分值 × 执行率（不超过 100%）”相差是否超过 0.01。', 'Whether the stated execution score differs from weight × min(rate, 100%) by more than 0.01.'),
    why: L('执行得分计入总分，算错会影响评价等级。', 'The execution score is part of the total; a wrong one can change the grade.'),
    fix: L('按分值 × 执行率重新计算并填写，或点“写回结果”改正（需在设置中允许覆盖）。', 'Recompute it as weight × rate, or let 写回结果 correct it (allow overwriting in the settings).'),
    example: {
      situation: L('分值 10，执行率 95.88%，得分填了 10。', 'Weight 10, rate 95.88%, score stated 10.'),
      params: { stated: '10', computed: '9.59', weight: '10', rate: '95.88%' },
    },
  },
  'sub-row-scored': {
    id: 'sub-row-scored',
    severity: 'warning',
    category: 'budget',
    title: L('其中项填了分值或得分', 'A sub-row carries a weight or score'),
    checks: L('“其中”各行（财政拨款、其他资金）是否填了分值或得分。', 'Whether 其中 rows (fiscal funds, other funds) carry a weight or a score.'),
    why: L('只有资金总额一行计分；其中项也计分会让分值重复计算。', 'Only the total row is scored; scoring the sub-rows counts the points twice.'),
    fix: L('删去其中各行的分值和得分。', 'Delete the weight and score of the sub-rows.'),
    example: {
      situation: L('“其中：财政拨款”一行填了分值 10。', 'The row 其中：财政拨款 has a weight of 10.'),
      params: { row: '其中：财政拨款' },
    },
  },
};
