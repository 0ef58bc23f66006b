import { auditChainOf, createAuditLog } from './platform/audit/audit-log.ts'
import { createSessionStore } from './platform/auth/session-store.ts'
import type { Config } from './platform/config/config.ts'
import type { DatabaseHandle } from './platform/db/database.ts'
import { todayInLondon } from './platform/dates/calendar-date.ts'
import type { CaseDeadlineSource } from './platform/case/case-deadline.ts'
import type { CaseSection } from './platform/case/case-header.ts'
import type { Contributions, Feature, PlatformDeps, ServicesOf } from './platform/features/feature.ts'
import { FEATURES } from './features.ts'

export interface ServiceOptions {
  today?: () => string
  /** Tests shorten the pause after a failed sign-in. */
  signInDelayScale?: number
  /** Told when the audit chain's head cannot be checkpointed (the trail was tampered with, or the file is not writable). */
  onAuditProblem?: (message: string) => void
}

type AnyFeature = Feature<string, never, unknown>

/**
 * The one place where every service is built: each feature of the list in order, handed the platform and the
 * services of the features it needs; then what features offer each other is gathered from all of them.
 */
export function buildServices(
  handle: DatabaseHandle,
  config: Config,
  options: ServiceOptions = {},
  features: readonly AnyFeature[] = FEATURES,
) {
  const contributions: Contributions = {
    deadlines: [],
    timeline: [],
    reportSections: [],
    caseSections: [],
    oversightItems: [],
    planStrengths: [],
    casePrompts: [],
    auditActions: [],
    subjectAccess: [],
  }
  const auditChain = auditChainOf(handle.db, config.audit, options.onAuditProblem)
  const auditTrail = createAuditLog(handle.db, auditChain)
  const platform: PlatformDeps = {
    db: handle.db,
    audit: auditTrail,
    sessions: createSessionStore(handle.db),
    today: options.today ?? (() => todayInLondon()),
    config,
    signInDelayScale: options.signInDelayScale,
    contributions,
  }
  const built: Record<string, unknown> = {}
  for (const feature of features) {
    const missing = (feature.needs ?? []).filter(name => !(name in built))
    if (missing.length) throw new Error(`${feature.name} needs ${missing.join(', ')}, listed before it`)
    built[feature.name] = feature.build?.({ ...platform, ...built } as never)
  }
  for (const feature of features) gather(contributions, feature, built[feature.name])
  // The trail itself, beside the platform's view of it, so that shutdown can wait for its pending entries.
  return { handle, platform, features, auditChain, auditTrail, ...(built as ServicesOf<typeof FEATURES>) }
}

function gather(contributions: Contributions, feature: AnyFeature, service: unknown) {
  if (feature.deadlines) contributions.deadlines.push(linked(feature.deadlines(service as never), feature.caseSection))
  if (feature.timeline) contributions.timeline.push(feature.timeline(service as never))
  if (feature.reportSections) contributions.reportSections.push(feature.reportSections(service as never))
  if (feature.caseSection) contributions.caseSections.push(feature.caseSection)
  if (feature.oversightItems) contributions.oversightItems.push(feature.oversightItems(service as never))
  if (feature.planStrengths) contributions.planStrengths.push(feature.planStrengths(service as never))
  if (feature.casePrompts) contributions.casePrompts.push(feature.casePrompts(service as never))
  if (feature.auditActions) contributions.auditActions.push(...feature.auditActions)
  if (feature.subjectAccess) contributions.subjectAccess.push(...feature.subjectAccess)
  contributions.caseSections.sort((a, b) => a.order - b.order)
}

/** A feature's deadlines, each pointing at the feature's case section unless it names a page of its own. */
function linked(source: CaseDeadlineSource, section: CaseSection | undefined): CaseDeadlineSource {
  if (!section) return source
  return async personIds =>
    (await source(personIds)).map(d => ({
      ...d,
      href: d.href ?? `/people/${d.personId}${section.path}`,
      section: d.section ?? section.key,
    }))
}

export type Services = ReturnType<typeof buildServices>
