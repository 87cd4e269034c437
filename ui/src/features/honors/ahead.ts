// 评先选优's categories and 荣誉榜 of this year, asked for when the navigation to it starts (its
// route's prefetch): the screen's first load makes these very calls and takes their answers
// (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { honorAwards, honorCategories } from './api'

export function honorsAhead(): Promise<void> {
  const ahead = { ahead: true }
  const year = new Date().getFullYear()
  return allAnswered([honorCategories(year, ahead), honorAwards(year, ahead)])
}
