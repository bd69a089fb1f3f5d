## Staff: paged school lists, search, the workbook on its way
campaign-page-of = { $page }/{ $pages }
campaign-page-line = Стр. { $page } из { $pages } · всего { $count }
campaign-search-found = 🔎 «{ $search }»: найдено { $count }
campaign-search-none = Ничего не нашлось. Попробуйте другую часть названия.
campaign-new-pick-empty = Выбирать пока не из чего: список пуст.
campaign-search-button = 🔎 Найти школу
campaign-search-reset = ✖️ Сбросить поиск
campaign-search-prompt = Напишите часть названия школы, например «лицей» или «12».
campaign-search-cancel = ✖️ Отмена
campaign-search-cancelled = Поиск отменён.
reopen-filter-missing = Только не сдавшие
reopen-filter-all = Все школы
results-xlsx-wait = ⏳ Готовлю Excel…

## Staff: the new-campaign wizard's long lists
campaign-new-pick-chosen = Выбрано: { $count } из { $total }
campaign-new-pick-only-chosen = Показаны только выбранные.
campaign-new-pick-mark = ☑️ Отметить найденные ({ $count })
campaign-new-pick-unmark = Снять найденные
campaign-new-pick-show-chosen = Только выбранные
campaign-new-pick-show-all = Показать все
campaign-new-summary-more = …и ещё { $count }
campaign-new-schools-more = { $list } и ещё { $more } (всего { $count })
