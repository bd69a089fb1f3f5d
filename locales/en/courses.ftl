## Courses: summary
course-summary-period-year = In the { $year } school year
course-summary-period-range = From { $from } to { $to }
course-summary-total = { $period } { $teachers ->
    [one] { $teachers } teacher
   *[other] { $teachers } teachers
} completed professional development on { $programmes ->
    [one] { $programmes } programme
   *[other] { $programmes } programmes
}.
course-summary-none = { $period } no teacher has a course completion recorded.
course-summary-of-them = Of them, { $parts }.
course-summary-and = { $first } and { $second }
course-summary-group = { $teachers ->
    [one] { $teachers } teacher
   *[other] { $teachers } teachers
} on { $programmes ->
    [one] { $programmes } programme
   *[other] { $programmes } programmes
} studied { $where }
course-summary-at-provider = at { $provider }
course-summary-format-IN_PERSON = in person
course-summary-format-REMOTE = remotely
course-summary-format-BLENDED = in blended form
course-summary-tag-federal-priority = Federal priority programmes
course-summary-tag-personalised = Personalised programmes
course-summary-table-head = <b>{ $title }</b>
course-summary-table-total = Total: { $teachers } teachers / { $programmes } programmes
course-summary-table-row = { $label }: { $teachers } / { $programmes }
course-summary-table-by-provider = By provider (teachers / programmes):
course-summary-table-by-format = By format:
course-summary-table-by-tag = By kind of programme:
course-summary-table-by-school = By school:
course-summary-chart-title = Professional development: teachers and programmes
course-summary-chart-teachers = Teachers
course-summary-chart-programmes = Programmes
