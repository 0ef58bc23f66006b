import type { NextFunction, Request, Response } from 'express'
import { parse, serialize } from 'cookie'

const FLASH_COOKIE = 'resettle_flash'
const MAX_LENGTH = 200

/**
 * After a save: post, redirect, then say once what was saved. The message rides in a short-lived cookie to the
 * page redirected to, which shows it in a GOV.UK notification banner and clears it. It names what was saved,
 * never what it says.
 */
export function redirectSaved(res: Response, href: string, message: string) {
  res.append('Set-Cookie', serialize(FLASH_COOKIE, message.slice(0, MAX_LENGTH), options(res.req.secure, 60)))
  res.redirect(303, href)
}

/** Hands a page the message of the save that led to it, once. */
export function flashMessages(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'GET') return next()
  const message = parse(req.headers.cookie ?? '')[FLASH_COOKIE]
  if (message) {
    res.locals.flash = message.slice(0, MAX_LENGTH)
    res.append('Set-Cookie', serialize(FLASH_COOKIE, '', options(req.secure, 0)))
  }
  next()
}

function options(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge }
}
