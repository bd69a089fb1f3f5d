## Commands
command-start = Start
command-help = Help
command-menu = Main menu
command-forms = My monitoring forms
command-campaigns = Monitoring and results
command-newcampaign = New monitoring campaign
command-lang = Language / Язык

## Start and access
stranger-refusal =
    Hello! This bot works by invitation from the education department only.
    Ask a methodologist or an official for an invitation link and open it.
stranger-refusal-short = This bot works by invitation only.
start-invite-unknown = Invitation not found. Check the link or ask whoever invited you for a new one.
start-invite-used = This invitation has already been used. If it was not you, tell the methodologist.
start-invite-expired = This invitation has expired. Ask for a new link.
start-invite-revoked = This invitation was revoked. Ask for a new link.
start-already-registered = You are already registered; no invitation needed.
start-welcome-head = Welcome, { $name }! You are signed in as a school head. Here you fill in monitoring forms and see your school's tasks.
start-welcome-methodologist = Welcome, { $name }! You are signed in as a methodologist. Here you run monitoring campaigns and see their results.
start-welcome-official = Welcome, { $name }! You are signed in as an education department official. Here you see monitoring results and who is behind.
start-welcome-admin = Welcome, { $name }! You are signed in as an administrator.

## Help
help-stranger =
    This bot runs the municipality's teacher-development roadmap.
    Access is by invitation only: ask a methodologist or an official for a link.
help-head =
    <b>What the bot does</b>
    /forms — your school's monitoring forms: fill in, resume, correct
    /menu — main menu
    /lang — language
    Answer each question with a number ("12"), a share ("5 of 20"), "yes" or "no".
    Answers are saved at once: stop any time and resume later from any device.
help-methodologist =
    <b>What the bot does</b>
    /newcampaign — create a monitoring campaign: indicators, dates, schools
    /campaigns — campaigns: who submitted, results, Excel export, reopen a school's form
    /menu — main menu
    /lang — language
help-official =
    <b>What the bot does</b>
    /campaigns — campaigns: who submitted, municipal results, Excel export
    /menu — main menu
    /lang — language
help-admin =
    <b>What the bot does</b>
    /campaigns, /newcampaign — monitoring campaigns
    People, schools and invitations: from the console, npm run admin -- help
    /lang — language

## Language
language-choose = Choose a language:
language-name-ru = Русский
language-name-en = English
language-changed = Language: English.

## Main menu
menu-title = { $name }, what shall we do?
menu-forms = 📋 Monitoring
menu-campaigns = 📋 Monitoring
menu-new-campaign = ➕ New campaign
menu-tasks = ✅ Tasks
menu-courses = 🎓 Courses
menu-courses-catalogue = 🎓 Course catalogue
menu-announcements = 📢 Announcements
menu-broadcast = 📢 Broadcast
menu-status = 📊 Status
menu-reports = 📄 Reports
menu-people = 👥 People
menu-help = ❓ Help
menu-soon-mark = soon
menu-soon = This section is coming soon.
menu-outdated = The menu has changed; press again.

## Errors
error-not-registered = You are not registered. Open your invitation link.
error-access-revoked = Your access to the bot has been closed. If this is a mistake, contact the methodologist.
error-forbidden = That is not yours: you have no access to this data.
error-not-found = Not found; it may have been deleted.
error-invalid-input = Could not read that. Check and try again.
error-conflict = Such a record already exists.
error-unavailable = The service is temporarily unavailable. Try again in a minute; what was saved is not lost.
error-unavailable-with-text =
    The service is temporarily unavailable; your message was not saved:
    "{ $text }"
    Send it again in a minute; everything saved before is still there.
error-internal = Something went wrong. The error has been logged; please try again.
button-outdated = This button is outdated. Open the section again via /menu.
unhandled-message = I did not understand. Open /menu or /help.
error-already-registered = You are already registered.
error-campaign-not-open = This campaign is not open yet.
error-campaign-closed = The deadline has passed and the form is closed. To correct it, ask the methodologist to reopen it.
error-campaign-incomplete = Not every indicator is answered: { $missing } left. Answer them and submit again.
error-invite-unknown = Invitation not found.
error-invite-used = The invitation has already been used.
error-invite-expired = The invitation has expired.
error-invite-revoked = The invitation was revoked.

## Campaign opening (job)
campaign-opened-notice =
    📋 Monitoring "{ $title }" is open ({ $school }).
    Deadline: { $deadline }. Answers are saved after every step: stop any time and resume later.
campaign-deadline-reminder =
    ⏰ Reminder: monitoring "{ $title }" for { $school } is not submitted yet.
    Deadline: { $deadline }. Answers already entered are saved: continue where you stopped.
form-open-button = 📝 Fill in the form

## Head: list of forms
forms-title = <b>Your monitoring forms</b>
forms-none = There are no open monitoring forms for your school right now. If the deadline has passed and your answers need a correction, ask a methodologist to reopen the form.
forms-item-none = 📝 <b>{ $title }</b>: not started, 0 of { $total }. Deadline: { $deadline }
forms-item-draft = ⏸ <b>{ $title }</b>: draft, { $answered } of { $total } answered. Deadline: { $deadline }
forms-item-submitted = ✅ <b>{ $title }</b>: submitted. You can correct it until { $deadline }

