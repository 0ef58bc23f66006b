import { randomBytes } from 'node:crypto'
import { actorOf } from '../../platform/audit/actor.ts'
import type { AuditLog } from '../../platform/audit/audit-log.ts'
import type { RequestContext } from '../../platform/auth/current-user.ts'
import type { CaseDeadlineSource } from '../../platform/case/case-deadline.ts'
import { countersignedInTeam, type OversightItemSource } from '../../platform/case/oversight-item.ts'
import type { TimelineSource } from '../../platform/case/timeline-event.ts'
import type { Db } from '../../platform/db/database.ts'
import { Conflict, Forbidden, NotFound, TooManyRequests, ValidationFailed } from '../../platform/errors/errors.ts'
import { renderPdf } from '../../platform/pdf/pdf-document.ts'
import type { PeopleService, PersonCase } from '../people/index.ts'
import type { StrengthsService } from '../strengths/index.ts'
import type { CertificateContent } from './certificate-content.ts'
import { certificatePdf } from './certificate-pdf.ts'
import { promptWindow, spentStatement } from './certificate.rules.ts'
import type { CertificatesAuditAction } from './certificates.audit.ts'
import { toCertificate } from './certificates.mappers.ts'
import { mayCountersign, mayOpenCertificates, mayRevoke, maySign, ownRecordOf } from './certificates.policy.ts'
import type { CertificateRow, CertificatesRepository } from './certificates.repository.ts'
import type { CertificateInput } from './certificates.schemas.ts'
import type { VerificationLimit } from './verification-limit.ts'
import { newVerificationId, readCode, verificationCode } from './verification.rules.ts'

/** When each of the person's records becomes spent, from the disclosure engine; the caller may see the person. */
export type SpentDates = (ctx: RequestContext, personId: string) => Promise<(string | null)[]>
/** The moments of the person's journey, oldest first, from the timeline; the caller may see the person. */
export type Journey = (ctx: RequestContext, personId: string) => Promise<{ at: string; title: string }[]>

interface Dependencies {
  db: Db
  repository: CertificatesRepository
  people: PeopleService
  strengths: StrengthsService
  spentDates: SpentDates
  journey: Journey
  audit: AuditLog<CertificatesAuditAction>
  today: () => string
  /** CERTIFICATE_SECRET, when it is set. */
  secret: string | undefined
  limit: VerificationLimit
}

export type VerificationOutcome =
  | { status: 'valid' | 'revoked'; name: string; issuedOn: string; issuer: string; revokedOn: string | null }
  | { status: 'not-found' | 'format' }

/**
 * The certificate of rehabilitation: signed by the practitioner with what the person chose to show, countersigned
 * by a manager (never the signer), then issued with a signed verification code that anyone can check. What it
 * says is fixed when it is issued. Every read and write is audited; a verification names nobody.
 */
