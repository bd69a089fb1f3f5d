## Weekly digest for officials
digest-title = 🗓 <b>Weekly digest</b> — { $municipality }, { $date }
digest-overdue = { $count ->
    [0] ✅ No overdue tasks.
   *[other] ⛔ Overdue tasks: <b>{ $count }</b> (schools: { $schools })
}
digest-school = • { $school } — { $tasks }
digest-campaigns = 📋 Monitoring not submitted by everyone:
digest-campaigns-none = 📋 Every open monitoring is submitted.
digest-campaign = • «{ $title }» — { $missing } of { $schools } missing, due { $deadline }
digest-changes = This week: tasks done — { $done }, forms submitted — { $submitted }, newly overdue — { $overdue }, new tasks — { $created }.
digest-open-status = 📊 Status now
digest-turn-off = 🔕 Stop the digest
