// el-tag's markup at any size, drawn by el-tag's own styles, without its component: the frame's
// mode tag and a record page's header tags (the long lists' tags are drawn as markup by
// app/cellMarkup). Attributes (test id) go to the tag.
import { h, type FunctionalComponent } from 'vue'
import type { ButtonType as Kind } from './plainButton'
import 'element-plus/es/components/tag/style/css'

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
