// The chart as the screens use it: ECharts is the largest module of the app, so it loads after the
// screen's figures have painted, in its own chunk, the first time a chart is shown. Its box keeps
// the chart's height meanwhile, so nothing below it moves when it appears.
import { defineAsyncComponent, defineComponent, h, type PropType } from 'vue'
import type { ChartOption } from './EChart.vue'

export type { ChartOption }

const Chart = defineAsyncComponent(() => import('./EChart.vue'))

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
