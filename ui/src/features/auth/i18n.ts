// 组织者模式: first-start password and login.

const zhCN = {
  auth: {
    setup: {
      title: '首次使用：设置单位和组织者密码',
      intro: '组织者负责维护人员、科室等数据。请填写单位名称并设置组织者密码，密码请妥善保管；其他人使用本机时处于职工模式，只能浏览。',
      unitName: '单位名称',
      unitNamePlaceholder: '例如：市农业农村局',
      password: '组织者密码',
      passwordPlaceholder: '至少 6 位',
      confirm: '再次输入密码',
      mismatch: '两次输入的密码不一致',
      submit: '完成设置',
      done: '设置完成，已进入组织者模式',
    },
    login: {
      title: '组织者登录',
      password: '组织者密码',
      placeholder: '请输入组织者密码',
      submit: '登录',
      success: '已进入组织者模式',
    },
  },
}

const en: typeof zhCN = {
  auth: {
    setup: {
      title: 'First start: your unit and the organizer password',
      intro: 'The organizer keeps people, departments and other data up to date. Enter the unit name and set the organizer password, and keep it safe; anyone else using this computer is in staff mode and can only browse.',
      unitName: 'Unit name',
      unitNamePlaceholder: 'e.g. 市农业农村局',
      password: 'Organizer password',
      passwordPlaceholder: 'At least 6 characters',
      confirm: 'Repeat the password',
      mismatch: 'The two passwords do not match',
      submit: 'Finish set-up',
      done: 'Set-up finished; you are in organizer mode',
    },
    login: {
      title: 'Organizer login',
      password: 'Organizer password',
      placeholder: 'Enter the organizer password',
      submit: 'Log in',
      success: 'You are in organizer mode',
    },
  },
}

export default { 'zh-CN': zhCN, en }
