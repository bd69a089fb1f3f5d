## Weekly digest for officials
digest-title = 🗓 <b>Сводка за неделю</b> — { $municipality }, { $date }
digest-overdue = { $count ->
    [0] ✅ Просроченных поручений нет.
   *[other] ⛔ Просрочено поручений: <b>{ $count }</b> (школ: { $schools })
}
digest-school = • { $school } — { $tasks }
digest-campaigns = 📋 Мониторинги, где сдали не все:
digest-campaigns-none = 📋 Все открытые мониторинги сданы.
digest-campaign = • «{ $title }» — не сдали { $missing } из { $schools }, срок { $deadline }
digest-changes = За неделю: выполнено поручений — { $done }, сдано форм — { $submitted }, новых просрочек — { $overdue }, новых поручений — { $created }.
digest-open-status = 📊 Статус сейчас
digest-turn-off = 🔕 Не присылать сводку
