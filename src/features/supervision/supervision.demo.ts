import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { demoLicenceCases } from '../people/index.ts'

const NEXT_TIME = [
  'Budgeting for the first pay packet',
  'Getting back in touch with my daughter',
  'What to say at the job interview',
  'Finding a quieter place to live',
]

/** After the second appointment every other person has a lapse; the fourth is missed for a good reason. */
const LAPSE_AFTER = 1
const ABSENCE = 3

/**
 * Supervision for the demo COM's people on licence: fortnightly appointments from three days after release up
 * to today, mostly attended, one acceptable absence, what the person wants next time, and the next appointment
 * booked while the licence lasts. Every other person has a lapse after their second appointment, which they
 * talk about at the third, so the journey shows its zigzag: only once that third appointment has happened.
 */
export async function seedSupervisionDemo(tx: Db, today: IsoDate) {
  const cases = await demoLicenceCases(tx, 12)
  for (const [index, c] of cases.entries()) {
    const released = c.release_date!
    const licenceEnds = await licenceExpiry(tx, c.id)
    const lastDay = licenceEnds && licenceEnds < today ? licenceEnds : today
    const staff = { person_id: c.id, practitioner_id: c.com_id!, recorded_by: c.com_id! }
    const dates: IsoDate[] = []
    for (let day = addDays(released, 3); day <= lastDay; day = addDays(day, 14)) dates.push(day)
    const lapse = index % 2 === 0 && dates.length > LAPSE_AFTER + 1 ? addDays(dates[LAPSE_AFTER]!, 4) : null
    const past = dates.map((date, n) => ({
      ...staff,
      appointment_date: date,
      appointment_time: '10:00',
      kind: n % 3 === 2 ? ('home-visit' as const) : ('office' as const),
      outcome: n === ABSENCE ? ('acceptable-absence' as const) : ('attended' as const),
      notes: notesOf(n, lapse !== null),
      next_time: n === ABSENCE ? null : NEXT_TIME[(index + n) % NEXT_TIME.length]!,
    }))
    const next = addDays(today, 2 + (index % 5))
    const booked =
      !licenceEnds || next <= licenceEnds
        ? [{ ...staff, appointment_date: next, appointment_time: '14:30', kind: 'office' as const }]
        : []
    if (past.length || booked.length)
      await tx
        .insertInto('supervision_appointment')
        .values([...past, ...booked])
        .execute()
    if (lapse) {
      await tx
        .insertInto('setback')
        .values({
          person_id: c.id,
          occurred_on: lapse,
          kind: 'lapse',
          what_happened: 'Drank at a family party after weeks sober, and said so at the next appointment.',
          response: 'talk-it-through',
          response_reason: 'Honest about it and wants to keep going to the group; no risk to others.',
          recorded_by: c.com_id!,
        })
        .execute()
    }
  }
}

function notesOf(n: number, lapsed: boolean): string {
  if (n === ABSENCE) return 'Rang the day before: at the hospital with their mother.'
  if (lapsed && n === LAPSE_AFTER + 1) return 'Talked through the drinking at the party and what helped before.'
  return 'Went through the plan and what is working.'
}

/** The licence of the person's latest custody episode: no appointment is booked after it ends. */
async function licenceExpiry(tx: Db, personId: string): Promise<IsoDate | null> {
  const row = await tx
    .selectFrom('custody_episode')
    .select('licence_expiry_date')
    .where('person_id', '=', personId)
    .orderBy('sentence_start_date', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.licence_expiry_date ?? null
}
