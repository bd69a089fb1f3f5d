## Tasks
task-menu-head = ✅ Tasks
task-menu-staff = 🗂 Minutes and tasks
command-tasks = Tasks
command-meeting = Record meeting minutes

task-standing = ongoing
task-source = Minutes No. { $number } of { $date }, item { $item }
task-card-deadline = Due: { $deadline }
task-card-assignee = Assigned to: { $assignee }
task-card-state = Status: { $state }
task-card-returned = ↩️ Returned: { $reason }
task-card-done = Report: { $who }, { $at }
task-card-assignees = Assignees: { $count } (page { $page } of { $pages })
task-file = file
task-photo = photo
task-no-file = No file is attached to this report.

task-state-open = open
task-state-returned = returned
task-state-overdue = overdue
task-state-done = to review
task-state-accepted = accepted

task-button-close = ✅ Done — report
task-button-accept = 👍 Accept
task-button-return = ↩️ Return
task-button-file = 📎 Report file
task-button-task = 🗂 To the task
task-button-my = ✅ My tasks
task-button-all = 🗂 All tasks
task-button-meeting = ➕ Record minutes
task-cancel = ✖️ Cancel
task-cancelled = Cancelled, nothing saved.

task-my-title = <b>My tasks</b>
task-count = { $state }: { $count }
task-my-legend = Tap a task to open it and report.
task-my-empty = You have no tasks.
task-my-all-done = No open tasks: all { $accepted } accepted. 👍

task-close-ask =
    Report on «{ $title }».
    Write what was done, send a file (document or photo) or a link.
task-close-evidence-expected = A text, a file or a link is needed. Please send it again.
task-close-confirm =
    Mark as done with this report?
    { $evidence }
task-close-send = ✅ Send
task-close-press = Press «Send» or «Cancel» under the message above.
task-close-done = ✅ Report sent: «{ $title }». Staff will review and accept it.

task-return-ask =
    Return: { $assignee }, «{ $title }».
    Write the reason — the school will see it.
task-return-reason-expected = Please write the reason in a few words.
task-returned-done = ↩️ Returned: { $assignee }. The school will be told the reason.
task-accepted-done = 👍 Accepted: { $assignee }.

task-staff-title = <b>Minutes and tasks</b>
task-staff-to-review = 🟡 Waiting for review: { $count }
task-staff-mine = Your tasks: { $count }
task-staff-empty = No tasks yet. Record meeting minutes: /meeting
task-staff-list = Tasks (page { $page } of { $pages }):

task-meeting-number = Let's record meeting minutes. Minutes number?
task-meeting-no-number = No number
task-meeting-date = Meeting date? For example, 31.05.2023.
task-meeting-today = Today
task-meeting-date-invalid = I could not read the date. Write it like 31.05.2023.
task-meeting-title = Meeting title? For example, «Meeting with school heads».
task-meeting-title-invalid = The title is 3 to 300 characters.
task-meeting-mode = How shall we enter the decisions?
task-meeting-mode-one = One by one
task-meeting-mode-paste = Paste «РЕШИЛИ» text or .docx
task-meeting-paste =
    Paste the decisions (the «РЕШИЛИ» block) in one message or send the minutes as a .docx file.
    I will split it into items and show what I understood.
task-meeting-text-expected = A text (or a .docx file) is needed. Please send it again.
task-meeting-docx-only = A Word .docx file is needed (old .doc, PDF and pictures cannot be read). Save it as .docx or paste the text.
task-meeting-docx-too-big = The file is over 10 MB. Paste the decisions as a message.
task-meeting-docx-unreadable = This .docx could not be read. Paste the decisions as a message.
task-meeting-decision-text = Decision No. { $number }: what must be done?
task-meeting-decision-text-invalid = A decision is 3 to 3000 characters.
task-meeting-deadline = Deadline? A date (30.06.2023, «до 1 сентября 2023 г.») or «ongoing».
task-standing-button = Ongoing
task-meeting-deadline-invalid = I could not read the deadline «{ $text }».
task-meeting-responsible = Who is responsible? Press a button or write it as the minutes do: «руководители ОО», «МОУО», «СОШ №2».
task-resp-all-button = 🏫 All school heads
task-resp-schools-button = Choose schools
task-resp-staff-button = Department / methodology staff
task-resp-all-text = руководители ОО
task-resp-all-schools = all schools ({ $count })
task-meeting-responsible-unknown = I do not know who this is: «{ $text }». Choose with a button.
task-meeting-no-staff = No department or methodology staff use the bot in this municipality yet.
task-meeting-pick-schools = Which schools? Tick them and press «Done».
task-meeting-pick-staff = Which staff members? Tick them and press «Done».
task-pick-done = Done ({ $count })
task-meeting-more = Decisions: { $count }. Add another?
task-meeting-more-yes = ➕ Another decision
task-meeting-more-no = Done — review
task-meeting-cancelled = The minutes were not saved.
task-meeting-saved = ✅ Minutes saved: { $tasks } tasks, { $assignments } assignees. School heads will be notified.

task-preview-title = <b>Minutes No. { $number } of { $date }</b> — { $title }
task-preview-count = Check the decisions ({ $count }):
task-preview-line = Due: { $deadline } · Resp.: { $responsible }
task-preview-more = …and { $count } more items (open them with the ✏️ buttons).
task-preview-ok = All correct? Save, or fix an item with ✏️.
task-preview-fix = Fix items { $numbers } (✏️ buttons), then save.
task-preview-save = ✅ Save
task-preview-add = ➕ Add a decision
task-past-mark = (already past)
task-problem-deadline = deadline not understood: «{ $text }»
task-problem-no-deadline = no deadline
task-problem-unknown = responsible not understood: «{ $text }» — choose
task-problem-nobody = nobody responsible chosen
task-fix-what = What to fix in item { $number }?
task-fix-deadline = Deadline
task-fix-responsible = Responsible
task-fix-text = Text
task-fix-delete = 🗑 Delete item
task-fix-back = ← Back to the list

error-task-protocol-empty = No numbered decisions («1. …», «2. …») found. Paste the whole «РЕШИЛИ» block.
error-task-not-open = This task is already marked as done.
error-task-not-done = This report has already been reviewed (or there is none yet).
error-task-no-evidence = A report is needed: a text, a file or a link.

task-notice-assigned = 🗂 New tasks from minutes No. { $number } of { $date } ({ $title }): { $count }
task-notice-more = …and { $count } more.
task-notice-done = 🟡 { $assignee } reported on «{ $title }». Review it: accept or return.
task-notice-returned =
    ↩️ Task returned: «{ $title }».
    Reason: { $reason }
    Please finish it and report again.
task-notice-accepted = 👍 Report accepted: «{ $title }».
task-notice-open-report = Open the report
task-notice-open-task = Open the task
