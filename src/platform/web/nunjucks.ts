import { join } from 'node:path'
import type { Express } from 'express'
import nunjucks from 'nunjucks'
import { formatLongDate, isIsoDate } from '../dates/calendar-date.ts'
import { formatDate, formatDateTime, isLanguage, translator, type Language } from '../i18n/i18n.ts'
import { navigationFor } from './navigation.ts'

const ROOT = join(import.meta.dirname, '..', '..', '..')
// One formatter for every render: making one per call cost a page of 50 timeline moments 50 of them, and the
// server's memory grew by 400 MB under load.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })

/** One Nunjucks environment: the layout, the GOV.UK and MoJ macros, and each feature's `views/` folder. */
export function configureNunjucks(app?: Express) {
  const env = nunjucks.configure(
    [
      join(ROOT, 'src', 'platform', 'web', 'views'),
      join(ROOT, 'src', 'features'),
      join(ROOT, 'node_modules', 'govuk-frontend', 'dist'),
      join(ROOT, 'node_modules', '@ministryofjustice', 'frontend'),
    ],
    { autoescape: true, throwOnUndefined: false, noCache: false, express: app },
  )
  // Nunjucks trims with the regex /^\s*|\s*$/g, which the GOV.UK macros run over whole components: it took a fifth
  // of a page's render. String.prototype.trim removes the same characters (\s is JavaScript's white space).
  env.addFilter('trim', (value: string | nunjucks.runtime.SafeString) => {
    const trimmed = String.prototype.trim.call(value)
    return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed
  })
  // Dates are in the page's language (`lang`, left by the language middleware): Nunjucks calls a filter with the
  // template's context as `this`.
  const langOf = (self: unknown): Language => {
    const lang = (self as { ctx?: { lang?: unknown } } | undefined)?.ctx?.lang
    return isLanguage(lang) ? lang : 'en'
  }
  env.addFilter('longDate', function (this: unknown, value: string | null | undefined) {
    const lang = langOf(this)
    if (lang === 'en') return formatLongDate(value) || 'Not known'
    return formatDate(lang, value) || translator(lang)('notKnown')
  })
  env.addFilter('listName', (p: { firstName: string; lastName: string }) => `${p.lastName}, ${p.firstName}`)
  env.addFilter('fullName', (p: { firstName: string; lastName: string; preferredName?: string | null }) =>
    p.preferredName ? `${p.preferredName} ${p.lastName}` : `${p.firstName} ${p.lastName}`,
  )
  env.addFilter('dateTime', function (this: unknown, value: Date | string) {
    const lang = langOf(this)
    return lang === 'en' ? DATE_TIME.format(new Date(value)) : formatDateTime(lang, value)
  })
  // The MoJ timeline formats its dates with this filter: a calendar date as a long date, an instant with its time.
  env.addFilter('mojDate', (value: string) =>
    isIsoDate(value) ? formatLongDate(value) : env.getFilter('dateTime')(value),
  )
  // Date pickers show d/m/yyyy; anything else (a value typed with a mistake) is shown back as typed.
  env.addFilter('pickerDate', (value: unknown) => {
    if (!isIsoDate(value)) return value ?? ''
    const [year, month, day] = value.split('-')
    return `${Number(day)}/${Number(month)}/${year}`
  })
  // Pagination links keep the list's filters, which live in the URL.
  env.addGlobal('pageHref', (path: string, query: Record<string, unknown>, page: number) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query ?? {})) {
      if (key !== 'page' && typeof value === 'string' && value !== '') params.set(key, value)
    }
    params.set('page', String(page))
    return `${path}?${params}`
  })
  env.addGlobal('serviceName', 'Resettle')
  // Each request's language middleware leaves its own `t`; a page rendered before it (a request too large to read) speaks English.
  env.addGlobal('t', translator('en'))
  env.addGlobal('navigation', navigationFor)
  return env
}
