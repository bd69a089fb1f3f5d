## Errors
error-not-registered = Вы не зарегистрированы. Откройте ссылку-приглашение.
error-access-revoked = Доступ к боту закрыт. Если это ошибка — обратитесь к методисту.
error-forbidden = Это не ваше: у вас нет доступа к этим данным.
error-not-found = Не нашлось — возможно, это уже удалено.
# Input errors carry a reason (src/domain/input-error.ts): said here where there is a text for it.
error-invalid-input = Не получилось: { $reason ->
    [required] { input-reason-required }
    [wrong-type] { input-reason-wrong-type }
    [not-whole] { input-reason-not-whole }
    [too-short] { input-reason-too-short }
    [too-long] { input-reason-too-long }
    [too-small] { input-reason-too-small }
    [too-big] { input-reason-too-big }
    [too-few] { input-reason-too-few }
    [too-many] { input-reason-too-many }
    [bad-format] { input-reason-bad-format }
    [not-one-of] { input-reason-not-one-of }
    [invalid] { input-reason-invalid }
    [in-the-past] { input-reason-in-the-past }
    [no-schools] { input-reason-no-schools }
    [archived-indicator] { input-reason-archived-indicator }
    [wrong-answer-kind] { input-reason-wrong-answer-kind }
    [not-a-telegram-id] { input-reason-not-a-telegram-id }
    [bad-invite-code] { input-reason-bad-invite-code }
    [unknown-school] { input-reason-unknown-school }
    [head-invite-needs-school] { input-reason-head-invite-needs-school }
    [school-only-for-head] { input-reason-school-only-for-head }
    [too-few-days] { input-reason-too-few-days }
    [too-many-days] { input-reason-too-many-days }
    [not-an-hour] { input-reason-not-an-hour }
    [same-quiet-hours] { input-reason-same-quiet-hours }
    [unknown-time-zone] { input-reason-unknown-time-zone }
    [max-below-min] { input-reason-max-below-min }
    [repeated-indicator] { input-reason-repeated-indicator }
    [deadline-before-opening] { input-reason-deadline-before-opening }
    [only-invisible] { input-reason-only-invisible }
   *[other] не удалось разобрать ввод. Проверьте и попробуйте ещё раз
}.
error-conflict = Такая запись уже есть.
error-unavailable = Сервис временно недоступен. Попробуйте через минуту — уже сохранённое не потеряно.
error-unavailable-with-text =
    Сервис временно недоступен, ваше сообщение не сохранено:
    «{ $text }»
    Отправьте его ещё раз через минуту — всё, что было сохранено раньше, на месте.
error-internal = Что-то пошло не так. Мы уже знаем об ошибке; попробуйте ещё раз.
error-file-not-sent = Не получилось отправить файл. Попробуйте ещё раз через минуту.
error-reply-not-sent = Не получилось отправить ответ. Повторите через минуту — уже сохранённое не потеряно.
button-outdated = Эта кнопка устарела. Откройте раздел заново через /menu.
unhandled-message = Не понял сообщение. Откройте /menu или /help.
error-already-registered = Вы уже зарегистрированы.
error-campaign-not-open = Мониторинг ещё не открыт.
error-campaign-closed = Срок сдачи прошёл — форма закрыта. Если нужно исправить, попросите методиста открыть её заново.
error-campaign-incomplete = Не все показатели заполнены: осталось { $missing }. Заполните их и отправьте снова.
error-invite-unknown = Приглашение не найдено.
error-invite-used = Приглашение уже использовано.
error-invite-expired = Срок приглашения истёк.
error-invite-revoked = Приглашение отозвано.
error-invite-rate-limited = Слишком много неверных приглашений за час. Попробуйте позже.

## Why an input was refused (the bot and the admin CLI)
input-reason-required = обязательно
input-reason-wrong-type = не тот тип значения (нужно: { $expected })
input-reason-not-whole = нужно целое число
input-reason-too-short = не короче { $minimum } символов
input-reason-too-long = не длиннее { $maximum } символов
input-reason-too-small = не меньше { $minimum }
input-reason-too-big = не больше { $maximum }
input-reason-too-few = выберите хотя бы { $minimum }
input-reason-too-many = не больше { $maximum }
input-reason-bad-format = неверный формат
input-reason-not-one-of = допустимо: { $values }
input-reason-invalid = недопустимое значение
input-reason-in-the-past = это время уже прошло
input-reason-no-schools = не выбрано ни одной школы
input-reason-archived-indicator = показатель { $indicatorId } в архиве
input-reason-wrong-answer-kind = ответ не того вида
input-reason-not-a-telegram-id = это не номер пользователя Telegram
input-reason-bad-invite-code = от 10 до 64 символов: A-Z a-z 0-9 _ -
input-reason-unknown-school = такой школы в этом округе нет
input-reason-head-invite-needs-school = в приглашении руководителя нужна школа
input-reason-school-only-for-head = школу указывают только в приглашении руководителя
input-reason-too-few-days = не меньше 1 дня
input-reason-too-many-days = не больше { $maximum } дней
input-reason-not-an-hour = час от 0 до 23
input-reason-same-quiet-hours = тихие часы должны начинаться и кончаться в разное время
input-reason-unknown-time-zone = «{ $value }» — не часовой пояс IANA (например, Europe/Moscow)
input-reason-max-below-min = максимум меньше минимума
input-reason-repeated-indicator = показатель выбран дважды
input-reason-deadline-before-opening = срок сдачи раньше открытия
input-reason-only-invisible = в тексте одни невидимые символы — напишите его буквами
