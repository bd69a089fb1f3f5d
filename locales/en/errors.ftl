## Errors
error-not-registered = You are not registered. Open your invitation link.
error-access-revoked = Your access to the bot has been closed. If this is a mistake, contact the methodologist.
error-forbidden = That is not yours: you have no access to this data.
error-not-found = Not found; it may have been deleted.
# Input errors carry a reason (src/domain/input-error.ts): said here where there is a text for it.
error-invalid-input = Could not accept that: { $reason ->
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
   *[other] could not read it. Check and try again
}.
error-conflict = Such a record already exists.
error-unavailable = The service is temporarily unavailable. Try again in a minute; what was saved is not lost.
error-unavailable-with-text =
    The service is temporarily unavailable; your message was not saved:
    "{ $text }"
    Send it again in a minute; everything saved before is still there.
error-internal = Something went wrong. The error has been logged; please try again.
error-file-not-sent = The file could not be sent. Please try again in a minute.
error-reply-not-sent = The answer could not be sent. Please repeat in a minute: what was saved is kept.
button-outdated = This button is outdated. Open the section again via /menu.
unhandled-message = I did not understand. Open /menu or /help.
error-already-registered = You are already registered.
error-campaign-not-open = This campaign is not open yet.
error-campaign-closed = The deadline has passed and the form is closed. To correct it, ask the methodologist to reopen it.
error-campaign-incomplete = Not every indicator is answered: { $missing } left. Answer them and submit again.
error-invite-unknown = Invitation not found.
error-invite-used = The invitation has already been used.
error-invite-expired = The invitation has expired.
error-invite-revoked = The invitation was revoked.
error-invite-rate-limited = Too many wrong invite codes this hour. Try again later.

## Why an input was refused (the bot and the admin CLI)
input-reason-required = required
input-reason-wrong-type = expected { $expected }
input-reason-not-whole = a whole number
input-reason-too-short = at least { $minimum } characters
input-reason-too-long = at most { $maximum } characters
input-reason-too-small = at least { $minimum }
input-reason-too-big = at most { $maximum }
input-reason-too-few = at least { $minimum } chosen
input-reason-too-many = at most { $maximum } chosen
input-reason-bad-format = not in the expected format
input-reason-not-one-of = expected one of { $values }
input-reason-invalid = invalid
input-reason-in-the-past = in the past
input-reason-no-schools = no schools chosen
input-reason-archived-indicator = indicator { $indicatorId } is archived
input-reason-wrong-answer-kind = expected a { $expected } answer
input-reason-not-a-telegram-id = not a Telegram user id
input-reason-bad-invite-code = 10–64 characters of A-Z a-z 0-9 _ -
input-reason-unknown-school = no such school in this municipality
input-reason-head-invite-needs-school = a head's invite needs a school
input-reason-school-only-for-head = only a head's invite names a school
input-reason-too-few-days = at least 1 day
input-reason-too-many-days = at most { $maximum } days
input-reason-not-an-hour = an hour 0–23
input-reason-same-quiet-hours = quiet hours must start and end at different hours
input-reason-unknown-time-zone = "{ $value }" is not an IANA time zone (e.g. Europe/Moscow)
input-reason-max-below-min = the maximum is below the minimum
input-reason-repeated-indicator = an indicator is chosen twice
input-reason-deadline-before-opening = the deadline is before the opening
input-reason-only-invisible = the text has only invisible characters: type it in letters
