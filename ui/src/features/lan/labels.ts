// The purposes as the organizer chooses them, and the QR code as an image. (The lengths offered
// are core's: FACTS.limits.lan.)
import type { Purpose } from '@/bindings/Purpose'

/** In the order the phone page shows its tiles. */
export const PURPOSES: Purpose[] = ['signup', 'my_activities', 'pledge', 'pledge_rating', 'vote']

export const PURPOSE_LABEL: Record<Purpose, string> = {
  signup: 'lanPanel.purpose.signup',
  my_activities: 'lanPanel.purpose.my_activities',
  pledge: 'lanPanel.purpose.pledge',
  pledge_rating: 'lanPanel.purpose.pledge_rating',
  vote: 'lanPanel.purpose.vote',
}

/**
 * The QR code (an SVG our own back end drew) as an image URL: shown through <img>, never inserted
 * as markup, so nothing in it can run or style the page.
 */
export function qrImage(svg: string | null): string {
  return svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : ''
}
