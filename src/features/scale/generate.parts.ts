import type { GeneratorPart } from './generator-part.ts'
import { auditPart } from './parts/audit.part.ts'
import { continuityPart } from './parts/continuity.part.ts'
import { handoverPart } from './parts/handover.part.ts'
import { needsPart } from './parts/needs.part.ts'
import { organisationPart } from './parts/organisation.part.ts'
import { peoplePart } from './parts/people.part.ts'
import { personPduPart } from './parts/person-pdu.part.ts'
import { plansPart } from './parts/plans.part.ts'
import { readinessPart } from './parts/readiness.part.ts'
import { recallPart } from './parts/recall.part.ts'
import { releasePart } from './parts/release.part.ts'
import { supervisionPart } from './parts/supervision.part.ts'

/**
 * The generator's steps, in order. A feature adds its records with one entry here, after the people and before
 * the audit trail: a part of its own in parts/, set-based SQL over each person's latest episode
 * (parts/latest-episodes.ts), never a statement per row.
 */
export const GENERATOR_PARTS: GeneratorPart[] = [
  organisationPart,
  peoplePart,
  personPduPart,
  continuityPart,
  handoverPart,
  readinessPart,
  needsPart,
  plansPart,
  releasePart,
  supervisionPart,
  recallPart,
  auditPart,
]
