import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { CertificateContent } from './certificate-content.ts'
import type { CertificateInput } from './certificates.schemas.ts'

/** Certificates and the secret that signs their codes: SQL only. */
export function createCertificatesRepository(db: Db) {
  const certificates = (executor: Db) =>
    executor
      .selectFrom('certificate as c')
      .innerJoin('app_user as signer', 'signer.id', 'c.signed_by')
      .leftJoin('app_user as manager', 'manager.id', 'c.countersigned_by')
      .select([
        'c.id',
        'c.person_id',
        'c.reason',
        'c.milestone',
        'c.person_words',
        'c.practitioner_words',
        'c.achievement_ids',
        'c.giving_back_ids',
        'c.signed_by',
        'c.signed_on',
        'c.countersigned_by',
        'c.countersigned_on',
        'c.verification_id',
        'c.revoked_on',
        'c.revoked_reason',
        'c.created_at',
        'signer.display_name as signed_by_name',
        'manager.display_name as countersigned_by_name',
      ])

  return {
    async list(personId: string) {
      return certificates(db).where('c.person_id', '=', personId).orderBy('c.created_at', 'desc').execute()
    },

    async one(personId: string, id: string) {
      return certificates(db).where('c.person_id', '=', personId).where('c.id', '=', id).executeTakeFirst()
    },

    async content(id: string) {
      const row = await db.selectFrom('certificate').select('content').where('id', '=', id).executeTakeFirst()
      return row?.content ?? null
    },

    async insert(tx: Db, personId: string, input: CertificateInput, by: string, on: string) {
      return tx
        .insertInto('certificate')
        .values({
          person_id: personId,
          reason: input.reason,
          milestone: input.reason === 'milestone' ? (input.milestone ?? null) : null,
          person_words: input.personWords,
          practitioner_words: input.practitionerWords,
          achievement_ids: JSON.stringify(input.achievementIds),
          giving_back_ids: JSON.stringify(input.givingBackIds),
          signed_by: by,
          signed_on: on,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    },

    /** Issues once: undefined when someone else countersigned first. */
    async issue(
      tx: Db,
      id: string,
      issued: {
        by: string
        on: string
        verificationId: string
        holderName: string
        issuer: string
        content: CertificateContent
      },
    ) {
      return tx
        .updateTable('certificate')
        .set({
          countersigned_by: issued.by,
          countersigned_on: issued.on,
          verification_id: issued.verificationId,
          holder_name: issued.holderName,
          issuer: issued.issuer,
          content: JSON.stringify(issued.content),
        })
        .where('id', '=', id)
        .where('countersigned_by', 'is', null)
        .returning('id')
        .executeTakeFirst()
    },

    async revoke(tx: Db, id: string, revoked: { by: string; on: string; reason: string }) {
      return tx
        .updateTable('certificate')
        .set({ revoked_by: revoked.by, revoked_on: revoked.on, revoked_reason: revoked.reason })
        .where('id', '=', id)
        .where('countersigned_by', 'is not', null)
        .where('revoked_by', 'is', null)
        .returning('id')
        .executeTakeFirst()
    },

    /** The issuing office: the countersigning manager's probation delivery unit. */
    async issuerOf(userId: string) {
      const row = await db
        .selectFrom('app_user as u')
        .leftJoin('team as t', 't.id', 'u.team_id')
        .leftJoin('pdu', 'pdu.id', 't.pdu_id')
        .select(['pdu.name as pdu'])
        .where('u.id', '=', userId)
        .executeTakeFirst()
      return row?.pdu ? `The Probation Service, ${row.pdu}` : 'The Probation Service'
    },

    /** What the public verification page may show of an issued certificate, by the random id in its code. */
    async verification(verificationId: string) {
      return db
        .selectFrom('certificate')
        .select(['holder_name', 'countersigned_on', 'issuer', 'revoked_on'])
        .where('verification_id', '=', verificationId)
        .executeTakeFirst()
    },

    /** Certificates awaiting countersignature for people allocated to a team's practitioners, in one query. */
    async awaitingForTeam(teamId: string) {
      return db
        .selectFrom('certificate as c')
        .innerJoin('person as p', 'p.id', 'c.person_id')
        .innerJoin('app_user as com', 'com.id', 'p.com_id')
        .innerJoin('app_user as signer', 'signer.id', 'c.signed_by')
        .select([
          'c.id',
          'c.person_id',
          'c.signed_on',
          'c.signed_by',
          'signer.display_name as signed_by_name',
          'p.first_name',
          'p.last_name',
          'p.crn',
        ])
        .where('com.team_id', '=', teamId)
        .where('c.countersigned_by', 'is', null)
        .orderBy('c.signed_on')
        .orderBy('c.id')
        .execute()
    },

    /**
     * People whose licence ends in the window and who have no certificate but a revoked one, in one query: the
     * caseload's prompt.
     */
    async licenceEndingWithout(personIds: readonly string[], window: { from: string; to: string }) {
      if (!personIds.length) return []
      return db
        .selectFrom('custody_episode as e')
        .select(['e.person_id', 'e.licence_expiry_date'])
        .where('e.person_id', 'in', personIds)
        .where('e.release_date', 'is not', null)
        .where('e.licence_expiry_date', '>=', window.from)
        .where('e.licence_expiry_date', '<=', window.to)
        .where(eb =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('certificate as c')
                .select(sql`1`.as('one'))
                .whereRef('c.person_id', '=', 'e.person_id')
                .where('c.revoked_by', 'is', null),
            ),
          ),
        )
        .execute()
    },

    /** The signing secret kept in the database: made once, by whoever asks first. */
    async secret(made: string) {
      await db
        .insertInto('certificate_secret')
        .values({ id: 1, secret: made })
        .onConflict(oc => oc.column('id').doNothing())
        .execute()
      const row = await db
        .selectFrom('certificate_secret')
        .select('secret')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow()
      return row.secret
    },
  }
}

export type CertificatesRepository = ReturnType<typeof createCertificatesRepository>
export type CertificateRow = Awaited<ReturnType<CertificatesRepository['list']>>[number]
