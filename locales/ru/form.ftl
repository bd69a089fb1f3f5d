## The head's form: what keeps answers from being lost
form-not-yours = Это не ваша форма.
form-paused-unsaved = Форма на паузе. Значение «{ $value }» НЕ сохранено — введите его заново, когда вернётесь (/forms). Остальные ответы сохранены.
form-confirm-unanswered = Значение «{ $value }» ещё не сохранено: нажмите «Да, верно» или напишите другое.
form-edit-not-read = Исправления старых сообщений бот не читает — отправьте ответ новым сообщением.
form-edit-taken = Ответ на вопрос { $n } исправлен.
form-edit-not-taken = Исправление ответа на вопрос { $n } не принято — ответьте на него заново через проверку ответов.
form-review-page = (стр. { $n } из { $total })
form-review-previous-page = ◀️ Назад
form-review-next-page = Дальше ▶️
form-receipt-values = Отправлено:
form-resumed = Продолжаем форму с того места, где остановились.
error-form-changed = Пока вы проверяли, ответы изменил другой руководитель школы. Проверьте их ещё раз и отправьте.

## Shared chats
private-only = Я работаю только в личных сообщениях: напишите мне напрямую. Из этого чата я выхожу.
