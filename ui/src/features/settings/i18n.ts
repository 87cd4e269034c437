// 设置: the unit's name, the organizer password, 职工自助 PINs, where the data lives, the language.

const zhCN = {
  settings: {
    title: '设置',
    unit: {
      title: '单位',
      name: '单位名称',
      save: '保存单位名称',
      saved: '单位名称已保存',
    },
    password: {
      title: '修改组织者密码',
      old: '当前密码',
      new: '新密码',
      newPlaceholder: '至少 6 位',
      confirm: '再次输入新密码',
      mismatch: '两次输入的新密码不一致',
      submit: '修改密码',
      changed: '组织者密码已修改',
      hint: '进入组织者模式要用这个密码。修改时需要先输入当前密码。',
      open: '修改密码',
    },
    selfService: {
      title: '职工自助',
      pins: '个人 PIN',
      hint: '开启后，职工自己报名、取消报名和查看“我的活动”时，需要输入组织者为其设置的 {min}–{max} 位数字 PIN（在“职工”名单中点“设置 PIN”，或在下方批量生成）。连续输错 {attempts} 次，此人的 PIN 锁定 {minutes} 分钟。关闭时，选择本人即可。',
      enabled: '已开启个人 PIN',
      disabled: '已关闭个人 PIN',
    },
    idle: {
      title: '自动锁定',
      minutes: '组织者模式',
      save: '保存',
      saved: '组织者模式将在 {minutes} 分钟无操作后自动锁定',
      hint: '组织者模式在设定的分钟数内没有任何操作时自动锁定，需重新输入密码。职工自助选择的本人在 {selfMinutes} 分钟无操作后自动退出。',
    },
    data: {
      title: '数据文件',
      dbPath: '数据库文件',
      hint: '全部数据都保存在这个文件和旁边的 files 文件夹（附件）中。请用下面的“立即备份”或“导出全部数据”备份，不要在工作台打开时复制文件。',
    },
    language: {
      title: '界面语言',
    },
  },
}

const en: typeof zhCN = {
  settings: {
    title: 'Settings',
    unit: {
      title: 'Unit',
      name: 'Unit name',
      save: 'Save unit name',
      saved: 'Unit name saved',
    },
    password: {
      title: 'Change the organizer password',
      old: 'Current password',
      new: 'New password',
      newPlaceholder: 'At least 6 characters',
      confirm: 'Repeat the new password',
      mismatch: 'The two new passwords do not match',
      submit: 'Change password',
      changed: 'Organizer password changed',
      hint: 'This password opens organizer mode. Changing it asks for the current one first.',
      open: 'Change password',
    },
    selfService: {
      title: 'Staff self-service',
      pins: 'Personal PIN',
      hint: 'When on, people signing up, cancelling or viewing “My activities” for themselves enter the {min}–{max} digit PIN the organizer set for them (“Set PIN” in the staff list, or in bulk below). {attempts} wrong PINs in a row lock that person’s PIN for {minutes} minutes. When off, choosing oneself is enough.',
      enabled: 'Personal PINs turned on',
      disabled: 'Personal PINs turned off',
    },
    idle: {
      title: 'Automatic lock',
      minutes: 'Organizer mode',
      save: 'Save',
      saved: 'Organizer mode now locks after {minutes} idle minutes',
      hint: 'Organizer mode locks itself after this many minutes without any action; the password is needed again. A person chosen in self-service is let go after {selfMinutes} idle minutes.',
    },
    data: {
      title: 'Data file',
      dbPath: 'Database file',
      hint: 'All data is kept in this file and the files folder beside it (attachments). Back up with “Back up now” or “Export all data” below rather than copying files while the workbench runs.',
    },
    language: {
      title: 'Language',
    },
  },
}

export default { 'zh-CN': zhCN, en }
