// 手机参与: the page a phone opens from the QR code. Vue + Vant (its components come with the
// screens that use them, see vite.config.ts), vue-i18n with the page's own texts, a hash router.
import { createApp } from 'vue'
import 'vant/es/style/base.css'
import 'vant/es/toast/style'
import 'vant/es/dialog/style'
import './phone.css'
import PhoneApp from './PhoneApp.vue'
import { phoneI18n, setPhoneLocale } from './i18nSetup'
import { createPhoneRouter } from './router'
import { PhoneError } from './api'

const app = createApp(PhoneApp)
app.use(phoneI18n)
app.use(createPhoneRouter())

// A refusal has already been shown where it happened.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof PhoneError) event.preventDefault()
})

setPhoneLocale(phoneI18n.global.locale.value === 'en' ? 'en' : 'zh-CN')
app.mount('#app')
