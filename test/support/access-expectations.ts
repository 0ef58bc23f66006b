import type { Role } from '../../src/platform/db/schema.ts'

/**
 * The access matrix's expectations, declared by hand from what each role is for (not read from the code under test):
 * who may reach every route of the registry, and how each test user stands to each person of the fixture. The
 * matrix test (test/integration/access-matrix.int.test.ts) fails for a route that is not listed here.
 */

/** The test users: one of each role, a second COM of team A (comA2) for the limited-access records, and nobody. */
export const PRINCIPALS = {
  signedOut: { username: '', role: undefined },
  comA: { username: 'comA', role: 'com' },
  comA2: { username: 'comA2', role: 'com' },
  managerA: { username: 'managerA', role: 'manager' },
  pom1: { username: 'pom1', role: 'pom' },
  partner: { username: 'partner', role: 'partner' },
  admin: { username: 'admin', role: 'admin' },
  person: { username: 'person', role: 'person' },
} as const satisfies Record<string, { username: string; role: Role | undefined }>
export type Principal = keyof typeof PRINCIPALS

/** The people of the fixture the matrix asks about, and one that does not exist. */
export const SUBJECTS = ['ofComA', 'ofComA2', 'ofComC', 'excludedForComA2', 'restrictedToComA', 'absent'] as const
export type Subject = (typeof SUBJECTS)[number]

/**
 * How a user stands to a person: may change the record, may only read it (a team-mate's person, for a COM), is barred
 * by a limited-access list (and is told so), the person themself, or nothing (out of scope: answered as absent).
 */
export type Relation = 'write' | 'read' | 'limited' | 'own' | 'none'

/** By the fixture (test/support/fixture.ts): teams A and B in the North PDU, team C and prison 2 elsewhere. */
export const RELATIONS: Record<Principal, Partial<Record<Subject, Relation>>> = {
  signedOut: { ofComA: 'none' },
  // comA is allocated Alpha, Echo and Foxtrot (and is on Foxtrot's restriction list); Bravo is a team-mate's.
  comA: { ofComA: 'write', ofComA2: 'read', ofComC: 'none', restrictedToComA: 'write', absent: 'none' },
  // comA2 is allocated Bravo, is excluded from Echo and is not on Foxtrot's restriction list.
  comA2: {
    ofComA2: 'write',
    ofComA: 'read',
    excludedForComA2: 'limited',
    restrictedToComA: 'limited',
    ofComC: 'none',
    absent: 'none',
  },
  // The team's manager changes every record of the team, and is on Foxtrot's restriction list.
  managerA: { ofComA: 'write', ofComC: 'none', restrictedToComA: 'write', absent: 'none' },
  // Alpha is in prison 1 with pom1 as POM; Delta is in prison 2.
  pom1: { ofComA: 'write', ofComC: 'none', absent: 'none' },
  // Partners see referrals only, admins no case content.
  partner: { ofComA: 'none', absent: 'none' },
  admin: { ofComA: 'none', absent: 'none' },
  // The person is Alpha; Bravo is someone else.
  person: { ofComA: 'own', ofComA2: 'none', absent: 'none' },
}

/** Of the subjects, those in custody (the others are in the community, not yet released or never sentenced). */
export const IN_CUSTODY: readonly Subject[] = ['ofComA', 'ofComC']

export type Outcome = 'allowed' | 'forbidden' | 'limited' | 'notFound' | 'signIn'

/** What a route is for: who may reach it, and for a case route whether it reads or changes the record. */
export type Rule =
  | { kind: 'public' }
  /**
   * A later step of signing in (the second factor), public but only for a sign-in waiting for it: the matrix has
   * none, so everyone, signed in or not, is sent back to the first step.
   */
  | { kind: 'signInStep' }
  /** Single sign-on's own routes: public when it is configured, not there (404) when it is off, as in the matrix. */
  | { kind: 'sso' }
  /**
   * Not about one person: the roles that reach it; anyone else signed in gets `refused`. `special`: it shows
   * special-category data (a subject access export holds everything held about the person).
   */
  | { kind: 'signedIn'; roles: readonly Role[]; refused: 'notFound' | 'forbidden'; special?: boolean }
  /**
   * A case route (`:id` is a person): the roles that reach it at all, and whether it reads the record or changes it
   * (a form to change it counts as a change). `person` in the roles means the person, for their own record only.
   */
  | {
      kind: 'case'
      access: 'read' | 'write'
      roles: readonly Role[]
      /** Practitioners who reach the record but may not do this (a COM allocating, a POM ending an exclusion): 403. */
      refused?: readonly Role[]
      /** Shows special-category data (diversity: ethnicity, religion, sexuality, disability and health adjustments). */
      special?: boolean
      /** An API route that names its roles where it is mounted: anyone else is answered 404 at once. */
      guarded?: boolean
      /** Only about someone in custody (the readiness checklist): anyone else is answered as absent. */
      custody?: boolean
      /** Only about someone released on licence (a recall): anyone else is answered as absent. */
      licence?: boolean
    }

