## Tasks (поручения)
task-menu-head = ✅ Поручения
task-menu-staff = 🗂 Протоколы и поручения
command-tasks = Поручения
command-meeting = Внести протокол совещания

task-standing = постоянно
task-source = Протокол №{ $number } от { $date }, п. { $item }
task-card-deadline = Срок: { $deadline }
task-card-assignee = Кому: { $assignee }
task-card-state = Статус: { $state }
task-card-returned = ↩️ Возвращено: { $reason }
task-card-done = Отчёт: { $who }, { $at }
task-card-assignees = Исполнители: { $count } (стр. { $page } из { $pages })
task-file = файл
task-photo = фото
task-no-file = К этому отчёту файл не приложен.

task-state-open = в работе
task-state-returned = возвращено
task-state-overdue = просрочено
task-state-done = на проверке
task-state-accepted = принято

task-button-close = ✅ Выполнено — отчитаться
task-button-accept = 👍 Принять
task-button-return = ↩️ Вернуть
task-button-file = 📎 Файл отчёта
task-button-task = 🗂 К поручению
task-button-my = ✅ Мои поручения
task-button-all = 🗂 Все поручения
task-button-meeting = ➕ Внести протокол
task-cancel = ✖️ Отмена
task-cancelled = Отменено, ничего не сохранено.

task-my-title = <b>Мои поручения</b>
task-count = { $state }: { $count }
task-my-legend = Нажмите на поручение, чтобы открыть его и отчитаться.
task-my-empty = Поручений для вас нет.
task-my-all-done = Открытых поручений нет: все { $accepted } приняты. 👍

task-close-ask =
    Отчёт по поручению «{ $title }».
    Напишите, что сделано, пришлите файл (документ или фото) или ссылку.
task-close-evidence-expected = Нужен текст, файл или ссылка. Пришлите, пожалуйста, ещё раз.
task-close-confirm =
    Отметить выполненным с таким отчётом?
    { $evidence }
task-close-send = ✅ Отправить
task-close-press = Нажмите «Отправить» или «Отмена» под сообщением выше.
task-close-done = ✅ Отчёт отправлен: «{ $title }». Специалист проверит и примет.

task-return-ask =
    Возврат: { $assignee }, «{ $title }».
    Напишите причину — её увидит школа.
task-return-reason-expected = Напишите причину словами, хотя бы пару слов.
task-returned-done = ↩️ Возвращено: { $assignee }. Школа получит уведомление с причиной.
task-accepted-done = 👍 Принято: { $assignee }.

task-staff-title = <b>Протоколы и поручения</b>
task-staff-to-review = 🟡 Ждут проверки: { $count }
task-staff-mine = Ваши поручения: { $count }
task-staff-empty = Поручений пока нет. Внесите протокол совещания: /meeting
task-staff-list = Поручения (стр. { $page } из { $pages }):

task-meeting-number = Внесём протокол совещания. Номер протокола?
task-meeting-no-number = Без номера
task-meeting-date = Дата совещания? Например, 31.05.2023.
task-meeting-today = Сегодня
task-meeting-date-invalid = Не понял дату. Напишите так: 31.05.2023.
task-meeting-title = Тема совещания? Например, «Совещание с руководителями ОО».
task-meeting-title-invalid = Тема — от 3 до 300 символов.
task-meeting-mode = Как внесём решения?
task-meeting-mode-one = По одному
task-meeting-mode-paste = Вставить текст «РЕШИЛИ» или .docx
task-meeting-paste =
    Вставьте текст решений (блок «РЕШИЛИ») одним сообщением или пришлите протокол файлом .docx.
    Я разделю его на пункты и покажу, что понял.
