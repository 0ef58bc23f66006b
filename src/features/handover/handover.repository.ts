import { sql } from 'kysely'
import { teamCurrentEpisodes } from '../../platform/case/oversight-item.ts'
import type { Db } from '../../platform/db/database.ts'
import type { ContactType } from './handover.rules.ts'

export interface MeetingColumns {
  meetingDate: string
  comId: string
  pomId: string | null
  personAttended: boolean
  supporterName: string | null
  supporterRelationship: string | null
  notes: string | null
}

export interface ContactColumns {
  contactDate: string
  contactType: ContactType
  met: boolean
  note: string | null
  comId: string
}

export function createHandoverRepository(db: Db) {
  return {
    /** The handover meeting of a custody episode, with the names of the practitioners who attended. */
    async meeting(episodeId: string) {
      return db
        .selectFrom('handover_meeting as m')
        .innerJoin('app_user as com', 'com.id', 'm.com_id')
        .leftJoin('app_user as pom', 'pom.id', 'm.pom_id')
        .innerJoin('app_user as by', 'by.id', 'm.recorded_by')
        .selectAll('m')
        .select(['com.display_name as com_name', 'pom.display_name as pom_name', 'by.display_name as recorded_by_name'])
        .where('m.custody_episode_id', '=', episodeId)
        .executeTakeFirst()
    },

    /** The COM's contacts in a custody episode, the latest first. */
    async contacts(episodeId: string) {
      return db
        .selectFrom('handover_contact as c')
        .innerJoin('app_user as com', 'com.id', 'c.com_id')
        .selectAll('c')
        .select('com.display_name as com_name')
        .where('c.custody_episode_id', '=', episodeId)
        .orderBy('c.contact_date', 'desc')
        .orderBy('c.created_at', 'desc')
        .execute()
    },

    /** Records the first meeting of an episode; undefined when someone else has just recorded one. */
    async insertMeeting(tx: Db, personId: string, episodeId: string, meeting: MeetingColumns, by: string) {
      return tx
        .insertInto('handover_meeting')
        .values({ person_id: personId, custody_episode_id: episodeId, recorded_by: by, ...meetingRow(meeting) })
        .onConflict(oc => oc.column('custody_episode_id').doNothing())
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    /** Changes the meeting only if nobody has changed it since `version`; undefined when someone has. */
    async updateMeeting(tx: Db, meetingId: string, version: number, meeting: MeetingColumns, by: string) {
      return tx
        .updateTable('handover_meeting')
        .set({ ...meetingRow(meeting), recorded_by: by, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', meetingId)
        .where('version', '=', version)
        .returning(['id', 'version'])
        .executeTakeFirst()
    },

    async insertContact(tx: Db, personId: string, episodeId: string, contact: ContactColumns, by: string) {
      return tx
        .insertInto('handover_contact')
        .values({
          person_id: personId,
          custody_episode_id: episodeId,
          com_id: contact.comId,
          contact_date: contact.contactDate,
          contact_type: contact.contactType,
          met: contact.met,
          note: contact.note,
          recorded_by: by,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /**
     * For each person given, in one statement: their current custody episode's key dates, its handover
     * meeting's date, and whether their current COM has met them in it. The current episode is the latest
     * by sentence start, as PeopleService.caseFor takes it. Fields are named as the key-date rules read them.
     */
    async flagFacts(personIds: readonly string[]) {
      if (!personIds.length) return []
      return db
        .selectFrom('person as p')
        .leftJoinLateral(
          eb =>
            eb
              .selectFrom('custody_episode as e')
              .selectAll('e')
              .whereRef('e.person_id', '=', 'p.id')
              .orderBy('e.sentence_start_date', 'desc')
              .limit(1)
              .as('e'),
          join => join.onTrue(),
        )
        .leftJoin('handover_meeting as m', 'm.custody_episode_id', 'e.id')
        .select([
          'p.id as personId',
          'p.com_id as comId',
          'p.pom_id as pomId',
          'e.id as episodeId',
          'e.sentence_type as sentenceType',
          'e.parole as parole',
          'e.early_allocation as earlyAllocation',
          'e.arrival_date as arrivalDate',
          'e.sentence_start_date as sentenceStartDate',
          'e.conditional_release_date as conditionalReleaseDate',
          'e.automatic_release_date as automaticReleaseDate',
          'e.parole_eligibility_date as paroleEligibilityDate',
          'e.tariff_expiry_date as tariffExpiryDate',
          'e.licence_expiry_date as licenceExpiryDate',
          'e.sentence_expiry_date as sentenceExpiryDate',
          'e.release_date as releaseDate',
          'm.meeting_date as meetingDate',
          eb =>
            eb
              .exists(
                eb
                  .selectFrom('handover_contact as c')
                  .select(sql`1`.as('one'))
                  .whereRef('c.custody_episode_id', '=', 'e.id')
                  .whereRef('c.com_id', '=', 'p.com_id')
                  .where('c.met', '=', true),
              )
              .as('metByCom'),
        ])
        .where('p.id', 'in', personIds)
        .execute()
    },

    /** A person's handover meetings and contacts, with who recorded them, for the timeline. */
    async journal(personId: string) {
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
      return { meetings, contacts }
    },

    /**
     * A team's people still in custody whose handover date has passed with no handover meeting recorded (and
     * whose COM is not responsible from the start), in one query.
     */
    async meetingsOverdueInTeam(teamId: string, today: string) {
      return db
        .selectFrom(teamCurrentEpisodes(db, teamId).as('e'))
        .leftJoin('handover_meeting as m', 'm.custody_episode_id', 'e.id')
        .select(['e.id', 'e.person_id', 'e.handover_date'])
        .where('e.release_date', 'is', null)
        .where('e.com_responsible_from_start', '=', false)
        .where('e.handover_date', '<', today)
        .where('m.id', 'is', null)
        .execute()
    },
  }
}

function meetingRow(meeting: MeetingColumns) {
  return {
    meeting_date: meeting.meetingDate,
    com_id: meeting.comId,
    pom_id: meeting.pomId,
    person_attended: meeting.personAttended,
    supporter_name: meeting.supporterName,
    supporter_relationship: meeting.supporterRelationship,
    notes: meeting.notes,
  }
}

export type HandoverRepository = ReturnType<typeof createHandoverRepository>
export type MeetingRow = NonNullable<Awaited<ReturnType<HandoverRepository['meeting']>>>
export type ContactRow = Awaited<ReturnType<HandoverRepository['contacts']>>[number]
export type FlagFactsRow = Awaited<ReturnType<HandoverRepository['flagFacts']>>[number]
