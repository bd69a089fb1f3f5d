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
course-summary-chart-total = Total
course-summary-chart-button = 📈 Chart
course-summary-xlsx-button = 📄 Excel
course-summary-xlsx-caption = Professional development summary.
course-summary-previous-year = ◀ { $year } school year

## Courses: menus and lists
command-courses = Professional development courses
course-menu-title = 🎓 Professional development courses. What shall we do?
course-menu-report = ➕ Record a course
course-menu-import = 📥 Upload a file
course-menu-template = 📄 Excel template
course-menu-teachers = 👩‍🏫 Teachers
course-menu-summary = 📊 Summary
course-cancel = ✖ Cancel
course-cancelled = Cancelled, nothing saved.
course-button-outdated = This button no longer works.
course-skip = Skip
course-save = ✅ Save
course-template-caption = Template: fill in the rows (teachers and courses from the lists) and send the file back with “Upload a file”.
course-teachers-title = Teachers of the school: { $count }
course-teachers-add = ➕ Add
course-teachers-import = 📥 List from a file
course-teachers-archive = 🗄 Archive…
course-teachers-archive-pick = Who left the school? Their course history stays.
course-teacher-archived = { $name } is archived. Their courses stay in reports.
course-teacher-name = The teacher's full name:
course-teacher-position = Position? Type it or press the button.
course-teacher-position-default = teacher
course-teacher-added = Teacher added: { $name }
course-teacher-exists = This teacher is already on the list. Choose them with the button.
course-teacher-name-invalid = That does not look like a full name. Type surname, name and patronymic.

## Courses: reporting a completion
course-report-teachers = Who completed the course? Press the teachers (several are fine) or type a new teacher's full name.
course-report-no-teachers = The school has no teachers on the list yet. Type a teacher's full name and I will add them.
course-report-teachers-done = Next ▶ ({ $count })
course-report-course = Which course? Type part of its title.
course-report-course-pick = Choose the course or type differently:
course-report-course-similar = No exact match. Perhaps “{ $title }”? Or add a new course.
course-report-course-none = No such course in the catalogue. Type differently or add a new one.
course-add-new = ➕ Add a new course
course-new-title = The course's full title. Now: “{ $typed }”
course-new-title-keep = Keep it
course-new-provider = Where was the training?
course-new-format = Format?
course-new-hours = How many hours? For example: 36
course-new-hours-invalid = A number of hours from 1 to 2000, for example: 72
course-report-date = Completion date? For example: 30.06.2023
course-date-invalid = I could not read the date. Type it as 30.06.2023 or “30 июня 2023”.
course-date-no-such = The date { $value } does not exist. Check the day and month.
course-report-certificate = Certificate number? You may skip it.
course-report-summary =
    <b>Please check:</b>
    { $teachers }
    Course: { $course }
    Date: { $date }
    Certificate: { $certificate }
course-report-saved = ✅ Records saved: { $count }.
course-report-duplicates = Already recorded before (not doubled): { $names }

