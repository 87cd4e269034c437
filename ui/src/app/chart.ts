// The chart as the screens use it: ECharts is the largest module of the app, so it loads after the
// screen's numbers have painted, in its own chunk, the first time a chart is shown.
import { defineAsyncComponent } from 'vue'

export type { ChartOption } from './EChart.vue'
export const EChart = defineAsyncComponent(() => import('./EChart.vue'))
