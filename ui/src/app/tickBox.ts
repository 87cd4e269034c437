// A checkbox: el-checkbox's markup, drawn by el-checkbox's own styles, without its component, and
// without one of its own: a function of its props. A sign-up list of 50 rows built 50 el-checkbox
// components, some 80 ms of the screen's first paint (docs/PERFORMANCE.md); then 50 components of
// its own, each with its model. In a table row it is named by `label`; a list's filter shows its
// text beside it (the default slot), as el-checkbox does. The test id and other attributes go to
// the label. What it shows is its `modelValue`, always: a click asks for the other value
// (`update:modelValue`) and leaves the box as it was until the model changes, so a tick the caller
// refuses never shows as ticked.
import { h, type FunctionalComponent } from 'vue'
import 'element-plus/es/components/checkbox/style/css'
import './tickBox.css'

export const TickBox: FunctionalComponent<{ modelValue: boolean; label?: string }, { 'update:modelValue': (on: boolean) => true }> = (
  props,
  { slots, emit },
) => {
  const ticked = { 'is-checked': props.modelValue }
  return h('label', { class: ['el-checkbox', 'tick-box', ticked] }, [
    h('span', { class: ['el-checkbox__input', ticked] }, [
      h('input', {
        class: 'el-checkbox__original',
        type: 'checkbox',
        checked: props.modelValue,
        'aria-label': slots.default ? undefined : props.label,
        onClick: (event: MouseEvent) => {
          event.preventDefault()
          emit('update:modelValue', !props.modelValue)
        },
      }),
      h('span', { class: 'el-checkbox__inner' }),
    ]),
    slots.default ? h('span', { class: 'el-checkbox__label' }, slots.default()) : null,
  ])
}
TickBox.props = { modelValue: { type: Boolean, required: true }, label: String }
TickBox.emits = ['update:modelValue']
