import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { AppointmentKind, Outcome, Response, SetbackKind } from './supervision.rules.ts'

export interface NewAppointment {
  appointmentDate: string
  appointmentTime: string | null
  kind: AppointmentKind
  practitionerId: string
}

export interface AppointmentRecord {
  outcome: Outcome
  notes: string | null
  nextTime: string | null
}

export interface NewSetback {
  occurredOn: string
  kind: SetbackKind
  whatHappened: string
  response: Response
  responseReason: string
}

export function createSupervisionRepository(db: Db) {
  const appointments = () =>
    db
      .selectFrom('supervision_appointment as a')
      .innerJoin('app_user as u', 'u.id', 'a.practitioner_id')
      .selectAll('a')
      .select('u.display_name as practitioner_name')

  return {
    async appointments(personId: string) {
      return appointments()
        .where('a.person_id', '=', personId)
        .orderBy('a.appointment_date')
        .orderBy('a.appointment_time')
        .execute()
    },

    async appointment(personId: string, id: string) {
      return appointments().where('a.person_id', '=', personId).where('a.id', '=', id).executeTakeFirst()
    },

    async setbacks(personId: string) {
      return db
        .selectFrom('setback as s')
        .innerJoin('app_user as u', 'u.id', 's.recorded_by')
        .selectAll('s')
        .select('u.display_name as recorded_by_name')
        .where('s.person_id', '=', personId)
        .orderBy('s.occurred_on')
        .orderBy('s.created_at')
        .execute()
    },

    /** The first appointment on or after the day given that has no outcome yet. */
    async nextAppointment(personId: string, from: string) {
      return appointments()
        .where('a.person_id', '=', personId)
        .where('a.outcome', 'is', null)
        .where('a.appointment_date', '>=', from)
        .orderBy('a.appointment_date')
        .orderBy('a.appointment_time')
        .limit(1)
        .executeTakeFirst()
    },

    async insertAppointment(tx: Db, personId: string, appointment: NewAppointment, by: string) {
      return tx
        .insertInto('supervision_appointment')
        .values({
          person_id: personId,
          appointment_date: appointment.appointmentDate,
          appointment_time: appointment.appointmentTime,
          kind: appointment.kind,
          practitioner_id: appointment.practitionerId,
          recorded_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Records what happened only if nobody has since `version`; undefined when someone has. */
    async recordAppointment(tx: Db, id: string, version: number, record: AppointmentRecord, by: string) {
      return tx
        .updateTable('supervision_appointment')
        .set({
          outcome: record.outcome,
          notes: record.notes,
          next_time: record.nextTime,
          recorded_by: by,
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('version', '=', version)
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    async insertSetback(tx: Db, personId: string, setback: NewSetback, by: string) {
      return tx
        .insertInto('setback')
        .values({
          person_id: personId,
          occurred_on: setback.occurredOn,
          kind: setback.kind,
          what_happened: setback.whatHappened,
          response: setback.response,
          response_reason: setback.responseReason,
          recorded_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Appointments not yet recorded, for many people in one query. */
    async open(personIds: readonly string[]) {
      if (!personIds.length) return []
      return db
        .selectFrom('supervision_appointment')
        .select(['person_id', 'appointment_date', 'kind'])
        .where('person_id', 'in', personIds)
        .where('outcome', 'is', null)
        .orderBy('appointment_date')
        .execute()
    },

    /** Recorded appointments and setbacks of one person, in one query, for the timeline. */
    async moments(personId: string) {
      return db
        .selectFrom('supervision_appointment')
        .select([
          sql<string>`'appointment'`.as('source'),
          'id',
          'appointment_date as on',
          sql<string>`kind`.as('kind'),
          sql<string>`outcome`.as('detail'),
        ])
        .where('person_id', '=', personId)
        .where('outcome', 'is not', null)
        .unionAll(
          db
            .selectFrom('setback')
            .select([
              sql<string>`'setback'`.as('source'),
              'id',
              'occurred_on as on',
              sql<string>`kind`.as('kind'),
              sql<string>`response`.as('detail'),
            ])
            .where('person_id', '=', personId),
        )
        .execute()
    },
  }
}

export type SupervisionRepository = ReturnType<typeof createSupervisionRepository>
