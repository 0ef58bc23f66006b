import type { CurrentUser } from '../auth/current-user.ts'

import type { Translate } from '../i18n/i18n.ts'

interface NavItem {
  href: string
  text: string
  section: string
  /** Items the person sees are said in their language. */
  key?: string
}

const HOME: NavItem = { href: '/', text: 'Home', section: 'home', key: 'nav.home' }
const PEOPLE: NavItem = { href: '/people', text: 'People', section: 'people' }
const CASELOAD: NavItem = { href: '/caseload', text: 'Caseload', section: 'caseload' }
const CONTINUITY: NavItem = { href: '/continuity', text: 'Continuity', section: 'continuity' }
const WORKLOAD: NavItem = { href: '/workload', text: 'Workload', section: 'workload' }
const OUTCOMES: NavItem = { href: '/outcomes', text: 'Outcomes', section: 'outcomes' }
const AUDIT: NavItem = { href: '/admin/audit', text: 'Audit trail', section: 'audit' }
const STAFF: NavItem = { href: '/admin/staff', text: 'Staff', section: 'staff' }
const RETENTION: NavItem = { href: '/admin/retention', text: 'Retention', section: 'retention' }
const SUBJECT_ACCESS: NavItem = { href: '/admin/subject-access', text: 'Subject access', section: 'subject-access' }

const BY_ROLE: Record<string, NavItem[]> = {
  person: [HOME],
  pom: [HOME, CASELOAD, PEOPLE],
  com: [HOME, CASELOAD, PEOPLE, WORKLOAD],
  manager: [HOME, CASELOAD, PEOPLE, CONTINUITY, WORKLOAD, OUTCOMES],
  partner: [HOME],
  admin: [HOME, OUTCOMES, STAFF, AUDIT, SUBJECT_ACCESS, RETENTION],
}

/** The service navigation for a role, with the current section marked. */
export function navigationFor(user: CurrentUser | undefined, active: string | undefined, t?: Translate) {
  if (!user) return []
  return (BY_ROLE[user.role] ?? [HOME]).map(item => ({
    href: item.href,
    text: item.key && t ? t(item.key) : item.text,
    active: item.section === (active ?? 'home'),
  }))
}
