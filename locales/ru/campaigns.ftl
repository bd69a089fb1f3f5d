## Campaign opening (job)
campaign-opened-notice =
    📋 Открыт мониторинг «{ $title }» ({ $school }).
    Срок сдачи — { $deadline }. Ответы сохраняются после каждого шага: можно прерваться и продолжить позже.
campaign-deadline-reminder =
    ⏰ Напоминание: мониторинг «{ $title }» для { $school } ещё не сдан.
    Срок — { $deadline }. Уже введённые ответы сохранены: продолжите с того места, где остановились.
form-open-button = 📝 Заполнить форму

## Head: list of forms
forms-title = <b>Ваши мониторинги</b>
forms-none = Открытых мониторингов для вашей школы сейчас нет. Если срок сдачи прошёл, а ответы нужно исправить, попросите методиста открыть форму заново.
forms-item-none = 📝 <b>{ $title }</b> — не начат, 0 из { $total }. Срок: { $deadline }
forms-item-draft = ⏸ <b>{ $title }</b> — черновик, заполнено { $answered } из { $total }. Срок: { $deadline }
forms-item-submitted = ✅ <b>{ $title }</b> — сдан. Исправить можно до { $deadline }

## Head: the form
form-progress = 📋 { $title } · вопрос { $n } из { $total }
form-previous = Прошлый период ({ $period }): { $value }
form-current = Сейчас сохранено: <b>{ $value }</b>
form-hint-share = Ответ — «сколько из скольких», например «5 из 20».
form-hint-count = Ответ — число, например «12».
form-hint-text = Ответ — короткий текст.
form-yes = Да
form-no = Нет
form-skip = ⏭ Пропустить
form-back = ⬅️ Назад
form-cancel = ⏸ Прервать (ответы сохранены)
form-button-outdated = Эта кнопка от старого вопроса — ответьте на последний.
form-text-expected = Ответьте текстом или кнопкой под вопросом.
form-paused = Форма на паузе, ответы сохранены. Продолжить — /forms.
form-saved-for-later = Ответы сохранены. Вернуться к форме — /forms. Срок сдачи: { $deadline }.
form-confirm-jump = Значение сильно отличается от прошлого периода ({ $period }): было { $previous }, стало { $value }. Всё верно?
form-confirm-yes = Да, верно
form-confirm-fix = Исправить
form-review-title = <b>Проверьте ответы</b> — { $title }, { $school }
form-review-skipped = пропущено ⚠️
form-review-missing = нет ответа ⚠️
form-review-deadline = Исправить ответ — кнопка с его номером. Срок сдачи: { $deadline }.
form-review-use-buttons = Чтобы исправить ответ, нажмите кнопку с его номером; чтобы сдать — «Отправить».
form-submit = 📤 Отправить
form-resubmit = 📤 Отправить исправления
form-later = ⏸ Позже
form-receipt =
    ✅ Принято: «{ $title }», { $school }, { $at }.
    Ответы можно исправить до { $deadline } через /forms.
form-receipt-updated =
    ✅ Исправления приняты: «{ $title }», { $school }, { $at }.
    Все изменения сохранены в истории.
form-closed = Мониторинг «{ $title }» закрыт: срок сдачи был { $deadline }. Если нужно исправить ответы, попросите методиста открыть форму заново.
form-read-only = Форму «{ $title }» заполняет руководитель школы; вы можете смотреть итоги через /campaigns.

## Answer errors
answer-error-not-a-number = Нужно число, например «12». Попробуйте ещё раз.
answer-error-not-integer = Нужно целое число (это количество людей), например «12».
answer-error-below-min = Значение не может быть меньше { $min }.
answer-error-above-max = Значение не может быть больше { $max }.
answer-error-share-format = Напишите долю как «сколько из скольких»: например «5 из 20» или «5/20».
answer-error-numerator-above-denominator = { $numerator } из { $denominator } не может быть: первое число больше второго.
answer-error-zero-denominator = Второе число не может быть нулём: из скольких всего?
answer-error-yes-no-expected = Ответьте «да» или «нет» — или нажмите кнопку.
answer-error-text-empty = Напишите хотя бы несколько слов.
answer-error-text-too-long = Слишком длинно: не больше { $max } символов.

