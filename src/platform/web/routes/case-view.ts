import type { Response } from 'express'
import type { RequestContext } from '../../auth/current-user.ts'
import type { CaseSection } from '../../case/case-header.ts'
import type { Role } from '../../db/schema.ts'

/** The tabs of a case that this role may open, the current one marked. */
export function caseNavigation(sections: readonly CaseSection[], role: Role, personId: string, current: string) {
  return sections
    .filter(section => section.roles.includes(role))
    .map(section => ({
      text: section.label,
      href: `/people/${personId}${section.path}`,
      active: section.key === current,
      attributes: { 'data-qa': `case-section-${section.key}` },
    }))
}

/**
 * The case header and sub-navigation of a page in one section. Both are read when the page renders, after the
 * service has opened the case and left its header on the context, so that they cost no query of their own.
 */
export function showCase(res: Response, ctx: RequestContext, sections: readonly CaseSection[], section: string) {
  res.locals.caseSection = section
  Object.defineProperty(res.locals, 'caseHeader', { get: () => ctx.caseHeader, enumerable: true, configurable: true })
  Object.defineProperty(res.locals, 'caseNavigation', {
    get: () => (ctx.caseHeader ? caseNavigation(sections, ctx.user.role, ctx.caseHeader.personId, section) : []),
    enumerable: true,
    configurable: true,
  })
}
