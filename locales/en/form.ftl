## The head's form: what keeps answers from being lost
form-not-yours = This is not your form.
form-paused-unsaved = The form is paused. The value "{ $value }" was NOT saved: enter it again when you return (/forms). Other answers are saved.
form-confirm-unanswered = The value "{ $value }" is not saved yet: press "Yes, correct" or type another.
form-edit-not-read = The bot does not read edits of earlier messages: send the answer as a new message.
form-edit-taken = The answer to question { $n } was corrected.
form-edit-not-taken = The correction to question { $n } was not taken: answer it again from the review.
form-review-page = (page { $n } of { $total })
form-review-previous-page = ◀️ Back
form-review-next-page = Next ▶️
form-receipt-values = Sent:
form-resumed = Continuing the form where you stopped.
error-form-changed = While you were checking, another head of the school changed the answers. Check them again and submit.

## Shared chats
private-only = I work only in private messages: write to me directly. I am leaving this chat.
