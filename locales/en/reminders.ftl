## Deadline reminders (one message per person and moment)
reminder-title-one = ⏰ <b>Deadline reminder</b>
reminder-title-many = ⏰ <b>Deadline reminders</b> ({ $count })
reminder-form-soon = 📋 Monitoring «{ $title }» not submitted — due { $deadline }
reminder-form-due = 📋 Monitoring «{ $title }» — ❗ due today, { $deadline }
reminder-form-overdue = 📋 Monitoring «{ $title }» — the deadline passed { $deadline }
reminder-task-soon = ✅ Task «{ $title }» — due { $deadline }
reminder-task-due = ✅ Task «{ $title }» — ❗ due { $deadline }
reminder-task-overdue = ⛔ Task «{ $title }» is overdue — it was due { $deadline }
reminder-more = …and { $count } more
