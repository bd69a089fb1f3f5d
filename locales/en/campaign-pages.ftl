## Staff: paged school lists, search, the workbook on its way
campaign-page-of = { $page }/{ $pages }
campaign-page-line = Page { $page } of { $pages } · { $count } in all
campaign-search-found = 🔎 “{ $search }”: { $count } found
campaign-search-none = Nothing found. Try another part of the name.
campaign-new-pick-empty = Nothing to choose from yet: the list is empty.
campaign-search-button = 🔎 Find a school
campaign-search-reset = ✖️ Clear the search
campaign-search-prompt = Type part of the school's name, e.g. “lyceum” or “12”.
campaign-search-cancel = ✖️ Cancel
campaign-search-cancelled = Search cancelled.
reopen-filter-missing = Only those not submitted
reopen-filter-all = All schools
results-xlsx-wait = ⏳ Preparing the Excel file…

## Staff: the new-campaign wizard's long lists
campaign-new-pick-chosen = Chosen: { $count } of { $total }
campaign-new-pick-only-chosen = Showing only the chosen ones.
campaign-new-pick-mark = ☑️ Tick the found ({ $count })
campaign-new-pick-unmark = Untick the found
campaign-new-pick-show-chosen = Only the chosen
campaign-new-pick-show-all = Show all
campaign-new-summary-more = …and { $count } more
campaign-new-schools-more = { $list } and { $more } more ({ $count } in all)
