/**
 * The routes the benchmark drives, each as the signed-in user it belongs to. Later features add their pages and
 * API routes here (one entry each): `path` gets what `prepare` found in the data.
 */
export interface BenchData {
  /** A person on the COM's caseload. */
  personId: string
  /** The first letters of a surname, as someone searching would type. */
  searchTerm: string
  /** The COM signed in. */
  staffId: string
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
  { route: 'Team workload dashboard', user: 'manager', path: () => '/workload/team' },
  { route: "A COM's workload with court reports", user: 'com', path: d => `/workload/practitioners/${d.staffId}` },
  { route: 'Allocation advice', user: 'manager', path: d => `/people/${d.personId}/allocation/advice` },
  { route: 'Tier', user: 'com', path: d => `/people/${d.personId}/tier` },
  { route: 'Strengths', user: 'com', path: d => `/people/${d.personId}/strengths` },
  // The form offers the goals of the person's plan to link the strength to.
  { route: 'Add a strength', user: 'com', path: d => `/people/${d.personId}/strengths/new` },
  { route: 'Certificates', user: 'com', path: d => `/people/${d.personId}/certificates` },
  // The form only: a lookup with a code is limited to 30 an address in 15 minutes, so it is not driven under load.
  { route: 'Public verification page', user: 'com', path: () => '/verify' },
  // Read in the person's language (English or Welsh), whoever opens it.
  { route: 'Release day plan', user: 'com', path: d => `/people/${d.personId}/release-day` },
  { route: 'API caseload', user: 'com', path: () => '/api/v1/caseload' },
  { route: 'API team caseload', user: 'manager', path: () => '/api/v1/caseload' },
  { route: 'API person', user: 'com', path: d => `/api/v1/people/${d.personId}` },
  { route: 'API people search', user: 'com', path: d => `/api/v1/people?q=${d.searchTerm}` },
  { route: 'API plan', user: 'com', path: d => `/api/v1/people/${d.personId}/plan` },
  { route: 'API timeline', user: 'com', path: d => `/api/v1/people/${d.personId}/timeline` },
  { route: "Manager's home with the queue", user: 'manager', path: () => '/' },
  { route: "Manager's queue", user: 'manager', path: () => '/oversight' },
  { route: 'Sign-offs history', user: 'manager', path: () => '/oversight/history' },
  { route: "API manager's queue", user: 'manager', path: () => '/api/v1/oversight' },
  { route: 'API sign-offs', user: 'manager', path: () => '/api/v1/oversight/sign-offs' },
  { route: 'API team workload', user: 'manager', path: () => '/api/v1/workload/team' },
  {
    route: "API a COM's court reports",
    user: 'com',
    path: d => `/api/v1/workload/practitioners/${d.staffId}/court-reports`,
  },
  { route: 'API allocation advice', user: 'manager', path: d => `/api/v1/people/${d.personId}/allocation-advice` },
  { route: 'API tier', user: 'com', path: d => `/api/v1/people/${d.personId}/tier` },
  { route: 'API strengths', user: 'com', path: d => `/api/v1/people/${d.personId}/strengths` },
  { route: 'API certificates', user: 'com', path: d => `/api/v1/people/${d.personId}/certificates` },
  { route: 'Diversity and prompts', user: 'com', path: d => `/people/${d.personId}/diversity` },
  { route: 'API diversity', user: 'com', path: d => `/api/v1/people/${d.personId}/diversity` },
  { route: 'Outcomes, team', user: 'manager', path: () => '/outcomes?level=team' },
  { route: 'Outcomes, PDU by ethnic group', user: 'manager', path: () => '/outcomes?level=pdu&by=ethnicity' },
  { route: 'Outcomes, national', user: 'admin', path: () => '/outcomes?level=nation' },
  { route: 'API outcomes, national', user: 'admin', path: () => '/api/v1/outcomes?level=nation&by=age' },
  { route: 'Audit trail, by surname', user: 'admin', path: d => `/admin/audit?person=${d.searchTerm}` },
  { route: 'Audit trail CSV, one person', user: 'admin', path: d => `/admin/audit.csv?personId=${d.personId}` },
  { route: 'API audit trail, one person', user: 'admin', path: d => `/api/v1/audit?personId=${d.personId}` },
  { route: 'Subject access search', user: 'admin', path: d => `/admin/subject-access?q=${d.searchTerm}` },
  { route: 'Subject access, what is held', user: 'admin', path: d => `/admin/subject-access/${d.personId}` },
  { route: 'API subject access export', user: 'admin', path: d => `/api/v1/subject-access/${d.personId}` },
  // Every person's retention facts are read and the rules run in memory: the cost grows with the organisation.
  { route: 'Retention review', user: 'admin', path: () => '/admin/retention' },
]
