import type { Insertable } from 'kysely'
import { addDays, latest, type IsoDate } from '../../platform/dates/calendar-date.ts'
import type { Db } from '../../platform/db/database.ts'
import { derivedKeyDates } from './handover.mappers.ts'
import { createHandoverRepository, type FlagFactsRow } from './handover.repository.ts'
import type { HandoverContactTable, HandoverMeetingTable } from './handover.tables.ts'

type Meeting = Insertable<HandoverMeetingTable>
type Contact = Insertable<HandoverContactTable>

const BATCH = 1000

const MEETING_NOTES = [
  'Three-way meeting by video link. Went through the licence conditions and the plan for the first night. Agreed the COM will chase the housing referral.',
  'Met in the visits hall. Talked about going back to the family home and what support is needed with money. The person wants help to open a bank account.',
  'Handover meeting on the wing. The POM shared the sentence plan and progress on the course. The person asked to keep the same drug worker after release.',
  'Meeting by video. The person is worried about where they will live. Agreed the COM will contact the council under the duty to refer this week.',
]

const SUPPORTERS: [string, string][] = [
  ['Denise Walker', 'mother'],
  ['Marcus Reid', 'mentor from Open Door Recovery'],
  ['Kayla Morgan', 'partner'],
]

const VISIT_NOTES = [
  'Legal visit. Introduced myself and explained what happens on release day.',
  'Video call. Went through the licence conditions; the person had questions about curfew.',
  'Visit. Talked about work after release and a referral to Next Step Employment.',
]

/**
 * Believable handover meetings and COM contacts for the demo people, so that the handover pages and the
 * caseload flags have something to show: most people past their handover date have had their meeting and
 * some have not (flagged); most people due out have met their COM, and about a third have had only a
 * letter or a phone call (flagged). The same people get the same records on every machine. Runs in the
 * demo's transaction, after people, episodes and allocations.
 */
export async function seedHandoverDemo(tx: Db, today: IsoDate) {
  const repository = createHandoverRepository(tx)
  const ids = await tx.selectFrom('person').select('id').where('com_id', 'is not', null).orderBy('crn').execute()
  const meetings: Meeting[] = []
  const contacts: Contact[] = []
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH).map(row => row.id)
    const facts = await repository.flagFacts(batch)
    const byId = new Map(facts.map(f => [f.personId, f]))
    batch.forEach((id, offset) => {
      const record = byId.get(id)
      if (record) plan(record, start + offset, today, meetings, contacts)
    })
  }
  for (let i = 0; i < meetings.length; i += BATCH) {
    await tx
      .insertInto('handover_meeting')
      .values(meetings.slice(i, i + BATCH))
      .execute()
  }
  for (let i = 0; i < contacts.length; i += BATCH) {
    await tx
      .insertInto('handover_contact')
      .values(contacts.slice(i, i + BATCH))
      .execute()
  }
  return { meetings: meetings.length, contacts: contacts.length }
}

/** What one person's record holds, chosen by their place in the list (`n`) so that the demo is the same every time. */
function plan(record: FlagFactsRow, n: number, today: IsoDate, meetings: Meeting[], contacts: Contact[]) {
  const { personId, comId, episodeId, arrivalDate, releaseDate } = record
  if (!comId || !episodeId || !arrivalDate) return
  const derived = derivedKeyDates(record)
  if (!derived) return
  const lastDay = releaseDate && releaseDate < today ? releaseDate : today
  const clamp = (date: IsoDate) => (date < arrivalDate ? arrivalDate : date > lastDay ? lastDay : date)
  const ids = { person_id: personId, custody_episode_id: episodeId, com_id: comId, recorded_by: comId }

  // The COM writes to introduce themselves two weeks before the handover (or soon after arrival where they hold the
  // case from the start), before they meet the person.
  const from = latest(derived.handoverDate, addDays(arrivalDate, 14))!
  if (from > lastDay) return
  const introduced = clamp(latest(addDays(from, -14), addDays(arrivalDate, 7))!)
  contacts.push({
    ...ids,
    contact_date: introduced,
    contact_type: 'letter',
    met: false,
    note: 'Introductory letter: who I am and how to reach me.',
  })
  const notMet = n % 3 === 0 && !releaseDate
  if (notMet) {
    if (n % 2 === 0) {
      contacts.push({
        ...ids,
        contact_date: clamp(addDays(lastDay, -10)),
        contact_type: 'phone',
        met: false,
        note: 'Phone call booked through the POM; the person was at work.',
      })
    }
  } else {
    contacts.push({
      ...ids,
      contact_date: clamp(addDays(from, 20 + (n % 30))),
      contact_type: n % 2 === 0 ? 'visit' : 'video',
      met: true,
      note: VISIT_NOTES[n % VISIT_NOTES.length]!,
    })
  }

  // The handover meeting, held around the handover date, except for about one in four (flagged while in custody).
  if (!derived.handoverDate || derived.comResponsibleFromStart || derived.handoverDate >= today || n % 4 === 1) return
  const supporter = n % 6 === 0 ? SUPPORTERS[n % SUPPORTERS.length]! : null
  meetings.push({
    ...ids,
    meeting_date: clamp(latest(addDays(derived.handoverDate, (n % 9) - 4), addDays(introduced, 1))!),
    pom_id: record.pomId,
    person_attended: n % 7 !== 3 || !record.pomId,
    supporter_name: supporter?.[0] ?? null,
    supporter_relationship: supporter?.[1] ?? null,
    notes: MEETING_NOTES[n % MEETING_NOTES.length]!,
  })
}
