// 比赛成绩: the judged-contest, tournament and timed-race screens each keep their own messages;
// `results` are the shared result sheets, 奖状 and places of all three.
import judged from './judged/i18n'
import timed from './timed/i18n'
import tournament from './tournaments/i18n'

const results = {
  'zh-CN': {
    printScores: '打印成绩表',
    printAwards: '打印获奖名单',
    exportScores: '导出成绩表',
    exportAwards: '导出获奖名单',
    printTeams: '打印科室团体成绩',
    exportTeams: '导出科室团体成绩',
    certificates: '打印奖状',
    noRows: '暂无数据',
    published: '比赛成绩',
    awards: '获奖名单',
    scores: '成绩表',
    certificate: {
      heading: '奖状',
      person: '{department} {name} 同志：',
      team: '{name}：',
      body: '在{activity}中荣获',
      bodyWork: '在{activity}中，作品《{work}》荣获',
      closing: '，特发此状，以资鼓励。',
      count: '共 {count} 张，每张一页',
      unavailable: '暂时不能打印奖状',
      none: '没有获奖者',
    },
    record: { title: '比赛名次', activity: '比赛', date: '日期', result: '名次 / 奖项' },
  },
  en: {
    printScores: 'Print score sheet',
    printAwards: 'Print award list',
    exportScores: 'Export score sheet',
    exportAwards: 'Export award list',
    printTeams: 'Print department ranking',
    exportTeams: 'Export department ranking',
    certificates: 'Print certificates',
    noRows: 'Nothing to show',
    published: 'Results',
    awards: 'Award list',
    scores: 'Score sheet',
    certificate: {
      heading: 'Certificate',
      person: '{name} ({department}):',
      team: '{name}:',
      body: 'In {activity}, awarded the ',
      bodyWork: 'In {activity}, the work “{work}” was awarded the ',
      closing: '. Presented in recognition of this achievement.',
      count: '{count} certificates, one per page',
      unavailable: 'Certificates cannot be printed yet',
      none: 'No one has an award',
    },
    record: { title: 'Contest places', activity: 'Contest', date: 'Date', result: 'Place / award' },
  },
}

export default {
  'zh-CN': { contests: { judged: judged['zh-CN'], tournament: tournament['zh-CN'], timed: timed['zh-CN'], results: results['zh-CN'] } },
  en: { contests: { judged: judged.en, tournament: tournament.en, timed: timed.en, results: results.en } },
}
