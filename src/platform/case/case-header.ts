/**
 * What every page of a person's case shows above its sections: who the person is, where they are on the journey
 * and who is allocated. The people feature fills it when it answers whether this user may see the person, so that a
 * case page shows it without a query of its own.
 */
export interface CaseHeader {
  personId: string
  name: string
  crn: string
  prisonNumber: string | null
  stageLabel: string
  releaseDate: string | null
  /** The earliest release date, while the person is still to be released. */
  earliestReleaseDate: string | null
  comName: string | null
  /** Set when the person is limited-access and this user is one of the staff allowed to see them. */
  limitedAccess: 'restricted' | 'excluded-others' | null
}

/** A case section: one tab of the case's sub-navigation, shown only to the roles that may open it. */
export interface CaseSection {
  /** The section's key, also the `section` its routes declare. */
  key: string
  label: string
  /** After `/people/:id`, for example `/recall`; the overview's is ''. */
  path: string
  /** Lower comes first. */
  order: number
  roles: readonly string[]
}
