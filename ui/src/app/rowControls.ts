// A link button, the same for an action core decides on, and a tag for the rows of the long lists
// (职工, 活动, 报名名单, 量化考核): el-button's (app/plainButton) and el-tag's markup, drawn by their
// own styles, without their components. A page of 50 rows otherwise builds 100–250 button and tag
// components, a large share of the time from the click to the painted rows (docs/PERFORMANCE.md).
// Attributes (test id, title, click) go to the element; a disabled or loading button takes no click.
// PlainTag is el-tag's markup at any size, for a page's header as well.
import { h, type FunctionalComponent } from 'vue'
import type { Permit } from '@/bindings/Permit'
import { buttonNode, type ButtonType as Kind } from './plainButton'
import { isAllowed, reasonOf } from './permit'
import 'element-plus/es/components/tag/style/css'

export const RowButton: FunctionalComponent<{ type?: Kind; disabled?: boolean; loading?: boolean }> = (props, { slots }) =>
  buttonNode({ ...props, type: props.type ?? 'primary', link: true }, slots.default?.())
RowButton.props = ['type', 'disabled', 'loading']

/** PermitButton for a row: nothing when core does not offer the action, disabled with core's
 *  reason on hover when refused now, a RowButton when allowed. Attributes go to the button. */
export const RowPermitButton: FunctionalComponent<{ permit: Permit; type?: Kind; disabled?: boolean; loading?: boolean }> = (
  props,
  { slots, attrs },
) => {
  const { permit, disabled, ...rest } = props
  if (!permit.offered) return null
  return h(
    'span',
    { class: 'permit-button', style: 'display: inline-flex', title: reasonOf(permit) || undefined },
    h(RowButton, { ...attrs, ...rest, disabled: !isAllowed(permit) || disabled }, slots),
  )
}
RowPermitButton.props = ['permit', 'type', 'disabled', 'loading']
RowPermitButton.inheritAttrs = false

/** el-tag's markup: `<PlainTag type="danger">进行中</PlainTag>`, `effect="plain"`, `size="small"`. */
export const PlainTag: FunctionalComponent<{ type?: Kind; effect?: 'light' | 'plain' | 'dark'; size?: 'large' | 'default' | 'small' }> = (
  props,
  { slots },
) =>
  h(
    'span',
    {
      class: [
        'el-tag',
        `el-tag--${props.type || 'primary'}`,
        props.size && props.size !== 'default' ? `el-tag--${props.size}` : null,
        `el-tag--${props.effect ?? 'light'}`,
      ],
    },
    [h('span', { class: 'el-tag__content' }, slots.default?.())],
  )
PlainTag.props = ['type', 'effect', 'size']

/** A row's tag: a small PlainTag. */
export const RowTag: FunctionalComponent<{ type?: Kind }> = (props, context) => PlainTag({ type: props.type, size: 'small' }, context)
RowTag.props = ['type']
