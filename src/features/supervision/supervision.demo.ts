import { addDays, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { demoLicenceCases } from '../people/index.ts'
import { withSupervisionTables } from './supervision.tables.ts'

const NEXT_TIME = [
  'Budgeting for the first pay packet',
  'Getting back in touch with my daughter',
  'What to say at the job interview',
  'Finding a quieter place to live',
]

/**
 * Supervision for the demo COM's people on licence: fortnightly appointments since release, mostly
 * attended, one acceptable absence, what the person wants next time, the next appointment booked, and for
 * every other person a lapse answered by talking it through, so the journey shows its zigzag.
 */
export async function seedSupervisionDemo(tx: Db, today: IsoDate) {
  const cases = await demoLicenceCases(tx, 12)
  const db = withSupervisionTables(tx)
  for (const [index, c] of cases.entries()) {
    const released = c.release_date!
    const appointments = []
    for (let day = 3, n = 0; addDays(released, day) <= today && n < 6; day += 14, n++) {
      appointments.push({
        person_id: c.id,
        appointment_date: addDays(released, day),
        appointment_time: '10:00',
        kind: n % 3 === 2 ? ('home-visit' as const) : ('office' as const),
        outcome: n === 2 ? ('acceptable-absence' as const) : ('attended' as const),
        notes: n === 2 ? 'Rang ahead: at the hospital with his mother.' : 'Went through the plan and what is working.',
        next_time: NEXT_TIME[(index + n) % NEXT_TIME.length]!,
        practitioner_id: c.com_id!,
        recorded_by: c.com_id!,
      })
    }
    appointments.push({
      person_id: c.id,
      appointment_date: addDays(today, 2 + (index % 5)),
      appointment_time: '14:30',
      kind: 'office' as const,
      outcome: null,
      notes: null,
      next_time: null,
      practitioner_id: c.com_id!,
      recorded_by: c.com_id!,
    })
    await db.insertInto('supervision_appointment').values(appointments).execute()
    if (index % 2 === 0 && appointments.length > 2) {
      await db
        .insertInto('setback')
        .values({
          person_id: c.id,
          occurred_on: addDays(appointments[1]!.appointment_date, 4),
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
