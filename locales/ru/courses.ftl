## Courses: summary
course-summary-period-year = За { $year } учебный год
course-summary-period-range = С { $from } по { $to }
course-summary-total = { $period } курсы повышения квалификации { $teachers ->
    [one] прошёл { $teachers } педагогический работник
    [few] прошли { $teachers } педагогических работника
   *[other] прошли { $teachers } педагогических работников
} по { $programmes ->
    [one] { $programmes } образовательной программе
   *[other] { $programmes } образовательным программам
}.
course-summary-none = { $period } курсы повышения квалификации не отмечены ни у одного педагога.
course-summary-of-them = Из них { $parts }.
course-summary-and = { $first } и { $second }
course-summary-group = { $teachers ->
    [one] { $teachers } педагог
    [few] { $teachers } педагога
   *[other] { $teachers } педагогов
} по { $programmes ->
    [one] { $programmes } программе
   *[other] { $programmes } программам
} { $teachers ->
    [one] обучился
   *[other] обучились
} { $where }
course-summary-at-provider = на базе { $provider }
course-summary-format-IN_PERSON = очно
course-summary-format-REMOTE = дистанционно
course-summary-format-BLENDED = очно-заочно
course-summary-tag-federal-priority = Приоритетные федеральные программы
course-summary-tag-personalised = Персонифицированные программы
course-summary-table-head = <b>{ $title }</b>
course-summary-table-total = Всего: { $teachers } пед. / { $programmes } прогр.
course-summary-table-row = { $label }: { $teachers } / { $programmes }
course-summary-table-by-provider = По организациям (педагогов / программ):
course-summary-table-by-format = По форме обучения:
course-summary-table-by-tag = По видам программ:
course-summary-table-by-school = По школам:
course-summary-chart-title = Повышение квалификации: педагоги и программы
course-summary-chart-teachers = Педагоги
course-summary-chart-programmes = Программы
course-summary-chart-total = Всего
course-summary-chart-button = 📈 График
course-summary-xlsx-button = 📄 Excel
course-summary-xlsx-caption = Сводка по курсам повышения квалификации.
course-summary-previous-year = ◀ { $year } учебный год

## Courses: menus and lists
command-courses = Курсы повышения квалификации
course-menu-title = 🎓 Курсы повышения квалификации. Что делаем?
course-menu-report = ➕ Отметить курс
course-menu-import = 📥 Загрузить файл
course-menu-template = 📄 Шаблон Excel
course-menu-teachers = 👩‍🏫 Педагоги
course-menu-summary = 📊 Сводка
course-cancel = ✖ Отмена
course-cancelled = Отменено, ничего не сохранено.
course-button-outdated = Эта кнопка уже не действует.
course-skip = Пропустить
course-save = ✅ Сохранить
course-template-caption = Шаблон: заполните строки (педагоги и курсы — из списков) и пришлите файл обратно через «Загрузить файл».
course-teachers-title = Педагоги школы: { $count }
course-teachers-add = ➕ Добавить
course-teachers-import = 📥 Список файлом
course-teachers-archive = 🗄 В архив…
course-teachers-archive-pick = Кто ушёл из школы? История его курсов сохранится.
course-teacher-archived = { $name } — в архиве. Курсы остаются в отчётах.
course-teacher-name = ФИО педагога полностью:
course-teacher-position = Должность? Напишите или нажмите кнопку.
course-teacher-position-default = учитель
course-teacher-added = Добавлен педагог: { $name }
course-teacher-exists = Такой педагог уже есть в списке. Выберите его кнопкой.
course-teacher-name-invalid = Не похоже на ФИО. Напишите фамилию, имя и отчество.

## Courses: reporting a completion
course-report-teachers = Кто прошёл курс? Нажмите на педагогов (можно нескольких) или напишите ФИО нового.
course-report-no-teachers = В списке школы пока нет педагогов. Напишите ФИО педагога — я добавлю.
course-report-teachers-done = Дальше ▶ ({ $count })
course-report-course = Какой курс? Напишите часть названия.
course-report-course-pick = Выберите курс или напишите по-другому:
course-report-course-similar = Точно такого нет. Может быть, «{ $title }»? Или добавьте новый курс.
course-report-course-none = Такого курса нет в каталоге. Напишите по-другому или добавьте новый.
course-add-new = ➕ Добавить новый курс
course-new-title = Название курса полностью. Сейчас: «{ $typed }»
course-new-title-keep = Оставить так
course-new-provider = Где проходили обучение?
course-new-format = Форма обучения?
course-new-hours = Сколько часов? Например: 36
course-new-hours-invalid = Нужно число часов от 1 до 2000, например: 72
course-report-date = Дата окончания курса? Например: 30.06.2023
course-date-invalid = Не понял дату. Напишите так: 30.06.2023 или «30 июня 2023».
course-date-no-such = Даты { $value } не существует. Проверьте число и месяц.
course-report-certificate = Номер удостоверения? Можно пропустить.
course-report-summary =
    <b>Проверьте:</b>
    { $teachers }
    Курс: { $course }
    Дата: { $date }
    Удостоверение: { $certificate }
course-report-saved = ✅ Сохранено записей: { $count }.
course-report-duplicates = Уже были записаны раньше (не дублирую): { $names }

