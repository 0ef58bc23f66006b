import { createAuditLog } from './platform/audit/audit-log.ts'
import { createSessionStore } from './platform/auth/session-store.ts'
import type { Config } from './platform/config/config.ts'
import type { DatabaseHandle } from './platform/db/database.ts'
import { todayInLondon } from './platform/dates/calendar-date.ts'
import { createAuditRepository } from './features/audit/audit.repository.ts'
import { createAuditService } from './features/audit/audit.service.ts'
import { createAuthRepository } from './features/auth/auth.repository.ts'
import { createAuthService } from './features/auth/auth.service.ts'
import { createCaseloadRepository } from './features/caseload/caseload.repository.ts'
import { createCaseloadService } from './features/caseload/caseload.service.ts'
import { createChecker } from './features/disclosure/checker-journey.ts'
import { createContinuityRepository } from './features/continuity/continuity.repository.ts'
import { createContinuityService } from './features/continuity/continuity.service.ts'
import { createConvictionsRepository } from './features/disclosure/convictions.repository.ts'
import { createConvictionsService } from './features/disclosure/convictions.service.ts'
import { createHandoverRepository } from './features/handover/handover.repository.ts'
import { createHandoverService } from './features/handover/handover.service.ts'
import { createLimitedAccessRepository } from './features/limited-access/limited-access.repository.ts'
import { createLimitedAccessService } from './features/limited-access/limited-access.service.ts'
import { createNeedsRepository } from './features/needs/needs.repository.ts'
import { createNeedsService } from './features/needs/needs.service.ts'
import { createOrganisationRepository } from './features/organisation/organisation.repository.ts'
import { createOrganisationService } from './features/organisation/organisation.service.ts'
import { createPeopleRepository } from './features/people/people.repository.ts'
import { createPeopleService } from './features/people/people.service.ts'
import { createPlansRepository } from './features/plans/plans.repository.ts'
import { createPlansService } from './features/plans/plans.service.ts'
import { createReadinessRepository } from './features/readiness/readiness.repository.ts'
import { createReadinessService } from './features/readiness/readiness.service.ts'
import { createReleaseRepository } from './features/release/release.repository.ts'
import { createReleaseService } from './features/release/release.service.ts'
import { createTimelineService } from './features/timeline/timeline.service.ts'
import { createRecallRepository } from './features/recall/recall.repository.ts'
import { createRecallService } from './features/recall/recall.service.ts'
import { createSupervisionRepository } from './features/supervision/supervision.repository.ts'
import { createSupervisionService } from './features/supervision/supervision.service.ts'
import { createUsersRepository } from './features/users/users.repository.ts'
import { createUsersService } from './features/users/users.service.ts'

export interface ServiceOptions {
  today?: () => string
  /** Tests shorten the pause after a failed sign-in. */
  signInDelayScale?: number
}

/** The one place where every service is built with what it depends on. */
export function buildServices(handle: DatabaseHandle, _config: Config, options: ServiceOptions = {}) {
  const { db } = handle
  const today = options.today ?? (() => todayInLondon())
  const audit = createAuditLog(db)
  const sessions = createSessionStore(db)
  const organisation = createOrganisationService(createOrganisationRepository(db))
  const people = createPeopleService({ db, repository: createPeopleRepository(db), organisation, audit, today })
  const needs = createNeedsService({ db, repository: createNeedsRepository(db), people, audit, today })
  const readiness = createReadinessService({ db, repository: createReadinessRepository(db), people, audit, today })
  const plans = createPlansService({
    db,
    repository: createPlansRepository(db),
    people,
    needs,
    readiness,
    audit,
    today,
  })
  const release = createReleaseService({ db, repository: createReleaseRepository(db), people, needs, audit, today })
  // The handover report is generated from what other features already hold, so nothing is typed twice.
  const handover = createHandoverService({
    db,
    repository: createHandoverRepository(db),
    people,
    audit,
    today,
    reportSections: [needs.reportSections, readiness.reportSections],
  })
  const supervision = createSupervisionService({
    db,
    repository: createSupervisionRepository(db),
    people,
    audit,
    today,
  })
  const recall = createRecallService({
    db,
    repository: createRecallRepository(db),
    people,
    audit,
    today,
    nextAppointment: supervision.nextAppointment,
  })
  const continuity = createContinuityService({ repository: createContinuityRepository(db), people, audit, today })
  return {
    handle,
    audit,
    sessions,
    organisation,
    people,
    auth: createAuthService({
      repository: createAuthRepository(db),
      sessions,
      audit,
      delayScale: options.signInDelayScale,
    }),
    auditTrail: createAuditService(createAuditRepository(db), audit),
    users: createUsersService(createUsersRepository(db), audit),
    limitedAccess: createLimitedAccessService({
      db,
      repository: createLimitedAccessRepository(db),
      people,
      audit,
      today,
    }),
    checker: createChecker({ today }),
    caseload: createCaseloadService({
      repository: createCaseloadRepository(db),
      people,
      handover,
      audit,
      today,
      deadlineSources: [
        needs.deadlines,
        readiness.deadlines,
        release.deadlines,
        plans.deadlines,
        supervision.deadlines,
        recall.deadlines,
      ],
    }),
    convictions: createConvictionsService({ db, repository: createConvictionsRepository(db), people, audit, today }),
    readiness,
    needs,
    handover,
    release,
    // The timeline is told by every feature that holds a moment of the person's journey.
    timeline: createTimelineService({
      people,
      audit,
      sources: [
        people.timelineEvents,
        needs.timelineEvents,
        readiness.timelineEvents,
        handover.timelineEvents,
        release.timelineEvents,
        plans.timelineEvents,
        continuity.timelineEvents,
        supervision.timelineEvents,
        recall.timelineEvents,
      ],
    }),
    plans,
    supervision,
    recall,
    continuity,
  }
}

export type Services = ReturnType<typeof buildServices>
