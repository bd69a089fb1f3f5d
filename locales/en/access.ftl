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
start-welcome-head = Welcome, { $name }! You are signed in as a school head. Here you fill in monitoring forms, report teachers' courses, see tasks and announcements.
start-welcome-methodologist = Welcome, { $name }! You are signed in as a methodologist. Here you run monitoring campaigns, send announcements, keep meeting minutes and the course catalogue.
start-welcome-official = Welcome, { $name }! You are signed in as an education department official. Here you see /status: who is behind on monitoring and tasks.
start-welcome-admin = Welcome, { $name }! You are signed in as an administrator.
