## Commands
command-start = Start
command-help = Help
command-menu = Main menu
command-forms = My monitoring forms
command-campaigns = Monitoring and results
command-newcampaign = New monitoring campaign
command-lang = Language / Язык