## Head: the form
form-progress = 📋 { $title } · question { $n } of { $total }
form-previous = Previous period ({ $period }): { $value }
form-current = Saved now: <b>{ $value }</b>
form-hint-share = Answer "how many of how many", e.g. "5 of 20".
form-hint-count = Answer with a number, e.g. "12".
form-hint-text = Answer with a short text.
form-yes = Yes
form-no = No
form-skip = ⏭ Skip
form-back = ⬅️ Back
form-cancel = ⏸ Stop (answers are saved)
form-button-outdated = That button belongs to an older question; answer the latest one.
form-text-expected = Answer with text or a button under the question.
form-paused = The form is paused and your answers are saved. Resume with /forms.
form-saved-for-later = Answers saved. Return to the form with /forms. Deadline: { $deadline }.
form-confirm-jump = This differs a lot from the previous period ({ $period }): it was { $previous }, now { $value }. Is that right?
form-confirm-yes = Yes, correct
form-confirm-fix = Fix it
form-review-title = <b>Check your answers</b>: { $title }, { $school }
form-review-skipped = skipped ⚠️
form-review-missing = no answer ⚠️
form-review-deadline = To change an answer, press its number. Deadline: { $deadline }.
form-review-use-buttons = To change an answer press its number; to hand in press "Submit".
form-submit = 📤 Submit
form-resubmit = 📤 Submit corrections
form-later = ⏸ Later
form-receipt =
    ✅ Received: "{ $title }", { $school }, { $at }.
    You can correct answers until { $deadline } via /forms.
form-receipt-updated =
    ✅ Corrections received: "{ $title }", { $school }, { $at }.
    Every change is kept in the history.
form-closed = Monitoring "{ $title }" is closed: the deadline was { $deadline }. To correct answers, ask the methodologist to reopen the form.
form-read-only = The form "{ $title }" is filled in by the school head; you can see results via /campaigns.

## Answer errors
answer-error-not-a-number = A number is needed, e.g. "12". Please try again.
answer-error-not-integer = A whole number is needed (it counts people), e.g. "12".
answer-error-below-min = The value cannot be less than { $min }.
answer-error-above-max = The value cannot be more than { $max }.
answer-error-share-format = Write a share as "how many of how many": e.g. "5 of 20" or "5/20".
answer-error-numerator-above-denominator = { $numerator } of { $denominator } is impossible: the first number is larger.
answer-error-zero-denominator = The second number cannot be zero: out of how many?
answer-error-yes-no-expected = Answer "yes" or "no", or press a button.
answer-error-text-empty = Write at least a few words.
answer-error-text-too-long = Too long: at most { $max } characters.

## Staff: campaigns
campaigns-title = <b>Monitoring campaigns</b>
campaigns-none = No campaigns yet. Create one with /newcampaign.
campaigns-item-scheduled = 🕒 <b>{ $title }</b> ({ $period }): opens { $opens }, deadline { $deadline }. Schools: { $schools }.
campaigns-item-open = 📋 <b>{ $title }</b> ({ $period }): open until { $deadline }. { $submitted } of { $schools } submitted, { $drafts } drafts.
campaigns-item-closed = 🔒 <b>{ $title }</b> ({ $period }): closed { $deadline }. { $submitted } of { $schools } submitted.
campaign-card-results = 📊 Results
campaign-card-schools = 🏫 By school
campaign-card-missing = ⏳ Not submitted
campaign-card-xlsx = 📄 Excel
campaign-card-reopen = 🔓 Reopen for a school
results-header = <b>{ $title }</b> ({ $period }): { $submitted } of { $schools } submitted, deadline { $deadline }
results-nothing-yet = No school has submitted yet.
results-status-none = not started
results-status-draft = draft
results-status-submitted = submitted
results-draft-progress = draft, { $answered } of { $total } answered
results-all-submitted = Every school has submitted "{ $title }". 🎉
results-missing-title = <b>Not submitted "{ $title }": { $count }</b>
results-xlsx-caption = Monitoring results: a row per school, a column per indicator; the municipal total at the bottom.
reopen-choose = Which school should get "{ $title }" reopened (for { $days } days)?
reopen-done = The form is reopened for { $school } until { $until }.
reopen-notice = 🔓 The form "{ $title }" is open again for your school until { $until }: you can correct the answers and submit.

## Staff: new campaign
campaign-new-title = New monitoring campaign. What is it called? E.g. "Professional development monitoring, Q4".
campaign-new-title-invalid = The title must be 3 to 200 characters. Please type it again.
campaign-new-period = For which period? Press a button or type e.g. "2026-Q4" or "2026".
campaign-new-period-invalid = A period is a quarter "2026-Q4" or a year "2026".
campaign-new-indicators = Which indicators? Press the numbers (or type "1 3 5"), then "Done".
campaign-new-schools = Which schools? "All", or tick the numbers and press "Done".
campaign-new-pick-all = All
campaign-new-pick-done = Done ({ $count })
campaign-new-opens = When should the form open? "Now", or a date like "01.12.2026 09:00" (local time, { $zone }).
campaign-new-opens-now = Now
campaign-new-deadline = Deadline? E.g. "15.12.2026" (until 23:59) or "15.12.2026 18:00" (local time, { $zone }).
campaign-new-date-invalid = I could not read the date. Example: "15.12.2026" or "15.12.2026 18:00".
campaign-new-deadline-too-early = The deadline must be after the opening ({ $opens }) and in the future.
campaign-new-all-schools = all schools ({ $count })
campaign-new-summary =
    <b>Please check:</b>
    Title: { $title }
    Period: { $period }
    Indicators ({ $indicators }):
    { $list }
    Opens: { $opens }
    Deadline: { $deadline }
    Schools: { $schools }
campaign-new-create = ✅ Create
campaign-new-cancel = ✖️ Cancel
campaign-new-cancelled = Campaign creation cancelled.
campaign-new-created-open = Campaign "{ $title }" is created and open for { $schools } schools. Heads connected to the bot are being invited to fill in the form.
campaign-new-created-scheduled = Campaign "{ $title }" is created. It opens { $opens }; { $schools } schools will be invited automatically.
