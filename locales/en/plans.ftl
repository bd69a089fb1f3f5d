## Plans: how a schedule was understood
plans-schedule-date = by { $date }
plans-schedule-range = { $start } – { $due }
plans-schedule-during-period = whole period, by { $due }
plans-schedule-monthly = monthly → last day of every month
plans-schedule-quarterly = quarterly → { $days } every year
plans-schedule-half-yearly = twice a year → { $days } every year
plans-schedule-yearly = yearly → { $days } every year
plans-schedule-since = , starting { $date }
plans-schedule-after = not before { $date }, no deadline
plans-schedule-as-needed = as needed, no deadline
plans-schedule-standing = ongoing, no deadline
plans-schedule-by-other-plan = by another body's plan, no deadline
plans-schedule-unread-unknown = ❓ not understood
plans-schedule-unread-several = ❓ several deadlines in one cell
plans-schedule-unread-no-year = ❓ no year given
plans-schedule-unread-bad-date = ❓ no such date
plans-schedule-unread-empty = ❓ no deadline given

## Plans: how a responsible was understood
plans-responsible-none = ❓ none given
plans-responsible-school-heads = heads of every school
plans-responsible-officials = department staff (МОУО)
plans-responsible-methodologists = methodologists (ММС)
plans-responsible-person = { $name }
plans-responsible-unmatched = “{ $text }” (not found — match it)
plans-responsible-other = “{ $text }” (not understood)

## Plans: a file that cannot be imported (nothing is stored)
error-plan-old-doc = This is the old Word format (.doc). Open it in Word, save it as .docx (File → Save As → Word Document) and send it again.
error-plan-encrypted = The file is password-protected. Remove the password and send it again.
error-plan-too-large = The file is larger than { $mb } MB. A plan is a table: send the document without pictures or attachments.
error-plan-unsupported-format = Send a .docx, .xlsx or .csv file with the plan's table. A photo or scan of a page cannot be read.
error-plan-unreadable = The file is damaged and does not open. Save it again and resend it.
error-plan-no-table = The file has no plan table: it needs the columns «Мероприятие», «Сроки» and/or «Ответственные».
error-plan-empty = The plan table is empty: there is no activity under its header.
error-plan-no-period = The title names no period. Give it, e.g. “2022-2025” or “2022-2023 уч”.

## Plans: the preview before storing
plans-preview-title = 📋 <b>{ $title }</b>
plans-preview-period = Period: { $start } – { $end }
plans-preview-counts = Activities: { $items }, sections: { $sections }
plans-preview-section = <b>{ $title }</b>
plans-preview-item =
    { $number } { $text }
       ⏰ “{ $written }” → { $schedule }
       👥 { $responsible }
plans-preview-all-read = ✅ Every deadline and responsible was understood.
plans-preview-problems-title = ❗ Lines not understood: { $count }. Deadlines not understood are kept as written, without reminders:
plans-preview-problem-schedule = • row { $row }{ $number }: deadline “{ $text }” — { $reason }
plans-preview-problem-responsible = • row { $row }{ $number }: responsible “{ $text }” not understood
plans-preview-problem-person = • row { $row }{ $number }: “{ $text }” is not a bot user — no task will reach them
plans-preview-problem-outside-period = • row { $row }{ $number }: deadline “{ $text }” is outside the plan's period
plans-preview-problem-skipped-row = • row { $row }: skipped a row with no activity “{ $text }”
plans-preview-changes = This plan was imported before. Added: { $added }, changed: { $changed }, removed: { $removed }, unchanged: { $unchanged }.
plans-preview-change-added = ➕ { $what }
plans-preview-change-changed = ✏️ { $what }: { $fields }
plans-preview-change-removed = ➖ { $what }
plans-field-text = text
plans-field-section = section
plans-field-schedule = deadline
plans-field-responsible = responsible
plans-field-result = result

## Plans: import in the bot
menu-plan = 🗺 Roadmap
command-plan = Roadmap: activities and how they stand
plans-reading = 📥 Reading the file…
plans-import-question = Save the plan? Every activity with a deadline becomes a task for those responsible.
plans-import-confirm = ✅ Save
plans-import-cancel = ✖ Cancel
plans-import-cancelled = Cancelled, nothing stored.
plans-import-stored = ✅ Plan saved: { $items } activities, { $sections } sections. Tasks created: { $tasks } ({ $assignments } assignees).
plans-import-updated = ✅ Plan updated: { $items } activities, { $sections } sections. New tasks: { $tasks } ({ $assignments } assignees).
plans-open = 🗺 Open the plan

## Plans: the plan in the bot
plans-none = No roadmap has been imported yet.
plans-none-staff = No roadmap has been imported yet. Send the plan file (.docx, .xlsx or .csv) here in the chat.
plans-list-title = Roadmaps:
plans-view-title =
    🗺 <b>{ $title }</b>
    { $start } – { $end }
plans-item-open = 🟡 { $item } — by { $when }
plans-item-overdue = 🔴 { $item } — was due { $when }
plans-item-done = ✅ { $item } — { $when }
plans-item-none = ⚪ { $item } — { $when }
plans-item-staff = { $item } — { $when }: done { $done } of { $total }{ $overdue ->
        [0] {""}
       *[other] , overdue { $overdue }
    }
plans-item-due = Due: { $date }
plans-assignee-open = 🟡 { $name } — in progress
plans-assignee-overdue = 🔴 { $name } — overdue
plans-assignee-done = ✅ { $name } — done
plans-export = 📥 Excel
plans-export-caption = The roadmap in the same columns as the document.