task-meeting-text-expected = Нужен текст (или файл .docx). Пришлите ещё раз.
task-meeting-docx-only = Нужен файл Word в формате .docx (старый .doc, PDF и картинки не читаю). Сохраните как .docx или вставьте текст.
task-meeting-docx-too-big = Файл больше 10 МБ. Вставьте текст решений сообщением.
task-meeting-docx-unreadable = Не получилось прочитать этот .docx. Вставьте текст решений сообщением.
task-meeting-decision-text = Решение №{ $number }: что нужно сделать?
task-meeting-decision-text-invalid = Текст решения — от 3 до 3000 символов.
task-meeting-deadline = Срок? Дата (30.06.2023, «до 1 сентября 2023 г.») или «постоянно».
task-standing-button = Постоянно
task-meeting-deadline-invalid = Не понял срок «{ $text }».
task-meeting-responsible = Кто отвечает? Нажмите кнопку или напишите, как в протоколе: «руководители ОО», «МОУО», «СОШ №2».
task-resp-all-button = 🏫 Все руководители ОО
task-resp-schools-button = Выбрать школы
task-resp-staff-button = Сотрудник МОУО / ММС
task-resp-all-text = руководители ОО
task-resp-all-schools = все школы ({ $count })
task-meeting-responsible-unknown = Не понял, кто это: «{ $text }». Выберите кнопкой.
task-meeting-no-staff = В муниципалитете пока нет сотрудников МОУО и ММС в боте.
task-meeting-pick-schools = Каким школам? Отметьте и нажмите «Готово».
task-meeting-pick-staff = Кому из сотрудников? Отметьте и нажмите «Готово».
task-pick-done = Готово ({ $count })
task-meeting-more = Решений: { $count }. Добавить ещё?
task-meeting-more-yes = ➕ Ещё решение
task-meeting-more-no = Готово — проверить
task-meeting-cancelled = Протокол не сохранён.
task-meeting-saved = ✅ Протокол сохранён: поручений — { $tasks }, исполнителей — { $assignments }. Руководители получат уведомления.

task-preview-title = <b>Протокол №{ $number } от { $date }</b> — { $title }
task-preview-count = Проверьте решения ({ $count }):
task-preview-line = Срок: { $deadline } · Отв.: { $responsible }
task-preview-more = …и ещё пунктов: { $count } (откройте их кнопками ✏️).
task-preview-ok = Всё верно? Сохраните или исправьте пункт кнопкой ✏️.
task-preview-fix = Исправьте пункты { $numbers } (кнопки ✏️) — потом можно сохранить.
task-preview-save = ✅ Сохранить
task-preview-add = ➕ Добавить решение
task-past-mark = (уже прошёл)
task-problem-deadline = срок не понял: «{ $text }»
task-problem-no-deadline = нет срока
task-problem-unknown = не понял, кто отвечает: «{ $text }» — выберите
task-problem-nobody = не выбран ответственный
task-fix-what = Что исправить в пункте { $number }?
task-fix-deadline = Срок
task-fix-responsible = Ответственные
task-fix-text = Текст
task-fix-delete = 🗑 Удалить пункт
task-fix-back = ← К списку

error-task-protocol-empty = Не нашёл пронумерованных решений («1. …», «2. …»). Вставьте блок «РЕШИЛИ» целиком.
error-task-not-open = Это поручение уже отмечено выполненным.
error-task-not-done = Этот отчёт уже проверен (или его ещё нет).
error-task-no-evidence = Нужен отчёт: текст, файл или ссылка.

task-notice-assigned = 🗂 Новые поручения по протоколу №{ $number } от { $date } ({ $title }): { $count }
task-notice-more = …и ещё { $count }.
task-notice-done = 🟡 { $assignee } отчитались по поручению «{ $title }». Проверьте и примите или верните.
task-notice-returned =
    ↩️ Поручение возвращено: «{ $title }».
    Причина: { $reason }
    Доделайте и отчитайтесь ещё раз.
task-notice-accepted = 👍 Отчёт принят: «{ $title }».
task-notice-open-report = Открыть отчёт
task-notice-open-task = Открыть поручение
