## Errors
error-not-registered = You are not registered. Open your invitation link.
error-access-revoked = Your access to the bot has been closed. If this is a mistake, contact the methodologist.
error-forbidden = That is not yours: you have no access to this data.
error-not-found = Not found; it may have been deleted.
error-invalid-input = Could not read that. Check and try again.
error-conflict = Such a record already exists.
error-unavailable = The service is temporarily unavailable. Try again in a minute; what was saved is not lost.
error-unavailable-with-text =
    The service is temporarily unavailable; your message was not saved:
    "{ $text }"
    Send it again in a minute; everything saved before is still there.
error-internal = Something went wrong. The error has been logged; please try again.
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