export function createCertificatesService(deps: Dependencies) {
  const { db, repository, people, strengths, audit, today, limit } = deps
  let secret: Promise<string> | undefined
  /** The signing secret: the configured one, or one made once and kept in the database. */
  const signingSecret = () =>
    (secret ??= deps.secret ? Promise.resolve(deps.secret) : repository.secret(randomBytes(32).toString('base64url')))

  async function staffCase(ctx: RequestContext, personId: string, write = false) {
    if (!mayOpenCertificates(ctx.user)) throw new NotFound()
    return people.caseFor(ctx, personId, { write })
  }

  async function shown(row: CertificateRow) {
    return toCertificate(row, row.verification_id ? verificationCode(row.verification_id, await signingSecret()) : null)
  }

  async function find(record: PersonCase, certificateId: string) {
    const row = await repository.one(record.person.id, certificateId)
    if (!row) throw new NotFound()
    return row
  }

  const fullName = ({ person }: PersonCase) => `${person.firstName} ${person.lastName}`

  async function pdfOf(ctx: RequestContext, record: PersonCase, certificateId: string) {
    const row = await find(record, certificateId)
    const content = row.countersigned_by && !row.revoked_on ? await repository.content(row.id) : null
    if (!content || !row.verification_id) throw new NotFound()
    const code = verificationCode(row.verification_id, await signingSecret())
    const pdf = await renderPdf(certificatePdf(content, code))
    await audit.record({
      ...actorOf(ctx, record.person.id),
      action: 'certificate.downloaded',
      details: { certificateId },
    })
    return { fileName: 'certificate-of-rehabilitation.pdf', pdf }
  }

  return {
    /** The person's certificates, and whether this user may prepare one now. */
    async overview(ctx: RequestContext, personId: string) {
      const record = await staffCase(ctx, personId)
      const rows = await repository.list(record.person.id)
      await audit.record({ ...actorOf(ctx, record.person.id), action: 'certificates.viewed' })
      const certificates = await Promise.all(rows.map(shown))
      const inProgress = certificates.some(c => c.status === 'awaiting-countersignature')
      return {
        person: record.person,
        certificates,
        canSign: maySign(ctx.user, record.canEdit) && !inProgress,
        inProgress,
      }
    },

    /** What the practitioner may put on the certificate: the confirmed achievements and the giving back. */
    async form(ctx: RequestContext, personId: string) {
      const record = await staffCase(ctx, personId, true)
      if (!maySign(ctx.user, record.canEdit)) throw new NotFound()
      const { achievements, givingBack } = await strengths.forCertificate(record.person.id)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'certificates.viewed',
        details: { purpose: 'sign' },
      })
      return { person: record.person, achievements, givingBack }
    },

    /** The practitioner signs the certificate, with what the person chose to show, and sends it for countersignature. */
    async sign(ctx: RequestContext, personId: string, input: CertificateInput) {
      const record = await staffCase(ctx, personId, true)
      if (!maySign(ctx.user, record.canEdit))
        throw new Forbidden('Only the person’s probation practitioner signs a certificate')
      const { achievements, givingBack } = await strengths.forCertificate(record.person.id)
      const problems = [
        ...(input.achievementIds.every(id => achievements.some(a => a.id === id))
          ? []
          : [{ field: 'achievementIds', message: 'Select confirmed achievements of this person' }]),
        ...(input.givingBackIds.every(id => givingBack.some(g => g.id === id))
          ? []
          : [{ field: 'givingBackIds', message: 'Select giving back of this person' }]),
      ]
      if (problems.length) throw new ValidationFailed(problems)
      if ((await repository.list(record.person.id)).some(c => !c.countersigned_by)) {
        throw new Conflict('This person already has a certificate waiting for countersignature')
      }
      return db.transaction().execute(async tx => {
        const { id } = await repository.insert(tx, record.person.id, input, ctx.user.id, today())
        await audit.record(
          { ...actorOf(ctx, record.person.id), action: 'certificate.signed', details: { certificateId: id } },
          tx,
        )
        return { id }
      })
    },

    async certificate(ctx: RequestContext, personId: string, certificateId: string) {
      const record = await staffCase(ctx, personId)
      const row = await find(record, certificateId)
      const certificate = await shown(row)
      await audit.record({
        ...actorOf(ctx, record.person.id),
        action: 'certificates.viewed',
        details: { certificateId },
      })
      const chosen = await strengths.forCertificate(record.person.id)
      return {
        person: record.person,
        certificate,
        achievements: chosen.achievements.filter(a => row.achievement_ids.includes(a.id)),
        givingBack: chosen.givingBack.filter(g => row.giving_back_ids.includes(g.id)),
        canCountersign: certificate.status === 'awaiting-countersignature' && mayCountersign(ctx.user, row.signed_by),
        ownSignature: row.signed_by === ctx.user.id,
        canRevoke: certificate.status === 'issued' && mayRevoke(ctx.user, record.canEdit),
      }
    },

    /**
     * A manager of the person's team countersigns (PeopleService decides the team), never their own signature,
     * and only once: the certificate is issued with its code and what it says is fixed.
     */
    async countersign(ctx: RequestContext, personId: string, certificateId: string) {
      const record = await staffCase(ctx, personId)
      const row = await find(record, certificateId)
      if (!mayCountersign(ctx.user)) throw new Forbidden('Only a manager countersigns a certificate')
      if (row.signed_by === ctx.user.id)
        throw new Forbidden('A certificate is countersigned by someone other than its signer')
      if (row.countersigned_by) throw new Conflict('This certificate has already been countersigned')
      const [chosen, spent, journey, issuer, key] = await Promise.all([
        strengths.forCertificate(record.person.id),
        deps.spentDates(ctx, record.person.id),
        deps.journey(ctx, record.person.id),
        repository.issuerOf(ctx.user.id),
        signingSecret(),
      ])
      const verificationId = newVerificationId()
      const on = today()
      const content: CertificateContent = {
        holderName: fullName(record),
        reason: row.reason,
        milestone: row.milestone,
        personWords: row.person_words,
        practitionerWords: row.practitioner_words,
        achievements: chosen.achievements
          .filter(a => row.achievement_ids.includes(a.id))
          .map(a => ({ title: a.title, kindName: a.kindName, achievedOn: a.achievedOn })),
        givingBack: chosen.givingBack
          .filter(g => row.giving_back_ids.includes(g.id))
          .map(g => ({ role: g.role, organisation: g.organisation, hours: g.hours })),
        journey,
        spent: spentStatement(spent, on),
        signedBy: row.signed_by_name,
        signedOn: row.signed_on,
        countersignedBy: ctx.user.displayName,
        countersignedOn: on,
        issuer,
      }
      await db.transaction().execute(async tx => {
        const issued = await repository.issue(tx, row.id, {
          by: ctx.user.id,
          on,
          verificationId,
          holderName: content.holderName,
          issuer,
          content,
        })
        if (!issued) throw new Conflict('Someone else countersigned this certificate while you were reading it')
        await audit.record(
          { ...actorOf(ctx, record.person.id), action: 'certificate.countersigned', details: { certificateId } },
          tx,
        )
      })
      return { id: row.id, code: verificationCode(verificationId, key) }
    },

    async revoke(ctx: RequestContext, personId: string, certificateId: string, reason: string) {
      const record = await staffCase(ctx, personId)
      const row = await find(record, certificateId)
      if (!mayRevoke(ctx.user, record.canEdit)) throw new Forbidden('You cannot revoke this certificate')
      await db.transaction().execute(async tx => {
        const done = await repository.revoke(tx, row.id, { by: ctx.user.id, on: today(), reason })
        if (!done) throw new Conflict('Only an issued certificate that is not revoked can be revoked')
        await audit.record(
          { ...actorOf(ctx, record.person.id), action: 'certificate.revoked', details: { certificateId } },
          tx,
        )
      })
      return { id: row.id }
    },

    /** The issued certificate as a PDF. */
    async pdf(ctx: RequestContext, personId: string, certificateId: string) {
      return pdfOf(ctx, await staffCase(ctx, personId), certificateId)
    },

    /** The person's own issued certificates, for their home page: none while one waits for countersignature. */
    async ownCertificates(ctx: RequestContext) {
      const own = ownRecordOf(ctx.user)
      if (!own) return []
      const record = await people.caseFor(ctx, own)
      const rows = await repository.list(record.person.id)
      return rows
        .filter(row => row.countersigned_on && !row.revoked_on)
        .map(row => ({ id: row.id, issuedOn: row.countersigned_on! }))
    },

    /** The person's own certificate as a PDF. */
    async ownPdf(ctx: RequestContext, certificateId: string) {
      const own = ownRecordOf(ctx.user)
      if (!own) throw new NotFound()
      return pdfOf(ctx, await people.caseFor(ctx, own), certificateId)
    },

    /**
     * The public check of a code, for anyone (an employer, say): the name, date and issuer, and whether it has been
     * revoked. Limited per source address; a code of the wrong shape or signature is refused before any lookup.
     * Each check is audited with its outcome only: neither the person nor the certificate is named.
     */
    async verify(code: string, address: string, correlationId?: string): Promise<VerificationOutcome> {
      if (!limit.take(address)) {
        await audit.record({
          action: 'certificate.verification',
          outcome: 'denied',
          correlationId,
          details: { outcome: 'rate-limited' },
        })
        throw new TooManyRequests('You have checked too many codes. Wait 15 minutes, then try again.')
      }
      const read = readCode(code, await signingSecret())
      const found = read.ok ? await repository.verification(read.id) : undefined
      const outcome: VerificationOutcome =
        !read.ok && read.problem === 'format'
          ? { status: 'format' }
          : !found?.holder_name || !found.countersigned_on
            ? { status: 'not-found' }
            : {
                status: found.revoked_on ? 'revoked' : 'valid',
                name: found.holder_name,
                issuedOn: found.countersigned_on,
                issuer: found.issuer ?? 'The Probation Service',
                revokedOn: found.revoked_on,
              }
      await audit.record({
        action: 'certificate.verification',
        outcome: outcome.status === 'valid' || outcome.status === 'revoked' ? 'success' : 'failure',
        correlationId,
        details: { outcome: !read.ok ? read.problem : outcome.status },
      })
      return outcome
    },

    /** For the manager's queue: certificates signed and awaiting countersignature, cleared by countersigning there. */
    oversightItems: {
      kinds: { 'certificate-countersignature': 'Certificates of rehabilitation to countersign' },
      items: async ({ teamId }) =>
        (await repository.awaitingForTeam(teamId)).map(row => ({
          kind: 'certificate-countersignature',
          subjectId: row.id,
          personId: row.person_id,
          label: 'Certificate of rehabilitation to countersign',
          since: row.signed_on,
          href: `/people/${row.person_id}/certificates/${row.id}`,
          clears: 'done-there' as const,
        })),
      overseen: ({ teamId }, since) => countersignedInTeam(db, 'certificate', teamId, since),
    } satisfies OversightItemSource,

    /** People whose licence ends within 8 weeks and who have no certificate in progress: the caseload's prompt. */
    deadlines: (async personIds => {
      const rows = await repository.licenceEndingWithout(personIds, promptWindow(today()))
      return rows.map(row => ({
        personId: row.person_id,
        label: 'Certificate of rehabilitation to prepare',
        dueDate: row.licence_expiry_date!,
      }))
    }) satisfies CaseDeadlineSource,

    /** Issued certificates, for the person's journey. */
    timelineEvents: (async personId => {
      const rows = await repository.list(personId)
      return rows
        .filter(row => row.countersigned_on)
        .map(row => ({
          at: row.countersigned_on!,
          title: row.revoked_on
            ? 'Certificate of rehabilitation issued (since revoked)'
            : 'Certificate of rehabilitation issued',
          by: row.countersigned_by_name ?? undefined,
          kind: 'certificate',
          href: `/people/${personId}/certificates/${row.id}`,
        }))
    }) satisfies TimelineSource,
  }
}

export type CertificatesService = ReturnType<typeof createCertificatesService>