## Courses: import from a file
course-import-prompt = Send an Excel (.xlsx) or CSV file of courses. The template is under “Excel template” in the Courses menu.
course-teachers-import-prompt = Send an Excel or CSV file of teachers: columns “ФИО”, “Должность”, “Год начала стажа”.
course-import-send-file = Waiting for a .xlsx or .csv file (as a document). Or press “Cancel”.
course-import-problem-too-large = The file is too large (over 5 MB). Send only the sheet needed.
course-import-problem-empty = The file is empty. Fill in the template and send it again.
course-import-problem-wrong-type = This is not a table. Send an Excel (.xlsx) or CSV file. Photos and Word documents will not do.
course-import-problem-password = The file is password-protected. Remove the password and send it again.
course-import-problem-broken = The file is damaged and does not open. Save it again in Excel and send it.
course-import-problem-too-many-rows = Too many rows (over 10,000). Split the file.
course-import-problem-no-header = The first row lacks the columns: { $columns }. Use the template.
course-import-problem-no-rows = The file has only the header, no rows of courses.
course-import-has-errors = Rows without errors: { $ok }. With errors: { $bad }. Nothing imported.
course-import-line = row { $line }: { $reason }
course-import-more = … and { $count } more errors
course-import-fix-and-resend = Fix the file and send it again.
course-import-ready = All fine: { $ok } rows to import.
course-import-already = Already recorded before (will skip): { $count }.
course-import-confirm = ✅ Import { $count }
course-import-done = ✅ Records imported: { $created }.{ $skipped ->
    [0] {""}
   *[other] {" "}Skipped (already there): { $skipped }.
}
course-import-not-confirmed = Not imported. Send the file again when ready.
course-import-nothing-new = Everything in the file is already recorded ({ $already }). Nothing new.
course-import-error-empty-cell = “{ $column }” is empty
course-import-error-no-such-date = the date { $value } does not exist
course-import-error-not-a-date = “{ $value }” is not a date (expected 30.06.2023)
course-import-error-future-date = the date { $value } is in the future
course-import-error-unknown-teacher = “{ $value }” is not on the school's list of teachers
course-import-error-unknown-teacher-similar = “{ $value }” is not on the list — perhaps “{ $suggestion }”?
course-import-error-course-not-found = course “{ $value }” is not in the catalogue
course-import-error-course-not-found-similar = course not found — similar to “{ $suggestion }”?
course-import-error-unknown-provider = unknown provider “{ $value }” (ТОИУУ, ИРО, РИПК и ППРО, ЦНППМПР, Академия Минпросвещения)
course-import-error-provider-mismatch = course “{ $course }” is { $provider }'s in the catalogue, not { $value }'s
course-import-error-same-as-line = the same as row { $other }
course-teachers-import-errors = Nothing imported; fix these rows:
course-teachers-imported = ✅ Teachers added: { $created }. Already on the list: { $unchanged }.

## Courses: catalogue (methodologist)
course-catalogue-title = 🎓 Course catalogue: { $count }. Added by schools: { $added }.
course-catalogue-add = ➕ Add a course
course-catalogue-review = 🔀 Review added ({ $count })
course-catalogue-title-prompt = The course's full title:
course-catalogue-tags = Kind of programme?
course-catalogue-no-tags = Ordinary programme
course-catalogue-added = ✅ Course in the catalogue: { $title }
course-catalogue-nothing-to-review = No courses added by schools.
course-catalogue-added-item = Added by a school: <b>{ $title }</b> ({ $provider }, { $hours } h). Merge with a catalogue course:
course-catalogue-no-similar = No similar courses in the catalogue.
course-merged = Merged. Records moved: { $moved }.

## Courses: indicators fed by records
course-form-from-records = 🎓 From the course records: <b>{ $value }</b>. Confirm with the button or send your own figure.
course-form-records-confirm = ✅ Correct: { $value }
course-form-records-differ = (course records: { $value })
course-results-records-differ-schools = 🎓 differs from the course records: { $count } schools (see «By school»)
course-records-reminder = 🎓 The monitoring «{ $title }» has an indicator computed from course records. { $school } has no course completions recorded from { $from } to { $to }. Record who completed courses, and the figure will fill itself in.

## Courses: pages
course-page = Page { $page } of { $pages }
course-page-previous = ◀ Back
course-page-next = More ▶
course-catalogue-review-page = Showing { $from }–{ $to } of { $total } courses added by schools.

## Courses: editing the catalogue
course-catalogue-edit = ✏️ Edit a course
course-edit-find = Which course? Type part of its title.
course-edit-card =
    <b>{ $title }</b>
    Organisation: { $provider }
    Hours: { $hours }
    Format: { $format }
    Kind of programme: { $tags }
course-edit-what = What to change?
course-edit-field-title = Title
course-edit-field-provider = Organisation
course-edit-field-hours = Hours
course-edit-field-format = Format
course-edit-field-tags = Kind of programme
course-edit-done = ✅ Done
course-edit-saved = ✅ Saved.
course-edit-finished = Done. Summaries now count the corrected course.
course-edit-conflict = The catalogue already has a course with this title from this organisation. Nothing changed.
course-edit-title-invalid = A title is 3 to 300 characters. Please type it again.
