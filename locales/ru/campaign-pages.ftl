## Staff: paged school lists, search, the workbook on its way
campaign-page-of = { $page }/{ $pages }
campaign-page-line = Стр. { $page } из { $pages } · всего { $count }
campaign-search-found = 🔎 «{ $search }»: найдено { $count }
campaign-search-none = Ничего не нашлось. Попробуйте другую часть названия.
campaign-search-button = 🔎 Найти школу
campaign-search-reset = ✖️ Сбросить поиск
campaign-search-prompt = Напишите часть названия школы, например «лицей» или «12».
campaign-search-cancel = ✖️ Отмена
campaign-search-cancelled = Поиск отменён.
reopen-filter-missing = Только не сдавшие
reopen-filter-all = Все школы
results-xlsx-wait = ⏳ Готовлю Excel…
