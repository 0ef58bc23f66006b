import type { Db } from '../../platform/db/database.ts'

/** Arranges years on licence: `count` office appointments a fortnight apart from 1 January 2024, all attended. */
export async function fortnightlyAttended(db: Db, personId: string, practitionerId: string, count: number) {
  await db
    .insertInto('supervision_appointment')
    .values(
      Array.from({ length: count }, (_, n) => ({
        person_id: personId,
        appointment_date: new Date(Date.UTC(2024, 0, 1 + 14 * n)).toISOString().slice(0, 10),
        kind: 'office' as const,
        outcome: 'attended' as const,
        practitioner_id: practitionerId,
        recorded_by: practitionerId,
      })),
    )
    .execute()
}
