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
  user: 'com' | 'manager' | 'admin'
  path: (data: BenchData) => string
}

export const BENCH_ROUTES: BenchRoute[] = [
  { route: 'COM caseload', user: 'com', path: () => '/caseload' },
  { route: 'Manager team view', user: 'manager', path: () => '/caseload' },
  { route: 'Person overview', user: 'com', path: d => `/people/${d.personId}` },
  { route: 'People search', user: 'com', path: d => `/people?q=${d.searchTerm}` },
  { route: 'Plan', user: 'com', path: d => `/people/${d.personId}/plan` },
  { route: 'Timeline', user: 'com', path: d => `/people/${d.personId}/timeline` },
  { route: 'API caseload', user: 'com', path: () => '/api/v1/caseload' },
  { route: 'API team caseload', user: 'manager', path: () => '/api/v1/caseload' },
  { route: 'API person', user: 'com', path: d => `/api/v1/people/${d.personId}` },
  { route: 'API people search', user: 'com', path: d => `/api/v1/people?q=${d.searchTerm}` },
  { route: 'API plan', user: 'com', path: d => `/api/v1/people/${d.personId}/plan` },
  { route: 'API timeline', user: 'com', path: d => `/api/v1/people/${d.personId}/timeline` },
  { route: 'Diversity and prompts', user: 'com', path: d => `/people/${d.personId}/diversity` },
  { route: 'API diversity', user: 'com', path: d => `/api/v1/people/${d.personId}/diversity` },
  { route: 'Outcomes, team', user: 'manager', path: () => '/outcomes?level=team' },
  { route: 'Outcomes, PDU by ethnic group', user: 'manager', path: () => '/outcomes?level=pdu&by=ethnicity' },
  { route: 'Outcomes, national', user: 'admin', path: () => '/outcomes?level=nation' },
  { route: 'API outcomes, national', user: 'admin', path: () => '/api/v1/outcomes?level=nation&by=age' },
]
