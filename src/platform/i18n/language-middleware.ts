import type { NextFunction, Request, Response } from 'express'
import type { CurrentUser } from '../auth/current-user.ts'
import { translator, type Language, type Translate } from './i18n.ts'

/** The person's pages are in the language they chose; everyone else's, and anyone signed out, in English. */
export const languageOf = (user: CurrentUser | undefined): Language =>
  user?.role === 'person' ? (user.language ?? 'en') : 'en'

/**
 * Leaves the page's language on `res.locals`: `lang` (and `htmlLang`, which the GOV.UK template puts on `<html>`),
 * `t` to say things in it, and `currentPath`, where the language toggle comes back to.
 */
export function languageMiddleware(strict: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    const lang = languageOf(req.user)
    res.locals.lang = lang
    res.locals.htmlLang = lang
    res.locals.t = translator(lang, strict)
    res.locals.currentPath = req.originalUrl
    next()
  }
}

/** The words of this request's language, for a route (a page title, a saved message, a letter). */
export const wordsOf = (res: Response): Translate => (res.locals.t as Translate | undefined) ?? translator('en')
