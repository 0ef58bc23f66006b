/** The handover feature's moments on a person's timeline: the handover meeting and the COM's contacts. */
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { withHandoverTables } from './handover.tables.ts'
import { CONTACT_TYPE_NAMES } from './handover.wording.ts'

/** The caller (the timeline) has already checked that the user may see the person. */
export function handoverTimeline(base: Db): TimelineSource {
  const db = withHandoverTables(base)
  return async personId => {
    const [meetings, contacts] = await Promise.all([
      db
        .selectFrom('handover_meeting as m')
        .innerJoin('app_user as u', 'u.id', 'm.recorded_by')
        .select(['m.meeting_date', 'u.display_name as by'])
        .where('m.person_id', '=', personId)
        .execute(),
      db
        .selectFrom('handover_contact as c')
        .innerJoin('app_user as com', 'com.id', 'c.com_id')
        .select(['c.contact_date', 'c.contact_type', 'c.met', 'com.display_name as by'])
        .where('c.person_id', '=', personId)
        .execute(),
    ])
    const href = `/people/${personId}/handover`
    return [
      ...meetings.map(m => ({ at: m.meeting_date, title: 'Handover meeting', by: m.by, kind: 'handover', href })),
      ...contacts.map(c => ({
        at: c.contact_date,
        title: `Contact with the community offender manager: ${CONTACT_TYPE_NAMES[c.contact_type].toLowerCase()}`,
        description: c.met ? 'They met' : 'They did not meet',
        by: c.by,
        kind: 'handover',
        href,
      })),
    ]
  }
}
