import { accountPassword } from './features/account-password/index.ts'
import { accountSessions } from './features/account-sessions/index.ts'
import { audit } from './features/audit/index.ts'
import { auth } from './features/auth/index.ts'
import { caseload } from './features/caseload/index.ts'
import { certificates } from './features/certificates/index.ts'
import { continuity } from './features/continuity/index.ts'
import { diversity } from './features/diversity/index.ts'
import { disclosure } from './features/disclosure/index.ts'
import { handover } from './features/handover/index.ts'
import { home } from './features/home/index.ts'
import { keyDates } from './features/key-dates/index.ts'
import { language } from './features/language/index.ts'
import { limitedAccess } from './features/limited-access/index.ts'
import { mfa } from './features/mfa/index.ts'
import { needs } from './features/needs/index.ts'
import { organisation } from './features/organisation/index.ts'
import { oversight } from './features/oversight/index.ts'
import { outcomes } from './features/outcomes/index.ts'
import { overview } from './features/overview/index.ts'
import { people } from './features/people/index.ts'
import { plans } from './features/plans/index.ts'
import { readiness } from './features/readiness/index.ts'
import { recall } from './features/recall/index.ts'
import { release } from './features/release/index.ts'
import { sso } from './features/sso/index.ts'
import { staff } from './features/staff/index.ts'
import { retention } from './features/retention/index.ts'
import { strengths } from './features/strengths/index.ts'
import { subjectRights } from './features/subject-rights/index.ts'
import { supervision } from './features/supervision/index.ts'
import { timeline } from './features/timeline/index.ts'
import { users } from './features/users/index.ts'
import { workload } from './features/workload/index.ts'

/**
 * Every feature, in order: a feature's service is built after those it needs, its demo data is loaded and its
 * generator part run after theirs, and its case section, deadlines, timeline and report sections join the rest.
 * Adding a feature is its folder and one line here.
 */
export const FEATURES = [
  organisation,
  users,
  mfa,
  auth,
  sso,
  accountSessions,
  accountPassword,
  language,
  people,
  limitedAccess,
  handover,
  needs,
  diversity,
  readiness,
  release,
  plans,
  strengths,
  supervision,
  recall,
  continuity,
  caseload,
  overview,
  timeline,
  disclosure,
  certificates,
  keyDates,
  workload,
  oversight,
  outcomes,
  home,
  staff,
  subjectRights,
  retention,
  audit,
] as const

/** The demo organisation, one feature's part after another. */
export const DEMO_SEEDERS = FEATURES.flatMap(feature => ('demo' in feature && feature.demo ? [feature.demo] : []))

/** The generator's steps, one feature's parts after another: the audit trail, last in the list, comes last. */
export const GENERATOR_PARTS = FEATURES.flatMap(feature => ('generate' in feature ? (feature.generate ?? []) : []))
