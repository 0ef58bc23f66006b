import { NEEDS_CATALOGUE } from './needs.catalogue.ts'
import type { ScreeningAnswers } from './needs.rules.ts'

/**
 * The screening form names its fields by their place in the screening schema (`pathways.health.status`,
 * `womensNeeds.trauma`), so that an error's field is the form field's name and its id (dots as dashes) is where the
 * error summary links. These two functions turn the flat form body into the schema's shape and back.
 */
type FormBody = Record<string, unknown>

const pathwayField = (key: string, part: 'status' | 'urgency' | 'ownWords') => `pathways.${key}.${part}`
const womensNeedField = (key: string) => `womensNeeds.${key}`

/** The form as the screening schema reads it; only the catalogue's fields are read. */
export function screeningFromForm(body: FormBody) {
  return {
    version: body.version,
    womensNeedsApply: body.womensNeedsApply,
    pathways: Object.fromEntries(
      NEEDS_CATALOGUE.pathways.map(({ key }) => [
        key,
        {
          status: body[pathwayField(key, 'status')],
          urgency: body[pathwayField(key, 'urgency')],
          ownWords: body[pathwayField(key, 'ownWords')],
        },
      ]),
    ),
    womensNeeds: Object.fromEntries(NEEDS_CATALOGUE.womensNeeds.map(({ key }) => [key, body[womensNeedField(key)]])),
  }
}

/** A recorded screening as the form's values, to start the form from what is already known. */
export function screeningToForm(screening: ScreeningAnswers & { version?: number }): FormBody {
  const values: FormBody = { womensNeedsApply: screening.womensNeedsApply ? 'yes' : 'no' }
  if (screening.version !== undefined) values.version = screening.version
  for (const [key, answer] of Object.entries(screening.pathways)) {
    if (!answer) continue
    values[pathwayField(key, 'status')] = answer.status
    values[pathwayField(key, 'urgency')] = answer.urgency ?? ''
    values[pathwayField(key, 'ownWords')] = answer.ownWords ?? ''
  }
  for (const [key, answer] of Object.entries(screening.womensNeeds)) values[womensNeedField(key)] = answer
  return values
}
