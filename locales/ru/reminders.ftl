## Deadline reminders (one message per person and moment)
reminder-title-one = ⏰ <b>Напоминание о сроке</b>
reminder-title-many = ⏰ <b>Напоминание о сроках</b> ({ $count })
reminder-form-soon = 📋 Мониторинг «{ $title }» не сдан — срок { $deadline }
reminder-form-due = 📋 Мониторинг «{ $title }» — ❗ срок сегодня, { $deadline }
reminder-form-overdue = 📋 Мониторинг «{ $title }» — срок истёк { $deadline }
reminder-task-soon = ✅ Поручение «{ $title }» — срок { $deadline }
reminder-task-due = ✅ Поручение «{ $title }» — ❗ срок { $deadline }
reminder-task-overdue = ⛔ Поручение «{ $title }» просрочено — срок был { $deadline }
reminder-more = …и ещё { $count }
