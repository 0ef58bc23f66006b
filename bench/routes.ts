/**
 * The routes the benchmark drives, each as the signed-in user it belongs to. Later features add their pages and
 * API routes here (one entry each): `path` gets what `prepare` found in the data.
 */
export interface BenchData {
  /** A person on the COM's caseload. */
  personId: string
  /** The first letters of a surname, as someone searching would type. */
  searchTerm: string
}

export interface BenchRoute {
  route: string
  user: 'com' | 'manager'
  path: (data: BenchData) => string
}

export const BENCH_ROUTES: BenchRoute[] = [
  { route: 'COM caseload', user: 'com', path: () => '/caseload' },
  { route: 'Manager team view', user: 'manager', path: () => '/caseload' },
  { route: 'Person overview', user: 'com', path: d => `/people/${d.personId}` },
  { route: 'People search', user: 'com', path: d => `/people?q=${d.searchTerm}` },
  { route: 'Plan', user: 'com', path: d => `/people/${d.personId}/plan` },
  { route: 'Timeline', user: 'com', path: d => `/people/${d.personId}/timeline` },
  // Read in the person's language (English or Welsh), whoever opens it.
  { route: 'Release day plan', user: 'com', path: d => `/people/${d.personId}/release-day` },
  { route: 'API caseload', user: 'com', path: () => '/api/v1/caseload' },
  { route: 'API team caseload', user: 'manager', path: () => '/api/v1/caseload' },
  { route: 'API person', user: 'com', path: d => `/api/v1/people/${d.personId}` },
  { route: 'API people search', user: 'com', path: d => `/api/v1/people?q=${d.searchTerm}` },
  { route: 'API plan', user: 'com', path: d => `/api/v1/people/${d.personId}/plan` },
  { route: 'API timeline', user: 'com', path: d => `/api/v1/people/${d.personId}/timeline` },
]
