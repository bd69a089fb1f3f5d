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
campaigns-none-official = No campaigns yet. A methodologist creates them; once a collection starts, it shows here.
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
campaign-new-no-indicators = A campaign cannot be created yet: the municipality has no indicators. Ask the administrator to add them: npm run admin -- indicator:add (municipality:add adds the standard set).
campaign-new-no-schools = A campaign cannot be created yet: the municipality has no schools. Ask the administrator to load the list: npm run admin -- schools:import.
campaign-new-period = For which period? Press a button or type e.g. "2026-Q4" or "2026".
campaign-new-period-invalid = A period is a quarter "2026-Q4" or a year "2026".
campaign-new-indicators = Which indicators? Press the numbers (or type "1 3 5"), then "Done". To find one, type a word of its title.
campaign-new-schools = Which schools? "All", or tick the numbers (a range works too: "1-300") and press "Done". To find a school, type part of its name.
campaign-new-pick-all = All
campaign-new-pick-done = Done ({ $count })
campaign-new-opens = When should the form open? "Now", or a date like "01.12.2026 09:00" (local time, { $zone }).
campaign-new-opens-now = Now
campaign-new-deadline = Deadline? E.g. "15.12.2026" (until 23:59) or "15.12.2026 18:00" (local time, { $zone }).
campaign-new-date-invalid = I could not read the date. Example: "15.12.2026", "15.12 18:00" or "завтра" (tomorrow).
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
campaign-new-created-open-quiet = Campaign "{ $title }" is created and open for { $schools } schools. It is quiet hours now: the heads get their invitation at { $notices }.
campaign-new-created-scheduled-quiet = Campaign "{ $title }" is created. It opens at { $opens }, in quiet hours: { $schools } schools get their invitation at { $notices }.
