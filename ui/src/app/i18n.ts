// Words of the frame and the few shared by every screen.

const zhCN = {
  app: {
    title: '文明创建工作台',
    mode: { staff: '职工模式', organizer: '组织者模式' },
    nav: {
      label: '功能',
      roster: '人员与科室',
      staff: '职工',
      departments: '科室',
      activityGroup: '活动',
      activities: '活动',
      my: '我的活动',
      settings: '设置',
      fold: '收起菜单',
      unfold: '展开菜单',
    },
    header: {
      login: '组织者登录',
      logout: '退出',
      loggedOut: '已退出组织者模式，现在是职工模式',
    },
    lang: { label: '界面语言', zhCN: '中文', en: 'English' },
    startup: {
      loading: '正在打开…',
      failedTitle: '无法打开工作台的数据',
    },
    print: { back: '返回', print: '打印' },
    kiosk: {
      exit: '退出投票终端',
      exitTitle: '退出投票终端',
      exitHint: '请输入组织者密码',
      password: '组织者密码',
    },
    files: {
      added: '已添加“{name}”',
      removeTitle: '删除文件',
      removeConfirm: '确定删除“{name}”吗？删除后无法恢复。',
    },
  },
  common: {
    save: '保存',
    cancel: '取消',
    // The way out of a question box: never 取消 beside an action that itself says 取消….
    back: '返回',
    close: '关闭',
    edit: '编辑',
    delete: '删除',
    retry: '重试',
    yes: '是',
    actions: '操作',
    more: '更多',
    listSeparator: '、',
    loadFailed: '加载失败',
    number: { tooLarge: '不能大于 {max}，保存时不会被接受', tooSmall: '不能小于 {min}，保存时不会被接受' },
    exported: '已导出到：{path}',
    saveElsewhere: { button: '另存到…', filter: '{ext} 文件' },
    openExported: { file: '打开', folder: '打开所在文件夹' },
    time: {
      weekday: { sun: '周日', mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六' },
      date: '{year}年{month}月{day}日 {weekday}',
      dateTime: '{year}年{month}月{day}日 {weekday} {time}',
      shortDateTime: '{month}月{day}日 {time}',
      sameDayRange: '{date} {from}–{to}',
      range: '{from} 至 {to}',
    },
    error: {
      unexpected: '操作没有完成，请重试；如果反复出现，请联系技术支持',
    },
  },
}

const en: typeof zhCN = {
  app: {
    title: 'Civilized Unit Workbench',
    mode: { staff: 'Staff mode', organizer: 'Organizer mode' },
    nav: {
      label: 'Screens',
      roster: 'People & departments',
      staff: 'Staff',
      departments: 'Departments',
      activityGroup: 'Activities',
      activities: 'Activities',
      my: 'My activities',
      settings: 'Settings',
      fold: 'Fold the menu',
      unfold: 'Unfold the menu',
    },
    header: {
      login: 'Organizer login',
      logout: 'Log out',
      loggedOut: 'Left organizer mode; now in staff mode',
    },
    lang: { label: 'Language', zhCN: '中文', en: 'English' },
    startup: {
      loading: 'Opening…',
      failedTitle: 'The workbench could not open its data',
    },
    print: { back: 'Back', print: 'Print' },
    kiosk: {
      exit: 'Leave the kiosk',
      exitTitle: 'Leave the voting kiosk',
      exitHint: 'Enter the organizer password',
      password: 'Organizer password',
    },
    files: {
      added: 'Added “{name}”',
      removeTitle: 'Delete file',
      removeConfirm: 'Delete “{name}”? This cannot be undone.',
    },
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    back: 'Back',
    close: 'Close',
    edit: 'Edit',
    delete: 'Delete',
    retry: 'Retry',
    yes: 'Yes',
    actions: 'Actions',
    more: 'More',
    listSeparator: ', ',
    loadFailed: 'Could not load',
    number: { tooLarge: 'At most {max}; it will not be accepted as it is', tooSmall: 'At least {min}; it will not be accepted as it is' },
    exported: 'Exported to: {path}',
    saveElsewhere: { button: 'Save elsewhere…', filter: '{ext} file' },
    openExported: { file: 'Open', folder: 'Show in folder' },
    time: {
      weekday: { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' },
      date: '{weekday} {day}/{month}/{year}',
      dateTime: '{weekday} {day}/{month}/{year} {time}',
      shortDateTime: '{day}/{month} {time}',
      sameDayRange: '{date} {from}–{to}',
      range: '{from} to {to}',
    },
    error: {
      unexpected: 'The operation did not complete. Please try again; if it keeps happening, contact technical support.',
    },
  },
}

export default { 'zh-CN': zhCN, en }
