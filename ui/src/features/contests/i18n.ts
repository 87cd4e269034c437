// 比赛成绩: the judged-contest and tournament screens each keep their own messages.
import judged from './judged/i18n'
import tournament from './tournaments/i18n'

export default {
  'zh-CN': { contests: { judged: judged['zh-CN'], tournament: tournament['zh-CN'] } },
  en: { contests: { judged: judged.en, tournament: tournament.en } },
}