## Courses: import from a file
course-import-prompt = Пришлите файл Excel (.xlsx) или CSV с курсами. Шаблон — кнопка «Шаблон Excel» в меню «Курсы».
course-teachers-import-prompt = Пришлите файл Excel или CSV со списком педагогов: столбцы «ФИО», «Должность», «Год начала стажа».
course-import-send-file = Жду файл .xlsx или .csv (как документ). Или нажмите «Отмена».
course-import-problem-too-large = Файл слишком большой (больше 5 МБ). Пришлите только нужный лист.
course-import-problem-empty = Файл пустой. Заполните шаблон и пришлите снова.
course-import-problem-wrong-type = Это не таблица. Нужен файл Excel (.xlsx) или CSV. Фото и документы Word не подходят.
course-import-problem-password = Файл защищён паролем. Снимите пароль и пришлите снова.
course-import-problem-broken = Файл повреждён, не открывается. Сохраните его заново в Excel и пришлите.
course-import-problem-too-many-rows = Слишком много строк (больше 10 000). Разделите файл на части.
course-import-problem-no-header = В первой строке нет нужных столбцов: { $columns }. Возьмите шаблон.
course-import-problem-no-rows = В файле только заголовок, строк с курсами нет.
course-import-has-errors = Строк без ошибок: { $ok }. С ошибками: { $bad }. Ничего не загружено.
course-import-line = строка { $line }: { $reason }
course-import-more = … и ещё ошибок: { $count }
course-import-fix-and-resend = Исправьте файл и пришлите его снова.
course-import-ready = Всё в порядке: к загрузке строк — { $ok }.
course-import-already = Уже были записаны раньше (пропущу): { $count }.
course-import-confirm = ✅ Загрузить { $count }
course-import-done = ✅ Загружено записей: { $created }.{ $skipped ->
    [0] {""}
   *[other] {" "}Пропущено (уже были): { $skipped }.
}
course-import-not-confirmed = Не загружено. Пришлите файл снова, когда будете готовы.
course-import-nothing-new = Всё из файла уже записано ({ $already }). Ничего нового.
course-import-error-empty-cell = не заполнено «{ $column }»
course-import-error-no-such-date = даты { $value } не существует
course-import-error-not-a-date = «{ $value }» — не дата (нужно 30.06.2023)
course-import-error-future-date = дата { $value } ещё не наступила
course-import-error-unknown-teacher = педагога «{ $value }» нет в списке школы
course-import-error-unknown-teacher-similar = педагога «{ $value }» нет в списке — может быть, «{ $suggestion }»?
course-import-error-course-not-found = курс «{ $value }» не найден в каталоге
course-import-error-course-not-found-similar = курс не найден — похож на «{ $suggestion }»?
course-import-error-unknown-provider = неизвестная организация «{ $value }» (ТОИУУ, ИРО, РИПК и ППРО, ЦНППМПР, Академия Минпросвещения)
course-import-error-provider-mismatch = курс «{ $course }» в каталоге от { $provider }, а не от { $value }
course-import-error-same-as-line = то же, что строка { $other }
course-teachers-import-errors = Ничего не загружено, исправьте строки:
course-teachers-imported = ✅ Добавлено педагогов: { $created }. Уже были в списке: { $unchanged }.

## Courses: catalogue (methodologist)
course-catalogue-title = 🎓 Каталог курсов: { $count }. Добавлены школами: { $added }.
course-catalogue-add = ➕ Добавить курс
course-catalogue-review = 🔀 Проверить добавленные ({ $count })
course-catalogue-title-prompt = Название курса полностью:
course-catalogue-tags = Вид программы?
course-catalogue-no-tags = Обычная программа
course-catalogue-added = ✅ Курс в каталоге: { $title }
course-catalogue-nothing-to-review = Курсов, добавленных школами, нет.
course-catalogue-added-item = Добавлен школой: <b>{ $title }</b> ({ $provider }, { $hours } ч). Объединить с курсом каталога:
course-catalogue-no-similar = Похожих курсов в каталоге нет.
course-merged = Объединено. Перенесено записей: { $moved }.

## Courses: indicators fed by records
course-form-from-records = 🎓 По записям о курсах: <b>{ $value }</b>. Подтвердите кнопкой или отправьте своё число.
course-form-records-confirm = ✅ Верно: { $value }
course-form-records-differ = (по записям о курсах: { $value })
course-results-records-differ-schools = 🎓 расходится с записями о курсах: { $count } ОО (см. «По школам»)
course-records-reminder = 🎓 В мониторинге «{ $title }» есть показатель, который считается по записям о курсах. У { $school } нет ни одной записи о курсах с { $from } по { $to }. Отметьте, кто прошёл курсы, — тогда число подставится само.

## Courses: pages
course-page = Страница { $page } из { $pages }
course-page-previous = ◀ Назад
course-page-next = Ещё ▶
course-catalogue-review-page = Показаны { $from }–{ $to } из { $total } курсов, добавленных школами.

## Courses: editing the catalogue
course-catalogue-edit = ✏️ Изменить курс
course-edit-find = Какой курс изменить? Напишите часть названия.
course-edit-card =
    <b>{ $title }</b>
    Организация: { $provider }
    Часов: { $hours }
    Форма: { $format }
    Вид программы: { $tags }
course-edit-what = Что изменить?
course-edit-field-title = Название
course-edit-field-provider = Организация
course-edit-field-hours = Часы
course-edit-field-format = Форма обучения
course-edit-field-tags = Вид программы
course-edit-done = ✅ Готово
course-edit-saved = ✅ Сохранено.
course-edit-finished = Готово. Сводки считаются уже по исправленному курсу.
course-edit-conflict = Курс с таким названием от этой организации уже есть в каталоге. Ничего не изменено.
course-edit-title-invalid = Название — от 3 до 300 символов. Напишите ещё раз.
