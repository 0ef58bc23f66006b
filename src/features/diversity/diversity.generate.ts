import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'
import { fillDiversity } from './diversity.fill.ts'

/** A diversity record for about 9 in 10 people, in one set-based statement (see `fillDiversity`). */
export const diversityPart: GeneratorPart = {
  name: 'diversity records',
  run: ({ tx, today }) => fillDiversity(tx, today),
}
