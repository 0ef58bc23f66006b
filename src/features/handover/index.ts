import type { ReportSectionProvider } from '../../platform/case/report-section.ts'
import { defineFeature, type PlatformDeps } from '../../platform/features/feature.ts'
import type { PeopleService, PersonCase } from '../people/index.ts'
import { handoverApi } from './handover.api.ts'
import { HANDOVER_AUDIT_ACTIONS } from './handover.audit.ts'
import { seedHandoverDemo } from './handover.demo.ts'
import { handoverPart } from './handover.generate.ts'
import { createHandoverRepository } from './handover.repository.ts'
import { handoverRoutes } from './handover.routes.ts'
import { createHandoverService, type HandoverService } from './handover.service.ts'

type Deps = PlatformDeps & { people: PeopleService }

/** The handover from prison to community: the meeting, the COM's contacts before release and the report. */
export const handover = defineFeature({
  name: 'handover',
  needs: ['people'],
  // The report is generated from what other features already hold, so nothing is typed twice.
  build: ({ db, audit, today, people, contributions }: Deps) =>
    createHandoverService({
      db,
      repository: createHandoverRepository(db),
      people,
      audit,
      today,
      reportSections: contributions.reportSections as ReportSectionProvider<PersonCase>[],
    }),
  pages: (service, routes, { today }) => handoverRoutes(service, routes, today),
  api: (service, routes, { today }) => handoverApi(service, routes, today),
  caseSection: { key: 'handover', label: 'Handover', path: '/handover', order: 40, roles: ['pom', 'com', 'manager'] },
  subjectAccess: [
    { table: 'handover_meeting', label: 'Handover meetings' },
    { table: 'handover_contact', label: 'Contacts before release' },
  ],
  auditActions: HANDOVER_AUDIT_ACTIONS,
  timeline: service => service.timelineEvents,
  oversightItems: service => service.oversightItems,
  demo: ({ tx, today }) => seedHandoverDemo(tx, today),
  generate: [handoverPart],
})

export type { HandoverService }
export type { HandoverFlags } from './handover.rules.ts'
