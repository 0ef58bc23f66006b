import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/errors.ts'
import type { PeopleService } from '../people/index.ts'
import { journeyView, toAppointment, toSetback } from './supervision.mappers.ts'
import type { SupervisionAuditAction } from './supervision.audit.ts'
import { mayOpenSupervision } from './supervision.policy.ts'
import type { SupervisionRepository } from './supervision.repository.ts'
import { outcomeProblem, type AppointmentKind } from './supervision.rules.ts'
import type { AppointmentInput, AppointmentRecordInput, SetbackInput } from './supervision.schemas.ts'
import {
  APPOINTMENT_KIND_NAMES,
  APPOINTMENT_PLACES,
  OUTCOME_NAMES,
  RESPONSE_NAMES,
  SETBACK_KIND_NAMES,
} from './supervision.wording.ts'

interface Dependencies {
  db: Db
  repository: SupervisionRepository
  people: PeopleService
  audit: AuditLog<SupervisionAuditAction>
  today: () => IsoDate
}

/** Supervision: appointments scheduled and recorded, setbacks and the response to each, and the journey. */
export function createSupervisionService({ db, repository, people, audit, today }: Dependencies) {
  async function staffCase(ctx: RequestContext, personId: string, write = false) {
    if (!mayOpenSupervision(ctx.user)) throw new NotFound()
    return people.caseFor(ctx, personId, { write })
  }

  async function formCase(ctx: RequestContext, personId: string, purpose: string) {
    const record = await staffCase(ctx, personId, true)
    await audit.record({ ...actorOf(ctx, record.person.id), action: 'supervision.viewed', details: { purpose } })
    return record
  }

  async function findAppointment(personId: string, appointmentId: string) {
    const row = await repository.appointment(personId, appointmentId)
    if (!row) throw new NotFound()
    return toAppointment(row)
  }

  return {
    /** The supervision page: upcoming and past appointments, setbacks, and a page of the journey. */
    async overview(ctx: RequestContext, personId: string, page = 1) {
      const record = await staffCase(ctx, personId)
      const [appointmentRows, setbackRows] = await Promise.all([
        repository.appointments(record.person.id),
        repository.setbacks(record.person.id),
      ])
      const appointments = appointmentRows.map(toAppointment)
      const setbacks = setbackRows.map(toSetback)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'supervision.viewed' })
      return {
        person: record.person,
        upcoming: appointments.filter(a => !a.outcome),
        appointments,
        setbacks,
        journey: journeyView(appointments, setbacks, page),
        canRecord: record.canEdit,
        today: today(),
      }
    },

    async scheduleForm(ctx: RequestContext, personId: string) {
      return { person: (await formCase(ctx, personId, 'schedule')).person }
    },

    /** Schedules an appointment with the person's COM, or with whoever schedules it when there is none. */
    async schedule(ctx: RequestContext, personId: string, appointment: AppointmentInput) {
      const record = await staffCase(ctx, personId, true)
      const practitionerId = record.person.com?.id ?? ctx.user.id
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertAppointment(
          tx,
          record.person.id,
          { ...appointment, appointmentTime: appointment.appointmentTime ?? null, practitionerId },
          ctx.user.id,
        )
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: 'supervision.appointment-scheduled',
            details: { appointmentId: id },
          },
          tx,
        )
        return { id }
      })
    },

    async recordForm(ctx: RequestContext, personId: string, appointmentId: string) {
      const record = await formCase(ctx, personId, 'record-appointment')
      return { person: record.person, appointment: await findAppointment(record.person.id, appointmentId) }
    },

    /** Records what happened at an appointment, its notes and what the person wants to work on next time. */
    async record(ctx: RequestContext, personId: string, appointmentId: string, recorded: AppointmentRecordInput) {
      const record = await staffCase(ctx, personId, true)
      const appointment = await findAppointment(record.person.id, appointmentId)
      const problem = outcomeProblem(appointment.date, today())
      if (problem) throw ValidationFailed.of('outcome', problem)
      const saved = await db.transaction().execute(async tx => {
        const row = await repository.recordAppointment(
          tx,
          appointment.id,
          recorded.version,
          { outcome: recorded.outcome, notes: recorded.notes ?? null, nextTime: recorded.nextTime ?? null },
          ctx.user.id,
        )
        if (row) {
          await audit.record(
            {
              ...actorOf(ctx, record.person.id),
              action: 'supervision.appointment-recorded',
              details: { appointmentId: row.id, outcome: recorded.outcome },
            },
            tx,
          )
        }
        return row
      })
      if (!saved) {
        throw new Conflict('Someone else recorded this appointment while you were editing it. Check and save again.', {
          version: (await findAppointment(record.person.id, appointmentId)).version,
        })
      }
      return saved
    },

    async setbackForm(ctx: RequestContext, personId: string) {
      return { person: (await formCase(ctx, personId, 'record-setback')).person }
    },

    async addSetback(ctx: RequestContext, personId: string, setback: SetbackInput) {
      const record = await staffCase(ctx, personId, true)
      return db.transaction().execute(async tx => {
        const { id } = await repository.insertSetback(tx, record.person.id, setback, ctx.user.id)
        await audit.record(
          {
            ...actorOf(ctx, record.person.id),
            action: 'supervision.setback-recorded',
            details: { setbackId: id, kind: setback.kind, response: setback.response },
          },
          tx,
        )
        return { id, considerRecall: setback.response === 'consider-recall' }
      })
    },

    /** The next open appointment, in a letter's words; the caller has already checked access. */
    async nextAppointment(personId: string) {
      const row = await repository.nextAppointment(personId, today())
      return row
        ? {
            date: row.appointment_date,
            time: row.appointment_time,
            where: APPOINTMENT_PLACES[row.kind],
            kind: row.kind,
          }
        : null
    },

    /** Recorded appointments and setbacks, for the person's timeline; the caller has checked access. */
    timelineEvents: (async personId => {
      const rows = await repository.moments(personId)
      return rows.map(row => {
        const appointment = row.source === 'appointment'
        return {
          at: row.on,
          title: appointment
            ? `${APPOINTMENT_KIND_NAMES[row.kind as AppointmentKind]} appointment: ${OUTCOME_NAMES[row.detail as keyof typeof OUTCOME_NAMES]}`
            : `${SETBACK_KIND_NAMES[row.kind as keyof typeof SETBACK_KIND_NAMES]}: ${RESPONSE_NAMES[row.detail as keyof typeof RESPONSE_NAMES].toLowerCase()}`,
          kind: appointment ? 'supervision' : 'setback',
          href: `/people/${personId}/supervision`,
        }
      })
    }) satisfies TimelineSource,

    /** Appointments not yet recorded, each due on its day: overdue after it means what happened is missing. */
    deadlines: (async personIds => {
      const rows = await repository.open(personIds)
      return rows.map(row => ({
        personId: row.person_id,
        label: `${APPOINTMENT_KIND_NAMES[row.kind]} appointment`,
        dueDate: row.appointment_date,
      }))
    }) satisfies CaseDeadlineSource,
  }
}

export type SupervisionService = ReturnType<typeof createSupervisionService>