## Staff: campaigns
campaigns-title = <b>Мониторинги</b>
campaigns-none = Мониторингов пока нет. Создать — /newcampaign.
campaigns-none-official = Мониторингов пока нет. Их создаёт методист: когда сбор начнётся, мониторинг появится здесь.
campaigns-item-scheduled = 🕒 <b>{ $title }</b> ({ $period }) — откроется { $opens }, срок { $deadline }. Школ: { $schools }.
campaigns-item-open = 📋 <b>{ $title }</b> ({ $period }) — идёт до { $deadline }. Сдали { $submitted } из { $schools }, черновиков { $drafts }.
campaigns-item-closed = 🔒 <b>{ $title }</b> ({ $period }) — закрыт { $deadline }. Сдали { $submitted } из { $schools }.
campaign-card-results = 📊 Итоги
campaign-card-schools = 🏫 По школам
campaign-card-missing = ⏳ Не сдали
campaign-card-xlsx = 📄 Excel
campaign-card-reopen = 🔓 Открыть школе заново
results-header = <b>{ $title }</b> ({ $period }) — сдали { $submitted } из { $schools }, срок { $deadline }
results-nothing-yet = Пока ни одна школа не сдала форму.
results-status-none = не начат
results-status-draft = черновик
results-status-submitted = сдан
results-draft-progress = черновик, заполнено { $answered } из { $total }
results-all-submitted = Все школы сдали «{ $title }». 🎉
results-missing-title = <b>Не сдали «{ $title }»: { $count }</b>
results-xlsx-caption = Итоги мониторинга: строка — школа, столбец — показатель; внизу итог по муниципалитету.
reopen-choose = Какой школе открыть форму «{ $title }» заново (на { $days } дн.)?
reopen-done = Форма открыта заново для { $school } до { $until }.
reopen-notice = 🔓 Форма «{ $title }» снова открыта для вашей школы до { $until }: можно исправить ответы и отправить.

## Staff: new campaign
campaign-new-title = Новый мониторинг. Как он называется? Например: «Мониторинг профессионального развития, 4 квартал».
campaign-new-title-invalid = Название — от 3 до 200 символов. Напишите ещё раз.
campaign-new-no-indicators = Создать мониторинг пока нельзя: в округе нет ни одного показателя. Попросите администратора добавить их: npm run admin -- indicator:add (стандартный набор добавляется командой municipality:add).
campaign-new-no-schools = Создать мониторинг пока нельзя: в округе нет ни одной школы. Попросите администратора загрузить список: npm run admin -- schools:import.
campaign-new-period = За какой период? Нажмите кнопку или напишите, например «2026-Q4» или «2026».
campaign-new-period-invalid = Период — квартал «2026-Q4» или год «2026».
campaign-new-indicators = Какие показатели собираем? Нажимайте номера (или напишите «1 3 5»), затем «Готово». Чтобы найти показатель, напишите слово из названия.
campaign-new-schools = Каким школам? «Все» — или отметьте номера (можно диапазоном: «1-300») и нажмите «Готово». Чтобы найти школу, напишите часть названия.
campaign-new-pick-all = Все
campaign-new-pick-done = Готово ({ $count })
campaign-new-opens = Когда открыть форму? «Сейчас» — или дата, например «01.12.2026 09:00» (местное время, { $zone }).
campaign-new-opens-now = Сейчас
campaign-new-deadline = Срок сдачи? Например «15.12.2026» (до 23:59) или «15.12.2026 18:00» (местное время, { $zone }).
campaign-new-date-invalid = Не понял дату. Пример: «15.12.2026», «15.12 18:00» или «завтра».
campaign-new-deadline-too-early = Срок должен быть позже открытия ({ $opens }) и позже текущего момента.
campaign-new-all-schools = все школы ({ $count })
campaign-new-summary =
    <b>Проверьте:</b>
    Название: { $title }
    Период: { $period }
    Показатели ({ $indicators }):
    { $list }
    Открытие: { $opens }
    Срок: { $deadline }
    Школы: { $schools }
campaign-new-create = ✅ Создать
campaign-new-cancel = ✖️ Отмена
campaign-new-cancelled = Создание мониторинга отменено.
campaign-new-created-open = Мониторинг «{ $title }» создан и открыт для { $schools } шк. Руководители, подключённые к боту, получают приглашение заполнить форму.
campaign-new-created-scheduled = Мониторинг «{ $title }» создан. Откроется { $opens }; { $schools } шк. получат приглашение автоматически.
campaign-new-created-open-quiet = Мониторинг «{ $title }» создан и открыт для { $schools } шк. Сейчас тихие часы: руководители получат приглашение { $notices }.
campaign-new-created-scheduled-quiet = Мониторинг «{ $title }» создан. Откроется { $opens }, это тихие часы: { $schools } шк. получат приглашение { $notices }.
