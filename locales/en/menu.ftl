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
