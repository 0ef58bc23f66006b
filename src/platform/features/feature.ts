import type { Router } from 'express'
import type { AuditLog } from '../audit/audit-log.ts'
import type { SessionStore } from '../auth/session-store.ts'
import type { CaseDeadlineSource } from '../case/case-deadline.ts'
import type { CaseSection } from '../case/case-header.ts'
import type { CasePromptSource } from '../case/case-prompt.ts'
import type { OversightItemSource } from '../case/oversight-item.ts'
import type { PlanStrengthsSource } from '../case/plan-strengths.ts'
import type { ReportSectionProvider } from '../case/report-section.ts'
import type { TimelineSource } from '../case/timeline-event.ts'
import type { Config } from '../config/config.ts'
import type { IsoDate } from '../dates/calendar-date.ts'
import type { Db } from '../db/database.ts'
import type { SubjectAccessTable } from '../privacy/subject-access.ts'
import type { DemoSeeder } from '../sample-data/demo-seeder.ts'
import type { GeneratorPart } from '../sample-data/generator-part.ts'
import type { RouteRegistry } from '../web/routes/route-registry.ts'

/**
 * What features offer each other without importing each other: filled from every feature's module once all are
 * built, before the first request, so that a feature built early still sees the sources of one built later.
 */
export interface Contributions {
  deadlines: CaseDeadlineSource[]
  timeline: TimelineSource[]
  reportSections: ReportSectionProvider[]
  caseSections: CaseSection[]
  oversightItems: OversightItemSource[]
  planStrengths: PlanStrengthsSource[]
  casePrompts: CasePromptSource[]
  /** Every audit action any feature writes, for the trail's filter. */
  auditActions: string[]
  /** Every feature's tables that hold something about a person, for a subject access export. */
  subjectAccess: SubjectAccessTable[]
}

/** What the platform hands every feature's `build`, beside the services of the features it `needs`. */
export interface PlatformDeps {
  db: Db
  audit: AuditLog
  sessions: SessionStore
  /** The one clock: today in England and Wales, or the day a test sets. */
  today: () => IsoDate
  config: Config
  /** Tests shorten the pause after a failed sign-in. */
  signInDelayScale?: number
  contributions: Contributions
}

/**
 * One capability: everything the app, the composition root, the demo and the generator need of it, in one object
 * exported from the feature's `index.ts`. Each part but the name is optional.
 */
export interface Feature<Name extends string = string, Deps = PlatformDeps, Service = unknown> {
  name: Name
  /** The features whose services `build` is handed, by name: they come earlier in the list. */
  needs?: readonly string[]
  build?(deps: Deps): Service
  /** Its pages, registered through the route registry so that each declares its input and roles. */
  pages?(service: Service, routes: RouteRegistry, deps: Deps): Router
  /** Its JSON routes, mounted under /api/v1. */
  api?(service: Service, routes: RouteRegistry, deps: Deps): Router
  /** Its tab in a person's case. */
  caseSection?: CaseSection
  /** Its open deadlines, for the caseload and each person's "What needs doing". */
  deadlines?(service: Service): CaseDeadlineSource
  /** Its moments of a person's journey. */
  timeline?(service: Service): TimelineSource
  /** Its sections of the handover report. */
  reportSections?(service: Service): ReportSectionProvider
  /** What in a team needs a manager's eye, for the manager's queue. */
  oversightItems?(service: Service): OversightItemSource
  /** A person's strengths for their plan (the strengths profile offers it; the plan shows it). */
  planStrengths?(service: Service): PlanStrengthsSource
  /** What to ask about for a person where screening and planning happen (needs, the plan). */
  casePrompts?(service: Service): CasePromptSource
  /** The tables it holds about a person and how to find a person's rows, for a subject access export. */
  subjectAccess?: readonly SubjectAccessTable[]
  /** The audit actions it writes (its `x.audit.ts`), for the trail's filter. */
  auditActions?: readonly string[]
  /** Its part of the fictional demo organisation, loaded in the order of the list. */
  demo?: DemoSeeder
  /** Its part of a generated organisation at scale, run in the order of the list. */
  generate?: readonly GeneratorPart[]
}

/** Declares a feature; the type of its service is inferred from `build`. */
export function defineFeature<const Name extends string, Deps extends PlatformDeps, Service = undefined>(
  feature: Feature<Name, Deps, Service>,
): Feature<Name, Deps, Service> {
  return feature
}

/** The service a feature builds. */
export type ServiceOf<F> = F extends Feature<string, never, infer S> ? S : never

/** The services of a list of features, by name. */
export type ServicesOf<List extends readonly Feature<string, never, unknown>[]> = {
  [F in List[number] as F['name']]: ServiceOf<F>
}
