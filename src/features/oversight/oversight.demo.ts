import { addDays, formatLongDate, type IsoDate } from '../../platform/dates/calendar-date.ts'
import { teamPeople } from '../../platform/case/oversight-item.ts'
import type { Db } from '../../platform/db/database.ts'

const NOTES = [
  'CAS3 referral made with the COM; a bed is confirmed for the first night.',
  null,
  'Duty to refer sent to the council. Asked the COM to chase the housing officer weekly.',
  'Approved premises place agreed for release day.',
  null,
  'Staying with his sister to start with; the COM has checked the address.',
]

/**
 * The demo manager's past sign-offs, so that the team's history and its share of recorded oversight read true:
 * releases of the last ten weeks that once had no accommodation, each signed off three weeks before the release,
 * with the note a manager would leave. The items waiting now (a recall decision to countersign, people waiting for
 * a COM, handovers overdue, releases without accommodation) come from the other features' demo data.
 */
export async function seedOversightDemo(tx: Db, today: IsoDate) {
  const manager = await tx
    .selectFrom('app_user')
    .select(['id', 'team_id'])
    .where('username', '=', 'manager')
    .executeTakeFirst()
  if (!manager?.team_id) return
  const released = await tx
    .selectFrom('custody_episode')
    .select(['id', 'person_id', 'release_date'])
    .where('person_id', 'in', teamPeople(tx, manager.team_id))
    .where('release_date', '>', addDays(today, -70))
    .where('release_date', '<=', today)
    .orderBy('release_date')
    .orderBy('id')
    .limit(NOTES.length)
    .execute()
  if (!released.length) return
  await tx
    .insertInto('oversight_sign_off')
    .values(
      released.map((episode, i) => {
        const on = addDays(episode.release_date!, -21)
        return {
          kind: 'release-without-accommodation',
          subject_id: episode.id,
          person_id: episode.person_id,
          team_id: manager.team_id!,
          label: `Release on ${formatLongDate(episode.release_date!)} with no accommodation arranged`,
          note: NOTES[i] ?? null,
          signed_off_by: manager.id,
          signed_off_on: on,
          signed_off_at: `${on}T10:${String(10 + i).padStart(2, '0')}:00Z`,
        }
      }),
    )
    .execute()
}
