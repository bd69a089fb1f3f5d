## Main menu
menu-title = { $name }, что делаем?
menu-forms = 📋 Мониторинги
menu-campaigns = 📋 Мониторинги
menu-new-campaign = ➕ Новый мониторинг
menu-tasks = ✅ Поручения
menu-courses = 🎓 Курсы
menu-courses-catalogue = 🎓 Каталог курсов
menu-announcements = 📢 Объявления
menu-broadcast = 📢 Рассылка
menu-status = 📊 Статус
menu-reports = 📄 Отчёты
menu-people = 👥 Люди
menu-help = ❓ Помощь
menu-soon-mark = скоро
menu-soon = Этот раздел скоро появится.
menu-outdated = Меню обновилось — нажмите ещё раз.
