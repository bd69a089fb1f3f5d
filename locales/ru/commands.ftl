## Commands
command-start = Начать работу
command-help = Помощь
command-menu = Главное меню
command-forms = Мои мониторинги
command-campaigns = Мониторинги и итоги
command-newcampaign = Новый мониторинг
command-lang = Язык / Language
