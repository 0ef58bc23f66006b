import type { GeneratorPart } from './generator-part.ts'
import { auditPart } from './parts/audit.part.ts'
import { handoverPart } from './parts/handover.part.ts'
import { needsPart } from './parts/needs.part.ts'
import { organisationPart } from './parts/organisation.part.ts'
import { peoplePart } from './parts/people.part.ts'
import { readinessPart } from './parts/readiness.part.ts'

/**
 * The generator's steps, in order. A feature adds its records with one entry here, after the people and before
 * the audit trail: a part of its own in parts/, set-based SQL over each person's latest episode
 * (parts/latest-episodes.ts), never a statement per row.
 */
export const GENERATOR_PARTS: GeneratorPart[] = [
  organisationPart,
  peoplePart,
  handoverPart,
  readinessPart,
  needsPart,
  auditPart,
]
