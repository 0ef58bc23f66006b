import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import i18next, { type i18n as I18n } from 'i18next'
import { dayOfWeek, type IsoDate } from '../dates/calendar-date.ts'

/**
 * The person's pages in English and Welsh. Strings live in locale files, one pair a feature
 * (src/features/<x>/locales/{en,cy}.json, the namespace `<x>`) and the platform's own
 * (src/platform/i18n/locales/{en,cy}.json, the namespace `common`), read once at start into one i18next instance.
 * A key is written `namespace:path.to.key`; `common` is the default namespace.
 */
export const LANGUAGES = ['en', 'cy'] as const
export type Language = (typeof LANGUAGES)[number]
export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language)

/** What a page, a letter or a route is given to say things in one language. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

const SRC = join(import.meta.dirname, '..', '..')
export const COMMON_NAMESPACE = 'common'

type Strings = Record<string, unknown>
export type LocaleFiles = Record<Language, Record<string, Strings>>

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Strings

/** Every locale file, by language and namespace. */
export function readLocaleFiles(): LocaleFiles {
  const files: LocaleFiles = { en: {}, cy: {} }
  const add = (namespace: string, folder: string) => {
    for (const lang of LANGUAGES) {
      const path = join(folder, `${lang}.json`)
      if (existsSync(path)) files[lang][namespace] = readJson(path)
    }
  }
  add(COMMON_NAMESPACE, join(SRC, 'platform', 'i18n', 'locales'))
  const features = join(SRC, 'features')
  for (const name of readdirSync(features).sort()) add(name, join(features, name, 'locales'))
  return files
}

let instance: I18n | undefined

function i18n(): I18n {
  if (instance) return instance
  const created = i18next.createInstance()
  void created.init({
    resources: readLocaleFiles(),
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [COMMON_NAMESPACE],
    defaultNS: COMMON_NAMESPACE,
    initAsync: false,
    // Nunjucks escapes what a template prints; a letter is not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<I18n['init']>[0])
  instance = created
  return created
}

/**
 * The words of one language. Strict (everywhere but production), a key that does not exist throws, so that a
 * test finds it; in production it falls back to English, then to the key.
 */
export function translator(lang: Language, strict = process.env.NODE_ENV !== 'production'): Translate {
  const t = i18n().getFixedT(lang)
  return (key, values) => {
    if (strict && !i18n().exists(key, { lng: lang, fallbackLng: false } as never))
      throw new Error(`No ${lang} words for the key ${key}`)
    return String(t(key, values as never))
  }
}

const monthNames = (lang: Language) => i18n().getResource(lang, COMMON_NAMESPACE, 'months') as string[]

/** A calendar date in words: "2 December 2026", "2 Rhagfyr 2026". */
export function formatDate(lang: Language, date: IsoDate | string | null | undefined): string {
  if (!date) return ''
  const [year, month, day] = date.slice(0, 10).split('-').map(Number)
  return `${day} ${monthNames(lang)[month! - 1]} ${year}`
}

/** "Friday 5 March 2027", "Dydd Gwener 5 Mawrth 2027". */
export function formatDayAndDate(lang: Language, date: IsoDate): string {
  const weekdays = i18n().getResource(lang, COMMON_NAMESPACE, 'weekdays') as string[]
  return `${weekdays[dayOfWeek(date)]} ${formatDate(lang, date)}`
}

/**
 * A time of day kept as "HH:MM", for the person: in English the GOV.UK style (given as `english`, "2pm"); in Welsh
 * the 24-hour clock ("14:00"), with midday and midnight in words.
 */
export function formatTimeIn(lang: Language, time: string | null | undefined, english: (time: string) => string) {
  if (!time) return ''
  if (lang === 'en') return english(time)
  if (time === '12:00') return translator(lang, false)('time.midday')
  if (time === '00:00') return translator(lang, false)('time.midnight')
  return time
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** An instant as the date and time in England and Wales: "2 December 2026 at 14:05", "2 Rhagfyr 2026 am 14:05". */
export function formatDateTime(lang: Language, value: Date | string): string {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(value)).map(p => [p.type, p.value]))
  const date = formatDate(lang, `${parts.year}-${parts.month}-${parts.day}`)
  return translator(lang, false)('dateTime', { date, time: `${parts.hour}:${parts.minute}` })
}
