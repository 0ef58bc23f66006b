/**
 * The certificate's pure rules: when the caseload prompts for one, and how it says when convictions become spent.
 */
import { addWeeks, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'

/** The caseload prompts for a certificate when the licence ends within this many weeks. */
export const PROMPT_WEEKS = 8

/** The licence end dates, from today to 8 weeks ahead, for which a person with no certificate is prompted. */
export function promptWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: today, to: addWeeks(today, PROMPT_WEEKS) }
}

/** Whether a person whose licence ends on `licenceEnds` is prompted today. */
export function needsPrompt(licenceEnds: IsoDate | null, today: IsoDate, hasCertificate: boolean): boolean {
  if (!licenceEnds || hasCertificate) return false
  const { from, to } = promptWindow(today)
  return licenceEnds >= from && licenceEnds <= to
}

/** When a record becomes spent, as the disclosure engine answers: a date, `immediately`, `never` or `indefinite`. */
export type Spent = string

/**
 * One sentence for the certificate on when the person's convictions become spent, from the engine's answer for
 * each record: none recorded; some never spent; all spent already; or the date the last one becomes spent.
 */
export function spentStatement(spent: readonly (Spent | null)[], today: IsoDate): string {
  if (!spent.length) return 'No cautions or convictions are recorded for this certificate.'
  if (spent.some(s => s === null))
    return 'When the convictions become spent could not be worked out from the records held.'
  if (spent.some(s => s === 'never' || s === 'indefinite')) {
    return 'At least one conviction never becomes spent, or becomes spent only when an order ends.'
  }
  const dates = spent.filter((s): s is IsoDate => s !== 'immediately')
  const last = dates.reduce<IsoDate | null>((latest, d) => (!latest || d > latest ? d : latest), null)
  if (!last || last <= today) return 'All the convictions recorded are spent.'
  return `All the convictions recorded will be spent on ${formatLongDate(last)}.`
}
