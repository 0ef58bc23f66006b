import { z } from 'zod'
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from '../../platform/validation/safe-text.ts'

const ENTER_CODE = 'Enter the 6-digit code from your authenticator app, or one of your recovery codes'

/** A code as typed: six digits or a recovery code, with spaces or dashes if the person likes. */
export const codeSchema = z
  .string({ error: ENTER_CODE })
  .trim()
  .min(1, ENTER_CODE)
  .max(30, ENTER_CODE)
  .refine(text => !isUnsafeText(text), `The code ${UNSAFE_TEXT_MESSAGE}`)

export const codeFormSchema = z.object({ code: codeSchema, returnTo: z.string().max(2000).optional() })

export const setUpCodeSchema = z.object({ code: codeSchema })

export const returnToQuery = z.object({ returnTo: z.string().max(2000).optional() })

export const mfaStatusResponse = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
})

export const setUpResponse = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() })

export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) })
