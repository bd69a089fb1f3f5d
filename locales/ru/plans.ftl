## Plans: how a schedule was understood
plans-schedule-date = до { $date }
plans-schedule-range = { $start } – { $due }
plans-schedule-during-period = весь период, до { $due }
plans-schedule-monthly = ежемесячно → последний день каждого месяца
plans-schedule-quarterly = ежеквартально → { $days } каждого года
plans-schedule-half-yearly = 2 раза в год → { $days } каждого года
plans-schedule-yearly = ежегодно → { $days } каждого года
plans-schedule-since = , начиная с { $date }
plans-schedule-after = не раньше { $date }, без срока
plans-schedule-as-needed = по мере необходимости, без срока
plans-schedule-standing = постоянно, без срока
plans-schedule-by-other-plan = по чужому плану, без срока
plans-schedule-unread-unknown = ❓ не понято
plans-schedule-unread-several = ❓ несколько сроков в одной строке
plans-schedule-unread-no-year = ❓ не указан год
plans-schedule-unread-bad-date = ❓ такой даты нет
plans-schedule-unread-empty = ❓ срок не указан

## Plans: how a responsible was understood
plans-responsible-none = ❓ не указаны
plans-responsible-school-heads = руководители всех ОО
plans-responsible-officials = специалисты МОУО
plans-responsible-methodologists = методисты ММС
plans-responsible-person = { $name }
plans-responsible-unmatched = «{ $text }» (не найден — сопоставьте)
plans-responsible-other = «{ $text }» (не понято)

## Plans: a file that cannot be imported (nothing is stored)
error-plan-old-doc = Это старый формат Word (.doc). Откройте файл в Word и сохраните как .docx («Файл → Сохранить как → Документ Word»), затем пришлите снова.
error-plan-encrypted = Файл защищён паролем. Снимите пароль и пришлите снова.
error-plan-too-large = Файл больше { $mb } МБ. План — это таблица: пришлите документ без картинок и вложений.
error-plan-unsupported-format = Нужен файл .docx, .xlsx или .csv с таблицей плана. Фото или скан страницы прочитать нельзя.
error-plan-unreadable = Файл повреждён и не открывается. Сохраните его заново и пришлите снова.
error-plan-no-table = В файле нет таблицы плана: нужны столбцы «Мероприятие», «Сроки» и/или «Ответственные».
error-plan-empty = Таблица плана пустая: под заголовком нет ни одного мероприятия.
error-plan-no-period = Не нашёл период плана в заголовке. Укажите его, например «2022-2025» или «2022-2023 уч».

## Plans: the preview before storing
plans-preview-title = 📋 <b>{ $title }</b>
plans-preview-period = Период: { $start } – { $end }
plans-preview-counts = Мероприятий: { $items }, разделов: { $sections }
plans-preview-section = <b>{ $title }</b>
plans-preview-item =
    { $number } { $text }
       ⏰ «{ $written }» → { $schedule }
       👥 { $responsible }
plans-preview-all-read = ✅ Все сроки и ответственные поняты.
plans-preview-problems-title = ❗ Не понято строк: { $count }. Непонятые сроки сохранятся как написаны, без напоминаний:
plans-preview-problem-schedule = • строка { $row }{ $number }: срок «{ $text }» — { $reason }
plans-preview-problem-responsible = • строка { $row }{ $number }: ответственные «{ $text }» не поняты
plans-preview-problem-person = • строка { $row }{ $number }: «{ $text }» нет среди пользователей бота — задача ему не придёт
plans-preview-problem-outside-period = • строка { $row }{ $number }: срок «{ $text }» за пределами периода плана
plans-preview-problem-skipped-row = • строка { $row }: пропущена строка без мероприятия «{ $text }»
plans-preview-changes = Этот план уже загружен. Добавлено: { $added }, изменено: { $changed }, удалено: { $removed }, без изменений: { $unchanged }.
plans-preview-change-added = ➕ { $what }
plans-preview-change-changed = ✏️ { $what }: { $fields }
plans-preview-change-removed = ➖ { $what }
plans-field-text = текст
plans-field-section = раздел
plans-field-schedule = срок
plans-field-responsible = ответственные
plans-field-result = результат

## Plans: import in the bot
menu-plan = 🗺 Дорожная карта
command-plan = Дорожная карта: мероприятия и их выполнение
plans-reading = 📥 Читаю файл…
plans-import-question = Сохранить план? Каждое мероприятие со сроком станет поручением ответственным.
plans-import-confirm = ✅ Сохранить
plans-import-cancel = ✖ Отмена
plans-import-cancelled = Отменено, ничего не сохранено.
plans-import-stored = ✅ План сохранён: { $items } мероприятий, { $sections } разделов. Поручений создано: { $tasks } (адресатов: { $assignments }).
plans-import-updated = ✅ План обновлён: { $items } мероприятий, { $sections } разделов. Новых поручений: { $tasks } (адресатов: { $assignments }).
plans-open = 🗺 Открыть план

## Plans: the plan in the bot
plans-none = Дорожная карта ещё не загружена.
plans-none-staff = Дорожная карта ещё не загружена. Пришлите файл плана (.docx, .xlsx или .csv) сюда в чат.
plans-list-title = Дорожные карты:
plans-view-title =
    🗺 <b>{ $title }</b>
    { $start } – { $end }
plans-item-open = 🟡 { $item } — до { $when }
plans-item-overdue = 🔴 { $item } — срок был { $when }
plans-item-done = ✅ { $item } — { $when }
plans-item-none = ⚪ { $item } — { $when }
plans-item-staff = { $item } — { $when }: выполнили { $done } из { $total }{ $overdue ->
        [0] {""}
       *[other] , просрочено { $overdue }
    }
plans-item-due = Срок: { $date }
plans-assignee-open = 🟡 { $name } — в работе
plans-assignee-overdue = 🔴 { $name } — просрочено
plans-assignee-done = ✅ { $name } — выполнено
plans-export = 📥 Excel
plans-export-caption = Дорожная карта в тех же столбцах, что и документ.
