import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { OrganisationService } from '../organisation/index.ts'
import { REASONS, reallocationProblems, type Reason } from './allocation.rules.ts'
import { REASON_FOR_PERSON, REASON_NAMES } from './allocation.wording.ts'
import { demoLicenceCases } from './licence-cases.demo.ts'
import { peopleApi } from './people.api.ts'
import { PEOPLE_AUDIT_ACTIONS } from './people.audit.ts'
import { seedPeopleDemo } from './people.demo.ts'
import { peoplePart } from './people.generate.ts'
import { createPeopleRepository } from './people.repository.ts'
import { peopleRoutes } from './people.routes.ts'
import { createPeopleService, type PeopleService } from './people.service.ts'
import { personPduPart } from './person-pdu.generate.ts'

type Deps = PlatformDeps & { organisation: OrganisationService }

/** People, their custody episodes and key dates, and who is allocated: the record every other feature reads. */
export const people = defineFeature({
  name: 'people',
  needs: ['organisation'],
  build: ({ db, audit, today, organisation }: Deps) =>
    createPeopleService({ db, repository: createPeopleRepository(db), organisation, audit, today }),
  pages: (service, routes) => peopleRoutes(service, routes),
  api: (service, routes) => peopleApi(service, routes),
  subjectAccess: [
    { table: 'person', label: 'Personal details', personColumn: 'id' },
    { table: 'person_detail_change', label: 'Changes to personal details', orderBy: 'changed_at' },
    { table: 'custody_episode', label: 'Custody episodes and key dates' },
    { table: 'allocation', label: 'Practitioners allocated', orderBy: 'allocated_at' },
  ],
  auditActions: PEOPLE_AUDIT_ACTIONS,
  timeline: service => service.timelineEvents,
  demo: seedPeopleDemo,
  generate: [peoplePart, personPduPart],
})

/** A person's case as another feature receives it: the record, the current episode, and what this user may do. */
export type PersonCase = Awaited<ReturnType<PeopleService['caseFor']>>

export { currentEpisodes } from './current-episodes.ts'
export { demoLicenceCases, REASON_FOR_PERSON, REASON_NAMES, REASONS, reallocationProblems }
export type { PeopleService, Reason }
export { personResponse } from './people.schemas.ts'
export { caseDatesOf } from './case-header.ts'
