set -e
rm -rf /tmp/trial/data
export DATA_DIR=/tmp/trial/data
npm run --silent admin -- municipality:add --name "Лысьвенский городской округ" --tz Asia/Yekaterinburg --quiet 21-9 >/dev/null 2>&1
npm run --silent admin -- schools:import --municipality 1 --file /tmp/trial/schools.csv >/dev/null 2>&1
npm run --silent admin -- invite:create --municipality 1 --role methodologist --name "Ольга Смирнова" --bot-username trial_bot 2>/dev/null | sed -n 's/^Code: //p'
npm run --silent admin -- invite:create --municipality 1 --role head --school "СОШ №1" --name "Ирина Петрова" --bot-username trial_bot 2>/dev/null | sed -n 's/^Code: //p'
npm run --silent admin -- invite:create --municipality 1 --role official --name "Анна Козлова" --bot-username trial_bot 2>/dev/null | sed -n 's/^Code: //p'
