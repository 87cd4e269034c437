// The chart as the screens use it: ECharts is the largest module of the app, so it loads after the
// screen's figures have painted, in its own chunk, the first time a chart is shown. Its box keeps
// the chart's height meanwhile, so nothing below it moves when it appears.
import { defineAsyncComponent, defineComponent, h, type PropType } from 'vue'
import type { ChartOption } from './EChart.vue'

export type { ChartOption }

/**
 * Resolves once the window shows and has painted a frame. At start the 首页 has its figures before
 * the window, created hidden, is shown (app/firstScreen); a chart asked for then had its 450 KB
 * chunk fetched and parsed between the showing and the first frame, which waited for it.
 */
export function afterWindowPainted(): Promise<void> {
  return new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => window.setTimeout(resolve))
    if (document.visibilityState === 'visible') return painted()
    const shown = () => {
      if (document.visibilityState !== 'visible') return
      document.removeEventListener('visibilitychange', shown)
      painted()
    }
    document.addEventListener('visibilitychange', shown)
  })
}
const Chart = defineAsyncComponent(() => afterWindowPainted().then(() => import('./EChart.vue')))

export const EChart = defineComponent({
  name: 'EChart',
  props: {
    option: { type: Object as PropType<ChartOption>, required: true },
    height: { type: String, default: '280px' },
  },
  setup(props) {
    return () => h('div', { style: { minHeight: props.height } }, [h(Chart, { option: props.option, height: props.height })])
  },
})
