import { z } from 'zod'
import { LANGUAGES } from '../../platform/i18n/i18n.ts'
import { messageKey } from '../../platform/validation/parse.ts'
import { safeReturnTo } from '../auth/index.ts'

const language = z.enum(LANGUAGES, { error: messageKey('common:errors.language') })

/** The toggle's form: the language, and the page it was chosen on (same-site paths only). */
export const chooseLanguageForm = z.object({ language, returnTo: z.preprocess(safeReturnTo, z.string()) })

export const chooseLanguageBody = z.object({ language })

export const languageResponse = z.object({ language })
