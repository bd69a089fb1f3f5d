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