const PUBLIC: Rule = { kind: 'public' }
const ALL: readonly Role[] = ['person', 'pom', 'com', 'manager', 'partner', 'admin']
const STAFF: readonly Role[] = ['pom', 'com', 'manager', 'partner', 'admin']
const signedIn = (...roles: Role[]): Rule => ({ kind: 'signedIn', roles, refused: 'notFound' })
const SIGN_IN_STEP: Rule = { kind: 'signInStep' }
const SSO: Rule = { kind: 'sso' }
/** Everything held about a person, special-category data included: for an administrator answering a request. */
const subjectAccess: Rule = { kind: 'signedIn', roles: ['admin'], refused: 'notFound', special: true }
/** A route that answers a role it is not for with 403 (it exists for them, but they may not do this). */
const refusing = (...roles: Role[]): Rule => ({ kind: 'signedIn', roles, refused: 'forbidden' })
const readCase = (...roles: Role[]): Rule => ({ kind: 'case', access: 'read', roles })
const writeCase = (...roles: Role[]): Rule => ({ kind: 'case', access: 'write', roles })
/** The page of a form that changes the record: shown only to those who may make the change. */
const formCase = writeCase
/** An API route mounted for the roles it names. */
const guarded = (rule: Rule): Rule => (rule.kind === 'case' ? { ...rule, guarded: true } : rule)
/** A change some practitioners who see the record may not make: they are told so (403). */
const managedCase = (roles: Role[], refused: Role[]): Rule => ({ kind: 'case', access: 'write', roles, refused })
const custodyCase = (access: 'read' | 'write'): Rule => ({
  kind: 'case',
  access,
  roles: ['pom', 'com', 'manager'],
  custody: true,
})
/** Special-category data (diversity, with health and disability adjustments): only to the roles named. */
const specialRead = (...roles: Role[]): Rule => ({ kind: 'case', access: 'read', roles, special: true })
const specialWrite = (...roles: Role[]): Rule => ({ kind: 'case', access: 'write', roles, special: true })

