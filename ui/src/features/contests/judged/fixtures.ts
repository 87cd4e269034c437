// A judged contest as the back end answers it, for the component tests: five outside judges, two
// entrants (职工 of 办公室 and 宣传科), scored, the extremes dropped.
import type { JudgedContest } from '@/bindings/JudgedContest'
import type { JudgedResult } from '@/bindings/JudgedResult'

const judges = [1, 2, 3, 4, 5].map((id) => ({ id, staff_id: null, name: `评委${id}`, department_id: null, department_name: null }))

function result(entrantId: number, name: string, totals: number[], final: string, rank: number, award: JudgedResult['award']): JudgedResult {
  const hi = totals.indexOf(Math.max(...totals))
  const lo = totals.indexOf(Math.min(...totals))
  return {
    entrant_id: entrantId,
    entrant_name: name,
    scores: totals.map((total, i) => ({
      judge_id: i + 1,
      judge_name: `评委${i + 1}`,
      total,
      dropped: i === hi ? 'highest' : i === lo ? 'lowest' : null,
    })),
    recused_judge_ids: [],
    missing_judge_ids: [],
    final_score: Number(final),
    final_text: final,
    rank,
    award,
  }
}

export function contest(overrides: Partial<JudgedContest> = {}): JudgedContest {
  return {
    activity_id: 5,
    activity_title: '“爱岗敬业”演讲比赛',
    activity_kind: 'speech',
    rules: {
      criteria: [
        { name: '内容', weight: 40 },
        { name: '表达', weight: 30 },
        { name: '形象', weight: 20 },
        { name: '时间', weight: 10 },
      ],
      trim_from: 5,
      decimals: 2,
      recusal: false,
    },
    awards: { by: 'count', first: 1, second: 2, third: 3, excellent: null },
    judges,
    entrants: [
      { id: 11, name: '张三', department_id: 1, department_name: '办公室' },
      { id: 12, name: '李四', department_id: 2, department_name: '宣传科' },
    ],
    sheets: [],
    recusals: [],
    results: [result(11, '张三', [90, 85, 88, 70, 95], '87.67', 1, 'first'), result(12, '李四', [80, 82, 81, 79, 83], '81.00', 2, 'second')],
    published_at: null,
    log: [],
    exhibition: null,
    ...overrides,
  }
}
