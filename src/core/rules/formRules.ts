import { L, RuleGroup } from './ruleMeta';

/** The form as a whole and its header fields. */
export const FORM_RULES: RuleGroup<
  'form-not-found' | 'form-incomplete' | 'column-missing' | 'field-empty' | 'placeholder-text' | 'goal-not-narrative' | 'project-budget-mismatch'
> = {
  'form-not-found': {
    id: 'form-not-found',
    severity: 'error',
    category: 'form',
    title: L('未找到绩效自评表', 'No self-evaluation table'),
    checks: L(
      '工作表上有没有绩效指标的表头：一列指标名称（三级指标、指标名称、指标内容等），加上一列年度指标值或实际完成值。',
      'Whether the sheet has an indicator header: a column of indicator names (三级指标, 指标名称, 指标内容 …) and a column of targets or actual values.',
    ),
    why: L(
      '没有这样的表头，就无法逐行核对指标、计算得分；常见原因是打开了封面页或说明页，或者表头被改写得无法辨认。',
      'Without such a header nothing can be checked or scored row by row; usually a cover or notes sheet is open, or the header was reworded beyond recognition.',
    ),
    fix: L(
      '切换到填有自评表的工作表再检查；表头请保留“三级指标”“年度指标值”“实际完成值”等标准列名，或用“插入空白模板”从官方模板开始填写。',
      'Switch to the sheet that holds the table and check again; keep standard column names such as 三级指标, 年度指标值 and 实际完成值, or start from an official blank form ("Insert blank form").',
    ),
    example: {
      situation: L('第一个工作表是封面，只有标题和单位名称。', 'The first sheet is a cover page with a title and the unit’s name only.'),
      params: { looked: '三级指标/指标名称 + 年度指标值/年初目标值/实际完成值' },
    },
  },
  'form-incomplete': {
    id: 'form-incomplete',
    severity: 'warning',
    category: 'form',
    title: L('表格不完整', 'Incomplete table'),
    checks: L(
      '找到的表格是否有绩效指标行和总分（合计）行——例如表格在预算执行部分后就截断了。',
      'Whether the form found has indicator rows and a total row — e.g. a table cut off after its budget block.',
    ),
    why: L(
      '缺了这些部分就算不出总分和等级；把半张表的得分当成总分会误导评审，所以不给总分和等级。',
      'Without them there is no total or grade; taking half a table’s score for the total would mislead the reviewer, so none is given.',
    ),
    fix: L('补全缺少的部分（绩效指标或总分行），或确认复制时没有漏掉行。', 'Add the missing part (the indicators or the total row), or check that no rows were lost when copying.'),
    example: {
      situation: L('部门整体支出表只填到“资金情况”，下面没有指标。', 'A department table filled in as far as its funds block, with no indicators below.'),
      params: { missing: 'indicators' },
    },
  },
  'column-missing': {
    id: 'column-missing',
    severity: 'error',
    otherSeverities: [
      {
        severity: 'info',
        when: L('表头中有检查器未能识别的列名，这一列可能就在其中', 'when the header has labels the checker cannot place, one of which may be the column'),
      },
    ],
    category: 'form',
    title: L('表格缺少必需的列', 'A required column is missing'),
    checks: L(
      '识别出的表格是否有它需要的列，例如计分的表格要有“得分”列。',
      'Whether the detected form has every column it needs, e.g. a scored form needs a 得分 (score) column.',
    ),
    why: L(
      '缺了列，评审无法核对对应的数值（如得分无处填写），预算管理系统也会拒收。',
      'Without the column a reviewer cannot check the values it should hold (scores have nowhere to go), and the budget system rejects the table.',
    ),
    fix: L('按官方模板补上这一列，并逐行填写。', 'Add the column as in the official form and fill it in row by row.'),
    example: {
      situation: L('湖北计分样式的表格删掉了“得分”列。', 'A Hubei scored form whose 得分 column was deleted.'),
      params: { column: '得分' },
    },
  },
  'field-empty': {
    id: 'field-empty',
    severity: 'error',
    otherSeverities: [
      {
        severity: 'warning',
        when: L('主管部门、实施单位、单位名称、填报日期、项目总预算为空时是警告', 'for 主管部门, 实施单位, 单位名称, 填报日期 and 项目总预算'),
      },
    ],
    category: 'header',
    title: L('表头项目未填写', 'A header field is empty'),
    checks: L(
      '表头各项是否填写：项目名称和“年度总体目标”“项目基本情况”等说明为错误；主管部门、实施单位、单位名称、填报日期、项目总预算为警告。',
      'Whether the header fields are filled in: the project name and the 年度总体目标 / 项目基本情况 narratives are errors when empty; 主管部门, 实施单位, 单位名称, 填报日期 and 项目总预算 are warnings.',
    ),
    why: L(
      '评审靠表头识别是哪个项目、哪个单位；项目名称或目标说明为空的表会被退回。',
      'Reviewers tell projects and units apart by the header; a table without a project name or goal narrative is sent back.',
    ),
    fix: L('在该单元格填写对应内容；单位名称可填全称并加盖公章。', 'Fill in the field; give the unit’s full name (and stamp it where asked).'),
    example: {
      situation: L('“单位名称(盖章)”后的单元格空着。', 'The cell after 单位名称(盖章) is empty.'),
      params: { field: '单位名称(盖章)' },
    },
  },
  'placeholder-text': {
    id: 'placeholder-text',
    severity: 'warning',
    category: 'header',
    title: L('模板提示文字未删除', 'Template prompt left in'),
    checks: L(
      '是否留有模板的提示文字：把“指标1：”“指标2”当作指标名称，或“……”“(100字以内)”“(200字以内)”“结合自评情况”“对照年度目标，说明”等。',
      'Whether template prompts were left in: 指标1： / 指标2 as indicator names, or ……, (100字以内), (200字以内), 结合自评情况, 对照年度目标，说明 and similar.',
    ),
    why: L(
      '提示文字说明表格没有认真填写，公开后也会被公众看到；评审通常直接退回。',
      'Prompts left in show the table was not really filled in, and the public sees them once it is published; reviewers usually send it back.',
    ),
    fix: L('删去提示文字，写上实际内容；不适用的行整行删除。', 'Delete the prompt and write the actual content; delete rows that do not apply.'),
    example: {
      situation: L('三级指标一栏仍是模板的“指标1：”。', 'The indicator name is still the template’s 指标1：.'),
      params: { text: '指标1：' },
    },
  },
  'goal-not-narrative': {
    id: 'goal-not-narrative',
    severity: 'warning',
    category: 'header',
    title: L('目标说明只有数字', 'Goal narrative is only a number'),
    checks: L(
      '“年度总体目标”“实际完成情况”等说明栏是否只填了一个数字。',
      'Whether a goal or completion narrative (年度总体目标, 实际完成情况) holds only a number.',
    ),
    why: L(
      '这些栏要说明做了什么、达到什么效果；只有数字无法看出目标是否完成。',
      'These fields should say what was done and to what effect; a bare number tells the reviewer nothing.',
    ),
    fix: L('用一两句话写明年度目标和实际完成情况，可引用关键数字。', 'Describe the goal and what was achieved in a sentence or two, quoting key figures.'),
    example: {
      situation: L('“年度总体目标（实际完成情况）”只填了 100%。', '年度总体目标（实际完成情况） holds just 100%.'),
      params: { field: '年度总体目标（实际完成情况）', text: '100%' },
    },
  },
  'project-budget-mismatch': {
    id: 'project-budget-mismatch',
    severity: 'warning',
    category: 'header',
    title: L('项目总预算与预算数不一致', 'Project budget differs from the budget block'),
    checks: L('表头的“项目总预算”是否等于预算执行情况中的预算数。', 'Whether the header’s 项目总预算 equals the budget in the budget block.'),
    why: L('同一张表两处金额不同，评审无法判断哪个是准确的预算。', 'Two different amounts on one table leave the reviewer guessing which budget is right.'),
    fix: L('核对预算批复文件，把两处改为一致。', 'Check the budget approval and make the two amounts agree.'),
    example: {
      situation: L('表头写项目总预算 450 万元，预算执行情况的预算数是 421 万元。', 'The header says 450 (10k yuan); the budget block says 421.'),
      params: { stated: '450', budget: '421' },
    },
  },
};