/** Every route of the registry, `kind METHOD path`, and its rule. */
export const ROUTES: Record<string, Rule> = {
  'api POST /api/v1/sign-in': PUBLIC,
  'api POST /api/v1/sign-out': signedIn(...ALL),
  'api GET /api/v1/me': signedIn(...ALL),
  'page GET /sign-in': PUBLIC,
  'page POST /sign-in': PUBLIC,
  'page POST /sign-out': PUBLIC,
  'page GET /signed-out': PUBLIC,
  'api PUT /api/v1/language': signedIn('person'),
  'page POST /language': signedIn('person'),
  'api GET /api/v1/people': signedIn(...ALL),
  'api POST /api/v1/people': signedIn(...ALL),
  'api GET /api/v1/people/:id': readCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/custody-episodes': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/custody-episodes/:episodeId': writeCase('pom', 'com', 'manager'),
  // The matrix's body names a COM as well as a POM: only a manager allocates a COM (a POM allocates a POM in their
  // prison: people.int.test.ts).
  'api PUT /api/v1/people/:id/allocation': managedCase(['manager'], ['pom', 'com']),
  'page GET /people': signedIn('pom', 'com', 'manager'),
  'page GET /people/new': signedIn('pom', 'com', 'manager'),
  'page POST /people/new': signedIn('pom', 'com', 'manager'),
  'page GET /people/:id/edit': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/edit': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/custody/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/custody/new': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/custody/:episodeId/edit': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/custody/:episodeId/edit': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/allocation': readCase('pom', 'com', 'manager'),
  'page POST /people/:id/allocation': managedCase(['manager'], ['pom', 'com']),
  'api GET /api/v1/people/:id/limited-access': managedCase(['manager'], ['pom', 'com']),
  'api POST /api/v1/people/:id/limited-access': managedCase(['manager'], ['pom', 'com']),
  'api POST /api/v1/people/:id/limited-access/:entryId/end': managedCase(['manager'], ['pom', 'com']),
  'page GET /people/:id/limited-access': formCase('manager'),
  'page POST /people/:id/limited-access': writeCase('manager'),
  'page POST /people/:id/limited-access/:entryId/end': writeCase('manager'),
  'api GET /api/v1/people/:id/handover': readCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/handover/meeting': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/handover/contacts': writeCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/handover/report': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/handover/report.pdf': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/handover': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/handover/meeting': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/handover/meeting': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/handover/contacts/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/handover/contacts/new': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/handover/report': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/handover/report.pdf': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/needs': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/needs/screenings/:kind': readCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/needs/screenings/:kind': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/needs/actions': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/needs/actions/:actionId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/needs/actions/:actionId/done': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/needs': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/needs/screening/:kind': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/needs/screening/:kind': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/needs/actions/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/needs/actions/new': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/needs/actions/:actionId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/needs/actions/:actionId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/needs/actions/:actionId/done': writeCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/diversity': specialRead('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/diversity': specialWrite('pom', 'com', 'manager'),
  'page GET /people/:id/diversity': specialRead('pom', 'com', 'manager'),
  'page GET /people/:id/diversity/edit': specialWrite('pom', 'com', 'manager'),
  'page POST /people/:id/diversity/edit': specialWrite('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/readiness': readCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/readiness/items/accommodation': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/identity': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/bank-account': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/benefits': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/gp': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/medication': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/first-appointment': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/licence-conditions': custodyCase('write'),
  'api PUT /api/v1/people/:id/readiness/items/travel': custodyCase('write'),
  'api POST /api/v1/people/:id/readiness/housing-referrals': custodyCase('write'),
  'api GET /api/v1/people/:id/readiness/release-day': readCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/readiness': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/readiness/housing-referral': custodyCase('write'),
  'page POST /people/:id/readiness/housing-referral': custodyCase('write'),
  'page GET /people/:id/readiness/accommodation': custodyCase('write'),
  'page POST /people/:id/readiness/accommodation': custodyCase('write'),
  'page GET /people/:id/readiness/identity': custodyCase('write'),
  'page POST /people/:id/readiness/identity': custodyCase('write'),
  'page GET /people/:id/readiness/bank-account': custodyCase('write'),
  'page POST /people/:id/readiness/bank-account': custodyCase('write'),
  'page GET /people/:id/readiness/benefits': custodyCase('write'),
  'page POST /people/:id/readiness/benefits': custodyCase('write'),
  'page GET /people/:id/readiness/gp': custodyCase('write'),
  'page POST /people/:id/readiness/gp': custodyCase('write'),
  'page GET /people/:id/readiness/medication': custodyCase('write'),
  'page POST /people/:id/readiness/medication': custodyCase('write'),
  'page GET /people/:id/readiness/first-appointment': custodyCase('write'),
  'page POST /people/:id/readiness/first-appointment': custodyCase('write'),
  'page GET /people/:id/readiness/licence-conditions': custodyCase('write'),
  'page POST /people/:id/readiness/licence-conditions': custodyCase('write'),
  'page GET /people/:id/readiness/travel': custodyCase('write'),
  'page POST /people/:id/readiness/travel': custodyCase('write'),
  'page GET /people/:id/release-day': readCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/release-day.pdf': readCase('person', 'pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/release': readCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/release': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/release/follow-ups/treatment-3-weeks': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/release/follow-ups/employment-6-weeks': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/release/follow-ups/accommodation-3-months': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/release/follow-ups/employment-6-months': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/release': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/release/record': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/release/record': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/release/follow-ups/treatment-3-weeks': formCase('com', 'manager'),
  'page POST /people/:id/release/follow-ups/treatment-3-weeks': writeCase('com', 'manager'),
  'page GET /people/:id/release/follow-ups/employment-6-weeks': formCase('com', 'manager'),
  'page POST /people/:id/release/follow-ups/employment-6-weeks': writeCase('com', 'manager'),
  'page GET /people/:id/release/follow-ups/accommodation-3-months': formCase('com', 'manager'),
  'page POST /people/:id/release/follow-ups/accommodation-3-months': writeCase('com', 'manager'),
  'page GET /people/:id/release/follow-ups/employment-6-months': formCase('com', 'manager'),
  'page POST /people/:id/release/follow-ups/employment-6-months': writeCase('com', 'manager'),
  'api GET /api/v1/people/:id/plan': readCase('person', 'pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/plan/history': readCase('person', 'pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/plan/agreements': writeCase('person', 'pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/steps/:itemId/status': writeCase('person', 'pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/goals/:itemId/achieved': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/plan/goals': writeCase('person', 'pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/goals/:itemId': writeCase('person', 'pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/plan/goals/:itemId': writeCase('person', 'pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/plan/steps': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/steps/:itemId': writeCase('pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/plan/steps/:itemId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/plan/controls': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/controls/:itemId': writeCase('pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/plan/controls/:itemId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/plan/conditions': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/conditions/:itemId': writeCase('pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/plan/conditions/:itemId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/plan/supporters': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/plan/supporters/:itemId': writeCase('pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/plan/supporters/:itemId': writeCase('pom', 'com', 'manager'),
  'page GET /your-plan': signedIn(...ALL),
  'page GET /people/:id/plan': readCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/plan/history': readCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/plan/print': readCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/plan/agreement': formCase('person', 'pom', 'com', 'manager'),
  'page POST /people/:id/plan/agreement': writeCase('person', 'pom', 'com', 'manager'),
  'page POST /people/:id/plan/steps/:itemId/status': writeCase('person', 'pom', 'com', 'manager'),
  'page POST /people/:id/plan/goals/:itemId/achieved': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/goals/new': formCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/plan/goals/:itemId': formCase('person', 'pom', 'com', 'manager'),
  'page POST /people/:id/plan/goals': writeCase('person', 'pom', 'com', 'manager'),
  'page POST /people/:id/plan/goals/:itemId': writeCase('person', 'pom', 'com', 'manager'),
  'page POST /people/:id/plan/goals/:itemId/remove': writeCase('person', 'pom', 'com', 'manager'),
  'page GET /people/:id/plan/steps/new': formCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/steps/:itemId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/steps': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/steps/:itemId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/steps/:itemId/remove': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/controls/new': formCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/controls/:itemId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/controls': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/controls/:itemId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/controls/:itemId/remove': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/conditions/new': formCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/conditions/:itemId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/conditions': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/conditions/:itemId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/conditions/:itemId/remove': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/supporters/new': formCase('pom', 'com', 'manager'),
  'page GET /people/:id/plan/supporters/:itemId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/supporters': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/supporters/:itemId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/plan/supporters/:itemId/remove': writeCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/strengths': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/strengths': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/strengths/:strengthId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/achievements/from-goal/:goalId': writeCase('pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/strengths/:strengthId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/achievements': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/achievements/:achievementId/evidence': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/achievements/:achievementId/confirmation': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/giving-back': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/strengths': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/strengths/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/new': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/strengths/:strengthId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/:strengthId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/:strengthId/remove': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/strengths/achievements/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/achievements/new': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/achievements/from-goal/:goalId': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/achievements/:achievementId/confirm': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/strengths/achievements/:achievementId/evidence': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/strengths/giving-back/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/strengths/giving-back/new': writeCase('pom', 'com', 'manager'),
  'page GET /your-strengths': signedIn('person'),
  'page POST /your-strengths/strengths': signedIn('person'),
  'page POST /your-strengths/achievements': signedIn('person'),
  'api GET /api/v1/people/:id/supervision': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/supervision/appointments': writeCase('pom', 'com', 'manager'),
  'api PUT /api/v1/people/:id/supervision/appointments/:appointmentId': writeCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/supervision/setbacks': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/supervision': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/supervision/appointments/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/supervision/appointments/new': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/supervision/appointments/:appointmentId': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/supervision/appointments/:appointmentId': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/supervision/setbacks/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/supervision/setbacks/new': writeCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/recall': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/recall': writeCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/recall/:reviewId': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/recall/:reviewId/countersignature': managedCase(['manager'], ['pom', 'com']),
  'api GET /api/v1/people/:id/recall/:reviewId/letter': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/recall': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/recall/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/recall/new': {
    kind: 'case',
    access: 'write',
    roles: ['pom', 'com', 'manager'],
    licence: true,
  },
  'page GET /people/:id/recall/:reviewId': readCase('pom', 'com', 'manager'),
  'page POST /people/:id/recall/:reviewId/countersign': writeCase('manager'),
  'page GET /people/:id/recall/:reviewId/letter.pdf': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/continuity': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/continuity': refusing('manager'),
  'api GET /api/v1/your-practitioner': signedIn('person'),
  'page GET /people/:id/continuity': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/continuity/letter.pdf': readCase('pom', 'com', 'manager'),
  'page GET /continuity': signedIn('manager'),
  'page GET /your-practitioner': signedIn('person'),
  'page GET /your-practitioner/letter.pdf': signedIn('person'),
  'api GET /api/v1/caseload': refusing('pom', 'com', 'manager'),
  'api GET /api/v1/caseload/awaiting-com': refusing('manager'),
  'page GET /caseload': refusing('pom', 'com', 'manager'),
  'page GET /caseload/awaiting-com': refusing('manager'),
  'page GET /people/:id': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/people/:id/timeline': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/timeline': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/disclosure/check': PUBLIC,
  'api GET /api/v1/people/:id/convictions': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/convictions': writeCase('pom', 'com', 'manager'),
  'api DELETE /api/v1/people/:id/convictions/:recordId': writeCase('pom', 'com', 'manager'),
  'page GET /check-your-record': PUBLIC,
  'page GET /check-your-record/date-of-birth': PUBLIC,
  'page GET /check-your-record/*rest': PUBLIC,
  'page POST /check-your-record/*rest': PUBLIC,
  'page GET /people/:id/convictions': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/convictions': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/convictions/sentences': writeCase('pom', 'com', 'manager'),
  'page POST /people/:id/convictions/:recordId/remove': writeCase('pom', 'com', 'manager'),
  'page GET /people/:id/disclosure': readCase('pom', 'com', 'manager'),
  'page GET /your-record': signedIn('person'),
  'api GET /api/v1/people/:id/certificates': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/certificates': guarded(writeCase('com', 'manager')),
  'api GET /api/v1/people/:id/certificates/:certificateId': readCase('pom', 'com', 'manager'),
  'api POST /api/v1/people/:id/certificates/:certificateId/countersignature': guarded(writeCase('manager')),
  'api POST /api/v1/people/:id/certificates/:certificateId/revocation': guarded(writeCase('com', 'manager')),
  'api GET /api/v1/people/:id/certificates/:certificateId/pdf': readCase('pom', 'com', 'manager'),
  'api GET /api/v1/certificates/verify/:code': PUBLIC,
  'page GET /people/:id/certificates': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/certificates/new': formCase('com', 'manager'),
  'page POST /people/:id/certificates/new': writeCase('com', 'manager'),
  'page GET /people/:id/certificates/:certificateId': readCase('pom', 'com', 'manager'),
  'page POST /people/:id/certificates/:certificateId/countersign': writeCase('manager'),
  'page POST /people/:id/certificates/:certificateId/revoke': writeCase('com', 'manager'),
  'page GET /people/:id/certificates/:certificateId/certificate.pdf': readCase('pom', 'com', 'manager'),
  'page GET /your-certificate/:certificateId': signedIn('person'),
  'page GET /verify': PUBLIC,
  'api POST /api/v1/key-dates': PUBLIC,
  'api POST /api/v1/workload/calculate': signedIn('pom', 'com', 'manager', 'partner', 'admin'),
  'api GET /api/v1/workload/team': signedIn('manager'),
  'api GET /api/v1/workload/practitioners/:staffId': signedIn('com', 'manager'),
  'api PUT /api/v1/workload/practitioners/:staffId/hours': signedIn('manager'),
  'api POST /api/v1/workload/practitioners/:staffId/reductions': signedIn('manager'),
  'api GET /api/v1/workload/practitioners/:staffId/court-reports': signedIn('com', 'manager'),
  'api POST /api/v1/workload/practitioners/:staffId/court-reports': signedIn('com', 'manager'),
  'api DELETE /api/v1/workload/practitioners/:staffId/court-reports/:reportId': signedIn('com', 'manager'),
  'api GET /api/v1/people/:id/tier': guarded(readCase('pom', 'com', 'manager')),
  'api POST /api/v1/people/:id/tier': guarded(writeCase('pom', 'com', 'manager')),
  'api GET /api/v1/people/:id/allocation-advice': guarded(readCase('manager')),
  'api POST /api/v1/people/:id/allocation-advice': guarded(writeCase('manager')),
  'page GET /people/:id/tier': readCase('pom', 'com', 'manager'),
  'page GET /people/:id/tier/new': formCase('pom', 'com', 'manager'),
  'page POST /people/:id/tier/new': writeCase('pom', 'com', 'manager'),
  'page GET /workload': signedIn('com', 'manager'),
  'page GET /workload/team': signedIn('manager'),
  'page GET /workload/practitioners/:staffId': signedIn('com', 'manager'),
  'page GET /workload/practitioners/:staffId/hours': signedIn('manager'),
  'page POST /workload/practitioners/:staffId/hours': signedIn('manager'),
  'page GET /workload/practitioners/:staffId/reductions/new': signedIn('manager'),
  'page POST /workload/practitioners/:staffId/reductions/new': signedIn('manager'),
  'page GET /workload/practitioners/:staffId/court-reports/new': signedIn('com', 'manager'),
  'page POST /workload/practitioners/:staffId/court-reports/new': signedIn('com', 'manager'),
  'page POST /workload/practitioners/:staffId/court-reports/:reportId/remove': signedIn('com', 'manager'),
  'page GET /people/:id/allocation/advice': formCase('manager'),
  'page POST /people/:id/allocation/advice': writeCase('manager'),
  'api GET /api/v1/oversight': signedIn('manager'),
  'api POST /api/v1/oversight/sign-offs': signedIn('manager'),
  'api GET /api/v1/oversight/sign-offs': signedIn('manager'),
  'page GET /oversight': signedIn('manager'),
  'page GET /oversight/sign-off': signedIn('manager'),
  'page POST /oversight/sign-off': signedIn('manager'),
  'page GET /oversight/history': signedIn('manager'),
  'api GET /api/v1/outcomes': signedIn('manager', 'admin'),
  'page GET /outcomes': signedIn('manager', 'admin'),
  'page GET /outcomes.csv': signedIn('manager', 'admin'),
  'page GET /': signedIn(...ALL),
  'api GET /api/v1/audit': signedIn('admin'),
  'page GET /admin/audit': signedIn('admin'),
  'page GET /admin/audit.csv': signedIn('admin'),
  // Multi-factor authentication is for staff accounts; the person signs in without one.
  'api GET /api/v1/account/mfa': signedIn(...STAFF),
  'api POST /api/v1/account/mfa/set-up': signedIn(...STAFF),
  'api POST /api/v1/account/mfa/confirm': signedIn(...STAFF),
  'page GET /account/mfa': signedIn(...STAFF),
  'page GET /account/mfa/set-up': signedIn(...STAFF),
  'page POST /account/mfa/set-up': signedIn(...STAFF),
  'page GET /sign-in/code': SIGN_IN_STEP,
  'page POST /sign-in/code': SIGN_IN_STEP,
  'page GET /sign-in/set-up': SIGN_IN_STEP,
  'page POST /sign-in/set-up': SIGN_IN_STEP,
  'page POST /sso/sign-in': SSO,
  'page GET /sso/callback': SSO,
  // Everyone signed in lists and ends their own sessions (an id that is not theirs is answered as absent).
  // Changing one's own password: every signed-in user, for their own account (a wrong current password is a 400).
  'api PUT /api/v1/account/password': signedIn(...ALL),
  'page GET /account/password': signedIn(...ALL),
  'page POST /account/password': signedIn(...ALL),
  'api GET /api/v1/account/sessions': signedIn(...ALL),
  'api POST /api/v1/account/sessions/:sessionId/end': signedIn(...ALL),
  'api POST /api/v1/account/sessions/end-others': signedIn(...ALL),
  'page GET /account/sessions': signedIn(...ALL),
  'page POST /account/sessions/:sessionId/end': signedIn(...ALL),
  'page POST /account/sessions/end-others': signedIn(...ALL),
  // Staff administration, subject access and retention are the administrator's.
  'api GET /api/v1/staff': signedIn('admin'),
  'api POST /api/v1/staff': signedIn('admin'),
  'api GET /api/v1/staff/:userId': signedIn('admin'),
  'api PATCH /api/v1/staff/:userId': signedIn('admin'),
  'api PUT /api/v1/staff/:userId/active': signedIn('admin'),
  'api DELETE /api/v1/staff/:userId/mfa': signedIn('admin'),
  'api GET /api/v1/teams': signedIn('admin'),
  'api POST /api/v1/teams': signedIn('admin'),
  'page GET /admin/staff': signedIn('admin'),
  'page GET /admin/staff/new': signedIn('admin'),
  'page POST /admin/staff/new': signedIn('admin'),
  'page GET /admin/staff/:userId': signedIn('admin'),
  'page POST /admin/staff/:userId': signedIn('admin'),
  'page POST /admin/staff/:userId/active': signedIn('admin'),
  'page POST /admin/staff/:userId/mfa-reset': signedIn('admin'),
  'page GET /admin/teams': signedIn('admin'),
  'page POST /admin/teams': signedIn('admin'),
  'api GET /api/v1/subject-access/:personId': subjectAccess,
  'api GET /api/v1/subject-access/:personId/pdf': subjectAccess,
  'page GET /admin/subject-access': signedIn('admin'),
  'page GET /admin/subject-access/:personId': subjectAccess,
  'page GET /admin/subject-access/:personId/export.json': subjectAccess,
  'page GET /admin/subject-access/:personId/export.pdf': subjectAccess,
  'api GET /api/v1/retention/due': signedIn('admin'),
  'page GET /admin/retention': signedIn('admin'),
}

/**
 * The person asking the staff API about their own record, where the answer is not 404, as the features hold it today
 * (their tests: needs-screening, handover-access, strengths-plan, readiness-access, release-access, timeline): reading
 * their own needs, handover and strengths and adding their own strengths, achievements and giving back are theirs;
 * some services tell them a change is not theirs (403). `allowed` here includes a 400 from the person's own write,
 * which is validated before the service refuses it: see docs/security.md, "Access control".
 */
export const PERSON_OWN_API: Record<string, Outcome> = {
  'api DELETE /api/v1/people/:id/plan/conditions/:itemId': 'forbidden',
  'api DELETE /api/v1/people/:id/plan/controls/:itemId': 'forbidden',
  'api DELETE /api/v1/people/:id/plan/steps/:itemId': 'forbidden',
  'api DELETE /api/v1/people/:id/plan/supporters/:itemId': 'forbidden',
  'api DELETE /api/v1/people/:id/strengths/:strengthId': 'forbidden',
  'api GET /api/v1/people/:id': 'allowed',
  'api GET /api/v1/people/:id/handover': 'allowed',
  'api GET /api/v1/people/:id/handover/report': 'allowed',
  'api GET /api/v1/people/:id/handover/report.pdf': 'allowed',
  'api GET /api/v1/people/:id/limited-access': 'forbidden',
  'api GET /api/v1/people/:id/needs': 'allowed',
  'api GET /api/v1/people/:id/readiness': 'forbidden',
  'api GET /api/v1/people/:id/release': 'forbidden',
  'api GET /api/v1/people/:id/strengths': 'allowed',
  'api GET /api/v1/people/:id/timeline': 'forbidden',
  'api POST /api/v1/people/:id/achievements': 'allowed',
  'api POST /api/v1/people/:id/achievements/:achievementId/confirmation': 'forbidden',
  'api POST /api/v1/people/:id/achievements/from-goal/:goalId': 'forbidden',
  'api POST /api/v1/people/:id/convictions': 'allowed',
  'api POST /api/v1/people/:id/custody-episodes': 'forbidden',
  'api POST /api/v1/people/:id/giving-back': 'allowed',
  'api POST /api/v1/people/:id/handover/contacts': 'forbidden',
  'api POST /api/v1/people/:id/limited-access': 'forbidden',
  'api POST /api/v1/people/:id/limited-access/:entryId/end': 'forbidden',
  'api POST /api/v1/people/:id/needs/actions': 'allowed',
  'api POST /api/v1/people/:id/needs/actions/:actionId/done': 'allowed',
  'api POST /api/v1/people/:id/plan/conditions': 'forbidden',
  'api POST /api/v1/people/:id/plan/controls': 'forbidden',
  'api POST /api/v1/people/:id/plan/steps': 'forbidden',
  'api POST /api/v1/people/:id/plan/supporters': 'forbidden',
  'api POST /api/v1/people/:id/readiness/housing-referrals': 'forbidden',
  'api POST /api/v1/people/:id/recall': 'allowed',
  'api POST /api/v1/people/:id/strengths': 'allowed',
  'api PUT /api/v1/people/:id': 'allowed',
  'api PUT /api/v1/people/:id/allocation': 'forbidden',
  'api PUT /api/v1/people/:id/custody-episodes/:episodeId': 'allowed',
  'api PUT /api/v1/people/:id/handover/meeting': 'allowed',
  'api PUT /api/v1/people/:id/needs/actions/:actionId': 'allowed',
  'api PUT /api/v1/people/:id/needs/screenings/:kind': 'allowed',
  'api PUT /api/v1/people/:id/plan/conditions/:itemId': 'forbidden',
  'api PUT /api/v1/people/:id/plan/controls/:itemId': 'forbidden',
  'api PUT /api/v1/people/:id/plan/goals/:itemId/achieved': 'forbidden',
  'api PUT /api/v1/people/:id/plan/steps/:itemId': 'forbidden',
  'api PUT /api/v1/people/:id/plan/supporters/:itemId': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/accommodation': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/bank-account': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/benefits': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/first-appointment': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/gp': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/identity': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/licence-conditions': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/medication': 'forbidden',
  'api PUT /api/v1/people/:id/readiness/items/travel': 'forbidden',
  'api PUT /api/v1/people/:id/release': 'allowed',
  'api PUT /api/v1/people/:id/release/follow-ups/accommodation-3-months': 'allowed',
  'api PUT /api/v1/people/:id/release/follow-ups/employment-6-months': 'allowed',
  'api PUT /api/v1/people/:id/release/follow-ups/employment-6-weeks': 'allowed',
  'api PUT /api/v1/people/:id/release/follow-ups/treatment-3-weeks': 'allowed',
  'api PUT /api/v1/people/:id/strengths/:strengthId': 'forbidden',
  'api PUT /api/v1/people/:id/supervision/appointments/:appointmentId': 'allowed',
}

/**
 * The answer the declared rule gives a principal about a subject. A route not for the role is not there (404); the
 * person's own record on the staff API is declared route by route (`PERSON_OWN_API`).
 */
export function expectedOutcome(rule: Rule, principal: Principal, subject: Subject): Outcome {
  const role = PRINCIPALS[principal].role
  if (rule.kind === 'public') return 'allowed'
  if (rule.kind === 'signInStep') return 'signIn'
  if (rule.kind === 'sso') return 'notFound'
  if (role === undefined) return 'signIn'
  if (rule.kind === 'signedIn') return rule.roles.includes(role) ? 'allowed' : rule.refused
  const relation = RELATIONS[principal][subject] ?? 'none'
  const refused = rule.refused?.includes(role)
  if (!rule.roles.includes(role) && !refused) return 'notFound'
  if (relation === 'none') return 'notFound'
  if (relation === 'limited') return 'limited'
  if (refused || (relation === 'read' && rule.access === 'write')) return 'forbidden'
  if ((rule.custody && !IN_CUSTODY.includes(subject)) || rule.licence) return 'notFound'
  return 'allowed'
}

/**
 * The workload routes name a practitioner (`:staffId`): who may change whose hours and court reports. A manager
 * changes their own team's COMs'; a COM records their own court reports only; anyone else is answered 404, before the
 * body is read. `[principal, practitioner, may change hours, may record court reports]`.
 */
export const PRACTITIONER_WRITES: readonly [Principal, 'comA' | 'comC', boolean, boolean][] = [
  ['managerA', 'comA', true, true],
  ['managerA', 'comC', false, false],
  ['comA', 'comA', false, true],
  ['comA2', 'comA', false, false],
]
