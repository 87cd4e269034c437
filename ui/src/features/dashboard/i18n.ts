// 首页: upcoming activities, open sign-ups, participation, activities by month, points, pending work.

const zhCN = {
  dashboard: {
    title: '首页',
    upcoming: '即将开始的活动',
    openSignups: '正在报名',
    noUpcoming: '近期没有已发布的活动。',
    noOpen: '目前没有正在报名的活动。',
    deadline: '{time} 截止',
    places: '已报 {n} 人',
    placesOf: '已报 {n} / {cap} 人',
    participation: '{year} 年各科室参与率',
    participationHint: '在职职工中本年度至少参加过一次活动的比例',
    share: '参与率',
    byMonth: '{year} 年每月活动数',
    activities: '活动数',
    monthN: '{n}月',
    top: '{year} 年积分前十',
    noPoints: '还没有人得分。',
    more: '查看排行',
    pending: '待办事项',
    noPending: '没有待办事项。',
    kinds: {
      nominations_to_review: '推荐待审查',
      round_to_close: '投票进行中，待结束',
      publicity_ending: '公示到期，待确认',
      pledges_overdue: '承诺事项逾期',
      standard_without_evidence: '今年尚无佐证材料的标准',
    },
    count: '{n} 项',
    due: '{date} 到期',
  },
}

const en: typeof zhCN = {
  dashboard: {
    title: 'Home',
    upcoming: 'Coming up',
    openSignups: 'Open for sign-up',
    noUpcoming: 'No published activities coming up.',
    noOpen: 'No activity takes sign-ups right now.',
    deadline: 'closes {time}',
    places: '{n} signed up',
    placesOf: '{n} / {cap} signed up',
    participation: 'Participation by department, {year}',
    participationHint: 'Share of active staff who attended at least one activity this year',
    share: 'Participation',
    byMonth: 'Activities per month, {year}',
    activities: 'Activities',
    monthN: 'M{n}',
    top: 'Top 10 points, {year}',
    noPoints: 'Nobody has points yet.',
    more: 'Leaderboard',
    pending: 'Pending work',
    noPending: 'Nothing pending.',
    kinds: {
      nominations_to_review: 'Nominations to review',
      round_to_close: 'Voting open, to close',
      publicity_ending: 'Public notice ending, to confirm',
      pledges_overdue: 'Pledges overdue',
      standard_without_evidence: 'Standards without evidence this year',
    },
    count: '{n}',
    due: 'due {date}',
  },
}

export default { 'zh-CN': zhCN, en }
