import type { RequestContext } from '../auth/current-user.ts'

/**
 * The handover report as a document model: sections of summary rows, tables and text, already in words.
 * The printable page renders it, the API returns it, and a PDF can later be drawn from the same model.
 */
export interface ReportRow {
  key: string
  value: string
}

export type ReportBlock =
  | { kind: 'summary'; rows: ReportRow[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'text'; text: string }

export interface ReportSection {
  /** Unique in the report; pages use it for `data-qa` and anchors. */
  id: string
  title: string
  blocks: ReportBlock[]
}

/**
 * The hook by which other features add to the report what they have recorded (needs, actions, release
 * readiness, risk): a function of the case, which checks access and audits through its own service, and
 * returns its sections (none when it has nothing to say). A feature offers one as its module's `reportSections`;
 * the handover report shows them in the order of the feature list, between the allocation and the meeting.
 */
export type ReportSectionProvider<Case = never> = (ctx: RequestContext, record: Case) => Promise<ReportSection[]>
