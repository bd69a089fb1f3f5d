## Help
help-stranger =
    This bot runs the municipality's teacher-development roadmap.
    Access is by invitation only: ask a methodologist or an official for a link.
help-head =
    <b>What the bot does</b>
    /forms — your school's monitoring forms: fill in, resume, correct
    /tasks — your school's tasks: open, report, see returned ones
    /menu — main menu
    /lang — language
    Answer each question with a number ("12"), a share ("5 of 20"), "yes" or "no".
    Answers are saved at once: stop any time and resume later from any device.
help-methodologist =
    <b>What the bot does</b>
    /newcampaign — create a monitoring campaign: indicators, dates, schools
    /campaigns — campaigns: who submitted, results, Excel export, reopen a school's form
    /meeting — record meeting minutes: decisions become tasks
    /tasks — tasks: who has reported, accept or return
    /menu — main menu
    /lang — language
help-official =
    <b>What the bot does</b>
    /campaigns — campaigns: who submitted, municipal results, Excel export
    /meeting — record meeting minutes: decisions become tasks
    /tasks — tasks: who has reported, accept or return
    /menu — main menu
    /lang — language
help-admin =
    <b>What the bot does</b>
    /campaigns, /newcampaign — monitoring campaigns
    People, schools and invitations: from the console, npm run admin -- help
    /lang — language
