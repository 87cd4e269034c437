// el-button's markup, drawn by its own styles, without its component: the buttons every visit to a
// screen builds (toolbars, an activity's actions, core's permitted actions). Setting up el-button and el-checkbox was ~10 ms of the clicks to 职工, 活动 and an
// activity's 报名名单 on the large unit (docs/PERFORMANCE.md). The classes are el-button's for the
// same props; a disabled or loading button takes no click. Attributes (test id, title, the click) go
// to the button. el-button stays where it takes a form's size or a dialog's focus.
import { h, type Component, type FunctionalComponent, type PropType, type VNode } from 'vue'
import { Loading } from '@element-plus/icons-vue'
import 'element-plus/es/components/button/style/css'

export type ButtonType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** The el-button props a plain button draws. */
export interface ButtonLook {
  type?: ButtonType | ''
  size?: 'large' | 'default' | 'small' | ''
  plain?: boolean
  text?: boolean
  link?: boolean
  icon?: Component
  disabled?: boolean
  loading?: boolean
}

/** el-button's element for `look`, its text `content`. */
export function buttonNode(look: ButtonLook, content: VNode[] | undefined): VNode {
  const icon = look.loading ? h('i', { class: 'el-icon is-loading' }, h(Loading)) : look.icon ? h('i', { class: 'el-icon' }, h(look.icon)) : null
  const off = Boolean(look.disabled || look.loading)
  return h(
    'button',
    {
      type: 'button',
      class: [
        'el-button',
        look.type ? `el-button--${look.type}` : null,
        look.size && look.size !== 'default' ? `el-button--${look.size}` : null,
        {
          'is-disabled': look.disabled,
          'is-loading': look.loading,
          'is-plain': look.plain,
          'is-text': look.text,
          'is-link': look.link,
        },
      ],
      disabled: off,
      'aria-disabled': off,
    },
    [icon, content ? h('span', content) : null],
  )
}

/** el-button drawn as its markup: `<PlainButton type="primary" :icon="Plus" @click="…">新增</PlainButton>`. */
export const PlainButton: FunctionalComponent<ButtonLook> = (props, { slots }) => buttonNode(props, slots.default?.())
PlainButton.props = {
  type: String as PropType<ButtonLook['type']>,
  size: String as PropType<ButtonLook['size']>,
  plain: Boolean,
  text: Boolean,
  link: Boolean,
  icon: [Object, Function] as PropType<Component>,
  disabled: Boolean,
  loading: Boolean,
}
