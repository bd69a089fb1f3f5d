## Commands
command-start = Start
command-help = Help
command-menu = Main menu
command-forms = My monitoring forms
command-campaigns = Monitoring and results
command-newcampaign = New monitoring campaign
command-lang = Language / Язык

## Start and access
stranger-refusal =
    Hello! This bot works by invitation from the education department only.
    Ask a methodologist or an official for an invitation link and open it.
stranger-refusal-short = This bot works by invitation only.
start-invite-unknown = Invitation not found. Check the link or ask whoever invited you for a new one.
start-invite-used = This invitation has already been used. If it was not you, tell the methodologist.
start-invite-expired = This invitation has expired. Ask for a new link.
start-invite-revoked = This invitation was revoked. Ask for a new link.
start-already-registered = You are already registered; no invitation needed.
start-welcome-head = Welcome, { $name }! You are signed in as a school head. Here you fill in monitoring forms and see your school's tasks.
start-welcome-methodologist = Welcome, { $name }! You are signed in as a methodologist. Here you run monitoring campaigns and see their results.
start-welcome-official = Welcome, { $name }! You are signed in as an education department official. Here you see monitoring results and who is behind.
start-welcome-admin = Welcome, { $name }! You are signed in as an administrator.

## Help
help-stranger =
    This bot runs the municipality's teacher-development roadmap.
    Access is by invitation only: ask a methodologist or an official for a link.
help-head =
    <b>What the bot does</b>
    /forms — your school's monitoring forms: fill in, resume, correct
    /menu — main menu
    /lang — language
    Answer each question with a number ("12"), a share ("5 of 20"), "yes" or "no".
    Answers are saved at once: stop any time and resume later from any device.
help-methodologist =
    <b>What the bot does</b>
    /newcampaign — create a monitoring campaign: indicators, dates, schools
    /campaigns — campaigns: who submitted, results, Excel export, reopen a school's form
    /menu — main menu
    /lang — language
help-official =
    <b>What the bot does</b>
    /campaigns — campaigns: who submitted, municipal results, Excel export
    /menu — main menu
    /lang — language
help-admin =
    <b>What the bot does</b>
    /campaigns, /newcampaign — monitoring campaigns
    People, schools and invitations: from the console, npm run admin -- help
    /lang — language

## Language
language-choose = Choose a language:
language-name-ru = Русский
language-name-en = English
language-changed = Language: English.

## Main menu
menu-title = { $name }, what shall we do?
menu-forms = 📋 Monitoring
menu-campaigns = 📋 Monitoring
menu-new-campaign = ➕ New campaign
menu-tasks = ✅ Tasks
menu-courses = 🎓 Courses
menu-courses-catalogue = 🎓 Course catalogue
menu-announcements = 📢 Announcements
menu-broadcast = 📢 Broadcast
menu-status = 📊 Status
menu-reports = 📄 Reports
menu-people = 👥 People
menu-help = ❓ Help
menu-soon-mark = soon
menu-soon = This section is coming soon.
menu-outdated = The menu has changed; press again.

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
