// 职工自助: choosing oneself (with a PIN when turned on) and 我的活动.

const zhCN = {
  self: {
    identify: {
      title: '选择本人',
      intro: '请先找到你自己：输入姓名或工号，在列表中选择。',
      person: '姓名或工号',
      personPlaceholder: '输入姓名或工号查找',
      pin: '个人 PIN',
      pinPlaceholder: '4–6 位数字，由组织者设置',
      pinFormat: '请输入 4–6 位数字的 PIN',
      choose: '请在列表中选择你自己',
      confirm: '确定',
    },
    badge: {
      current: '当前：{name}',
      switch: '切换',
      forget: '不是我',
    },
    my: {
      title: '我的活动',
      honors: '我的荣誉',
      honorYear: '年度',
      honor: '荣誉称号',
      identifyFirst: '查看自己报名的活动前，请先选择本人。',
      identify: '选择本人',
      empty: '还没有报名任何活动。可以在“活动”中找到正在报名的活动。',
      cancel: '取消报名',
      cancelConfirm: '确定取消“{title}”的报名吗？取消后名额会让给候补的人。',
      cancelled: '已取消“{title}”的报名',
      leaveWaitlist: '退出候补',
      leaveWaitlistConfirm: '确定退出“{title}”的候补吗？',
      leftWaitlist: '已退出“{title}”的候补',
      writeReflection: '写心得',
      reflectionSaved: '心得已保存',
    },
  },
}

const en: typeof zhCN = {
  self: {
    identify: {
      title: 'Who are you?',
      intro: 'Find yourself first: type your name or staff no. and choose yourself in the list.',
      person: 'Name or staff no.',
      personPlaceholder: 'Type a name or staff no.',
      pin: 'Personal PIN',
      pinPlaceholder: '4–6 digits, set by the organizer',
      pinFormat: 'Please enter your 4–6 digit PIN',
      choose: 'Please choose yourself in the list',
      confirm: 'OK',
    },
    badge: {
      current: 'Now: {name}',
      switch: 'Switch',
      forget: 'Not me',
    },
    my: {
      title: 'My activities',
      honors: 'My honors',
      honorYear: 'Year',
      honor: 'Honor',
      identifyFirst: 'To see the activities you signed up for, choose yourself first.',
      identify: 'Choose myself',
      empty: 'You have not signed up for anything yet. Open activities are listed under “Activities”.',
      cancel: 'Cancel sign-up',
      cancelConfirm: 'Cancel your sign-up for “{title}”? Your place goes to the first person waiting.',
      cancelled: 'Sign-up for “{title}” cancelled',
      leaveWaitlist: 'Leave waitlist',
      leaveWaitlistConfirm: 'Leave the waitlist of “{title}”?',
      leftWaitlist: 'Left the waitlist of “{title}”',
      writeReflection: 'Write reflection',
      reflectionSaved: 'Reflection saved',
    },
  },
}

export default { 'zh-CN': zhCN, en }
